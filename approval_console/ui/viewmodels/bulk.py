"""A bulk status change: plan it (preview), run it in the background, report per order."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from approval_console.core.changes import StatusChange
from approval_console.services.bulk import BulkPlan
from approval_console.services.outcomes import ChangeReport
from approval_console.ui.context import UiContext
from approval_console.ui.runtime import explain


class BackgroundChanges(QObject):
    """Many orders of one account changed in the background, until done, failed or cancelled:
    what a bulk status change and a bulk order action have in common."""

    finished = Signal(object)  # ChangeReport
    failed = Signal(str)

    def __init__(self, context: UiContext, account_id: str, parent: QObject | None) -> None:
        super().__init__(parent)
        self._context = context
        self.account_id = account_id
        self.report: ChangeReport | None = None
        self.running = False
        self._cancel = asyncio.Event()

    def _start(
        self, work: Coroutine[Any, Any, ChangeReport], *, key: str, description: str
    ) -> None:
        self._cancel.clear()
        self.running = True

        def done(report: ChangeReport) -> None:
            self.running = False
            self.report = report
            self.finished.emit(report)

        def failed(error: BaseException) -> None:
            self.running = False
            self.failed.emit(explain(error))

        self._context.runner.start(
            work, key=f"{key}-{id(self)}", context=description, on_done=done, on_error=failed
        )

    def cancel(self) -> None:
        """Stop sending; what was already sent is still confirmed and reported."""
        self._cancel.set()


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

    def prepare(self, change: StatusChange) -> None:
        """Preview: how many change, how many are skipped, how long the limits make it take."""
        console = self._context.console
        account_id, ids = self.account_id, self.order_ids

        async def plan() -> BulkPlan:
            connector = await console.connector_async(account_id)
            return await console.changes.plan_bulk(connector, ids, change)

        def done(result: BulkPlan) -> None:
            self.plan = result
            self.planReady.emit(result)

        self._context.runner.start(
            plan(),
            key=f"bulk-plan-{id(self)}",
            on_done=done,
            on_error=lambda error: self.planFailed.emit(explain(error)),
        )

    def run(self) -> None:
        if self.plan is None or self.running:
            return
        console = self._context.console
        plan, account_id = self.plan, self.account_id

        async def run() -> ChangeReport:
            return await console.changes.run_bulk(
                await console.connector_async(account_id),
                plan,
                on_progress=self.progress.emit,
                cancel=self._cancel,
            )

        self._start(run(), key="bulk-run", description="bulk change")
