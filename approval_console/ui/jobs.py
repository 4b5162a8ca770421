"""Work that goes on after its dialog is closed: the window's jobs, their progress and results.

A job is anything long a person starts and may want to come back to: a bulk status change, a
bulk order action. Whoever starts one reports its progress and its end, and says how to stop it;
`show()` asks them to show it again (the dialog with its report). The list keeps every job, in
the order started, until a finished one is dismissed, and sums them up in one line for the
status bar ("1 job running · 120/300"). It knows nothing of orders, accounts or dialogs, so any
kind of background work can be a job.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.ui.wording import number, with_number


class JobState(StrEnum):
    RUNNING = "running"
    STOPPING = "stopping"  # asked to stop; what was already sent is still being confirmed
    DONE = "done"
    STOPPED = "stopped"  # ended early because it was asked to
    FAILED = "failed"


STATE_TEXT = {  # translated where shown, in the "Job" context
    JobState.RUNNING: QT_TRANSLATE_NOOP("Job", "Running"),
    JobState.STOPPING: QT_TRANSLATE_NOOP("Job", "Stopping"),
    JobState.DONE: QT_TRANSLATE_NOOP("Job", "Done"),
    JobState.STOPPED: QT_TRANSLATE_NOOP("Job", "Stopped"),
    JobState.FAILED: QT_TRANSLATE_NOOP("Job", "Failed"),
}


class Job(QObject):
    """One piece of background work: what it is, how far it got, how it ended."""

    changed = Signal()
    showRequested = Signal()
    dismissed = Signal()

    def __init__(
        self,
        title: str,
        total: int,
        *,
        subtitle: str = "",
        stop: Callable[[], None] | None = None,
        kind: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind  # what work it is ("export"), for whoever tells of its end
        self.title = title
        self.subtitle = subtitle  # where it runs, e.g. the account's name
        self.total = total
        self.done = 0
        self.detail = ""  # a line on how it goes, or how it ended
        self.state = JobState.RUNNING
        self.needs_attention = False  # ended with something the person should look at
        self._stop = stop

    @property
    def running(self) -> bool:
        return self.state in (JobState.RUNNING, JobState.STOPPING)

    @property
    def can_stop(self) -> bool:
        return self.state is JobState.RUNNING and self._stop is not None

    def progress(self, done: int, total: int | None = None, detail: str | None = None) -> None:
        if not self.running:
            return
        self.done = done
        if total is not None:
            self.total = total
        if detail is not None:
            self.detail = detail
        self.changed.emit()

    def stop(self) -> None:
        """Ask the owner to stop; the job says so at once and ends when the owner reports."""
        if not self.can_stop:
            return
        self.state = JobState.STOPPING
        self.changed.emit()
        assert self._stop is not None
        self._stop()

    def finish(self, detail: str, *, needs_attention: bool = False) -> None:
        if not self.running:
            return
        if self.state is JobState.STOPPING:
            self.state = JobState.STOPPED
        else:
            self.state = JobState.DONE
            self.done = self.total
        self.detail = detail
        self.needs_attention = needs_attention
        self.changed.emit()

    def revise(self, detail: str, *, needs_attention: bool) -> None:
        """A finished job's outcome, updated: what it left in doubt has been settled since."""
        if self.running:
            return
        self.detail = detail
        self.needs_attention = needs_attention
        self.changed.emit()

    def fail(self, detail: str) -> None:
        if not self.running:
            return
        self.state = JobState.FAILED
        self.detail = detail
        self.needs_attention = True
        self.changed.emit()

    def show(self) -> None:
        self.showRequested.emit()

    def state_text(self) -> str:
        if self.running:
            done, total = number(self.done), number(self.total)
            if self.state is JobState.RUNNING:
                return self.tr("{done} of {total}").format(done=done, total=total)
            return self.tr("Stopping · {done} of {total}").format(done=done, total=total)
        return self.tr(STATE_TEXT[self.state])


class JobList(QObject):
    """The jobs of one window (or of every window sharing a context), oldest first."""

    changed = Signal()  # a job was added, dismissed, or moved on
    added = Signal(object)  # Job
    removed = Signal(object)  # Job

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []

    @property
    def jobs(self) -> list[Job]:
        return list(self._jobs)

    @property
    def running(self) -> list[Job]:
        return [job for job in self._jobs if job.running]

    def add(self, job: Job) -> Job:
        job.setParent(self)
        self._jobs.append(job)
        job.changed.connect(self.changed)
        self.added.emit(job)
        self.changed.emit()
        return job

    def dismiss(self, job: Job) -> None:
        """Forget a finished job (a running one stays: its end still needs a reader)."""
        if job.running or job not in self._jobs:
            return
        self._jobs.remove(job)
        self.removed.emit(job)
        job.dismissed.emit()
        self.changed.emit()
        job.deleteLater()

    def summary(self) -> str:
        """One line: "1 job running · 120/300", "2 jobs running · 150/600 · 1 finished"."""
        running = self.running
        finished = len(self._jobs) - len(running)
        if running:
            done = sum(job.done for job in running)
            total = sum(job.total for job in running)
            text = self.tr("%n job(s) running · {done}/{total}", "", len(running)).format(
                done=number(done), total=number(total)
            )
            if finished:
                text += " · " + self.tr("%n finished", "jobs", finished)
            return text
        if not finished:
            return ""
        return with_number(self.tr("%n job(s) finished", "", finished), finished)
