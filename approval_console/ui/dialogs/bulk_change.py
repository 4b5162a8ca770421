"""Bulk status change: preview, run with progress and Cancel, then a result per order.

The dialog is non-modal: the window stays usable while thousands of orders go through the rate
limits, and the list updates as orders are confirmed.
"""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
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

from approval_console.core.domain import Status
from approval_console.services.bulk import BulkPlan, BulkProgress
from approval_console.services.outcomes import ChangeReport, Outcome
from approval_console.ui.dialogs.change_status import StatusOptions
from approval_console.ui.viewmodels.bulk import BulkChangeViewModel

OUTCOME_TEXT = {
    Outcome.APPLIED: "Applied",
    Outcome.SKIPPED: "Already had it",
    Outcome.NOT_APPLIED: "Not applied",
    Outcome.NOT_SENT: "Not sent",
    Outcome.UNKNOWN: "Unknown",
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


class BulkChangeDialog(QDialog):
    """Signals `ordersChanged()` as orders are confirmed and `selectRequested(ids)` at the end."""

    ordersChanged = Signal()
    selectRequested = Signal(list)

    def __init__(
        self,
        view_model: BulkChangeViewModel,
        statuses: list[Status],
        names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vm = view_model
        self._names = names
        count = len(view_model.order_ids)
        self.setWindowTitle(f"Change the status of {count} orders")
        self.setModal(False)
        self.resize(620, 560)

        self.options = StatusOptions()
        self.options.set_statuses(statuses)
        self.due_on = QCheckBox("Also set the due date")
        self.due = QDateEdit(QDate.currentDate().addDays(7))
        self.due.setCalendarPopup(True)
        self.due.setEnabled(False)
        self.due_on.toggled.connect(self.due.setEnabled)
        self.send_on = QCheckBox("Send the emails at")
        self.send_at = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.send_at.setCalendarPopup(True)
        self.send_at.setEnabled(False)
        self.send_on.toggled.connect(self.send_at.setEnabled)
        self.options.form.addRow(self.due_on, self.due)
        self.options.form.addRow(self.send_on, self.send_at)

        self.preview = QLabel("Choose a status to see what will happen.")
        self.preview.setWordWrap(True)
        self.preview.setObjectName("bulkPreview")
        self.start = QPushButton(f"Change {count} orders")
        self.start.setEnabled(False)
        self.start.clicked.connect(self._start)
        close = QPushButton("Close")
        close.clicked.connect(self.close)

        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, count))
        self.progress_text = QLabel()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self._cancel)

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

        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_layout.addWidget(self.options)
        setup_layout.addWidget(self.preview)
        setup_layout.addStretch(1)
        running = QWidget()
        running_layout = QVBoxLayout(running)
        running_layout.addWidget(self.progress)
        running_layout.addWidget(self.progress_text)
        running_layout.addWidget(self.summary)
        running_layout.addWidget(self.result_table, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(setup)
        self.pages.addWidget(running)

        buttons = QHBoxLayout()
        buttons.addWidget(self.select_missing)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start)
        buttons.addWidget(close)
        self.select_missing.hide()
        self.cancel_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._prepare)
        self.options.changed.connect(self._options_changed)
        self.due_on.toggled.connect(self._options_changed)
        self.vm.planReady.connect(self._show_plan)
        self.vm.planFailed.connect(lambda message: self.preview.setText(message))
        self.vm.progress.connect(self._show_progress)
        self.vm.finished.connect(self._show_report)
        self.vm.failed.connect(self._show_failure)
        self._options_changed()

    # -- preview -------------------------------------------------------------------------------

    def _options_changed(self) -> None:
        self.start.setEnabled(False)
        if self.options.status_code() is None:
            return
        self.preview.setText("Working out what will happen…")
        self._debounce.start()

    def _change(self):  # type: ignore[no-untyped-def]
        due = self.due.date().toPython() if self.due_on.isChecked() else None
        send_at = (
            self.send_at.dateTime().toPython().astimezone(UTC) if self.send_on.isChecked() else None
        )
        return self.options.change(due_date=due, send_at=send_at)

    def _prepare(self) -> None:
        if self.options.status_code() is not None:
            self.vm.prepare(self._change())

    def _show_plan(self, plan: BulkPlan) -> None:
        if plan.change.status_code != self.options.status_code():
            return
        lines = [f"<b>{len(plan.to_send)}</b> of {plan.total} orders will be sent."]
        if plan.already:
            lines.append(f"{len(plan.already)} already have this status and will be skipped.")
        if plan.not_viable:
            lines.append(
                f"{len(plan.not_viable)} probably cannot take this status (their tags do not "
                "allow it); the server will skip them and they will be reported."
            )
        if plan.to_send:
            lines.append(
                f"About {duration(plan.eta_seconds)} under the API's rate limits "
                f"({plan.bulk_requests} bulk requests)."
            )
        self.preview.setText("<br>".join(lines))
        self.start.setEnabled(bool(plan.to_send) and self.options.comment_ok())

    # -- running --------------------------------------------------------------------------------

    def _start(self) -> None:
        if not self.options.comment_ok():
            self.options.comment.show_problem()
            return
        plan = self.vm.plan
        if plan is None or plan.change != self._change():
            self._prepare()
            return
        self.pages.setCurrentIndex(1)
        self.start.hide()
        self.cancel_button.show()
        self.progress_text.setText("Sending…")
        self.vm.run()

    def _cancel(self) -> None:
        self.vm.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_text.setText("Cancelling: orders already sent are still being confirmed…")

    def _show_progress(self, progress: BulkProgress) -> None:
        self.progress.setMaximum(max(1, progress.total))
        self.progress.setValue(progress.resolved)
        eta = "" if progress.done else f" · about {duration(progress.eta_seconds)} left"
        self.progress_text.setText(
            f"{progress.sent} sent · {progress.applied} applied · "
            f"{progress.not_applied} not applied{eta}"
        )
        self.ordersChanged.emit()

    def _show_report(self, report: ChangeReport) -> None:
        from approval_console.ui.viewmodels.session import summarize

        self.cancel_button.hide()
        self.progress.setValue(self.progress.maximum())
        self.progress_text.setText("Done.")
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
        missing = report.ids(Outcome.NOT_APPLIED, Outcome.NOT_SENT, Outcome.UNKNOWN)
        self.select_missing.setVisible(bool(missing))
        self.ordersChanged.emit()

    def _show_failure(self, message: str) -> None:
        self.cancel_button.hide()
        self.progress_text.setText(f"Stopped: {message}")

    def _select_missing(self) -> None:
        if self.vm.report is not None:
            self.selectRequested.emit(
                self.vm.report.ids(Outcome.NOT_APPLIED, Outcome.NOT_SENT, Outcome.UNKNOWN)
            )

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Closing does not stop a running change: it goes on and the list keeps updating.
        super().closeEvent(event)
