"""Where the list should be, why it is not: an account that cannot be read, and what to do.

An empty list with the reason in the status bar reads as "this account has no orders". So the
reason goes where the person is looking: as a panel in place of the list when nothing is cached
(like the welcome), or as a banner above the cached orders when there are some, which stay
usable. Each offers the one step that fixes it, as a button: the account's form when the key
or the address is at fault, "Try again" when the network or the server is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.ui.language import follow_language
from approval_console.ui.tones import style_notice
from approval_console.ui.viewmodels.session import ReadProblem

CACHED_NOTE = QT_TRANSLATE_NOOP(
    "ReadProblemView", "The orders below are those saved on this computer."
)


class ReadProblemView(QFrame):
    """One problem, shown as a full panel (`compact=False`) or as a banner (`compact=True`)."""

    accountRequested = Signal(str)  # open the account's form in File → Accounts…
    retryRequested = Signal()

    def __init__(self, *, compact: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = compact
        self.problem: ReadProblem | None = None
        self.setObjectName("readProblemBanner" if compact else "readProblemPanel")
        if compact:
            style_notice(self)
        self.title = QLabel()
        self.title.setObjectName("readProblemTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        if not compact:
            font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.fix = QPushButton()  # what the advice says: open the account, or try again
        self.fix.setAutoDefault(False)
        self.again = QPushButton()  # beside an account fix: the server may be back
        self.again.setAutoDefault(False)
        self.fix.clicked.connect(self._fix_clicked)
        self.again.clicked.connect(self._retry)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.fix)
        buttons.addWidget(self.again)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if compact:
            layout.setContentsMargins(10, 8, 10, 8)
            layout.setSpacing(4)
            layout.addWidget(self.title)
            layout.addWidget(self.detail)
            layout.addWidget(self.advice)
            self.advice.hide()  # said within the one line of detail instead
            layout.addLayout(buttons)
        else:
            layout.setContentsMargins(48, 48, 48, 48)
            layout.addStretch(1)
            layout.addWidget(self.title)
            layout.addWidget(self.detail)
            layout.addWidget(self.advice)
            layout.addSpacing(12)
            layout.addLayout(buttons)
            layout.addStretch(2)
        self.hide()
        follow_language(self, lambda: self.show_problem(self.problem))

    def show_problem(self, problem: ReadProblem | None) -> None:
        """Show `problem` (None clears it); a retry under way is over once an answer came."""
        self.problem = problem
        self.fix.setEnabled(True)
        self.again.setEnabled(True)
        self.again.setText(self.tr("Try again"))
        if problem is None:
            return
        self.title.setText(problem.title)
        if self.compact:
            cached = translate("ReadProblemView", CACHED_NOTE)
            self.detail.setText(f"{problem.detail} {problem.advice} {cached}")
        else:
            self.detail.setText(problem.detail)
            self.advice.setText(problem.advice)
        self.fix.setText(problem.action)
        self.again.setVisible(problem.opens_account)
        self.fix.setDefault(not self.compact)

    def _fix_clicked(self) -> None:
        if self.problem is None:
            return
        if self.problem.opens_account:
            self.accountRequested.emit(self.problem.account_id)
        else:
            self._retry()

    def _retry(self) -> None:
        """Say that it is trying, so a second click is not needed to believe it."""
        button = self.again if self.again.isVisible() else self.fix
        button.setText(self.tr("Trying again…"))
        button.setEnabled(False)
        self.retryRequested.emit()
