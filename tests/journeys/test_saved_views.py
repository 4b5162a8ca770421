"""Saved views on a real display: look at the counts, choose views, save one, switch by keys."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from approval_console.ui.dialogs.save_view import SaveViewDialog
from approval_console.ui.widgets.views_bar import MODIFIED_MARK

APPROVEPRO = "approvepro-demo"


def _names(window) -> list[str]:  # type: ignore[no-untyped-def]
    return window.saved_views.bar.names()


def _click_view(person, window, name: str) -> None:  # type: ignore[no-untyped-def]
    bar = window.saved_views.bar
    row = [n.removesuffix(MODIFIED_MARK) for n in _names(window)].index(name)
    person.click(bar.list.viewport(), bar.list.visualItemRect(bar.list.item(row)).center())


def _count(window, name: str) -> str:  # type: ignore[no-untyped-def]
    views = window.saved_views.vm
    view = next(v for v in views.views if v.name == name)
    return window.saved_views.bar.count_shown(view.id)


def _shows(qtbot, window, name: str) -> int:  # type: ignore[no-untyped-def]
    """Until the list shows the view `name` and its count is the list's; the rows shown."""
    model = window.orders.model
    qtbot.waitUntil(
        lambda: (
            window.saved_views.bar.list.currentItem() is not None
            and window.saved_views.bar.list.currentItem().text() == name
            and not window.orders.querying
            and _count(window, name) == f"{model.rowCount():,}"
        ),
        timeout=10_000,
    )
    return model.rowCount()


def test_save_a_view_and_switch_between_views(demo_desk, qtbot):
    desk = demo_desk(start=APPROVEPRO)
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    assert _names(window) == [
        "All orders",
        "Needs review",
        "Overdue",
        "Due this week",
        "Changed today",
    ]
    everything = _shows(qtbot, window, "All orders")
    assert everything == 500
    person.screenshot("views-at-first-start")

    _click_view(person, window, "Overdue")
    overdue = _shows(qtbot, window, "Overdue")
    assert 0 < overdue < everything
    person.screenshot("overdue-chosen")

    # From All orders, narrow to what is due in the next two weeks: the view is marked as
    # changed (a checkbox: the filter bar's menus are clicked in the filters' own journeys).
    _click_view(person, window, "All orders")
    _shows(qtbot, window, "All orders")
    person.click(window.filter_bar.due_on)
    qtbot.waitUntil(lambda: _names(window)[0] == "All orders" + MODIFIED_MARK, timeout=5000)
    assert window.saved_views.bar.update_button.isVisible()
    qtbot.waitUntil(lambda: not window.orders.querying, timeout=5000)
    soon = window.orders.model.rowCount()
    assert soon < everything
    person.screenshot("all-orders-changed")

    # Ctrl+S: a taken name is refused with the reason, a new one saves.
    person.press("ctrl+s")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), SaveViewDialog), timeout=5000)
    dialog = QApplication.activeWindow()
    person.type("Overdue")
    assert "exists already" in dialog.reason.text()
    person.screenshot("name-taken")
    person.press("ctrl+a")
    person.type("Due soon")
    person.press("Return")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert _names(window)[-1] == "Due soon"
    assert _shows(qtbot, window, "Due soon") == soon
    person.screenshot("view-saved")

    # Alt+1 and Alt+6: the first view and the new one, from the keyboard.
    person.press("alt+1")
    assert _shows(qtbot, window, "All orders") == everything
    assert not window.filter_bar.due_on.isChecked()
    person.press("alt+6")
    assert _shows(qtbot, window, "Due soon") == soon
    assert window.filter_bar.due_on.isChecked()
    person.screenshot("switched-by-keys")
