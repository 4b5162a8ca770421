"""Confirm, follow and report a bulk finalize or cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from approval_console.ui.viewmodels.bulk_action import BulkActionViewModel
from approval_console.ui.viewmodels.session import summarize

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
NOT_ALLOWED = {
    OrderActionKind.FINALIZE: "are not new",
    OrderActionKind.APPROVE: "await no decision",
    OrderActionKind.CANCEL: "are already canceled",
}


class BulkActionDialog(QDialog):
    ordersChanged = Signal()

    def __init__(self, vm: BulkActionViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        count = len(vm.eligible)
        self.setWindowTitle(f"{vm.verb} {count} orders")
        self.setMinimumWidth(460)
        consequence = CONSEQUENCES[vm.action]
        if vm.action is OrderActionKind.CANCEL and vm.billing:
            consequence = "Each is canceled with its unpaid invoices; this cannot be undone."
        text = f"<b>{count}</b> order(s) will be {PAST[vm.action]}. {consequence}"
        if vm.tells_customer is not None:
            text += " Customers are told." if vm.tells_customer else " Customers are not told."
        if vm.left_out:
            text += (
                f"<br>{vm.left_out} selected order(s) {NOT_ALLOWED[vm.action]} and are left out."
            )
        self.preview = QLabel(text)
        self.preview.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(count, 1))
        self.progress.setValue(0)
        self.progress.hide()
        self.summary = QLabel()
        self.problems = QListWidget()
        self.problems.hide()
        self.start = QPushButton(f"{vm.verb} {count} orders")
        self.start.setEnabled(count > 0)
        self.start.setDefault(True)
        self.stop = QPushButton("Stop")
        self.stop.hide()
        self.close_button = QPushButton("Close")

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)

        self.start.clicked.connect(self._start)
        self.stop.clicked.connect(self._stop)
        self.close_button.clicked.connect(self.reject)
        vm.progress.connect(self._progress)
        vm.finished.connect(self._finished)
        vm.failed.connect(self._failed)

    def _start(self) -> None:
        self.start.setEnabled(False)
        self.close_button.setEnabled(False)
        self.stop.show()
        self.progress.show()
        self.summary.setText("Sending…")
        self.vm.run()

    def _stop(self) -> None:
        self.stop.setEnabled(False)
        self.summary.setText("Stopping after the order in flight…")
        self.vm.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.summary.setText(f"{done} of {total} sent")
        self.ordersChanged.emit()

    def _finished(self, report: ChangeReport) -> None:
        self.stop.hide()
        self.close_button.setEnabled(True)
        self.summary.setText(summarize(report))
        problems = [
            f"{self.vm.names.get(order_id, order_id)}: {result.reason or result.outcome.value}"
            for order_id, result in report.results.items()
            if result.outcome is not Outcome.APPLIED
        ]
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))
        self.ordersChanged.emit()

    def _failed(self, message: str) -> None:
        self.stop.hide()
        self.close_button.setEnabled(True)
        self.summary.setText(f"Stopped: {message}")
        self.ordersChanged.emit()

    def reject(self) -> None:
        if not self.vm.running:  # never closed mid-run: the report would have no reader
            super().reject()
