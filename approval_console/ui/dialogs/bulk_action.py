"""Confirm, follow and report a bulk finalize, approve or cancel.

Modeless, like the bulk status change: closing it leaves the run going as a job in the status
bar, which opens this dialog again with its report.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.changes import OrderActionKind
from approval_console.services.outcomes import ChangeReport, Outcome
from approval_console.ui.change_bus import ChangeBus
from approval_console.ui.dialogs.bulk_change import OUTCOME_TEXT
from approval_console.ui.export_actions import export_bulk_report
from approval_console.ui.viewmodels.bulk_action import BulkActionViewModel
from approval_console.ui.viewmodels.session import summarize
from approval_console.ui.widgets.jobs_indicator import closing_keeps_running
from approval_console.ui.wording import agree, counted

CONSEQUENCES = {
    OrderActionKind.FINALIZE: "Each order is presented to its buyer for approval.",
    OrderActionKind.APPROVE: "Each order goes ahead.",
    OrderActionKind.CANCEL: "This cannot be undone.",
}
PAST = {
    OrderActionKind.FINALIZE: "finalized",
    OrderActionKind.APPROVE: "approved",
    OrderActionKind.CANCEL: "canceled",
}
NOT_ALLOWED = {  # one order, several
    OrderActionKind.FINALIZE: ("is not new", "are not new"),
    OrderActionKind.APPROVE: ("awaits no decision", "await no decision"),
    OrderActionKind.CANCEL: ("is already canceled", "are already canceled"),
}


class BulkActionDialog(QDialog):
    """Publishes on `bus` as orders are sent: the whole account while it runs (which ones
    changed is not known yet), the orders it ran on once it ends."""

    def __init__(
        self, vm: BulkActionViewModel, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vm = vm
        self._bus = bus
        count = len(vm.eligible)
        self.setWindowTitle(f"{vm.verb} {counted(count, 'order')}")
        self.setModal(False)
        self.setMinimumWidth(460)
        consequence = CONSEQUENCES[vm.action]
        if vm.action is OrderActionKind.CANCEL and vm.billing:
            consequence = (
                f"{agree(count, 'It', 'Each')} is canceled with its unpaid invoices; "
                "this cannot be undone."
            )
        text = (
            f"<b>{count:,}</b> {agree(count, 'order', 'orders')} will be {PAST[vm.action]}. "
            f"{consequence}"
        )
        if vm.tells_customer is not None:
            told = vm.tells_customer
            text += " " + agree(
                count,
                "The customer is told." if told else "The customer is not told.",
                "Customers are told." if told else "Customers are not told.",
            )
        if vm.left_out:
            one, many = NOT_ALLOWED[vm.action]
            text += (
                f"<br>{counted(vm.left_out, 'selected order')} {agree(vm.left_out, one, many)} "
                f"and {agree(vm.left_out, 'is', 'are')} left out."
            )
        self.preview = QLabel(text)
        self.preview.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(count, 1))
        self.progress.setValue(0)
        self.progress.hide()
        self.summary = QLabel()
        self.background_note = closing_keeps_running()
        self.background_note.hide()
        self.problems = QListWidget()
        self.problems.hide()
        self.start = QPushButton(f"{vm.verb} {counted(count, 'order')}")
        self.start.setEnabled(count > 0)
        self.start.setDefault(True)
        self.stop = QPushButton("Stop sending")
        self.stop.setToolTip("Orders not sent yet are left as they are.")
        self.stop.hide()
        self.close_button = QPushButton("Close")
        # Orders another operator changed since they were selected: not sent unless asked.
        self.apply_anyway = QPushButton()
        self.apply_anyway.hide()
        self.export_report = QPushButton("Export report…")
        self.export_report.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_anyway)
        buttons.addStretch(1)
        buttons.addWidget(self.export_report)
        buttons.addWidget(self.stop)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.background_note)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)

        self.start.clicked.connect(self._start)
        self.stop.clicked.connect(self.vm.cancel)
        self.apply_anyway.clicked.connect(self._apply_anyway)
        self.export_report.clicked.connect(self._export_report)
        self.close_button.clicked.connect(self.reject)  # closing never stops the run
        vm.stopRequested.connect(self._stopping)
        vm.progress.connect(self._progress)
        vm.finished.connect(self._finished)
        vm.failed.connect(self._failed)

    def _start(self) -> None:
        self.start.hide()
        self.stop.show()
        self.progress.show()
        self.background_note.show()
        self.summary.setText("Sending…")
        self.adjustSize()  # room for the progress and the note, never a clipped line
        self.vm.run()

    def _stopping(self) -> None:
        """Asked here or from the jobs in the status bar: say so either way."""
        self.stop.setEnabled(False)
        self.summary.setText("Stopping after the order in flight…")

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        stopping = "Stopping · " if self.vm.stopping else ""
        self.summary.setText(f"{stopping}{done:,} of {total:,} sent")
        self._bus.publish(self.vm.account_id, source=self)

    def _finished(self, report: ChangeReport) -> None:
        self._ended()
        self.summary.setText(("Stopped: " if self.vm.stopping else "") + summarize(report))
        problems = [
            f"{self.vm.names.get(order_id, order_id)}: {result.reason or result.outcome.value}"
            for order_id, result in report.results.items()
            if result.outcome is not Outcome.APPLIED
        ]
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))
        held = len(report.ids(Outcome.CHANGED_MEANWHILE))
        self.apply_anyway.setText(
            f"{self.vm.verb} anyway: {counted(held, 'order')} changed meanwhile"
        )
        self.apply_anyway.setVisible(bool(held))
        self.export_report.show()
        self.adjustSize()
        self._publish_ended(report.changed_ids | set(report.results))

    def _export_report(self) -> None:
        export_bulk_report(self.vm, self.vm.names, OUTCOME_TEXT, self.parentWidget() or self)

    def _apply_anyway(self) -> None:
        self.apply_anyway.hide()
        self.summary.setText("Sending to the orders changed meanwhile…")
        self.vm.apply_anyway()

    def _failed(self, message: str) -> None:
        self._ended()
        self.summary.setText(f"Failed: {message}")
        self._publish_ended(set())

    def _publish_ended(self, ids: set[str]) -> None:
        """The run ended: the orders it ran on (the detail pane shows its order again)."""
        self._bus.publish(self.vm.account_id, ids | set(self.vm.eligible), source=self)

    def _ended(self) -> None:
        self.stop.hide()
        self.background_note.hide()
