"""The window's actions, menus and keyboard, offscreen, against the real sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QToolBar

from approval_console.ui.dialogs.change_status import ChangeStatusDialog
from approval_console.ui.dialogs.due_date import DueDateDialog
from approval_console.ui.dialogs.shortcuts import ShortcutsDialog, action_keys, action_name
from approval_console.ui.main_window import MainWindow
from tests.helpers import server_orders
from tests.windows import choose_account, close_window, demo_console, open_window

APPROVEPRO = "approvepro-demo"
APRUVE = "apruve-demo"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "61", "--rate-window", "0", "--queue-delay-ms", "150")


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    """The console on one demo account per backend, starting on ApprovePro."""
    console = demo_console(tmp_path / "profile", sandbox.url, start=APPROVEPRO)
    window, context = open_window(qtbot, console, demo=True)
    qtbot.waitExposed(window)
    yield window
    close_window(qtbot, window, context)


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

    choose_account(qtbot, window, APRUVE)
    assert not any(text in _orders_menu_texts(window) for text in offered)
    choose_account(qtbot, window, APPROVEPRO)

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


def _tab_chain(qtbot, window: MainWindow, start, until, limit: int = 30) -> list:
    """Focus as Tab moves it from `start` until `until` has it (or `limit` presses)."""
    start.setFocus()
    chain = [QApplication.focusWidget()]
    while chain[-1] is not until and len(chain) <= limit:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    return chain


def test_tab_passes_the_table_in_one_stop_on_to_the_pane_and_the_comment_box(qtbot, window):
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)
    window.activateWindow()
    row = window.table.currentIndex().row()
    comment = window.pane.comment.text_edit()
    chain = _tab_chain(qtbot, window, window.search, comment)

    assert chain[-1] is comment
    assert chain.count(window.table) == 1
    table_at = chain.index(window.table)
    assert all(window.filter_bar.isAncestorOf(w) for w in chain[1:table_at])
    assert chain[table_at + 1] is window.pane.change_status
    assert window.pane.isAncestorOf(chain[-2])  # the pane's own stops come before the box
    assert window.table.currentIndex().row() == row  # passing through changed no order


def test_ctrl_enter_in_the_comment_box_sends_it(qtbot, window, sandbox):
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)
    window.activateWindow()
    order_id = window.detail.order_id
    edit = window.pane.comment.text_edit()
    qtbot.keyClick(window.table, Qt.Key.Key_M, CTRL_SHIFT)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, "Rang the customer: all fine")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pane.message.text() == "Comment saved.", timeout=10_000)
    history = server_orders(sandbox, [order_id])[order_id]["history"]
    assert history[0]["comment"] == "Rang the customer: all fine"
    assert edit.toPlainText() == ""


def test_j_and_k_step_through_the_list_but_type_in_text_fields(qtbot, window):
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)
    window.activateWindow()
    table = window.table
    table.setFocus()
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_K)
    assert table.currentIndex().row() == 0  # nothing before the first
    qtbot.keyClicks(table, "jjj")
    assert table.currentIndex().row() == 3
    assert table.selected_rows() == [3]
    qtbot.keyClick(table, Qt.Key.Key_K)
    assert table.currentIndex().row() == 2
    third = window.orders.model.order_at(2).id
    qtbot.waitUntil(lambda: window.detail.order_id == third, timeout=3000)

    window.search.setFocus()
    qtbot.keyClicks(window.search, "jk?")
    assert window.search.text() == "jk?"
    assert table.currentIndex().row() == 2
    assert _open_dialog(ShortcutsDialog) is None


def test_f1_lists_every_key_from_the_actions_themselves(qtbot, window):
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    dialog = _open_dialog(ShortcutsDialog)
    assert dialog is not None
    listed = dialog.listed()
    assert listed["Change status"] == "Ctrl+Shift+S"
    assert listed["Next order"] == "J"
    assert listed["Previous order"] == "K"
    assert listed["Send comment"] == "Ctrl+Return, Ctrl+Enter"
    assert listed["Keyboard shortcuts"] == "F1, ?"
    keyed = [a for a in window.actions() if a.shortcuts() and a.isVisible()]
    assert {action_name(a): action_keys(a) for a in keyed}.items() <= listed.items()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.act_shortcuts in help_menu.actions()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # it takes the keyboard
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does
    # Gone, not kept hidden: the next F1 builds it afresh.
    assert not any(isinstance(w, ShortcutsDialog) for w in QApplication.topLevelWidgets())

    choose_account(qtbot, window, APRUVE)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.table, Qt.Key.Key_Question)
    dialog = _open_dialog(ShortcutsDialog)
    assert dialog is not None
    assert "Change status" not in dialog.listed()  # what this account cannot do is not offered
    assert dialog.listed()["Create invoice"] == "Ctrl+Shift+I"
