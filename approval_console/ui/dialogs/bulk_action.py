"""Confirm, follow and report a bulk finalize, approve or cancel.

Modeless, like the bulk status change: closing it leaves the run going as a job in the status
bar, which opens this dialog again with its report.
"""

from __future__ import annotations

from collections.abc import Callable

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
from approval_console.ui.dialogs.bulk_change import outcome_text, outcome_texts
from approval_console.ui.dialogs.live_text import LiveText, grow_to_fit
from approval_console.ui.export_actions import export_bulk_report
from approval_console.ui.language import follow_language
from approval_console.ui.viewmodels.bulk_action import BulkActionViewModel
from approval_console.ui.viewmodels.session import summarize
from approval_console.ui.widgets.jobs_indicator import closing_keeps_running
from approval_console.ui.wording import number, with_number


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
        self._count = count
        self.setModal(False)
        self.setMinimumWidth(460)
        self.preview = QLabel()
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
        self.start = QPushButton()
        self.start.setEnabled(count > 0)
        self.start.setDefault(True)
        self.stop = QPushButton()
        self.stop.hide()
        self.close_button = QPushButton()
        # Orders another operator changed since they were selected: not sent unless asked.
        self.apply_anyway = QPushButton()
        self.apply_anyway.hide()
        self.export_report = QPushButton()
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
        follow_language(self, self._retranslate)
        # Lines written as the run goes, said again from the same state after a language change.
        self.live = LiveText(self)

    def _retranslate(self) -> None:
        title = self._action_title()
        self.setWindowTitle(title)
        self.start.setText(title)
        self.preview.setText(self._preview_text())
        self.stop.setText(self.tr("Stop sending"))
        self.stop.setToolTip(self.tr("Orders not sent yet are left as they are."))
        self.close_button.setText(self.tr("Close"))
        self.export_report.setText(self.tr("Export report…"))
        grow_to_fit(self)

    def _action_title(self) -> str:
        count, action = self._count, self.vm.action
        if action is OrderActionKind.FINALIZE:
            text = self.tr("Finalize %n order(s)", "", count)
        elif action is OrderActionKind.APPROVE:
            text = self.tr("Approve %n order(s)", "", count)
        else:
            text = self.tr("Cancel %n order(s)", "", count)
        return with_number(text, count)

    def _preview_text(self) -> str:
        """What will happen, to how many, and who is told: one sentence per fact."""
        vm, count = self.vm, self._count
        if vm.action is OrderActionKind.FINALIZE:
            text = self.tr(
                "<b>%n</b> order(s) will be finalized. "
                "Each order is presented to its buyer for approval.",
                "",
                count,
            )
        elif vm.action is OrderActionKind.APPROVE:
            text = self.tr("<b>%n</b> order(s) will be approved. Each order goes ahead.", "", count)
        elif vm.billing:
            text = self.tr(
                "<b>%n</b> order(s) will be canceled. It(Each) is canceled with its unpaid "
                "invoices; this cannot be undone.",
                "",
                count,
            )
        else:
            text = self.tr("<b>%n</b> order(s) will be canceled. This cannot be undone.", "", count)
        sentences = [with_number(text, count)]
        if vm.tells_customer is not None:
            if count == 1:
                told = self.tr("The customer is told.")
                not_told = self.tr("The customer is not told.")
            else:
                told = self.tr("Customers are told.")
                not_told = self.tr("Customers are not told.")
            sentences.append(told if vm.tells_customer else not_told)
        text = " ".join(sentences)
        if vm.left_out:
            text += "<br>" + with_number(self._left_out_text(vm.left_out), vm.left_out)
        return text

    def _left_out_text(self, left: int) -> str:
        if self.vm.action is OrderActionKind.FINALIZE:
            return self.tr("%n selected order(s) is(are) not new and is(are) left out.", "", left)
        if self.vm.action is OrderActionKind.APPROVE:
            return self.tr(
                "%n selected order(s) await(s) no decision and is(are) left out.", "", left
            )
        return self.tr(
            "%n selected order(s) is(are) already canceled and is(are) left out.", "", left
        )

    def _anyway_text(self, held: int) -> str:
        if self.vm.action is OrderActionKind.FINALIZE:
            text = self.tr("Finalize anyway: %n order(s) changed meanwhile", "", held)
        elif self.vm.action is OrderActionKind.APPROVE:
            text = self.tr("Approve anyway: %n order(s) changed meanwhile", "", held)
        else:
            text = self.tr("Cancel anyway: %n order(s) changed meanwhile", "", held)
        return with_number(text, held)

    def _start(self) -> None:
        self.start.hide()
        self.stop.show()
        self.progress.show()
        self.background_note.show()
        self._say(lambda: self.tr("Sending…"))
        self.adjustSize()  # room for the progress and the note, never a clipped line
        self.vm.run()

    def _stopping(self) -> None:
        """Asked here or from the jobs in the status bar: say so either way."""
        self.stop.setEnabled(False)
        self._say(lambda: self.tr("Stopping after the order in flight…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        stopping = self.vm.stopping

        def line() -> str:
            text = self.tr("{done} of {total} sent").format(done=number(done), total=number(total))
            return self.tr("Stopping · {progress}").format(progress=text) if stopping else text

        self._say(line)
        self._bus.publish(self.vm.account_id, source=self)

    def _finished(self, report: ChangeReport) -> None:
        self._ended()
        stopped = self.vm.stopping
        self._say(
            lambda: (
                self.tr("Stopped: {summary}").format(summary=summarize(report))
                if stopped
                else summarize(report)
            )
        )
        self.live.say(self.problems, lambda: self._list_problems(report))
        held = len(report.ids(Outcome.CHANGED_MEANWHILE))
        self.live.say(self.apply_anyway, lambda: self.apply_anyway.setText(self._anyway_text(held)))
        self.apply_anyway.setVisible(bool(held))
        self.export_report.show()
        self.adjustSize()
        self._publish_ended(report.changed_ids | set(report.results))

    def _list_problems(self, report: ChangeReport) -> None:
        """Each order not applied, with the server's reason (or what became of it)."""
        problems = [
            self.tr("{order}: {reason}").format(
                order=self.vm.names.get(order_id, order_id),
                reason=result.reason or outcome_text(result.outcome),
            )
            for order_id, result in report.results.items()
            if result.outcome is not Outcome.APPLIED
        ]
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))

    def _say(self, produce: Callable[[], str]) -> None:
        self.live.say(self.summary, lambda: self.summary.setText(produce()))

    def _export_report(self) -> None:
        export_bulk_report(self.vm, self.vm.names, outcome_texts(), self.parentWidget() or self)

    def _apply_anyway(self) -> None:
        self.apply_anyway.hide()
        self._say(lambda: self.tr("Sending to the orders changed meanwhile…"))
        self.vm.apply_anyway()

    def _failed(self, message: str) -> None:
        self._ended()
        self._say(lambda: self.tr("Failed: {message}").format(message=message))
        self._publish_ended(set())

    def _publish_ended(self, ids: set[str]) -> None:
        """The run ended: the orders it ran on (the detail pane shows its order again)."""
        self._bus.publish(self.vm.account_id, ids | set(self.vm.eligible), source=self)

    def _ended(self) -> None:
        self.stop.hide()
        self.background_note.hide()
