"""The window's status bar: the sync line, how many orders show and are selected, the jobs,
offline, when the account was last refreshed, and the API budget left.

Everything said there is redacted first (`RedactingStatusBar`): a server may echo a key back.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from approval_console.core.log import redact
from approval_console.services.sync_pass import SyncProgress
from approval_console.ui.jobs import JobList
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, set_tone
from approval_console.ui.widgets.jobs_indicator import JobsIndicator
from approval_console.ui.widgets.transient import RedactingStatusBar
from approval_console.ui.wording import number, with_number

MESSAGE_MS = 10_000  # how long an error or a hint stays in the status bar


def time_left(seconds: float) -> str:
    """A long wait as people say it: "2 h 45 min", "12 min", "40 s" (the Duration words the
    bulk dialog uses too), rounded up to whole minutes once it is more than one."""
    seconds = max(0, math.ceil(seconds))
    if seconds < 60:
        return QCoreApplication.translate("Duration", "{seconds} s").format(seconds=seconds)
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("Duration", "{minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Duration", "{hours} h {minutes} min").format(
        hours=hours, minutes=f"{minutes:02d}"
    )


class WindowStatusBar(RedactingStatusBar):
    def __init__(self, jobs: JobList) -> None:
        super().__init__()
        self.sync_label = QLabel()
        self.count_label = QLabel()
        self.selection_label = QLabel()
        self.refreshed_label = QLabel()
        self.offline_label = QLabel()
        bold = self.offline_label.font()
        bold.setBold(True)
        self.offline_label.setFont(bold)
        set_tone(self.offline_label, Tone.ERROR)
        self.offline_label.hide()
        self.budget_label = QLabel()
        self.server_label = QLabel()  # the server's version, where the account's is known
        self.jobs_indicator = JobsIndicator(jobs)
        self.addWidget(self.sync_label, 1)
        self.addWidget(self.count_label)
        self.addWidget(self.selection_label)
        self.addPermanentWidget(self.jobs_indicator)
        self.addPermanentWidget(self.offline_label)
        self.addPermanentWidget(self.refreshed_label)
        self.addPermanentWidget(self.budget_label)
        self.addPermanentWidget(self.server_label)
        # What the labels last showed, written again in another language when it changes.
        self._count: tuple[int, int] | None = None
        self._counting = False  # the count is of the matches found so far
        self._progress: tuple[int, int] | None = None  # while the sync line counts
        self._pass: SyncProgress | None = None  # while a full pass reads its pages
        self._selected = 0
        self._budget: tuple[int, int] | None = None
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.offline_label.setText(self.tr("Offline"))
        if self._count is not None:
            show = self.show_counting if self._counting else self.show_count
            show(*self._count)
        if self._progress is not None:
            self.show_sync_progress(*self._progress)
        if self._pass is not None:
            self.show_sync_pass(self._pass)
        self.show_selection(self._selected)
        if self._budget is not None:
            self.show_budget(*self._budget)

    def say(self, message: str, timeout: int = MESSAGE_MS) -> None:
        self.showMessage(message, timeout)

    def show_sync_state(self, line: str) -> None:
        self._progress = None
        self._pass = None
        self.sync_label.setToolTip("")
        self.sync_label.setText(redact(line))

    def show_sync_pass(self, progress: SyncProgress) -> None:
        """A full pass as pages land: orders and pages read of the server's, and the time
        left at the rate measured (never faster than the account's limit allows)."""
        self._pass = progress
        self._progress = None
        values = {
            "done": number(progress.orders_read),
            "total": number(progress.orders_total),
            "page": number(progress.pages_read),
            "pages": number(progress.pages_total),
        }
        if progress.seconds_left is None:
            text = self.tr("Reading orders… {done} of {total} (page {page} of {pages})")
        elif progress.limited:
            text = self.tr(
                "Reading recent orders… {done} of about {total} (page {page} of {pages}), "
                "{left} left"
            )
        else:
            text = self.tr(
                "Reading orders… {done} of {total} (page {page} of {pages}), {left} left"
            )
        left = time_left(progress.seconds_left or 0)
        self.sync_label.setText(text.format(left=left, **values))
        tip = self.tr(
            "The list shows the orders read so far: you can work with them while the rest "
            "arrive. If the console is closed, reading carries on where it stopped."
        )
        if progress.resumed:
            tip = self.tr("Carried on where the last reading stopped.") + "\n" + tip
        self.sync_label.setToolTip(tip)

    def show_sync_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        self.sync_label.setText(
            self.tr("Reading orders… {done} of {total}").format(
                done=number(done), total=number(total)
            )
        )

    def show_counting(self, found: int, total: int) -> None:
        """A search shows its first matches while it looks for the rest: the count is a
        floor, and says so, until `show_count` gives the exact one."""
        self._count, self._counting = (found, total), True
        if found:
            text = self.tr("{found}+ of %n order(s), counting…", "", total)
        else:
            text = self.tr("Searching %n order(s)…", "", total)
        text = with_number(text, total)
        self.count_label.setText(text.format(found=number(found)))

    def show_count(self, shown: int, total: int) -> None:
        self._count, self._counting = (shown, total), False
        if shown == total:
            text = with_number(self.tr("%n order(s)", "", total), total)
        else:
            text = with_number(self.tr("{shown} of %n order(s)", "", total), total)
            text = text.format(shown=number(shown))
        self.count_label.setText(text)

    def show_selection(self, count: int) -> None:
        self._selected = count
        text = with_number(self.tr("%n selected", "orders", count), count)
        self.selection_label.setText(text if count > 1 else "")

    def show_server(self, name: str) -> None:
        self.server_label.setText(name)

    def show_budget(self, left: int, limit: int) -> None:
        self._budget = (left, limit)
        self.budget_label.setText(
            self.tr("API budget {left}/{limit} a minute").format(left=left, limit=limit)
        )

    def show_failure(self, context: str, message: str) -> None:
        """A task that failed in the background says so, with what it was doing."""
        if context:
            message = self.tr("{context}: {message}", "what failed: why").format(
                context=context, message=message
            )
        self.say(message)
