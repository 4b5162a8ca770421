"""The activity log as a person uses it: after a morning's changes (one the server would not
take, a bulk run still going), Ctrl+Shift+L shows them all with the run on top; the failed one
is found by its outcome, retried, and followed back to the list."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from approval_console.store.journal import EntryState
from approval_console.ui.activity_window import ActivityWindow
from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from approval_console.ui.models.activity import OUTCOME, WHY
from tests.helpers import server_orders
from tests.windows import on_screen

READY = "Ready to Ship"
BULK = 40  # one bulk request
ACCOUNT = "approvepro-demo"


def _bulk_dialog() -> BulkChangeDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, BulkChangeDialog)]
    return next((w for w in found if w.isVisible()), None)


def test_the_activity_log_shows_retries_and_finds_what_was_changed(demo_desk, qtbot):
    desk = demo_desk("--orders", "300", "--seed", "12", "--queue-delay-ms", "6000", start=ACCOUNT)
    window, person = desk.window, desk.person
    table, model = window.table, window.orders.model
    qtbot.waitUntil(lambda: model.rowCount() == 300, timeout=30_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)

    # A comment the server fails every time it is sent (a bad moment on its side)...
    failing = model.order_at(1)
    with desk.sandbox.admin() as admin:  # type: ignore[attr-defined]
        path = f"/api/v1/orders/{failing.id}/comment"
        body = {"method": "POST", "path": path, "fault": "error_500", "count": 4}
        admin.post("/_sandbox/faults", json=body).raise_for_status()
    pane = window.pane
    for row, text in ((1, "Called the workshop about the proof"), (2, "Proof sent again")):
        person.click_row(table, row)
        qtbot.waitUntil(lambda row=row: window.detail.order_id == model.order_at(row).id)
        person.click(pane.comment.text_edit())
        person.press("ctrl+a", "Delete")  # a comment not sent stays in the box
        person.type(text)
        person.click(pane.add_comment)
        order_id = model.order_at(row).id
        qtbot.waitUntil(lambda order_id=order_id: _settled(desk, order_id), timeout=30_000)
    person.screenshot("comment-not-applied")

    # ... and a bulk change, still running.
    person.click_row(table, 10)
    person.click_row(table, 10 + BULK - 1, modifiers="shift")
    qtbot.waitUntil(lambda: table.selected_count() == BULK, timeout=3000)
    person.press("ctrl+shift+s")
    qtbot.waitUntil(lambda: _bulk_dialog() is not None, timeout=5000)
    dialog = _bulk_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: person.active_window_title() == dialog.windowTitle(), timeout=5000)
    person.choose(dialog.options.status, READY)
    qtbot.waitUntil(dialog.start.isEnabled, timeout=60_000)
    person.click(dialog.start)
    [job] = window.context.jobs.jobs
    person.click(dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert job.running, "the queue's delay should outlast that"

    # Ctrl+Shift+L: every change, the running job on top.
    person.activate(window)
    person.press("ctrl+shift+l")
    qtbot.waitUntil(lambda: on_screen(window, ActivityWindow) is not None, timeout=5000)
    log = on_screen(window, ActivityWindow)
    assert log is not None
    qtbot.waitUntil(lambda: person.active_window_title() == log.windowTitle(), timeout=5000)
    logged = log.vm.model
    journaled = desk.context.console.journal.entries(job_batch(desk))
    qtbot.waitUntil(lambda: logged.rowCount() == len(journaled) + 2, timeout=10_000)
    assert log.jobs.isVisible() and len(log.jobs.bars) == 1
    person.screenshot("log-with-running-job")
    qtbot.waitUntil(lambda: not job.running, timeout=120_000)
    qtbot.waitUntil(lambda: not log.jobs.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "In flight" not in _column(log, OUTCOME), timeout=10_000)
    person.screenshot("log-after-the-job")

    # What was not applied, and why; retried.
    person.choose(log.outcome, "Not applied")
    qtbot.waitUntil(lambda: logged.rowCount() == 1, timeout=10_000)
    assert logged.activity_at(0).order == failing.name
    assert "gave up" in _column(log, WHY)[0]
    person.screenshot("not-applied")
    person.click_row(log.table, 0, column=2)
    assert log.retry.isEnabled()
    person.click(log.retry)
    qtbot.waitUntil(lambda: log.message.text().startswith("Retried"), timeout=30_000)
    assert log.message.text() == "Retried 1 change: 1 applied."
    history = server_orders(desk.sandbox, [failing.id])[failing.id]["history"]
    assert history[0]["comment"] == "Called the workshop about the proof"
    person.screenshot("retried")

    # The order's whole story, found by its number, then shown in the list.
    person.choose(log.outcome, "Any outcome")
    person.click(log.number)
    person.type(failing.number)
    qtbot.waitUntil(lambda: logged.rowCount() == 2, timeout=10_000)
    assert _column(log, OUTCOME) == ["Applied", "Not applied"]
    person.screenshot("found-by-number")
    person.click_row(log.table, 0, column=2)
    person.click(log.show_in_list)
    qtbot.waitUntil(lambda: window.orders.ids_for_rows(table.selected_rows()) == [failing.id])
    qtbot.waitUntil(lambda: window.detail.order_id == failing.id, timeout=5000)
    person.screenshot("shown-in-list")


def _settled(desk, order_id: str) -> bool:  # type: ignore[no-untyped-def]
    entries = desk.context.console.journal.history(ACCOUNT, order_id)
    return bool(entries) and entries[-1].state in (EntryState.CONFIRMED, EntryState.FAILED)


def job_batch(desk) -> str:  # type: ignore[no-untyped-def]
    """The bulk run's batch: the newest in the journal."""
    conn = desk.context.console.journal_db.connection
    return str(conn.execute("SELECT id FROM batches ORDER BY created_at DESC").fetchone()[0])


def _column(log: ActivityWindow, column: int) -> list[str]:
    model = log.vm.model
    return [model.index(row, column).data() for row in range(model.rowCount())]
