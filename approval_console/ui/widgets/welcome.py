"""What the list area shows before there is any account: what the app is for, and how to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from approval_console.core.backends import BACKENDS
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, set_tone


class WelcomePanel(QWidget):
    addAccountRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.add_account = QPushButton()
        self.add_account.setDefault(True)
        self.add_account.clicked.connect(self.addAccountRequested)
        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        set_tone(self.demo_hint, Tone.CAPTION)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addSpacing(12)
        layout.addWidget(self.add_account, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(self.demo_hint)
        layout.addStretch(2)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Add an account to see its orders"))
        systems = [backend.title for backend in BACKENDS.values()]  # product names
        self.body.setText(
            self.tr(
                "Approval Console shows the orders of {systems} and {last} accounts, from a "
                "copy kept on this computer, and changes them for you. An account needs the "
                "system's address and its API key or password, which is kept in this "
                "computer's keyring, never in a file."
            ).format(systems=", ".join(systems[:-1]), last=systems[-1])
        )
        self.add_account.setText(self.tr("Add account…"))
        self.demo_hint.setText(
            self.tr(
                "To look around first, start <tt>approval-console --demo</tt>: a sample "
                "account of each kind, on a sandbox that runs on this computer."
            )
        )
