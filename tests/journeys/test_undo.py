"""Undo as a person uses it: a bulk change to the wrong status, then Undo in the notice that
offers it, and every order is back where it was, on the server and in the list."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from tests.helpers import server_orders

QUALITY = "Quality Check"  # internal: open to every order, and nobody is emailed
SELECTED = 60


def _bulk_dialog() -> BulkChangeDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, BulkChangeDialog)]
    return next((w for w in found if w.isVisible()), None)


def test_a_bulk_change_is_undone_from_its_notice(demo_desk, qtbot):
    desk = demo_desk(
        "--orders", "500", "--seed", "11", "--queue-delay-ms", "500", start="approvepro-demo"
    )
    window, person = desk.window, desk.person
    table, model = window.table, window.orders.model
    qtbot.waitUntil(lambda: model.rowCount() == 500, timeout=30_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)

    person.click_row(table, 0)
    person.click_row(table, SELECTED - 1, modifiers="shift")
    qtbot.waitUntil(lambda: table.selected_count() == SELECTED, timeout=3000)
    rows = table.selected_rows()
    ids = window.orders.ids_for_rows(rows)
    before = {model.order_at(row).id: model.order_at(row).status_code for row in rows}
    assert len(set(before.values())) > 1, "the orders should come from several statuses"

    person.press("ctrl+shift+s")
    qtbot.waitUntil(lambda: _bulk_dialog() is not None, timeout=5000)
    dialog = _bulk_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: person.active_window_title() == dialog.windowTitle(), timeout=5000)
    person.choose(dialog.options.status, QUALITY)
    code = dialog.options.status_code()
    qtbot.waitUntil(dialog.start.isEnabled, timeout=60_000)
    person.click(dialog.start)

    notice = window.order_actions.undo_notice
    qtbot.waitUntil(notice.isVisible, timeout=120_000)
    changed = sum(1 for oid in ids if before[oid] != code)
    assert notice.text.text() == f"Changed {changed} orders to {QUALITY}."
    person.click(dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    person.activate(window)
    assert {o["status"]["code"] for o in server_orders(desk.sandbox, ids).values()} == {code}
    assert notice.undo_button.isVisible() and notice.undo_button.text().startswith("Undo (")
    person.screenshot("undo-offered")

    person.click(notice.undo_button)
    qtbot.waitUntil(lambda: notice.text.text().startswith("Put back"), timeout=180_000)
    # An order that had no status keeps the new one: no request takes a status away.
    statusless = [
        model.order_at(row).name for row in rows if before[model.order_at(row).id] is None
    ]
    if statusless:
        assert notice.text.text().startswith(
            f"Put back {changed - len(statusless)} of {changed}; {len(statusless)} could not "
            f"be put back ({statusless[0]}: it had no status before"
        )
    else:
        assert notice.text.text() == f"Put back {changed} orders."
    after = {oid: before[oid] or code for oid in ids}
    truth = server_orders(desk.sandbox, ids)
    assert {oid: truth[oid]["status"]["code"] for oid in ids} == after
    qtbot.waitUntil(
        lambda: all(
            model.order_at(row).status_code == after[model.order_at(row).id] for row in rows
        ),
        timeout=10_000,
    )
    person.screenshot("put-back")
