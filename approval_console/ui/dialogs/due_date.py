"""Choose an order's due date, an optional "until" date, or clear it.

The dialog only reports the choice (`changeChosen`); the window sends it. It is opened with
`open()`, never `exec()`, because a nested event loop inside a coroutine breaks qasync.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.changes import DueDateChange
from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.ui.dates import date_edit, format_date
from approval_console.ui.dialogs.live_text import grow_to_fit
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, set_tone

END_BEFORE_DUE = QT_TRANSLATE_NOOP("DueDateDialog", "The end must be after the due date.")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _describe(due: date | None, to: date | None, ranges_supported: bool) -> str:
    """What the order has now, so Clear and Save are not guesses."""
    if due is None:
        return QCoreApplication.translate("DueDateDialog", "This order has no due date yet.")
    if to is not None and ranges_supported:
        return QCoreApplication.translate("DueDateDialog", "Now due {due} until {until}.").format(
            due=format_date(due), until=format_date(to)
        )
    return QCoreApplication.translate("DueDateDialog", "Now due {due}.").format(
        due=format_date(due)
    )


class DueDateDialog(QDialog):
    """Due date with an optional range end, shown only when the backend supports ranges."""

    changeChosen = Signal(object)  # DueDateChange

    def __init__(
        self,
        current_due: date | None,
        current_to: date | None,
        ranges_supported: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(380)
        self._ranges_supported = ranges_supported
        self._current = (current_due, current_to)
        due = current_due or date.today()

        self.due_edit = date_edit()
        self.due_edit.setDate(_qdate(due))

        self.until_check = QCheckBox()
        self.until_edit = date_edit()
        has_range = ranges_supported and current_due is not None and current_to is not None
        # Without a range yet, offer a week after the due date as a sensible end.
        self.until_edit.setDate(
            _qdate(current_to) if has_range and current_to else _qdate(due).addDays(7)
        )
        self.until_check.setChecked(has_range)
        self.until_edit.setEnabled(self.until_check.isChecked())

        self.current_label = QLabel()
        set_tone(self.current_label, Tone.CAPTION)

        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, Tone.ERROR)
        self.error.setVisible(False)

        form = QFormLayout()
        self.due_label = QLabel()
        form.addRow(self.due_label, self.due_edit)
        form.addRow(self.until_check, self.until_edit)
        form.setRowVisible(self.until_edit, ranges_supported)

        self.clear_button = QPushButton()
        self.clear_button.setEnabled(current_due is not None)
        self.cancel_button = QPushButton()
        self.save_button = QPushButton()
        self.clear_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.due_edit.dateChanged.connect(self._validate)
        self.until_edit.dateChanged.connect(self._validate)
        self.until_check.toggled.connect(self._until_toggled)
        self.save_button.clicked.connect(self._save)
        self.clear_button.clicked.connect(self._clear)
        self.cancel_button.clicked.connect(self.reject)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        current_due, current_to = self._current
        self.setWindowTitle(self.tr("Due date"))
        self.until_check.setText(self.tr("Until"))
        self.until_check.setToolTip(self.tr("Give a range: due from the first date until this one"))
        self.current_label.setText(_describe(current_due, current_to, self._ranges_supported))
        self.due_label.setText(self.tr("Due date:"))
        self.clear_button.setText(self.tr("Clear due date"))
        self.clear_button.setToolTip(
            self.tr("Remove the due date")
            if current_due is not None
            else self.tr("This order has no due date")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save"))
        self._validate()  # the problem line, if one is shown
        grow_to_fit(self)

    def chosen(self) -> DueDateChange:
        """What Save would send now."""
        due = _pydate(self.due_edit.date())
        until = _pydate(self.until_edit.date()) if self._range_on() else None
        return DueDateChange(due, until)

    def problem(self) -> str | None:
        if self._range_on() and self.until_edit.date() <= self.due_edit.date():
            return QCoreApplication.translate("DueDateDialog", END_BEFORE_DUE)
        return None

    def _range_on(self) -> bool:
        return self._ranges_supported and self.until_check.isChecked()

    def _until_toggled(self, checked: bool) -> None:
        self.until_edit.setEnabled(checked)
        if checked and self.until_edit.date() <= self.due_edit.date():
            self.until_edit.setDate(self.due_edit.date().addDays(7))
        self._validate()

    def _validate(self) -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)
        self.save_button.setEnabled(problem is None)

    def _save(self) -> None:
        if self.problem() is not None:
            return
        self.changeChosen.emit(self.chosen())
        self.accept()

    def _clear(self) -> None:
        self.changeChosen.emit(DueDateChange(None))
        self.accept()
