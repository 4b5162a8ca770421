"""Find one order by its number and the customer's email, as a customer would quote them.

The dialog only asks (`findRequested`); the window runs the lookup and answers through
`show_searching()` and `show_error()`, and closes the dialog when the order is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from approval_console.ui.dialogs.live_text import LiveText, grow_to_fit
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, set_tone

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")

_MESSAGE_TONES = {"info": None, "error": Tone.ERROR}


def normalize_number(text: str) -> str:
    """'#1188', ' 1188 ' and '1188' are the same order number."""
    return text.strip().removeprefix("#").strip()


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


class FindOrderDialog(QDialog):
    """Order number + customer email, with the answer shown inline."""

    findRequested = Signal(str, str)  # order number without '#', email

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)

        self.number_edit = QLineEdit()
        self.email_edit = QLineEdit()

        form = QFormLayout()
        self.number_label = QLabel()
        self.email_label = QLabel()
        form.addRow(self.number_label, self.number_edit)
        form.addRow(self.email_label, self.email_edit)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.find_button = QPushButton()
        self.find_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.find_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.number_edit.textChanged.connect(self._inputs_changed)
        self.email_edit.textChanged.connect(self._inputs_changed)
        self.find_button.clicked.connect(self._find)
        self.cancel_button.clicked.connect(self.reject)
        follow_language(self, self._retranslate)
        self.live = LiveText(self)  # the answer shown, when it is the dialog's own words
        self._inputs_changed()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find order"))
        self.number_edit.setPlaceholderText(self.tr("1188 or #1188"))
        self.email_edit.setPlaceholderText(self.tr("customer@example.com"))
        self.number_label.setText(self.tr("Order number:"))
        self.email_label.setText(self.tr("Customer email:"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.find_button.setText(self.tr("Find"))
        grow_to_fit(self)

    def is_valid(self) -> bool:
        return bool(normalize_number(self.number_edit.text())) and looks_like_email(
            self.email_edit.text()
        )

    def show_error(self, message: str) -> None:
        """The lookup failed (not found, no connection): say why, and let the user retry."""
        self._show(lambda: message, "error")
        self.find_button.setEnabled(self.is_valid())

    def show_searching(self) -> None:
        self._show(lambda: self.tr("Searching…"), "info")

    def _show(self, text: Callable[[], str], kind: str) -> None:
        set_tone(self.message, _MESSAGE_TONES[kind])
        self.live.say(self.message, lambda: self.message.setText(text()))
        self.message.setVisible(bool(self.message.text()))

    def _inputs_changed(self) -> None:
        # An old answer no longer describes what is typed now.
        self._show(lambda: "", "info")
        self.find_button.setEnabled(self.is_valid())

    def _find(self) -> None:
        if not self.is_valid():
            return
        self.findRequested.emit(
            normalize_number(self.number_edit.text()), self.email_edit.text().strip()
        )
