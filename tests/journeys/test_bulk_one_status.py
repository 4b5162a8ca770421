"""Every order of one status changed in bulk, as a person does it: the list filtered to the
status, all selected, the dialog saying how the change checks and confirms them, and the report
saying for each order how it was confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu

from approval_console.services.outcomes import Outcome
from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from tests.helpers import server_orders

APPROVEPRO = "approvepro-demo"
QUALITY = "Quality Check"  # open to every order


def _bulk_dialog() -> BulkChangeDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, BulkChangeDialog)]
    return next((w for w in found if w.isVisible()), None)


def _click_choice(person, menu: QMenu, text: str) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in menu.actions() if a.text() == text)
    person.click(menu, menu.actionGeometry(action).center())


def test_every_order_of_a_status_changed_and_each_says_how_it_was_confirmed(demo_desk, qtbot):
    desk = demo_desk("--orders", "500", "--seed", "11", start=APPROVEPRO)
    window, person = desk.window, desk.person
    table, model, bar = window.table, window.orders.model, window.filter_bar
    qtbot.waitUntil(lambda: model.rowCount() == 500, timeout=30_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    counts = window.context.reader.count_by_status(APPROVEPRO)
    busiest = max(window.orders.statuses, key=lambda s: counts.get(s.code, 0))

    # The list filtered to the status most orders are in, and all of it selected.
    person.click(bar.status)
    menu = bar.status.menu()
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    _click_choice(person, menu, busiest.name)
    person.press("Escape")
    qtbot.waitUntil(
        lambda: {model.order_at(r).status_code for r in range(model.rowCount())} == {busiest.code},
        timeout=5000,
    )
    shown = model.rowCount()
    person.click_row(table, 0)
    person.press("ctrl+a")
    qtbot.waitUntil(lambda: table.selected_count() == shown, timeout=3000)
    ids = window.orders.ids_for_rows(table.selected_rows())
    person.screenshot("one-status-selected")

    person.press("ctrl+shift+s")
    qtbot.waitUntil(lambda: _bulk_dialog() is not None, timeout=5000)
    dialog = _bulk_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: person.active_window_title() == dialog.windowTitle(), timeout=5000)
    person.choose(dialog.options.status, QUALITY)
    qtbot.waitUntil(dialog.start.isEnabled, timeout=60_000)
    # The dialog says the status's listing is read before each burst, and how orders are
    # confirmed.
    said = dialog.preview.text()
    assert f"the listing of “{busiest.name}” is read" in said, said
    assert f"otherwise by having left “{busiest.name}”" in said
    person.screenshot("plan-says-how")

    person.click(dialog.start)
    assert dialog.pages.currentIndex() == 1, "the click started the change"
    qtbot.waitUntil(lambda: dialog.progress_text.text() == "Done.", timeout=180_000)
    person.screenshot("report")

    report = dialog.vm.report
    assert report is not None and set(report.results) == set(ids)
    truth = server_orders(desk.sandbox, ids)
    code = next(s.code for s in window.orders.statuses if s.name == QUALITY)
    applied = report.ids(Outcome.APPLIED)
    assert applied and all(truth[oid]["status"]["code"] == code for oid in applied)
    left = [oid for oid in applied if report.results[oid].reason]
    assert all(f"left “{busiest.name}”" in report.results[oid].reason for oid in left)
    # The report's table says it, row by row: its last rows, for one.
    assert left, "the target's listing is read for a page; most orders are confirmed by leaving"
    view = dialog.result_table
    person.click(view.viewport(), view.visualRect(dialog.results.index(0, 0)).center())
    person.press("ctrl+End")
    last = dialog.results.rowCount() - 1
    assert f"left “{busiest.name}”" in dialog.results.item(last, 2).text()
    person.screenshot("report-says-how")
    # The list follows: the changed orders leave the filtered status.
    qtbot.waitUntil(lambda: model.rowCount() < shown, timeout=10_000)
    assert all(model.order_at(r).status_code == busiest.code for r in range(model.rowCount()))
