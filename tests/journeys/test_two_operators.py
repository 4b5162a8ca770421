"""Two operators on one account, on a real display: a colleague moves orders while this person
looks at them, and the console holds the person's change back and says so, until they choose
to apply it anyway."""

from __future__ import annotations

import httpx
from PySide6.QtWidgets import QApplication

from approval_console.services.outcomes import Outcome
from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from approval_console.ui.dialogs.change_status import ChangeStatusDialog
from tests.helpers import DEMO_KEY, server_orders

APPROVEPRO = "approvepro-demo"
IN_PRODUCTION = "st000005"
READY = "Ready to Ship"


def _colleague_sets(sandbox, order_ids: list[str], code: str) -> None:  # type: ignore[no-untyped-def]
    """The other operator, with their own client on the same server, moves the orders."""
    with httpx.Client(
        base_url=f"{sandbox.url}/api/v1", headers={"Authorization": f"Bearer {DEMO_KEY}"}
    ) as client:
        for order_id in order_ids:
            client.post(
                f"/orders/{order_id}/status",
                json={"status_code": code, "email_customer": False, "email_additional": False},
            ).raise_for_status()


def _status(sandbox, order_id: str) -> str:  # type: ignore[no-untyped-def]
    return server_orders(sandbox, [order_id])[order_id]["status"]["code"]


def _visible(kind: type) -> object | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def test_a_status_change_on_an_order_a_colleague_moved_is_held_until_applied_anyway(
    demo_desk, qtbot
):
    desk = demo_desk(start=APPROVEPRO)
    window, person, model = desk.window, desk.person, desk.window.orders.model
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=30_000)
    row = next(r for r in range(model.rowCount()) if model.order_at(r).status_code != IN_PRODUCTION)
    person.click_row(window.table, row)
    order = model.order_at(row)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail.detail.order.id == order.id, timeout=10_000)

    _colleague_sets(desk.sandbox, [order.id], IN_PRODUCTION)  # while the person looks

    person.press("ctrl+shift+s")
    qtbot.waitUntil(lambda: _visible(ChangeStatusDialog) is not None, timeout=5000)
    dialog = _visible(ChangeStatusDialog)
    assert isinstance(dialog, ChangeStatusDialog)
    combo = dialog.options.status
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=10_000)
    wanted = next(
        combo.itemData(i)
        for i in range(combo.count())
        if combo.itemData(i) not in (None, IN_PRODUCTION, order.status_code)
    )
    person.choose(combo, combo.itemText(combo.findData(wanted)))
    person.press("Return")

    pane = window.pane
    qtbot.waitUntil(lambda: "changed meanwhile" in pane.message.text(), timeout=15_000)
    assert "In Production" in pane.message.text()
    qtbot.waitUntil(pane.apply_anyway.isVisible, timeout=5000)
    assert _status(desk.sandbox, order.id) == IN_PRODUCTION, "the colleague's change stands"
    person.screenshot("held-back")

    person.click(pane.apply_anyway)
    qtbot.waitUntil(lambda: pane.message.text() == "Status change saved.", timeout=15_000)
    assert _status(desk.sandbox, order.id) == wanted
    assert not pane.apply_anyway.isVisible()
    person.screenshot("applied-anyway")


def test_a_bulk_change_holds_back_what_a_colleague_moved_and_applies_it_on_request(
    demo_desk, qtbot
):
    desk = demo_desk("--orders", "300", "--seed", "11", "--queue-delay-ms", "500", start=APPROVEPRO)
    window, person, table = desk.window, desk.person, desk.window.table
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 300, timeout=30_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)

    person.click_row(table, 0)
    person.click_row(table, 39, modifiers="shift")
    qtbot.waitUntil(lambda: table.selected_count() == 40, timeout=3000)
    rows = table.selected_rows()
    ids = window.orders.ids_for_rows(rows)
    seen = {window.orders.model.order_at(r).id: window.orders.model.order_at(r) for r in rows}

    person.press("ctrl+shift+s")
    qtbot.waitUntil(lambda: _visible(BulkChangeDialog) is not None, timeout=5000)
    dialog = _visible(BulkChangeDialog)
    assert isinstance(dialog, BulkChangeDialog)
    person.choose(dialog.options.status, READY)
    code = dialog.options.status_code()
    qtbot.waitUntil(dialog.start.isEnabled, timeout=60_000)
    moved = [oid for oid in ids if seen[oid].status_code not in (code, IN_PRODUCTION)][:3]
    _colleague_sets(desk.sandbox, moved, IN_PRODUCTION)  # after the plan, before the start

    person.click(dialog.start)
    qtbot.waitUntil(lambda: dialog.progress_text.text() == "Done.", timeout=120_000)
    report = dialog.vm.report
    assert report is not None
    assert set(report.ids(Outcome.CHANGED_MEANWHILE)) == set(moved)
    held_rows = [
        r
        for r in range(dialog.results.rowCount())
        if dialog.results.item(r, 1).text() == "Changed meanwhile"
    ]
    assert len(held_rows) == len(moved)
    for r in held_rows:  # where each order is now, as the server says
        assert dialog.results.item(r, 2).text().startswith("changed meanwhile: now “In Production”")
    for order_id in moved:
        assert _status(desk.sandbox, order_id) == IN_PRODUCTION
    assert dialog.apply_anyway.isVisible()
    person.screenshot("bulk-held-back")

    person.click(dialog.apply_anyway)
    qtbot.waitUntil(
        lambda: all(_status(desk.sandbox, oid) == code for oid in moved), timeout=120_000
    )
    qtbot.waitUntil(lambda: dialog.progress_text.text() == "Done.", timeout=60_000)
    merged = dialog.vm.report
    assert merged is not None and set(merged.results) >= set(moved)
    assert all(merged.results[oid].outcome is Outcome.APPLIED for oid in moved)
    assert not dialog.apply_anyway.isVisible()
    person.screenshot("bulk-applied-anyway")
