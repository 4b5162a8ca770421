"""A bulk change as a person runs it: one click starts it, the window goes on working while it
runs, the dialog is closed, and the jobs in the status bar bring its report back."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMessageBox

from approval_console.services.outcomes import Outcome
from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from approval_console.ui.jobs import JobState
from tests.helpers import server_orders

READY = "Ready to Ship"  # public: the customer would be emailed about it, unless told not to
SELECTED = 250  # five bulk requests: as many as the API takes in a minute


def _bulk_dialog() -> BulkChangeDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, BulkChangeDialog)]
    return next((w for w in found if w.isVisible()), None)


def test_a_bulk_change_runs_in_the_background_and_its_report_comes_back(demo_desk, qtbot):
    # The demo's rate limits; the queue applies each request four seconds after taking it,
    # time enough to use the window while the change runs.
    desk = demo_desk(
        "--orders", "500", "--seed", "11", "--queue-delay-ms", "4000", start="approvepro-demo"
    )
    window, person = desk.window, desk.person
    table, model = window.table, window.orders.model
    qtbot.waitUntil(lambda: model.rowCount() == 500, timeout=30_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)

    # A few hundred orders, by a click and a shift-click.
    person.click_row(table, 0)
    person.click_row(table, SELECTED - 1, modifiers="shift")
    qtbot.waitUntil(lambda: table.selected_count() == SELECTED, timeout=3000)
    assert window.selection_label.text() == f"{SELECTED} selected"
    ids = window.orders.ids_for_rows(table.selected_rows())
    person.screenshot("selected")

    person.press("ctrl+shift+s")
    qtbot.waitUntil(lambda: _bulk_dialog() is not None, timeout=5000)
    dialog = _bulk_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: person.active_window_title() == dialog.windowTitle(), timeout=5000)
    person.choose(dialog.options.status, READY)
    code = dialog.options.status_code()
    assert dialog.start.text() == "Checking…" and not dialog.start.isEnabled()
    person.screenshot("checking")
    qtbot.waitUntil(dialog.start.isEnabled, timeout=60_000)
    assert dialog.start.text() == f"Change {SELECTED} orders"
    box = dialog.options.email_customer
    person.click(box, QPoint(8, box.height() // 2))  # on the box, as a person clicks it
    assert not box.isChecked()
    person.screenshot("options")

    person.click(dialog.start)  # once
    assert dialog.pages.currentIndex() == 1, "the click started the change"
    [job] = window.context.jobs.jobs
    assert job.running
    person.screenshot("started")

    # The window goes on working: another order opens, a search narrows the list.
    row = SELECTED + 20
    person.click_row(table, row, column=0)
    assert person.active_window_title() == window.windowTitle()
    order = model.order_at(row)
    qtbot.waitUntil(lambda: window.detail.order_id == order.id, timeout=5000)
    qtbot.waitUntil(lambda: window.pane.title.text().startswith(order.name), timeout=5000)
    person.press("ctrl+f")
    assert QApplication.focusWidget() is window.search
    person.type(order.customer.name.split()[0])
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 500, timeout=10_000)
    assert job.running, "the queue's delay should outlast that"
    person.screenshot("window-used-while-running")

    person.click(dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    indicator = window.jobs_indicator
    assert indicator.isVisible() and indicator.text().startswith("1 job running · ")
    person.screenshot("closed-still-running")

    # Ctrl+Q mid-run asks first; Enter, pressed out of habit, keeps working.
    person.press("ctrl+q")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    person.screenshot("quit-asks")
    person.press("Return")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
    assert window.isVisible() and (job.running or job.state is JobState.DONE)

    qtbot.waitUntil(lambda: not job.running, timeout=120_000)
    assert job.state is JobState.DONE and indicator.text() == "1 job finished"
    person.click(indicator)
    qtbot.waitUntil(indicator.panel.isVisible, timeout=3000)
    [row_widget] = indicator.panel.rows()
    assert row_widget.title.text() == f"Change {SELECTED} orders to {READY}"
    person.screenshot("jobs-panel")
    person.click(row_widget.show_button)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.progress_text.text() == "Done."
    person.screenshot("report")

    report = dialog.vm.report
    assert report is not None and set(report.results) == set(ids)
    assert dialog.results.rowCount() == SELECTED
    truth = server_orders(desk.sandbox, ids)
    for order_id in ids:
        result, server = report.results[order_id], truth[order_id]
        if result.outcome is Outcome.APPLIED:
            assert server["status"]["code"] == code
            latest = server["history"][0]
            assert latest["status"]["code"] == code and latest["mail_log"] is None
        elif result.outcome is Outcome.SKIPPED:
            assert server["status"]["code"] == code
        else:
            assert server["status"]["code"] != code, (order_id, result)
    assert report.counts()[Outcome.APPLIED] > 0
