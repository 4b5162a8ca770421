"""The console by keyboard and its actions: what a person reaches by keys, on a real display."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from approval_console.ui.dialogs.change_status import ChangeStatusDialog
from approval_console.ui.dialogs.shortcuts import ShortcutsDialog
from tests.helpers import server_orders

APPROVEPRO = "approvepro-demo"
APRUVE = "apruve-demo"


def _wait_title(qtbot, person, title: str, timeout: int = 5000) -> None:  # type: ignore[no-untyped-def]
    """Until the window manager says the active window is the one titled `title`."""
    qtbot.waitUntil(lambda: person.active_window_title() == title, timeout=timeout)


def _wait_list(qtbot, window, account_id: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.session.account_id == account_id, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=30_000)


def test_order_actions_and_their_keys_survive_switching_accounts(demo_desk, qtbot):
    desk = demo_desk(start="approvepro-demo")
    window, person = desk.window, desk.person
    _wait_list(qtbot, window, APPROVEPRO)
    combo = window.accounts_combo

    # To Apruve with the mouse: open the switcher, click its entry.
    person.click(combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=3000)
    entry = view.visualRect(view.model().index(combo.findData(APRUVE), 0))
    person.click(view.viewport(), entry.center())
    _wait_list(qtbot, window, APRUVE)
    assert not window.act_change.isVisible()  # Apruve changes no statuses
    person.screenshot("apruve")

    # Back to ApprovePro by keyboard: the switcher has focus after the click; Up chooses.
    assert QApplication.focusWidget() is combo
    person.press("Up")
    _wait_list(qtbot, window, APPROVEPRO)
    order_name = window.orders.model.order_at(window.table.currentIndex().row()).name

    person.press("alt+o")  # the Orders menu, as a person looks for the actions
    menu = QApplication.activePopupWidget()
    assert menu is not None
    offered = [a.text().replace("&", "") for a in menu.actions() if a.isVisible()]
    assert {"Change status…", "Add comment", "Set due date…"} <= set(offered)
    person.screenshot("orders-menu")
    person.press("Escape", "Escape")

    person.press("ctrl+shift+s")
    _wait_title(qtbot, person, f"Change status of {order_name}")
    person.press("Escape")
    _wait_title(qtbot, person, window.windowTitle())

    person.press("ctrl+d")
    _wait_title(qtbot, person, "Due date")
    person.press("Escape")
    _wait_title(qtbot, person, window.windowTitle())

    person.press("ctrl+shift+m")
    assert QApplication.focusWidget() is window.pane.comment.text_edit()
    person.screenshot("comment-focused")


def test_change_status_by_keyboard_alone(demo_desk, qtbot):
    desk = demo_desk(start="approvepro-demo")
    window, person = desk.window, desk.person
    _wait_list(qtbot, window, APPROVEPRO)
    person.click_row(window.table, 3)
    qtbot.waitUntil(lambda: window.detail.order_id == window.table.current_order_id(), timeout=5000)
    order_id = window.detail.order_id
    before = server_orders(desk.sandbox, [order_id])[order_id]["status"]["code"]

    person.press("ctrl+shift+s")
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ChangeStatusDialog))
    _wait_title(qtbot, person, dialog.windowTitle())
    combo = dialog.options.status
    qtbot.waitUntil(lambda: combo.count() > 0, timeout=10_000)
    assert combo.placeholderText() == "Choose the new status"  # no longer "Loading…"
    person.screenshot("statuses-loaded")
    person.press("Down")
    chosen = combo.currentData()
    assert chosen is not None and chosen != before
    assert dialog.apply.isEnabled()
    person.screenshot("status-chosen")
    person.press("Return")

    _wait_title(qtbot, person, window.windowTitle())
    qtbot.waitUntil(
        lambda: server_orders(desk.sandbox, [order_id])[order_id]["status"]["code"] == chosen,
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: window.pane.message.text() == "Status change saved.", timeout=10_000)
    person.screenshot("status-saved")


def test_the_keyboard_reaches_everything_and_says_what_it_does(demo_desk, qtbot):
    desk = demo_desk(start="approvepro-demo")
    window, person = desk.window, desk.person
    _wait_list(qtbot, window, APPROVEPRO)
    table, comment = window.table, window.pane.comment.text_edit()

    # J and K step through the orders; the pane follows.
    person.click_row(table, 0)
    person.press("j", "j", "j", "k")
    assert table.currentIndex().row() == 2
    order_id = window.orders.model.order_at(2).id
    qtbot.waitUntil(lambda: window.detail.order_id == order_id, timeout=5000)

    # From the search box, Tab passes the filters, the table in one stop, and the pane's
    # buttons, to the comment box.
    person.press("ctrl+f")
    stops = [QApplication.focusWidget()]
    while stops[-1] is not comment and len(stops) < 20:
        person.press("Tab")
        stops.append(QApplication.focusWidget())
    assert stops[-1] is comment
    assert stops.count(table) == 1
    assert stops.index(table) < stops.index(window.pane.change_status)
    assert table.currentIndex().row() == 2  # passing through the table changed no order
    person.type("Spoke to the customer, all good")
    person.screenshot("comment-typed")
    person.press("ctrl+Return")
    qtbot.waitUntil(lambda: window.pane.message.text() == "Comment saved.", timeout=10_000)
    history = server_orders(desk.sandbox, [order_id])[order_id]["history"]
    assert history[0]["comment"] == "Spoke to the customer, all good"

    # "?" away from a text field lists every key; in a text field it is just typed.
    for _ in range(len(stops)):  # back to the table the way the keyboard came
        if QApplication.focusWidget() is table:
            break
        person.press("shift+Tab")
    assert QApplication.focusWidget() is table
    person.press("question")
    _wait_title(qtbot, person, "Keyboard shortcuts")
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    listed = dialog.listed()
    assert listed["Change status"] == "Ctrl+Shift+S"
    assert listed["Next order"] == "J"
    assert listed["Send comment"] == "Ctrl+Return, Ctrl+Enter"
    person.screenshot("shortcuts")
    person.press("Escape")
    _wait_title(qtbot, person, window.windowTitle())

    person.press("ctrl+f")
    person.type("?")
    assert window.search.text() == "?"
    assert not any(
        isinstance(w, ShortcutsDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    person.press("F1")  # a function key is no typing: it works from the search box too
    _wait_title(qtbot, person, "Keyboard shortcuts")
    person.press("Escape")
