"""The activity log's state: its filters, the pages read, and what is asked of it.

Everything is read off the GUI thread (the journal and the cache live on the database thread)
and the newest request wins. The log follows what happens while it is open: a change published
on the change bus, or a job moving on, reads the rows again a moment later (at most every
`LIVE_MS`, so a bulk run of thousands repaints the log a few times a second, not per order).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from approval_console.services.activity import (
    EXPORT_HEADER,
    PAGE,
    Activity,
    ActivityFilter,
    ActivityLog,
    ActivityPage,
    RetryReport,
    export_row,
)
from approval_console.services.csv_export import ExportCanceled, write_csv
from approval_console.ui.change_bus import OrderChanges
from approval_console.ui.context import UiContext
from approval_console.ui.operations import Operation

LIVE_MS = 400


def activity_log(context: UiContext) -> ActivityLog:
    """The log over the console's journal and cache, naming accounts as the settings do."""
    console = context.console

    def account_name(account_id: str) -> str | None:
        account = console.settings.account(account_id)
        return account.name if account is not None else None

    return ActivityLog(
        console.db_thread, console.journal, console.cache, console.changes.live, account_name
    )


class ActivityViewModel(QObject):
    counted = Signal(int)  # how many entries match the filters
    retried = Signal(object)  # RetryReport
    retryFailed = Signal(str)
    exported = Signal(str, int)  # path, rows written
    exportFailed = Signal(str)
    exportCanceled = Signal()
    exportProgress = Signal(int, int)  # rows written, rows in all

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        from approval_console.ui.models.activity import ActivityModel

        super().__init__(parent)
        self._context = context
        self.log = activity_log(context)
        self.model = ActivityModel(self)
        self.filter = ActivityFilter()
        self.total = 0
        self._export: Operation[int] | None = None
        self._stop_export: threading.Event | None = None
        self.model.moreWanted.connect(self.load_more)
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_MS)
        self._live.timeout.connect(lambda: self.requery(keep=True))
        self.subscribed = False
        self.subscribe()

    def subscribe(self) -> None:
        """Follow changes and jobs: the log reads again as they move on."""
        if not self.subscribed:
            self._context.bus.changed.connect(self._published)
            self._context.jobs.changed.connect(self._soon)
            self.subscribed = True

    def unsubscribe(self) -> None:
        """The window closed: what changes from now on is not its concern."""
        self._live.stop()
        self.subscribed = False
        for signal, slot in (
            (self._context.bus.changed, self._published),
            (self._context.jobs.changed, self._soon),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    # -- reading --------------------------------------------------------------------------------

    def set_filter(self, flt: ActivityFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self.requery()

    def requery(self, *, keep: bool = False) -> None:
        """Read the first page again; with `keep`, as many rows as are shown (a live update
        must not take away what the person scrolled to)."""
        limit = max(PAGE, self.model.rowCount()) if keep else PAGE
        flt = self.filter
        Operation(
            self._context,
            lambda _op: self.log.page(flt, limit=limit, count=True),
            key=f"activity-{id(self)}",
            context=self.tr("Reading the activity log"),
        ).success(self._shown).run()

    def _shown(self, page: ActivityPage) -> None:
        self.model.set_rows(page.entries, page.more)
        self.total = page.total or 0
        self.counted.emit(self.total)

    def load_more(self) -> None:
        rows = self.model.rows
        if not rows:
            return
        flt, before = self.filter, rows[-1].id
        Operation(
            self._context,
            lambda _op: self.log.page(flt, before_id=before),
            key=f"activity-{id(self)}",
            context=self.tr("Reading the activity log"),
        ).success(lambda page: self.model.append(page.entries, page.more)).run()

    def _published(self, changes: OrderChanges) -> None:
        if changes.refreshed:
            self.log.forget_names()  # read on the database thread: a dict swapped whole
        self._soon()

    def _soon(self) -> None:
        """Read again shortly; a stream of updates reads at most every `LIVE_MS`."""
        if not self._live.isActive():
            self._live.start()

    # -- acting ---------------------------------------------------------------------------------

    def retry(self, activities: Sequence[Activity]) -> None:
        ops = self._context.console.ops
        chosen = [a for a in activities if a.retryable]
        if not chosen:
            return
        Operation(
            self._context,
            lambda _op: self.log.retry(ops, chosen),
            context=self.tr("Retrying changes"),
        ).success(self._retried).failure(lambda error: self.retryFailed.emit(str(error))).run()

    def _retried(self, report: RetryReport) -> None:
        for account_id, ids in report.changed().items():
            self._context.bus.publish(account_id, ids, source=self)
        self.retried.emit(report)
        self.requery(keep=True)

    def export(self, path: Path, *, bom: bool = False) -> None:
        """Write every entry the filters match to `path` as CSV, off the GUI thread; the
        file is whole or, on a failure or Cancel, the one there before is left as it was."""
        self.cancel_export()
        flt, stop = self.filter, threading.Event()
        self._stop_export = stop

        async def work(op: Operation[int]) -> int:
            rows = [export_row(activity) for activity in await self.log.everything(flt)]
            loop = asyncio.get_running_loop()

            def progress(done: int) -> None:
                loop.call_soon_threadsafe(op.report, done, len(rows))

            # A thread of its own: the loop's default executor is made of QThreads.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export") as pool:
                return await loop.run_in_executor(
                    pool,
                    functools.partial(
                        write_csv,
                        path,
                        EXPORT_HEADER,
                        rows,
                        bom=bom,
                        progress=progress,
                        cancelled=stop.is_set,
                    ),
                )

        def failed(error: BaseException) -> None:
            if isinstance(error, ExportCanceled):
                self.exportCanceled.emit()
            else:
                self.exportFailed.emit(
                    self.tr("The activity could not be exported: {reason}").format(reason=error)
                )

        self._export = (
            Operation(self._context, work, context=self.tr("Exporting the activity log"))
            .progress(self.exportProgress.emit)
            .success(lambda count: self.exported.emit(str(path), count))
            .failure(failed)
            .run()
        )

    def cancel_export(self) -> None:
        """Stop an export under way: the file it was writing is never left half written."""
        if self._stop_export is not None:
            self._stop_export.set()
            self._stop_export = None

    @property
    def exporting(self) -> bool:
        return self._export is not None and self._export.running

    @property
    def context(self) -> UiContext:
        return self._context
