"""The window's status bar: the sync line, how many orders show and are selected, the jobs,
offline, when the account was last refreshed, and the API budget left.

Everything said there is redacted first (`RedactingStatusBar`): a server may echo a key back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from approval_console.core.log import redact
from approval_console.ui.jobs import JobList
from approval_console.ui.tones import Tone, set_tone
from approval_console.ui.widgets.jobs_indicator import JobsIndicator
from approval_console.ui.widgets.transient import RedactingStatusBar

MESSAGE_MS = 10_000  # how long an error or a hint stays in the status bar


class WindowStatusBar(RedactingStatusBar):
    def __init__(self, jobs: JobList) -> None:
        super().__init__()
        self.sync_label = QLabel()
        self.count_label = QLabel()
        self.selection_label = QLabel()
        self.refreshed_label = QLabel()
        self.offline_label = QLabel("Offline")
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

    def say(self, message: str, timeout: int = MESSAGE_MS) -> None:
        self.showMessage(message, timeout)

    def show_sync_state(self, line: str) -> None:
        self.sync_label.setText(redact(line))

    def show_sync_progress(self, done: int, total: int) -> None:
        self.sync_label.setText(f"Reading orders… {done:,} of {total:,}")

    def show_count(self, shown: int, total: int) -> None:
        if shown == total:
            self.count_label.setText(f"{total:,} orders")
        else:
            self.count_label.setText(f"{shown:,} of {total:,} orders")

    def show_selection(self, count: int) -> None:
        self.selection_label.setText(f"{count:,} selected" if count > 1 else "")

    def show_server(self, name: str) -> None:
        self.server_label.setText(name)

    def show_budget(self, left: int, limit: int) -> None:
        self.budget_label.setText(f"API budget {left}/{limit} a minute")

    def show_failure(self, context: str, message: str) -> None:
        """A task that failed in the background says so, with what it was doing."""
        self.say(f"{context}: {message}" if context else message)
