"""The list's row menu: copying what a person pastes elsewhere, and the window's order actions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from approval_console.ui.dialogs.change_status import ChangeStatusDialog
from approval_console.ui.dialogs.due_date import DueDateDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.main_window.row_menu import COPY_EMAIL, COPY_NUMBER
from tests.windows import close_window, demo_console, open_window

APPROVEPRO = "approvepro-demo"
SPREE = "spree-demo"
APRUVE = "apruve-demo"


@pytest.fixture
def window(qtbot, shared_sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = demo_console(tmp_path / "profile", shared_sandbox.url, start=APPROVEPRO)
    window, context = open_window(qtbot, console, demo=True)
    qtbot.waitExposed(window)
    _wait_list(qtbot, window, APPROVEPRO)
    yield window
    close_window(qtbot, window, context)


def _wait_list(qtbot, window: MainWindow, account_id: str) -> None:
    qtbot.waitUntil(lambda: window.session.account_id == account_id, timeout=10_000)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)


def _choose_account(qtbot, window: MainWindow, account_id: str) -> None:
    combo = window.accounts_combo
    index = combo.findData(account_id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    _wait_list(qtbot, window, account_id)


def _right_click_row(qtbot, window: MainWindow, row: int) -> QMenu:
    table = window.table
    where = table.visualRect(table.model().index(row, 1)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, table.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(table.viewport(), event)
    menu = window.row_menu.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    return menu


def _visible(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in _visible(menu)]


def _choose(qtbot, menu: QMenu, text: str) -> None:
    action = next(a for a in _visible(menu) if a.text().replace("&", "").startswith(text))
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)


def _orders(window: MainWindow, rows: list[int]):  # type: ignore[no-untyped-def]
    return [window.orders.model.order_at(row) for row in rows]


def _open_dialog(cls):  # type: ignore[no-untyped-def]
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


def test_a_right_click_selects_the_row_and_copies_its_number_and_email(qtbot, window):
    clipboard = QGuiApplication.clipboard()
    menu = _right_click_row(qtbot, window, 4)
    assert window.table.selected_rows() == [4]  # the row pointed at is what the menu acts on
    (order,) = _orders(window, [4])
    qtbot.waitUntil(lambda: window.detail.order_id == order.id, timeout=3000)
    texts = _texts(menu)
    assert texts[:2] == ["Copy number", "Copy email"]
    assert not any(text.startswith("Copy link") for text in texts)  # ApprovePro has no link
    _choose(qtbot, menu, COPY_NUMBER.replace("&", ""))
    assert clipboard.text() == order.name

    menu = _right_click_row(qtbot, window, 4)
    _choose(qtbot, menu, COPY_EMAIL.replace("&", ""))
    assert clipboard.text() == order.customer.email


def test_with_several_rows_selected_it_copies_one_line_each(qtbot, window):
    window.table.select_rows([1, 2, 5], current=2)
    menu = _right_click_row(qtbot, window, 5)  # inside the selection: the selection stays
    assert window.table.selected_rows() == [1, 2, 5]
    _choose(qtbot, menu, "Copy number")
    names = [order.name for order in _orders(window, [1, 2, 5])]
    assert QGuiApplication.clipboard().text() == "\n".join(names)
    assert "Change status of 3…" in _texts(_right_click_row(qtbot, window, 1))
    window.row_menu.menu.close()


def test_spree_orders_copy_a_link_to_their_page_in_spree_admin(qtbot, window, shared_sandbox):
    _choose_account(qtbot, window, SPREE)
    window.table.select_rows([0, 3], current=0)
    menu = _right_click_row(qtbot, window, 0)
    _choose(qtbot, menu, "Copy link to the order in Spree")
    base = shared_sandbox.url.rstrip("/")
    links = [f"{base}/admin/orders/{order.number}/edit" for order in _orders(window, [0, 3])]
    assert QGuiApplication.clipboard().text() == "\n".join(links)


def test_its_actions_are_the_windows_and_open_the_same_dialogs(qtbot, window):
    menu = _right_click_row(qtbot, window, 2)
    offered = _visible(menu)
    assert window.act_change in offered and window.act_due in offered
    assert window.act_approve not in offered  # ApprovePro decides by status, not approval
    (order,) = _orders(window, [2])
    _choose(qtbot, menu, "Change status")
    qtbot.waitUntil(lambda: _open_dialog(ChangeStatusDialog) is not None, timeout=5000)
    dialog = _open_dialog(ChangeStatusDialog)
    assert dialog.windowTitle() == f"Change status of {order.name}"
    dialog.reject()
    qtbot.waitUntil(lambda: _open_dialog(ChangeStatusDialog) is None, timeout=3000)

    menu = _right_click_row(qtbot, window, 2)
    _choose(qtbot, menu, "Set due date")
    qtbot.waitUntil(lambda: _open_dialog(DueDateDialog) is not None, timeout=5000)
    _open_dialog(DueDateDialog).reject()

    # Apruve changes no statuses and keeps no due dates; it finalizes and cancels.
    _choose_account(qtbot, window, APRUVE)
    texts = _texts(_right_click_row(qtbot, window, 0))
    assert "Change status…" not in texts and "Set due date…" not in texts
    assert {"Finalize…", "Cancel order…"} <= set(texts)
    window.row_menu.menu.close()


def test_shift_f10_opens_the_menu_on_the_current_row(qtbot, window):
    table = window.table
    table.select_rows([6], current=6)
    window.activateWindow()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = window.row_menu.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    row = table.visualRect(table.model().index(6, 0))
    assert menu.geometry().contains(table.viewport().mapToGlobal(row.bottomLeft()) + QPoint(2, 2))
    menu.close()
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: window.row_menu.menu is not None, timeout=3000)
    assert window.row_menu.menu.isVisible()
    window.row_menu.menu.close()
