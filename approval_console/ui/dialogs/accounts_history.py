"""The accounts dialog's choice of how much of an account's history the console reads.

A first sync of a million orders is hours at ApprovePro's 60 requests a minute; people who
never look back at last year's orders can keep only the recent ones that are not cancelled,
and their first sync reads only those pages. Stored as the account's `HISTORY_DAYS_OPTION`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from approval_console.core.accounts import HISTORY_DAYS_OPTION, Account, history_days
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, set_tone

CHOICES = (0, 30, 90, 365)  # days; 0: every order


class HistoryChoice(QWidget):
    """A choice of all orders or the open ones of the last days, with what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyChoice")
        self.label = QLabel()  # the form row's label
        self.combo = QComboBox()
        self.combo.setObjectName("historyCombo")
        for days in CHOICES:
            self.combo.addItem("", days)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        set_tone(self.hint, Tone.CAPTION)
        self.label.setBuddy(self.combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.hint)
        self.combo.currentIndexChanged.connect(lambda _index: self._say_hint())
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Orders to read:"))
        for index in range(self.combo.count()):
            self.combo.setItemText(index, self._words(int(self.combo.itemData(index))))
        self._say_hint()

    def _words(self, days: int) -> str:
        if days == 0:
            return self.tr("All orders, with their history")
        if days == 365:
            return self.tr("Open orders of the last 12 months")
        return self.tr("Open orders of the last %n day(s)", "", days)

    def _say_hint(self) -> None:
        if self.days() == 0:
            self.hint.setText(
                self.tr(
                    "A large account's first reading can take hours; the list fills as it goes."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Cancelled and older orders are not read or kept: the first reading is "
                    "shorter, and older orders are let go."
                )
            )

    def days(self) -> int:
        return int(self.combo.currentData() or 0)

    def show_account(self, account: Account | None) -> None:
        """The account's choice (a new account reads every order)."""
        days = history_days(account) if account is not None else 0
        index = self.combo.findData(days)
        if index < 0:  # a number of days set elsewhere: offered as it is
            self.combo.addItem(self._words(days), days)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def apply(self, options: dict[str, str]) -> dict[str, str]:
        """The account's options with this choice in them."""
        options = dict(options)
        if self.days():
            options[HISTORY_DAYS_OPTION] = str(self.days())
        else:
            options.pop(HISTORY_DAYS_OPTION, None)
        return options
