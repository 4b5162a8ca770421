"""Bulk changes run as jobs, in the window, against the sandbox.

The window stays usable while one runs; closing its dialog does not stop it, the jobs in the
status bar bring its report back, and Stop sends nothing more and says so. Choosing options
never eats the click that starts the change: only the status needs a new plan, and while one
is made the button says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from shiboken6 import Shiboken

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.services.outcomes import Outcome
from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from approval_console.ui.jobs import JobState
from approval_console.ui.main_window import MainWindow
from tests.helpers import DEMO_KEY, approvepro_account, server_orders
from tests.ui.test_main_window import (
    ACCOUNT,
    _click_row,
    _close,
    _make_window,
    _open_dialog,
    _wait_filled,
    open_window,
)

LEFT = Qt.MouseButton.LeftButton
READY = "st000008"  # Ready to Ship: public, so the customer is emailed when asked; any order
QUALITY = "st000006"  # Quality Check: internal, open to every order


@pytest.fixture
def sandbox(sandbox_factory):
    # The queue applies a bulk request this long after taking it: time to use the window.
    return sandbox_factory("--seed", "52", "--rate-window", "0", "--queue-delay-ms", "2500")


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    window, context = _make_window(qtbot, tmp_path / "profile", sandbox.url)
    yield window
    _close(qtbot, window, context)


def _select(window: MainWindow, count: int, *away_from: str) -> list[str]:
    """Select `count` orders in none of the statuses `away_from`; their ids."""
    model = window.orders.model
    rows = [r for r in range(model.rowCount()) if model.order_at(r).status_code not in away_from]
    rows = rows[:count]
    assert len(rows) == count
    window.table.select_rows(rows, current=rows[0])
    return window.orders.ids_for_rows(rows)


def _bulk_dialog(qtbot, window: MainWindow, status: str) -> BulkChangeDialog:
    window.act_change.trigger()
    dialog = _open_dialog(BulkChangeDialog)
    assert dialog is not None
    # Nothing is chosen, or planned, before the person picks a status.
    assert dialog.options.status_code() is None and not dialog.start.isEnabled()
    assert dialog.preview.text() == "Choose a status to see what will happen."
    combo = dialog.options.status
    combo.setCurrentIndex(combo.findData(status))
    qtbot.waitUntil(dialog.start.isEnabled, timeout=10_000)
    return dialog


def _plans_asked(monkeypatch, window: MainWindow) -> list[str]:
    """The statuses the window asked the server to preview, in order."""
    changes = window.context.console.changes
    asked: list[str] = []
    plan_bulk = changes.plan_bulk

    async def counting(connector, order_ids, change):  # type: ignore[no-untyped-def]
        asked.append(change.status_code)
        return await plan_bulk(connector, order_ids, change)

    monkeypatch.setattr(changes, "plan_bulk", counting)
    return asked


def _tick(qtbot, box: QAbstractButton) -> None:
    """Click a check box on its box, as a person does."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def _reopen_from_the_jobs(qtbot, window: MainWindow) -> None:
    indicator = window.jobs_indicator
    qtbot.mouseClick(indicator, LEFT)
    qtbot.waitUntil(indicator.panel.isVisible, timeout=3000)
    row = indicator.panel.rows()[0]
    qtbot.mouseClick(row.show_button, LEFT)


def test_the_window_is_used_while_a_bulk_change_runs_and_its_report_comes_back_after_close(
    qtbot, window, sandbox
):
    _wait_filled(qtbot, window)
    ids = _select(window, 120, READY)
    dialog = _bulk_dialog(qtbot, window, READY)
    assert not dialog.isModal()
    assert dialog.windowModality() is Qt.WindowModality.NonModal
    assert QApplication.activeModalWidget() is None
    assert "(3 bulk requests)" in dialog.preview.text()
    # What the plan spent asking which orders can take the status is said before starting.
    assert "rate budget" in dialog.preview.text() or "no request was needed" in (
        dialog.preview.text()
    )

    qtbot.mouseClick(dialog.start, LEFT)
    [job] = window.context.jobs.jobs
    assert job.running and job.title == "Change 120 orders to Ready to Ship"
    assert job.subtitle == "Northwind Workshop"

    # While it runs: another order is opened, and a search narrows the list.
    row = 450
    _click_row(qtbot, window, row)
    assert window.pane.title.text().startswith(window.orders.model.order_at(row).name)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "no such order")
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 0, timeout=5000)
    window.search.clear()
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 500, timeout=5000)
    assert job.running, "the queue's delay should outlast all that"

    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible() and job.running
    indicator = window.jobs_indicator
    assert indicator.isVisible() and indicator.text().startswith("1 job running · ")
    assert indicator.text().endswith("/120")
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert job.state is JobState.DONE and indicator.text() == "1 job finished"
    assert job.detail == "120 applied"

    _reopen_from_the_jobs(qtbot, window)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.progress_text.text() == "Done."
    assert dialog.summary.text() == "120 applied"
    assert dialog.results.rowCount() == 120
    report = dialog.vm.report
    assert report is not None
    truth = server_orders(sandbox, ids)
    for order_id in ids:
        assert report.results[order_id].outcome is Outcome.APPLIED
        assert truth[order_id]["status"]["code"] == READY

    # Dismissed, the job and its report are gone.
    dialog.close()
    qtbot.mouseClick(indicator, LEFT)
    qtbot.mouseClick(indicator.panel.rows()[0].dismiss_button, LEFT)
    assert window.context.jobs.jobs == [] and indicator.isHidden()
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog), timeout=3000)  # let go of, not hidden


def test_unticking_the_email_then_one_click_sends_the_change_as_chosen_without_a_new_plan(
    qtbot, window, sandbox, monkeypatch
):
    sandbox.configure(queue_delay_ms=300)
    _wait_filled(qtbot, window)
    asked = _plans_asked(monkeypatch, window)
    ids = _select(window, 60, READY)
    dialog = _bulk_dialog(qtbot, window, READY)
    assert asked == [READY]

    _tick(qtbot, dialog.options.email_customer)
    assert not dialog.options.email_customer.isChecked()
    assert dialog.start.isEnabled() and dialog.start.text() == "Change 60 orders"
    qtbot.keyClicks(dialog.options.comment.text_edit(), "Packed at the workshop")
    _tick(qtbot, dialog.due_on)
    due = dialog.due.date().toPython()
    assert dialog.due.text() == f"{due.day} {due:%b %Y}", "dates read as everywhere else"
    qtbot.mouseClick(dialog.start, LEFT)  # once
    assert dialog.pages.currentIndex() == 1, "the click started the change"
    assert len(window.context.jobs.running) == 1
    assert asked == [READY], "no option but the status makes a new plan"
    qtbot.waitUntil(lambda: dialog.progress_text.text() == "Done.", timeout=30_000)
    assert dialog.summary.text() == "60 applied"

    truth = server_orders(sandbox, ids)
    london = datetime.combine(due, time(0), ZoneInfo("Europe/London"))
    for order_id in ids:
        latest = truth[order_id]["history"][0]
        assert latest["status"]["code"] == READY
        assert latest["mail_log"] is None, "the customer was emailed"
        assert latest["comment"] == "Packed at the workshop"
        assert truth[order_id]["due_date"] == london.astimezone(UTC).isoformat()


def test_a_new_status_says_checking_until_its_plan_is_ready_and_no_other_option_replans(
    qtbot, window, monkeypatch
):
    _wait_filled(qtbot, window)
    asked = _plans_asked(monkeypatch, window)
    _select(window, 40, READY, QUALITY)
    dialog = _bulk_dialog(qtbot, window, QUALITY)
    assert "(1 bulk request)." in dialog.preview.text()
    assert "40</b> of 40 orders will be sent." in dialog.preview.text()

    combo = dialog.options.status
    combo.setCurrentIndex(combo.findData(READY))
    assert dialog.start.text() == "Checking…" and not dialog.start.isEnabled()
    assert dialog.preview.text() == "Working out what will happen…"
    qtbot.waitUntil(dialog.start.isEnabled, timeout=10_000)
    assert dialog.start.text() == "Change 40 orders"
    assert asked == [QUALITY, READY]

    for box in (
        dialog.options.email_customer,
        dialog.options.email_additional,
        dialog.due_on,
        dialog.send_on,
    ):
        _tick(qtbot, box)
        assert dialog.start.isEnabled() and dialog.start.text() == "Change 40 orders"
    comment = dialog.options.comment.text_edit()
    qtbot.keyClicks(comment, "ok")  # too short to send: the button waits for a longer one
    assert not dialog.start.isEnabled() and dialog.start.text() == "Change 40 orders"
    qtbot.keyClicks(comment, ", packed")
    assert dialog.start.isEnabled()
    qtbot.wait(400)  # longer than the debounce: nothing was waiting to make a plan
    assert asked == [QUALITY, READY]
    dialog.close()


def test_stop_sends_nothing_more_says_so_and_selects_what_was_not_sent(
    qtbot, sandbox_factory, memory_keyring, tmp_path
):
    # Five bulk requests fill the limit's three-second window; the sixth waits for a slot.
    sandbox = sandbox_factory("--seed", "53", "--rate-window", "3", "--queue-delay-ms", "300")
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(
        approvepro_account(sandbox.url, ACCOUNT, rate_window="3", timezone="Europe/London"),
        DEMO_KEY,
    )
    window, context = open_window(qtbot, console)
    try:
        _wait_filled(qtbot, window)
        ids = _select(window, 300, QUALITY)
        dialog = _bulk_dialog(qtbot, window, QUALITY)
        before = {i: o.status_code for i, o in context.reader.get_many(ACCOUNT, ids).items()}
        qtbot.mouseClick(dialog.start, LEFT)
        [job] = context.jobs.jobs
        qtbot.waitUntil(lambda: "250 sent" in dialog.progress_text.text(), timeout=20_000)

        qtbot.mouseClick(dialog.stop, LEFT)
        assert not dialog.stop.isEnabled()
        assert dialog.progress_text.text().startswith("Stopping: nothing more is sent")
        assert job.state is JobState.STOPPING
        assert window.jobs_indicator.text().startswith("1 job running")
        qtbot.waitUntil(lambda: not job.running, timeout=30_000)
        assert job.state is JobState.STOPPED and job.needs_attention
        assert dialog.progress_text.text().startswith("Stopped:")
        assert dialog.summary.text() == "250 applied, 50 not sent"
        assert window.jobs_indicator.text() == "1 job finished"

        report = dialog.vm.report
        assert report is not None
        not_sent = report.ids(Outcome.NOT_SENT)
        qtbot.wait(600)  # past the queue's delay: whatever was sent has been applied
        truth = server_orders(sandbox, ids)
        for order_id in ids:
            wanted = before[order_id] if order_id in not_sent else QUALITY
            assert truth[order_id]["status"]["code"] == wanted

        # The report, reopened after closing it, selects the orders not sent.
        dialog.close()
        _reopen_from_the_jobs(qtbot, window)
        qtbot.waitUntil(dialog.isVisible, timeout=3000)
        assert dialog.select_missing.isVisible()
        window.search.setText("no such order")  # hidden by a search: it is cleared first
        qtbot.waitUntil(lambda: window.orders.model.rowCount() == 0, timeout=5000)
        qtbot.mouseClick(dialog.select_missing, LEFT)
        qtbot.waitUntil(lambda: window.table.selected_count() == 50, timeout=5000)
        selected = window.orders.ids_for_rows(window.table.selected_rows())
        assert sorted(selected) == sorted(not_sent) and window.search.text() == ""
        dialog.close()
    finally:
        _close(qtbot, window, context)


def test_quitting_mid_run_asks_first_and_enter_keeps_working(qtbot, window, sandbox):
    from PySide6.QtWidgets import QMessageBox

    _wait_filled(qtbot, window)
    ids = _select(window, 60, READY)
    dialog = _bulk_dialog(qtbot, window, READY)
    qtbot.mouseClick(dialog.start, LEFT)
    [job] = window.context.jobs.jobs
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))

    window.act_quit.trigger()  # Ctrl+Q
    box = _open_dialog(QMessageBox)
    assert box is not None and "Change 60 orders to Ready to Ship is still running" in box.text()
    assert box.defaultButton().text() == "Keep working"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # out of habit: it keeps the window, and the run
    assert window.isVisible() and not closed and job.running
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert job.state is JobState.DONE
    assert all(o["status"]["code"] == READY for o in server_orders(sandbox, ids).values())

    window.act_quit.trigger()  # nothing running: no question
    assert closed and not window.isVisible()


def test_quit_chosen_mid_run_closes_and_the_journal_keeps_the_rest(qtbot, window, sandbox):
    from PySide6.QtWidgets import QMessageBox

    _wait_filled(qtbot, window)
    ids = _select(window, 60, READY)
    dialog = _bulk_dialog(qtbot, window, READY)
    qtbot.mouseClick(dialog.start, LEFT)
    journal = window.context.console.journal
    # Written before it is sent; the queue's delay keeps it unconfirmed for a while yet.
    qtbot.waitUntil(lambda: len(journal.unfinished(ACCOUNT)) == 60, timeout=10_000)
    window.act_quit.trigger()
    box = _open_dialog(QMessageBox)
    [quit_button] = [b for b in box.buttons() if b.text() == "Quit"]
    qtbot.mouseClick(quit_button, LEFT)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    # Nothing of the run is lost by quitting: the next start checks each with the server.
    assert {entry.order_id for entry in journal.unfinished(ACCOUNT)} == set(ids)


def test_the_open_order_and_the_report_follow_the_bulk_change_as_the_list_shows_it(
    qtbot, window, sandbox
):
    _wait_filled(qtbot, window)
    ids = _select(window, 10, QUALITY)
    assert window.detail.order_id == ids[0]
    assert window.pane.chip.text() != "Quality Check"
    dialog = _bulk_dialog(qtbot, window, QUALITY)
    qtbot.mouseClick(dialog.start, LEFT)
    [job] = window.context.jobs.jobs
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert job.detail == "10 applied"

    # The order open beside the list was one of them: it says where it is now, without a
    # click elsewhere and back.
    qtbot.waitUntil(lambda: window.pane.chip.text() == "Quality Check", timeout=10_000)
    # ...and its history, read from the server, ends with the change.
    qtbot.waitUntil(
        lambda: any("Quality Check" in text for text in window.pane.timeline.row_texts()),
        timeout=10_000,
    )
    # Said again that any order may have changed, with nothing changed: the pane reads nothing.
    before = sandbox.stats()["requests"]
    for _ in range(3):
        window.context.bus.publish(ACCOUNT)
        qtbot.wait(100)
    assert sandbox.stats()["requests"] == before
    # The report reads top to bottom as the list did.
    model = window.orders.model
    names = [model.order_at(row).name for row in window.table.selected_rows()]
    assert [dialog.results.item(row, 0).text() for row in range(10)] == names


def test_orders_changed_out_of_the_filtered_list_are_no_longer_selected(qtbot, window):
    """All of a filtered status changed to another: the list empties, and neither the status
    bar nor Change status still counts orders the person can no longer see."""
    from approval_console.ui.viewmodels.list_filters import ListFilters

    _wait_filled(qtbot, window)
    model = window.orders.model
    counts: dict[str, int] = {}
    for row in range(model.rowCount()):
        code = model.order_at(row).status_code
        counts[code] = counts.get(code, 0) + 1
    status = min(
        (c for c in counts if c not in (QUALITY, READY) and counts[c] >= 3), key=counts.__getitem__
    )
    window.filter_bar.set_filters(ListFilters(status_codes=(status,)), emit=True)
    qtbot.waitUntil(lambda: model.rowCount() == counts[status], timeout=10_000)
    window.table.setFocus()
    qtbot.keyClick(window.table, "a", Qt.KeyboardModifier.ControlModifier)
    assert window.selection_label.text() == f"{counts[status]} selected"

    dialog = _bulk_dialog(qtbot, window, QUALITY)
    qtbot.mouseClick(dialog.start, LEFT)
    [job] = window.context.jobs.jobs
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    dialog.close()
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10_000)
    assert window.selection_label.text() == ""
    assert window.act_change.text() == "Change &status…"
