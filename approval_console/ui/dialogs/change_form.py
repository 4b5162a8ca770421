"""The shape every billing dialog shares: it composes one change and only reports it.

A subclass lays out its fields, names the OK button (`ok_text`, in the person's language, asked
again after a language change), says what is wrong (`problem`, shown inline as it is typed; an
empty string means "nothing to say yet, nothing to send") and what would be sent (`chosen`). The
OK button is enabled only without a problem; the window sends what `changeChosen` reports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from approval_console.ui.dialogs.live_text import grow_to_fit
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, set_tone


class ChangeForm(QDialog):
    changeChosen = Signal(object)  # the change, one of core.changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = QLabel()
        set_tone(self.error, Tone.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Our own button, not a standard one: the box would set a standard button's text back
        # to Qt's own word on every language change.
        self.save = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def follow_language(self) -> None:
        """Called by a subclass once its fields exist: its words now and after each change."""
        follow_language(self, self._retranslate_form)

    def _retranslate_form(self) -> None:
        self.save.setText(self.ok_text())
        self.retranslate()
        self._validate()  # the problem shown, in the new language
        grow_to_fit(self)

    def ok_text(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """The subclass's own words (title, labels, placeholders)."""
        raise NotImplementedError

    def problem(self) -> str | None:
        raise NotImplementedError

    def chosen(self) -> Any:
        raise NotImplementedError

    def _validate(self, *_args: object) -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        self.save.setEnabled(problem is None)

    def _save(self) -> None:
        if self.problem() is None:
            self.changeChosen.emit(self.chosen())
            self.accept()
