"""Filters above the order list: status, financial and fulfillment status, due dates, canceled."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from approval_console.core.domain import Status
from approval_console.core.labels import (
    APPROVEPRO_FINANCIAL,
    APPROVEPRO_FULFILLMENT,
    FINANCIAL,
    FULFILLMENT,
    StateWords,
)
from approval_console.ui.dates import date_edit
from approval_console.ui.viewmodels.orders import ListFilters

# What the menus offer until an account says whose words its orders carry.
DEFAULT_WORDS = StateWords(APPROVEPRO_FINANCIAL, APPROVEPRO_FULFILLMENT)


class ChoiceButton(QToolButton):
    """A button with a menu of checkable choices; its text sums up what is chosen."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._actions: list[QAction] = []
        self._values: list[tuple[str, ...]] = []
        self._update_text()

    def set_choices(
        self, choices: Sequence[tuple[str | tuple[str, ...], str]], chosen: tuple[str, ...]
    ) -> None:
        """(value, label) pairs; a value may be several words that read the same (Spree 5.6's
        "void" and 6.0's "voided"), offered as one choice that selects them all."""
        self._menu.clear()
        self._actions = []
        self._values = []
        for value, label in choices:
            words = (value,) if isinstance(value, str) else value
            action = self._menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(any(word in chosen for word in words))
            action.toggled.connect(self._toggled)
            self._actions.append(action)
            self._values.append(words)
        self._update_text()

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            word
            for action, words in zip(self._actions, self._values, strict=True)
            if action.isChecked()
            for word in words
        )

    def set_chosen(self, values: tuple[str, ...]) -> None:
        for action, words in zip(self._actions, self._values, strict=True):
            action.blockSignals(True)
            action.setChecked(any(word in values for word in words))
            action.blockSignals(False)
        self._update_text()

    def _toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        names = [a.text() for a in self._actions if a.isChecked()]
        if not names:
            summary = "Any"
        elif len(names) == 1:
            summary = names[0]
        else:
            summary = f"{len(names)} chosen"
        self.setText(f"{self._title}: {summary}")


class FilterBar(QWidget):
    filtersChanged = Signal(object)  # ListFilters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filters = ListFilters()
        self.status = ChoiceButton("Status")
        self.financial = ChoiceButton("Financial")
        self.fulfillment = ChoiceButton("Fulfillment")
        self._set_words(DEFAULT_WORDS)
        self.due_on = QCheckBox("Due between")
        self.due_from = date_edit(QDate.currentDate())
        self.due_to = date_edit(QDate.currentDate().addDays(14))
        for edit in (self.due_from, self.due_to):
            edit.setEnabled(False)
        self.canceled = QCheckBox("Show canceled")
        self.canceled.setChecked(True)
        self.reset = QPushButton("Reset filters")
        self.reset.setFlat(True)

        self._due_and = QLabel("and")
        # Filters only some backends' orders can answer; hidden (and cleared) for the others.
        self._order_filters = (
            self.financial,
            self.fulfillment,
            self.due_on,
            self.due_from,
            self._due_and,
            self.due_to,
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, *self._order_filters, self.canceled):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.reset)

        for button in (self.status, self.financial, self.fulfillment):
            button.changed.connect(self._emit)
        self.due_on.toggled.connect(self._due_toggled)
        self.due_from.dateChanged.connect(self._emit)
        self.due_to.dateChanged.connect(self._emit)
        self.canceled.toggled.connect(self._emit)
        self.reset.clicked.connect(
            lambda: self.set_filters(ListFilters(search=self._filters.search), emit=True)
        )

    def set_capabilities(
        self, payment_states: bool, due_dates: bool, words: StateWords | None = None
    ) -> None:
        """Only the filters the account's orders can answer, offering the words its server
        sends (`words`, raw, each shown as people read it); one left set from another
        account is cleared, so nothing hides rows behind a hidden control."""
        for widget in (self.financial, self.fulfillment):
            widget.setVisible(payment_states)
        for due_widget in (self.due_on, self.due_from, self._due_and, self.due_to):
            due_widget.setVisible(due_dates)
        if words is not None and (words.financial or words.fulfillment):
            self._set_words(words)
        filters = self._filters
        cleared = filters
        if not payment_states and (filters.financial or filters.fulfillment):
            cleared = replace(cleared, financial=(), fulfillment=())
        kept_financial = tuple(w for w in cleared.financial if w in self._words.financial)
        kept_fulfillment = tuple(w for w in cleared.fulfillment if w in self._words.fulfillment)
        if (kept_financial, kept_fulfillment) != (cleared.financial, cleared.fulfillment):
            cleared = replace(cleared, financial=kept_financial, fulfillment=kept_fulfillment)
        if not due_dates and (filters.due_from or filters.due_to):
            cleared = replace(cleared, due_from=None, due_to=None)
        if cleared != filters:
            self.set_filters(cleared, emit=True)

    def _set_words(self, words: StateWords) -> None:
        self._words = words
        chosen = self._filters
        self.financial.set_choices(FINANCIAL.choices(words.financial), chosen.financial)
        self.fulfillment.set_choices(FULFILLMENT.choices(words.fulfillment), chosen.fulfillment)

    def set_statuses(self, statuses: list[Status]) -> None:
        """The account's statuses; chosen codes another account defined are dropped, or they
        would hide every row behind a button that says "Any"."""
        choices = [(s.code, s.name) for s in statuses] + [("", "No status")]
        known = {code for code, _name in choices}
        kept = tuple(code for code in self._filters.status_codes if code in known)
        self.status.set_choices(choices, kept)
        if statuses and kept != self._filters.status_codes:
            self.set_filters(replace(self._filters, status_codes=kept), emit=True)

    def set_filters(self, filters: ListFilters, *, emit: bool = False) -> None:
        self._filters = filters
        self.status.set_chosen(filters.status_codes)
        self.financial.set_chosen(filters.financial)
        self.fulfillment.set_chosen(filters.fulfillment)
        widgets = (self.due_on, self.due_from, self.due_to, self.canceled)
        for widget in widgets:
            widget.blockSignals(True)
        self.due_on.setChecked(filters.due_from is not None)
        if filters.due_from:
            self.due_from.setDate(_qdate(filters.due_from))
        if filters.due_to:
            self.due_to.setDate(_qdate(filters.due_to))
        self.due_from.setEnabled(filters.due_from is not None)
        self.due_to.setEnabled(filters.due_from is not None)
        self.canceled.setChecked(filters.include_canceled)
        for widget in widgets:
            widget.blockSignals(False)
        if emit:
            self.filtersChanged.emit(filters)

    def _due_toggled(self, on: bool) -> None:
        self.due_from.setEnabled(on)
        self.due_to.setEnabled(on)
        self._emit()

    def _emit(self, *_args: object) -> None:
        due = self.due_on.isChecked()
        self._filters = replace(
            self._filters,
            status_codes=self.status.chosen(),
            financial=self.financial.chosen(),
            fulfillment=self.fulfillment.chosen(),
            include_canceled=self.canceled.isChecked(),
            due_from=_day(self.due_from.date()) if due else None,
            due_to=_day(self.due_to.date()) if due else None,
        )
        self.filtersChanged.emit(self._filters)

    def update_search(self, text: str) -> None:
        self._filters = replace(self._filters, search=text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    """A date field's day as a `date` (`QDate.toPython` is typed as returning any object)."""
    return date(value.year(), value.month(), value.day())
