"""The banner above the list: what the console found at start and did about it.

Changes interrupted last time (checked with the server; those never sent are offered to send
or discard), and files that could not be read and were moved aside, never deleted: said once,
with where, rather than leave the person wondering where the orders or accounts went.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from approval_console.app import Console
from approval_console.core.i18n import translate
from approval_console.services.account_ops import PendingChange
from approval_console.services.outcomes import ChangeReport
from approval_console.ui.language import follow_language
from approval_console.ui.tones import style_notice
from approval_console.ui.viewmodels.session import summarize


def set_aside_notices(console: Console) -> list[str]:
    """What was moved aside at start, and what to do about it, one sentence each."""
    notices = []
    if console.database.rebuilt_from is not None:
        if console.database.rebuilt_from_newer:
            sentence = translate(
                "NoticeBanner",
                "The local copy of your orders was written by a newer version of Approval "
                "Console, so this version reads your orders again from your accounts. The newer "
                "file is kept, unchanged, at {path}.",
            )
        else:
            sentence = translate(
                "NoticeBanner",
                "The local copy of your orders could not be read, so it is being read again "
                "from your accounts. The old file is kept at {path}.",
            )
        notices.append(sentence.format(path=console.database.rebuilt_from))
    if console.settings.set_aside is not None and console.settings.restored_from:
        notices.append(
            translate(
                "NoticeBanner",
                "The settings file could not be read; your accounts were restored from the "
                "last good copy. The damaged file is kept at {path}.",
            ).format(path=console.settings.set_aside)
        )
    elif console.settings.set_aside is not None:
        notices.append(
            translate(
                "NoticeBanner",
                "The settings file could not be read, so your accounts need adding again "
                "(File → Accounts…). The old file is kept at {path}.",
            ).format(path=console.settings.set_aside)
        )
    for orphan in console.orphans:
        unsent = orphan.unfinished
        sentence = translate(
            "NoticeBanner",
            "%n unsent change(s) belong to an account no longer set up "
            "({account} at {address}): add it again (File → Accounts…) to send them.",
            None,
            unsent,
        )
        where = orphan.base_url or translate("NoticeBanner", "an unknown address")
        notices.append(sentence.format(account=orphan.name or orphan.account_id, address=where))
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
        self.resume_button = QPushButton()
        self.discard_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(self.banner_text, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.discard_button)
        self.hide()
        self._pending: list[PendingChange] = []
        self._discarding = True  # the second button discards (else it dismisses)
        self._words: Callable[[], str] = str  # what the banner says, in the language chosen
        self.resume_button.clicked.connect(self._resume)
        self.discard_button.clicked.connect(self._discard)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.resume_button.setText(self.tr("Send them now"))
        self.discard_button.setText(self.tr("Discard") if self._discarding else self.tr("Dismiss"))
        self.banner_text.setText(self._words())

    def _say(self, words: Callable[[], str], *, discarding: bool) -> None:
        self._words, self._discarding = words, discarding
        self._retranslate()

    def tell_what_was_set_aside(self, console: Console) -> None:
        notices = set_aside_notices(console)
        if notices:
            self._say(lambda: " ".join(set_aside_notices(console)), discarding=False)
            self.resume_button.hide()
            self.show()

    def show_interrupted(self, report: ChangeReport, pending: list[PendingChange]) -> None:
        self._pending = pending

        def words() -> str:
            text = self.tr(
                "Changes interrupted last time were checked with the server: {summary}."
            ).format(summary=summarize(report))
            if pending:
                text += " " + self.tr("%n was never sent.", "changes", len(pending))
            return text

        self._say(words, discarding=bool(pending))
        self.resume_button.setVisible(bool(pending))
        self.show()

    def show_resumed(self, report: ChangeReport) -> None:
        self._say(
            lambda: self.tr("Interrupted changes sent: {summary}.").format(
                summary=summarize(report)
            ),
            discarding=False,
        )
        self.discard_button.show()

    def _resume(self) -> None:
        self.resumeRequested.emit(self._pending)
        self._say(lambda: self.tr("Sending the interrupted changes…"), discarding=self._discarding)
        self.resume_button.hide()
        self.discard_button.hide()

    def _discard(self) -> None:
        if self._pending:
            self.discardRequested.emit(self._pending)
        self._pending = []
        self.hide()
