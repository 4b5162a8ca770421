"""A bulk status change: plan it (preview), run it in the background, report per order."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from approval_console.core.changes import StatusChange
from approval_console.core.i18n import translate
from approval_console.services.bulk import STILL_CHECKING, BulkPlan, BulkProgress
from approval_console.services.outcomes import ChangeReport, Outcome
from approval_console.ui.context import UiContext
from approval_console.ui.jobs import Job
from approval_console.ui.operations import Operation
from approval_console.ui.runtime import explain
from approval_console.ui.viewmodels.session import summarize
from approval_console.ui.wording import number, with_number

# What "Select the orders not applied" selects, and what makes a finished job worth a look.
NOT_APPLIED = (
    Outcome.NOT_APPLIED,
    Outcome.NOT_SENT,
    Outcome.UNKNOWN,
    Outcome.CHANGED_MEANWHILE,
)


def still_checking(report: ChangeReport) -> int:
    """Orders a slow queue had not applied when the run ended, still being confirmed."""
    said = translate("Bulk", STILL_CHECKING)  # as the run wrote it
    return sum(1 for result in report.results.values() if result.reason == said)


def job_line(report: ChangeReport) -> str:
    """The job's line: its counts, and that some are still being checked if they are."""
    waiting = still_checking(report)
    if waiting:
        return translate("BulkJob", "{summary} · still checking").format(summary=summarize(report))
    return summarize(report)


def merged(first: ChangeReport, again: ChangeReport) -> ChangeReport:
    """The report of a whole change once its held-back orders were sent anyway: the first
    run's, with those orders' new results."""
    return ChangeReport(
        batch_id=first.batch_id,
        results={**first.results, **again.results},
        changed_ids=first.changed_ids | again.changed_ids,
    )


def needs_a_look(report: ChangeReport) -> bool:
    """Orders not applied, or unknown for good; not those the console is still checking."""
    return len(report.ids(*NOT_APPLIED)) > still_checking(report)


class BackgroundChanges(QObject):
    """Many orders of one account changed in the background, until done, failed or stopped:
    what a bulk status change and a bulk order action have in common.

    A run is a job in the window's list of jobs: it goes on when its dialog is closed, shows
    its progress in the status bar, can be stopped from there, and its report can be opened
    again until the job is dismissed.
    """

    finished = Signal(object)  # ChangeReport
    revised = Signal(object)  # the same ChangeReport, once orders left in doubt are settled
    failed = Signal(str)
    jobStarted = Signal(object)  # Job
    stopRequested = Signal()  # from the dialog or from the jobs in the status bar

    def __init__(self, context: UiContext, account_id: str, parent: QObject | None) -> None:
        super().__init__(parent)
        self._context = context
        self.account_id = account_id
        self.report: ChangeReport | None = None
        self.job: Job | None = None
        self._cancel = asyncio.Event()

    @property
    def context(self) -> UiContext:
        """The window's context: what exporting the report runs on."""
        return self._context

    @property
    def stopping(self) -> bool:
        """Asked to stop: nothing more is sent, what was sent is still confirmed."""
        return self._cancel.is_set()

    def _start(
        self,
        work: Callable[[Operation[ChangeReport]], Coroutine[Any, Any, ChangeReport]],
        *,
        title: str,
        total: int,
        progress: Callable[..., None] | None = None,
    ) -> None:
        self._cancel.clear()
        account = self._context.console.settings.account(self.account_id)
        job = Job(title, total, subtitle=account.name if account else "", stop=self._stop)
        self.job = self._context.jobs.add(job)

        def done(report: ChangeReport) -> None:
            self.report = report
            job.finish(job_line(report), needs_attention=needs_a_look(report))
            self.finished.emit(report)

        def failed(error: BaseException) -> None:
            message = explain(error)
            job.fail(message)
            self.failed.emit(message)

        operation = Operation(self._context, work, key=f"job-{id(job)}", context=title)
        if progress is not None:
            operation.progress(progress)
        operation.success(done).failure(failed).run()
        self.jobStarted.emit(job)

    def late(self, report: ChangeReport) -> None:
        """Orders the run left in doubt were settled in the background: say so where the
        person looks, in the job's line and in the report of its dialog."""
        try:
            self.report = report
            if self.job is not None:
                self.job.revise(job_line(report), needs_attention=needs_a_look(report))
            self.revised.emit(report)
        except RuntimeError:  # the job was dismissed and this object deleted: nobody looks
            pass

    def cancel(self) -> None:
        """Stop sending; what was already sent is still confirmed and reported."""
        if self.job is not None:
            self.job.stop()  # which calls _stop, as stopping it from the jobs list does

    def _stop(self) -> None:
        self._cancel.set()
        self.stopRequested.emit()


class BulkChangeViewModel(BackgroundChanges):
    planReady = Signal(object)  # BulkPlan
    planFailed = Signal(str)
    progress = Signal(object)  # BulkProgress

    def __init__(
        self,
        context: UiContext,
        account_id: str,
        order_ids: Sequence[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(context, account_id, parent)
        self.order_ids = list(order_ids)
        self.plan: BulkPlan | None = None
        self.sent: BulkPlan | None = None  # the plan as it went out, with the chosen options

    def planned(self, status_code: str | None) -> bool:
        return self.plan is not None and self.plan.change.status_code == status_code

    def prepare(self, status_code: str) -> None:
        """Preview: how many change, how many are skipped, how long the limits make it take.

        Only the status makes a new plan: the other options change nothing a plan says (see
        `BulkPlan.sending`), so they are taken as they are when the change starts.
        """
        self.plan = None
        ops = self._context.console.ops
        account_id, ids = self.account_id, self.order_ids

        def done(result: BulkPlan) -> None:
            self.plan = result
            self.planReady.emit(result)

        (
            Operation(
                self._context,
                lambda _op: ops.plan_bulk(account_id, ids, StatusChange(status_code)),
                key=f"bulk-plan-{id(self)}",
            )
            .success(done)
            .failure(lambda error: self.planFailed.emit(explain(error)))
            .run()
        )

    def run(self, change: StatusChange, status_name: str) -> None:
        """Send the plan with `change` (its comment, emails, send time and due date)."""
        if self.plan is None or self.job is not None:
            return
        ops = self._context.console.ops
        plan, account_id = self.plan.sending(change), self.account_id
        self.sent = plan

        def progressed(progress: BulkProgress) -> None:
            if self.job is not None:
                self.job.progress(
                    progress.resolved,
                    progress.total,
                    self.tr("{applied} applied · {not_applied} not applied").format(
                        applied=number(progress.applied), not_applied=number(progress.not_applied)
                    ),
                )
            self.progress.emit(progress)

        def run(op: Operation[ChangeReport]) -> Coroutine[Any, Any, ChangeReport]:
            return ops.run_bulk(
                account_id, plan, on_progress=op.report, cancel=self._cancel, on_late=self.late
            )

        title = with_number(self.tr("Change %n order(s) to {status}", "", plan.total), plan.total)
        title = title.format(status=status_name)
        self._start(run, title=title, total=plan.total, progress=progressed)

    def apply_anyway(self, status_name: str) -> None:
        """Send the change to the orders held back as changed meanwhile, for them only and
        unchecked: the person has seen the report say what they are now. The report then
        covers the whole change, those orders' new results included."""
        first, sent = self.report, self.sent
        if first is None or sent is None:
            return
        held = first.ids(Outcome.CHANGED_MEANWHILE)
        if not held:
            return
        ops, account_id = self._context.console.ops, self.account_id
        plan = sent.anyway(held)

        async def again(_op: Operation[ChangeReport]) -> ChangeReport:
            report = await ops.run_bulk(account_id, plan, cancel=self._cancel)
            return merged(first, report)

        self._start(
            again,
            title=with_number(
                self.tr("Change %n order(s) to {status} anyway", "", len(held)), len(held)
            ).format(status=status_name),
            total=len(held),
        )
