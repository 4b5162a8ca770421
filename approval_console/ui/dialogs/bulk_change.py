"""Bulk status change: preview, run with progress and Stop, then a result per order.

The dialog is modeless (shown, never opened): the window stays usable while thousands of orders
go through the rate limits, and the list updates as orders are confirmed. Closing it leaves the
run going as a job in the status bar, which opens this dialog again with its report.

Only the status needs a plan (a preview asked of the server); the comment, emails, send time
and due date are taken as they are when the change starts, so choosing them never holds up the
button. While a plan is being made the button says so and cannot be clicked.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.changes import StatusChange
from approval_console.core.domain import Status
from approval_console.services.bulk import BulkPlan, BulkProgress
from approval_console.services.outcomes import ChangeReport, Outcome
from approval_console.ui.change_bus import ChangeBus
from approval_console.ui.dates import date_edit, datetime_edit
from approval_console.ui.dialogs.change_status import StatusOptions
from approval_console.ui.export_actions import export_bulk_report
from approval_console.ui.viewmodels.bulk import NOT_APPLIED, BulkChangeViewModel, still_checking
from approval_console.ui.viewmodels.session import summarize
from approval_console.ui.widgets.jobs_indicator import closing_keeps_running
from approval_console.ui.wording import agree, counted

OUTCOME_TEXT = {
    Outcome.APPLIED: "Applied",
    Outcome.SKIPPED: "Already had it",
    Outcome.NOT_APPLIED: "Not applied",
    Outcome.NOT_SENT: "Not sent",
    Outcome.UNKNOWN: "Unknown",
    Outcome.CHANGED_MEANWHILE: "Changed meanwhile",
}


def duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {rest:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


PUBLISH_MS = 400  # what a running bulk change changed reaches the other windows this often
CHOOSE = "Choose a status to see what will happen."
CHECKING = "Checking…"


class BulkChangeDialog(QDialog):
    """Publishes on `bus` as orders are confirmed, and signals `selectRequested(ids)` at the end.

    Progress arrives many times a second on a big run: what changed is published at most every
    `PUBLISH_MS`, the whole account while it runs and the orders reported once it ends.
    """

    selectRequested = Signal(list)

    def __init__(
        self,
        view_model: BulkChangeViewModel,
        statuses: list[Status],
        names: dict[str, str],
        bus: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vm = view_model
        self._bus = bus
        self._changed_ids: set[str] | None = set()  # None: any of the account's orders
        self._publish = QTimer(self)
        self._publish.setSingleShot(True)
        self._publish.setInterval(PUBLISH_MS)
        self._publish.timeout.connect(self._publish_changes)
        self._names = names
        count = len(view_model.order_ids)
        self._start_text = f"Change {counted(count, 'order')}"
        self.setWindowTitle(f"Change the status of {counted(count, 'order')}")
        self.setModal(False)
        self.resize(620, 560)

        self.options = StatusOptions()
        self.options.set_statuses(statuses)
        # None chosen at first: each plan asks the server (up to 25 requests under a limit of
        # 60 a minute), so only the status the person picks is planned.
        self.options.status.setPlaceholderText("Choose a status…")
        self.options.status.setCurrentIndex(-1)
        self.due_on = QCheckBox("Also set the due date")
        self.due = date_edit(QDate.currentDate().addDays(7))
        self.due.setEnabled(False)
        self.due_on.toggled.connect(self.due.setEnabled)
        self.send_on = QCheckBox("Send the emails at")
        self.send_at = datetime_edit(QDateTime.currentDateTime().addSecs(3600))
        self.send_at.setEnabled(False)
        self.send_on.toggled.connect(self.send_at.setEnabled)
        self.options.form.addRow(self.due_on, self.due)
        self.options.form.addRow(self.send_on, self.send_at)

        self.preview = QLabel(CHOOSE)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("bulkPreview")
        self.start = QPushButton(self._start_text)
        self.start.setEnabled(False)
        self.start.clicked.connect(self._start)
        self.close_button = QPushButton("Close")
        self.close_button.clicked.connect(self.close)  # closing never stops a run

        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, count))
        self.progress_text = QLabel()
        self.background_note = closing_keeps_running()
        self.stop = QPushButton("Stop sending")
        self.stop.setToolTip(
            "Orders not sent yet are left as they are; those already sent are still confirmed."
        )
        self.stop.clicked.connect(self.vm.cancel)

        self.results = QStandardItemModel(0, 3, self)
        self.results.setHorizontalHeaderLabels(["Order", "Result", "Why"])
        self.result_table = QTableView()
        self.result_table.setModel(self.results)
        self.result_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.result_table.verticalHeader().hide()
        self.result_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.select_missing = QPushButton("Select the orders not applied")
        self.select_missing.clicked.connect(self._select_missing)
        # Orders another operator changed since the plan: not sent, unless the person asks.
        self.apply_anyway = QPushButton("Apply anyway")
        self.apply_anyway.setToolTip(
            "Send the change to the orders changed meanwhile, as they are now"
        )
        self.apply_anyway.clicked.connect(self._apply_anyway)
        # Every order with its outcome and reason, for a spreadsheet or someone else to follow up.
        self.export_report = QPushButton("Export report…")
        self.export_report.clicked.connect(self._export_report)

        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_layout.addWidget(self.options)
        setup_layout.addWidget(self.preview)
        setup_layout.addStretch(1)
        running = QWidget()
        running_layout = QVBoxLayout(running)
        running_layout.addWidget(self.progress)
        running_layout.addWidget(self.progress_text)
        running_layout.addWidget(self.background_note)
        running_layout.addWidget(self.summary)
        running_layout.addWidget(self.result_table, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(setup)
        self.pages.addWidget(running)

        buttons = QHBoxLayout()
        buttons.addWidget(self.select_missing)
        buttons.addWidget(self.apply_anyway)
        buttons.addWidget(self.export_report)
        buttons.addStretch(1)
        buttons.addWidget(self.stop)
        buttons.addWidget(self.start)
        buttons.addWidget(self.close_button)
        self.select_missing.hide()
        self.apply_anyway.hide()
        self.export_report.hide()
        self.stop.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        # Arrowing through the statuses makes one plan, for the status the person stops on.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._prepare)
        self.options.status.currentIndexChanged.connect(self._status_changed)
        self.options.changed.connect(self._validate)  # a comment fixed or broken: no new plan
        self.vm.planReady.connect(self._show_plan)
        self.vm.planFailed.connect(self._plan_failed)
        self.vm.progress.connect(self._show_progress)
        self.vm.stopRequested.connect(self._stopping)
        self.vm.finished.connect(self._show_report)
        self.vm.revised.connect(self._show_report)
        self.vm.failed.connect(self._show_failure)
        self._status_changed()

    # -- preview -------------------------------------------------------------------------------

    def _status_changed(self) -> None:
        code = self.options.status_code()
        if code is None:
            self._debounce.stop()
            self.start.setText(self._start_text)
            self.preview.setText(CHOOSE)
        elif self.vm.planned(code) and self.vm.plan is not None:
            self._debounce.stop()
            self._show_plan(self.vm.plan)
        else:
            self.start.setText(CHECKING)
            self.preview.setText("Working out what will happen…")
            self._debounce.start()
        self._validate()

    def _prepare(self) -> None:
        code = self.options.status_code()
        if code is not None:
            self.vm.prepare(code)

    def _validate(self) -> None:
        """The button works only with a plan for the chosen status and a comment that can go."""
        code = self.options.status_code()
        plan = self.vm.plan if self.vm.planned(code) else None
        self.start.setEnabled(plan is not None and bool(plan.to_send) and self.options.comment_ok())

    def _change(self) -> StatusChange:
        due = self.due.date().toPython() if self.due_on.isChecked() else None
        # The stubs type `toPython()` as object; a QDateTime's is a datetime.
        chosen = cast(datetime, self.send_at.dateTime().toPython())
        send_at = chosen.astimezone(UTC) if self.send_on.isChecked() else None
        return self.options.change(due_date=due, send_at=send_at)

    def _show_plan(self, plan: BulkPlan) -> None:
        if plan.change.status_code != self.options.status_code():
            return  # a plan for a status chosen before; the one for this status is coming
        lines = [f"<b>{len(plan.to_send):,}</b> of {counted(plan.total, 'order')} will be sent."]
        if plan.already:
            count = len(plan.already)
            lines.append(
                f"{count:,} already {agree(count, 'has', 'have')} this status and will be skipped."
            )
        if plan.not_viable:
            count = len(plan.not_viable)
            lines.append(
                f"{count:,} probably cannot take this status ({agree(count, 'its', 'their')} "
                f"tags do not allow it); the server will skip {agree(count, 'it', 'them')} and "
                "the report will say so."
            )
        if plan.to_send:
            lines.append(
                f"About {duration(plan.eta_seconds)} under the API's rate limits "
                f"({counted(plan.bulk_requests, 'bulk request')})."
            )
        if plan.to_send and plan.check is not None and plan.check.describe():
            lines.append(plan.check.describe())
        self.preview.setText("<br>".join(lines))
        self.start.setText(self._start_text)
        self._validate()

    def _plan_failed(self, message: str) -> None:
        self.preview.setText(f"{message}<br>Choose the status again to try again.")
        self.start.setText(self._start_text)
        self._validate()

    # -- running --------------------------------------------------------------------------------

    def _start(self) -> None:
        if not self.options.comment_ok():
            self.options.comment.show_problem()
            return
        if not self.vm.planned(self.options.status_code()):
            return  # never clickable then: the button says "Checking…" and is disabled
        self.pages.setCurrentIndex(1)
        self.start.hide()
        self.stop.show()
        self.progress_text.setText("Sending…")
        self.vm.run(self._change(), self.options.status.currentText())

    def _stopping(self) -> None:
        """Asked here or from the jobs in the status bar: say so either way."""
        self.stop.setEnabled(False)
        self.progress_text.setText(
            "Stopping: nothing more is sent; orders already sent are still being confirmed…"
        )

    def _show_progress(self, progress: BulkProgress) -> None:
        self.progress.setMaximum(max(1, progress.total))
        self.progress.setValue(progress.resolved)
        eta = "" if progress.done else f" · about {duration(progress.eta_seconds)} left"
        stopping = "Stopping · " if self.vm.stopping else ""
        self.progress_text.setText(
            f"{stopping}{progress.sent:,} sent · {progress.applied:,} applied · "
            f"{progress.not_applied:,} not applied{eta}"
        )
        self._changed(None)

    def _show_report(self, report: ChangeReport) -> None:
        self.stop.hide()
        self.background_note.hide()
        self.progress.setValue(self.progress.maximum())
        waiting = still_checking(report)
        if waiting:
            self.progress_text.setText(
                f"The server's queue has not applied {counted(waiting, 'order')} yet: still "
                "checking, and this report will change when it does."
            )
        else:
            self.progress_text.setText(
                "Stopped: orders not sent by then were left as they were."
                if self.vm.stopping
                else "Done."
            )
        self.summary.setText(summarize(report))
        self.results.removeRows(0, self.results.rowCount())
        order = sorted(
            report.results.values(),
            key=lambda r: (r.outcome is Outcome.APPLIED, r.outcome is Outcome.SKIPPED),
        )
        for result in order:
            row = [
                QStandardItem(self._names.get(result.order_id, result.order_id)),
                QStandardItem(OUTCOME_TEXT[result.outcome]),
                QStandardItem(result.reason or ""),
            ]
            row[0].setData(result.order_id, Qt.ItemDataRole.UserRole)
            self.results.appendRow(row)
        self.result_table.resizeColumnToContents(0)
        self.result_table.resizeColumnToContents(1)
        self.select_missing.setVisible(bool(report.ids(*NOT_APPLIED)))
        held = len(report.ids(Outcome.CHANGED_MEANWHILE))
        self.apply_anyway.setText(f"Apply anyway to {counted(held, 'order')} changed meanwhile")
        self.apply_anyway.setVisible(bool(held))
        self.export_report.show()
        self._changed(report.changed_ids | set(report.results))

    def _changed(self, ids: set[str] | None) -> None:
        """Orders changed (`ids`, or None when which is not known yet): said soon."""
        if ids is None or self._changed_ids is None:
            self._changed_ids = None
        else:
            self._changed_ids |= ids
        self._publish.start()

    def _publish_changes(self) -> None:
        ids, self._changed_ids = self._changed_ids, set()
        self._bus.publish(self.vm.account_id, ids or (), source=self)

    def _apply_anyway(self) -> None:
        self.apply_anyway.hide()
        self.progress_text.setText("Sending to the orders changed meanwhile…")
        self.vm.apply_anyway(self.options.status.currentText())

    def _show_failure(self, message: str) -> None:
        self.stop.hide()
        self.background_note.hide()
        self.progress_text.setText(f"Failed: {message}")

    def _export_report(self) -> None:
        export_bulk_report(self.vm, self._names, OUTCOME_TEXT, self.parentWidget() or self)

    def _select_missing(self) -> None:
        if self.vm.report is not None:
            self.selectRequested.emit(self.vm.report.ids(*NOT_APPLIED))
