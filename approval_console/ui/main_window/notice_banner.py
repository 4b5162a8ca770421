"""The banner above the list: what the console found at start and did about it.

Changes interrupted last time (checked with the server; those never sent are offered to send
or discard), and files that could not be read and were moved aside, never deleted: said once,
with where, rather than leave the person wondering where the orders or accounts went.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from approval_console.app import Console
from approval_console.services.account_ops import PendingChange
from approval_console.services.outcomes import ChangeReport
from approval_console.ui.tones import style_notice
from approval_console.ui.viewmodels.session import summarize


def set_aside_notices(console: Console) -> list[str]:
    """What was moved aside at start, and what to do about it, one sentence each."""
    notices = []
    if console.database.rebuilt_from is not None:
        notices.append(
            "The local copy of your orders could not be read, so it is being read again "
            f"from your accounts. The old file is kept at {console.database.rebuilt_from}."
        )
    if console.settings.set_aside is not None and console.settings.restored_from:
        notices.append(
            "The settings file could not be read; your accounts were restored from the "
            f"last good copy. The damaged file is kept at {console.settings.set_aside}."
        )
    elif console.settings.set_aside is not None:
        notices.append(
            "The settings file could not be read, so your accounts need adding again "
            f"(File → Accounts…). The old file is kept at {console.settings.set_aside}."
        )
    for orphan in console.orphans:
        notices.append(
            f"{orphan.unfinished} unsent changes belong to an account no longer set up "
            f"({orphan.name or orphan.account_id} at {orphan.base_url or 'an unknown address'}"
            "): add it again (File → Accounts…) to send them."
        )
    return notices


class NoticeBanner(QFrame):
    """Hidden until there is something to say; Dismiss (or Discard) hides it again."""

    resumeRequested = Signal(list)  # the interrupted entries never sent: send them now
    discardRequested = Signal(list)  # ...or forget them

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("interruptedBanner")
        style_notice(self)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.resume_button = QPushButton("Send them now")
        self.discard_button = QPushButton("Discard")
        layout = QHBoxLayout(self)
        layout.addWidget(self.banner_text, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.discard_button)
        self.hide()
        self._pending: list[PendingChange] = []
        self.resume_button.clicked.connect(self._resume)
        self.discard_button.clicked.connect(self._discard)

    def tell_what_was_set_aside(self, console: Console) -> None:
        notices = set_aside_notices(console)
        if notices:
            self.banner_text.setText(" ".join(notices))
            self.resume_button.hide()
            self.discard_button.setText("Dismiss")
            self.show()

    def show_interrupted(self, report: ChangeReport, pending: list[PendingChange]) -> None:
        self._pending = pending
        text = f"Changes interrupted last time were checked with the server: {summarize(report)}."
        if pending:
            text += f" {len(pending)} were never sent."
        self.banner_text.setText(text)
        self.resume_button.setVisible(bool(pending))
        self.discard_button.setText("Discard" if pending else "Dismiss")
        self.show()

    def show_resumed(self, report: ChangeReport) -> None:
        self.banner_text.setText(f"Interrupted changes sent: {summarize(report)}.")
        self.discard_button.setText("Dismiss")
        self.discard_button.show()

    def _resume(self) -> None:
        self.resumeRequested.emit(self._pending)
        self.banner_text.setText("Sending the interrupted changes…")
        self.resume_button.hide()
        self.discard_button.hide()

    def _discard(self) -> None:
        if self._pending:
            self.discardRequested.emit(self._pending)
        self._pending = []
        self.hide()
