"""The window's actions, menus and keyboard, offscreen, against the real sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.demo import demo_accounts
from approval_console.ui.context import UiContext
from approval_console.ui.dialogs.change_status import ChangeStatusDialog
from approval_console.ui.dialogs.due_date import DueDateDialog
from approval_console.ui.main_window import MainWindow

APPROVEPRO = "demo-approvepro"
APRUVE = "demo-apruve"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "61", "--rate-window", "0", "--queue-delay-ms", "150")


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    """The console on one demo account per backend, starting on ApprovePro."""
    console = Console(Paths.in_profile(tmp_path / "profile"))
    for account, key in demo_accounts(sandbox.url):
        console.add_account(account, key)
    console.settings.last_account = APPROVEPRO
    context = UiContext.create(console)
    window = MainWindow(context, demo=True)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitExposed(window)
    yield window
    window.close()
    for task in list(context.runner._tasks):
        task.cancel()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=10_000)
    context.close()
    console.close()


def _choose_account(qtbot, window: MainWindow, account_id: str) -> None:
    """As picking it in the account switcher does: the combo reports the person's choice."""
    combo = window.accounts_combo
    index = combo.findData(account_id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: window.session.account_id == account_id, timeout=5000)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)


def _open_dialog(cls):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


def _orders_menu_texts(window: MainWindow) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Orders")
    return [a.text().replace("&", "") for a in menu.actions() if a.isVisible() and a.text()]


def test_order_actions_come_back_after_an_account_that_lacks_them(qtbot, window):
    qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
    offered = ["Change status…", "Add comment", "Set due date…"]
    assert all(text in _orders_menu_texts(window) for text in offered)

    _choose_account(qtbot, window, APRUVE)
    assert not any(text in _orders_menu_texts(window) for text in offered)
    _choose_account(qtbot, window, APPROVEPRO)

    assert all(text in _orders_menu_texts(window) for text in offered)
    toolbar_change = window.findChild(QToolBar, "mainToolbar").widgetForAction(window.act_change)
    assert toolbar_change is not None and toolbar_change.isVisible()
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=5000)
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = _open_dialog(DueDateDialog)
    assert dialog is not None
    dialog.reject()
    qtbot.keyClick(window.table, Qt.Key.Key_S, CTRL_SHIFT)
    dialog = _open_dialog(ChangeStatusDialog)
    assert dialog is not None
    dialog.reject()
    qtbot.keyClick(window.table, Qt.Key.Key_M, CTRL_SHIFT)
    assert QApplication.focusWidget() is window.pane.comment.text_edit()


def test_switching_away_and_straight_back_still_shows_the_current_order(qtbot, window):
    """Back before the other account's list arrived: the same rows, and the pane follows."""
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)
    combo = window.accounts_combo
    for account_id in (APRUVE, APPROVEPRO):
        combo.setCurrentIndex(combo.findData(account_id))
        combo.activated.emit(combo.currentIndex())
    current = window.table.current_order_id()
    assert current is not None
    qtbot.waitUntil(lambda: window.detail.order_id == current, timeout=5000)
    assert window.pane.body.isVisible()
    assert window.pane.title.text().startswith(window.orders.model.order_at(0).name)
