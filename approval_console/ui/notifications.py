"""Desktop notices: new orders to review, a bulk change or an export that ended.

The Notifier decides whether and what to say; the tray shows it (`QSystemTrayIcon.showMessage`,
which goes to the desktop's notification service over D-Bus where one runs, else a balloon by
the tray icon). Without a tray nothing is shown: the window says it all already.

A notice is for the person who is not looking. What counts as looking, precisely:

- New orders to review: the console's window is the active window and shows the account they
  came to (its list and its Needs review count show them as they arrive), or the active window
  is the Needs review queue (which lists every account). Another account in the window, the
  window minimized, hidden in the tray or behind another application: they are told.
- A bulk change or an export that ended: any window of the console is active — the main
  window (its status bar shows the job's end and the export's "Open folder"), the job's own
  dialog (its report), or another of its windows. The job's end is written where they work, and
  a notice on top of it would only repeat it. Away from the console, they are told.
- A job the person stopped, or an export they cancelled, is not announced: they asked for it.

Each kind can be turned off in the preferences (`Preferences.notifies`). Nothing here asks a
server: what the refresh already read and the cache hold are all a notice takes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from approval_console.core.preferences import NotificationKind
from approval_console.services.review_watch import NewForReview
from approval_console.ui.context import UiContext
from approval_console.ui.jobs import Job, JobState

EXPORT_JOB = "export"  # `Job.kind` of an export to CSV; every other job is a bulk change
NAMED = 3  # order numbers named in a notice; more are counted


@dataclass(frozen=True)
class Notice:
    """One desktop notice: what about, its title and text, and what a click on it does."""

    kind: NotificationKind
    title: str
    text: str
    warning: bool = False  # a job that failed or left orders to look at
    account_id: str | None = None  # the account a review notice is about
    job: Job | None = None  # the job a job notice is about


class Notifier(QObject):
    noticed = Signal(object)  # Notice: to show now

    def __init__(
        self,
        context: UiContext,
        window: QWidget,
        shown_account: Callable[[], str | None],
        parent: QObject | None = None,
        *,
        queue_active: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._window = window  # the console's main window
        self._shown_account = shown_account  # the account it shows
        self._queue_active = queue_active  # the Needs review window is the active window
        self._running: dict[int, bool] = {}  # per job: whether it ran when last seen
        context.jobs.added.connect(self._follow_job)
        for job in context.jobs.jobs:
            self._follow_job(job)

    # -- whether to tell --------------------------------------------------------------------

    def _on(self, kind: NotificationKind) -> bool:
        return self._context.console.settings.preferences.notifies(kind)

    def _window_in_front(self) -> bool:
        window = self._window
        return window.isVisible() and not window.isMinimized() and window.isActiveWindow()

    def at_console(self) -> bool:
        """One of the console's windows has the person's attention (is the active window)."""
        if self._window_in_front():
            return True
        active = QApplication.activeWindow()  # None while another application is
        if active is None or self._window.isMinimized():
            return False
        return active.isVisible() and not active.isMinimized()

    def looking_at_account(self, account_id: str) -> bool:
        if self._queue_active():
            return True
        return self._window_in_front() and self._shown_account() == account_id

    # -- what to tell -----------------------------------------------------------------------

    def review_found(self, found: NewForReview) -> None:
        """The background refresh found orders newly awaiting a decision."""
        if not found.count or not self._on(NotificationKind.REVIEW):
            return
        if self.looking_at_account(found.account_id):
            return
        self.noticed.emit(self.review_notice(found))

    def review_notice(self, found: NewForReview) -> Notice:
        count = found.count
        title = self.tr("%n new order(s) to review", "", count)
        named = ", ".join(found.numbers[:NAMED])
        rest = count - min(count, NAMED)
        if rest:
            text = self.tr("{account}: {numbers} and %n more", "", rest)
        else:
            text = self.tr("{account}: {numbers}")
        text = text.format(account=found.account_name, numbers=named)
        return Notice(NotificationKind.REVIEW, title, text, account_id=found.account_id)

    def _follow_job(self, job: Job) -> None:
        self._running[id(job)] = job.running
        job.changed.connect(lambda: self._job_changed(job))
        job.dismissed.connect(lambda: self._running.pop(id(job), None))

    def _job_changed(self, job: Job) -> None:
        was = self._running.get(id(job), False)
        self._running[id(job)] = job.running
        if was and not job.running:
            self.job_ended(job)

    def job_ended(self, job: Job) -> None:
        kind = NotificationKind.EXPORT if job.kind == EXPORT_JOB else NotificationKind.BULK_JOB
        if job.state is JobState.STOPPED or not self._on(kind) or self.at_console():
            return
        self.noticed.emit(self.job_notice(job, kind))

    def job_notice(self, job: Job, kind: NotificationKind) -> Notice:
        failed = job.state is JobState.FAILED
        if kind is NotificationKind.EXPORT:
            title = self.tr("Export failed") if failed else self.tr("Export finished")
        else:
            title = self.tr("Bulk change failed") if failed else self.tr("Bulk change finished")
        lines = [job.title, job.detail] if kind is NotificationKind.BULK_JOB else [job.detail]
        text = "\n".join(line for line in lines if line)
        return Notice(kind, title, text, warning=job.needs_attention, job=job)
