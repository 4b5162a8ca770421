"""Filters above an order list: what can be chosen (the buttons, "+ Add filter") and what is
chosen (one chip per filter, each removable on its own).

The same bar serves an account's list and the All accounts list; there it also offers the
accounts, and its statuses are offered by name (each account defines its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.display import format_day
from approval_console.core.domain import Status
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.labels import (
    APPROVEPRO_FINANCIAL,
    APPROVEPRO_FULFILLMENT,
    FINANCIAL,
    FULFILLMENT,
    StateWords,
    status_label,
    status_text,
)
from approval_console.ui.dates import date_edit
from approval_console.ui.language import follow_language
from approval_console.ui.viewmodels.list_filters import ChangedWindow, DueWindow, ListFilters
from approval_console.ui.widgets.filter_chips import (
    ChipRow,
    ChipSpec,
    FlowLayout,
    MenuButton,
    listing,
)

# What the menus offer until an account says whose words its orders carry.
DEFAULT_WORDS = StateWords(APPROVEPRO_FINANCIAL, APPROVEPRO_FULFILLMENT)
OVERDUE_SHORTCUT = "Ctrl+Shift+O"
# Chip keys of the filters that are not a multi-choice (those use their button's title).
OVERDUE, THIS_WEEK, CHANGED_TODAY, AWAITING, DUE, CANCELED = (
    "overdue",
    "this_week",
    "changed_today",
    "awaiting",
    "due",
    "canceled",
)

# The quick filters, in "+ Add filter" and on their chips.
_WINDOW_TITLES = {
    OVERDUE: QT_TRANSLATE_NOOP("FilterBar", "Overdue"),
    THIS_WEEK: QT_TRANSLATE_NOOP("FilterBar", "Due this week"),
    CHANGED_TODAY: QT_TRANSLATE_NOOP("FilterBar", "Changed today"),
    AWAITING: QT_TRANSLATE_NOOP("FilterBar", "Awaiting a decision"),
}


class ChoiceButton(MenuButton):
    """A button with a menu of checkable choices that stays open while they are ticked; its
    text sums up what is chosen.

    `title` is the English source (marked for translation where it is written); it names the
    filter's chip, and is shown in the person's language (`shown_title`)."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("FilterBar", title), parent=parent)
        self._title = title
        self._actions: list[QAction] = []
        self._values: list[tuple[str, ...]] = []
        self._empty: QAction | None = None
        self._update_text()

    @property
    def title(self) -> str:
        return self._title

    @property
    def shown_title(self) -> str:
        return translate("FilterBar", self._title)

    def retranslate(self) -> None:
        self._menu.setTitle(self.shown_title)
        if self._empty is not None:
            self._empty.setText(self.tr("Nothing to choose yet"))
        self._update_text()

    def set_choices(
        self, choices: Sequence[tuple[str | tuple[str, ...], str]], chosen: tuple[str, ...]
    ) -> None:
        """(value, label) pairs; a value may be several words that read the same (Spree 5.6's
        "void" and 6.0's "voided"), offered as one choice that selects them all."""
        self._menu.clear()
        self._actions = []
        self._values = []
        self._empty = None
        for value, label in choices:
            words = (value,) if isinstance(value, str) else value
            action = self._menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(any(word in chosen for word in words))
            action.toggled.connect(self._toggled)
            self._actions.append(action)
            self._values.append(words)
        if not choices:
            self._empty = self._menu.addAction(self.tr("Nothing to choose yet"))
            self._empty.setEnabled(False)
        self._update_text()

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            word
            for action, words in zip(self._actions, self._values, strict=True)
            if action.isChecked()
            for word in words
        )

    def chosen_labels(self) -> list[str]:
        return [action.text() for action in self._actions if action.isChecked()]

    def set_chosen(self, values: tuple[str, ...]) -> None:
        for action, words in zip(self._actions, self._values, strict=True):
            action.blockSignals(True)
            action.setChecked(any(word in values for word in words))
            action.blockSignals(False)
        self._update_text()

    def offers(self, value: str) -> bool:
        return any(value in words for words in self._values)

    def _toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        names = self.chosen_labels()
        count = len(names)
        if not names:
            summary = self.tr("Any")
        elif count == 1:
            summary = names[0]
        else:
            summary = self.tr("%n chosen", "", count)
        self.setText(self.tr("{filter}: {chosen}").format(filter=self.shown_title, chosen=summary))


class FilterBar(QWidget):
    filtersChanged = Signal(object)  # ListFilters

    def __init__(self, parent: QWidget | None = None, *, across: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._filters = ListFilters()
        self._across = across
        self._tags_shown = not across  # tags are each account's own
        self._payment_hidden = across  # financial and fulfillment words differ by backend
        self._due_hidden = False
        self._statuses: list[Status] = []
        self.accounts = ChoiceButton(QT_TRANSLATE_NOOP("FilterBar", "Account"))
        self.status = ChoiceButton(QT_TRANSLATE_NOOP("FilterBar", "Status"))
        self.financial = ChoiceButton(QT_TRANSLATE_NOOP("FilterBar", "Financial"))
        self.fulfillment = ChoiceButton(QT_TRANSLATE_NOOP("FilterBar", "Fulfillment"))
        self.tags = ChoiceButton(QT_TRANSLATE_NOOP("FilterBar", "Tags"))  # in "+ Add filter"
        self.tags.set_choices([], ())
        self._set_words(DEFAULT_WORDS)
        self.overdue = QToolButton()
        self.overdue.setCheckable(True)
        # The quick filter's key, as an action so a window can put it in a menu (and its
        # list of shortcuts); hidden with the button where due dates cannot be answered.
        self.overdue_action = QAction(self)
        self.overdue_action.setCheckable(True)
        self.overdue_action.setShortcut(QKeySequence(OVERDUE_SHORTCUT))
        self.overdue_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.overdue_action.toggled.connect(self._overdue_toggled)
        self.addAction(self.overdue_action)
        self.due_on = QCheckBox()
        self.due_from = date_edit(QDate.currentDate())
        self.due_to = date_edit(QDate.currentDate().addDays(14))
        for edit in (self.due_from, self.due_to):
            edit.setEnabled(False)
        self.canceled = QCheckBox()
        self.canceled.setChecked(True)
        self.reset = QPushButton()
        self.reset.setFlat(True)

        self.add = MenuButton(self.tr("+ Add filter"))
        self.add_menu = self.add.menu()
        self._window_actions: dict[str, QAction] = {}
        self._build_add_menu()

        self._due_and = QLabel()
        # Filters only some backends' orders can answer; hidden (and cleared) for the others.
        self._order_filters = (
            self.financial,
            self.fulfillment,
            self.due_on,
            self.due_from,
            self._due_and,
            self.due_to,
        )
        self.chips = ChipRow(trailing=self.reset)

        # The controls wrap too: on a narrow screen they take two lines, never a wider window.
        self.controls = QWidget()
        controls = FlowLayout(self.controls)
        for widget in (
            self.add,
            self.accounts,
            self.status,
            self.financial,
            self.fulfillment,
            self.overdue,
            self.due_on,
            self.due_from,
            self._due_and,
            self.due_to,
            self.canceled,
        ):
            controls.addWidget(widget)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.controls.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.controls)
        layout.addWidget(self.chips)
        self.accounts.setVisible(across)
        for widget in (self.financial, self.fulfillment):
            widget.setVisible(not self._payment_hidden)

        for button in (self.accounts, self.status, self.financial, self.fulfillment, self.tags):
            button.changed.connect(self._emit)
        self.overdue.toggled.connect(self._overdue_toggled)
        self.due_on.toggled.connect(self._due_toggled)
        self.due_from.dateChanged.connect(self._emit)
        self.due_to.dateChanged.connect(self._emit)
        self.canceled.toggled.connect(self._emit)
        self.reset.clicked.connect(self.reset_filters)
        self.chips.removed.connect(self.remove)
        self.chips.editRequested.connect(self._edit)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        """Every word of the bar, its menus and its chips, in the person's language."""
        self.overdue.setText(self.tr("Overdue"))
        key = QKeySequence(OVERDUE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.overdue.setToolTip(
            self.tr(
                "Only orders past their due date and not yet shipped, fulfilled or canceled "
                "({shortcut})"
            ).format(shortcut=key)
        )
        self.overdue_action.setText(self.tr("&Overdue orders only"))
        self.due_on.setText(self.tr("Due between"))
        self._due_and.setText(self.tr("and", "between two dates"))
        self.canceled.setText(self.tr("Show canceled"))
        self.reset.setText(self.tr("Reset filters"))
        self.add.setText(self.tr("+ Add filter"))
        self.add_menu.setTitle(self.tr("+ Add filter"))
        for key_name, action in self._window_actions.items():
            action.setText(translate("FilterBar", _WINDOW_TITLES[key_name]))
        self._due_action.setText(self.tr("Due between…"))
        self._set_words(self._words)
        if self._statuses:
            self.set_statuses(self._statuses)
        for button in (self.accounts, self.status, self.financial, self.fulfillment, self.tags):
            button.retranslate()
        self._show_chips()

    # -- what can be chosen ------------------------------------------------------------------

    def _build_add_menu(self) -> None:
        """Every filter in one place: the multi-choices as submenus (they stay open while
        ticking), and the quick ones as checkable entries."""
        menu = self.add_menu
        for button in (self.accounts, self.status, self.financial, self.fulfillment, self.tags):
            menu.addMenu(button.menu())
        menu.addSeparator()
        for key, text in _WINDOW_TITLES.items():
            action = menu.addAction(translate("FilterBar", text))
            action.setCheckable(True)
            action.toggled.connect(lambda on, key=key: self._window_toggled(key, on))
            self._window_actions[key] = action
        due = menu.addAction(self.tr("Due between…"))
        due.triggered.connect(lambda: self.due_on.setChecked(True))
        self._due_action = due
        self._sync_menu()

    def _sync_menu(self) -> None:
        """The add menu offers what the bar offers: hidden filters are not in it either."""
        shown = {
            self.accounts: self._across,
            self.status: True,
            self.financial: not self._payment_hidden,
            self.fulfillment: not self._payment_hidden,
            self.tags: self._tags_shown,
        }
        for button, visible in shown.items():
            button.menu().menuAction().setVisible(visible)
        due_dates = not self._due_hidden
        for key in (OVERDUE, THIS_WEEK):
            self._window_actions[key].setVisible(due_dates)
        self._due_action.setVisible(due_dates)
        self.overdue.setVisible(due_dates)
        filters = self._filters
        for key, on in (
            (OVERDUE, filters.due_window is DueWindow.OVERDUE),
            (THIS_WEEK, filters.due_window is DueWindow.THIS_WEEK),
            (CHANGED_TODAY, filters.changed_window is ChangedWindow.TODAY),
            (AWAITING, filters.awaiting),
        ):
            action = self._window_actions[key]
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        self.overdue_action.setVisible(due_dates)
        for quick in (self.overdue, self.overdue_action):
            quick.blockSignals(True)
            quick.setChecked(filters.due_window is DueWindow.OVERDUE)
            quick.blockSignals(False)

    def set_capabilities(
        self, payment_states: bool, due_dates: bool, words: StateWords | None = None
    ) -> None:
        """Only the filters the account's orders can answer, offering the words its server
        sends (`words`, raw, each shown as people read it); one left set from another
        account is cleared, so nothing hides rows behind a hidden control."""
        self._payment_hidden = not payment_states
        self._due_hidden = not due_dates
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
        if not due_dates and (filters.due_from or filters.due_to or filters.due_window):
            cleared = replace(cleared, due_from=None, due_to=None, due_window=None)
        self._sync_menu()
        if cleared != filters:
            self.set_filters(cleared, emit=True)

    def _set_words(self, words: StateWords) -> None:
        self._words = words
        chosen = self._filters
        self.financial.set_choices(FINANCIAL.choices(words.financial), chosen.financial)
        self.fulfillment.set_choices(FULFILLMENT.choices(words.fulfillment), chosen.fulfillment)

    def set_statuses(self, statuses: list[Status]) -> None:
        """The account's statuses; chosen codes another account defined are dropped, or they
        would hide every row behind a button that says "Any". Across accounts, the statuses
        are offered (and chosen) by name: the same name is one choice for every account."""
        self._statuses = list(statuses)
        no_status = ("", self.tr("No status"))
        if self._across:
            names = list(dict.fromkeys(s.name for s in statuses))
            choices = [(name, status_text(name)) for name in names] + [no_status]
        else:
            choices = [(s.code, status_label(s)) for s in statuses] + [no_status]
        known = {code for code, _name in choices}
        kept = tuple(code for code in self._filters.status_codes if code in known)
        self.status.set_choices(choices, kept)
        if statuses and kept != self._filters.status_codes:
            self.set_filters(replace(self._filters, status_codes=kept), emit=True)
        else:
            self._show_chips()

    def set_tags(self, tags: Sequence[str]) -> None:
        """The tags the account's orders carry; a chosen tag no order carries any more is
        still offered, so its chip can be read and removed."""
        chosen = self._filters.tags
        offered = list(dict.fromkeys([*tags, *chosen]))
        self.tags.set_choices([(tag, tag) for tag in offered], chosen)
        self._show_chips()

    def set_accounts(self, accounts: Sequence[tuple[str, str]]) -> None:
        """(id, name) of the accounts the All accounts list can show; gone ones are dropped."""
        known = {account_id for account_id, _name in accounts}
        kept = tuple(a for a in self._filters.accounts if a in known)
        self.accounts.set_choices(list(accounts), kept)
        if kept != self._filters.accounts:
            self.set_filters(replace(self._filters, accounts=kept), emit=True)
        else:
            self._show_chips()

    # -- what is chosen ----------------------------------------------------------------------

    @property
    def filters(self) -> ListFilters:
        return self._filters

    def set_filters(self, filters: ListFilters, *, emit: bool = False) -> None:
        self._filters = filters
        self.accounts.set_chosen(filters.accounts)
        self.status.set_chosen(filters.status_codes)
        self.financial.set_chosen(filters.financial)
        self.fulfillment.set_chosen(filters.fulfillment)
        if any(not self.tags.offers(tag) for tag in filters.tags):
            self.set_tags([])  # offer the chosen tags until the account's arrive
        self.tags.set_chosen(filters.tags)
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
        self._sync_menu()
        self._show_chips()
        if emit:
            self.filtersChanged.emit(filters)

    def reset_filters(self) -> None:
        """Every filter off; the search stays (it has its own clear button)."""
        self.set_filters(ListFilters(search=self._filters.search), emit=True)

    def toggle_overdue(self) -> None:
        """The Overdue quick filter on or off (its button, or Ctrl+Shift+O)."""
        if not self._due_hidden:
            self.overdue.toggle()

    def remove(self, key: str) -> None:
        """Remove one filter, by its chip's key; the others stay as they are."""
        f = self._filters
        removed = {
            "account": replace(f, accounts=()),
            "status": replace(f, status_codes=()),
            "financial": replace(f, financial=()),
            "fulfillment": replace(f, fulfillment=()),
            "tags": replace(f, tags=()),
            OVERDUE: replace(f, due_window=None),
            THIS_WEEK: replace(f, due_window=None),
            CHANGED_TODAY: replace(f, changed_window=None),
            AWAITING: replace(f, awaiting=False),
            DUE: replace(f, due_from=None, due_to=None),
            CANCELED: replace(f, include_canceled=True),
        }.get(key, f)
        if removed != f:
            self.set_filters(removed, emit=True)

    def chip_specs(self) -> list[ChipSpec]:
        """One chip per chosen filter, in the order of the controls."""
        f = self._filters
        specs = [
            listing(button.shown_title, button.chosen_labels(), button.title.lower())
            for button in (self.accounts, self.status, self.financial, self.fulfillment)
        ]
        specs.append(listing(self.tags.shown_title, list(f.tags), "tags"))
        for key, on in (
            (OVERDUE, f.due_window is DueWindow.OVERDUE),
            (THIS_WEEK, f.due_window is DueWindow.THIS_WEEK),
        ):
            if on:
                specs.append(ChipSpec(key, translate("FilterBar", _WINDOW_TITLES[key])))
        if f.due_from is not None or f.due_to is not None:
            due = self.tr("Due: {start} – {end}").format(
                start=format_day(f.due_from), end=format_day(f.due_to)
            )
            specs.append(ChipSpec(DUE, due))
        if f.changed_window is ChangedWindow.TODAY:
            text = translate("FilterBar", _WINDOW_TITLES[CHANGED_TODAY])
            specs.append(ChipSpec(CHANGED_TODAY, text))
        if f.awaiting:
            specs.append(ChipSpec(AWAITING, translate("FilterBar", _WINDOW_TITLES[AWAITING])))
        if not f.include_canceled:
            specs.append(ChipSpec(CANCELED, self.tr("Canceled hidden")))
        return [spec for spec in specs if spec is not None]

    def _show_chips(self) -> None:
        self.chips.set_chips(self.chip_specs())

    def _edit(self, key: str) -> None:
        """A chip's text was clicked: open what chooses that filter, under the chip."""
        button = {
            "account": self.accounts,
            "status": self.status,
            "financial": self.financial,
            "fulfillment": self.fulfillment,
            "tags": self.tags,
        }.get(key)
        chip = self.chips.chip(key)
        if button is None or chip is None:
            if key == DUE:
                self.due_from.setFocus()
            return
        button.menu().popup(chip.mapToGlobal(QPoint(0, chip.height())))

    def _window_toggled(self, key: str, on: bool) -> None:
        f = self._filters
        if key in (OVERDUE, THIS_WEEK):
            window = DueWindow.OVERDUE if key == OVERDUE else DueWindow.THIS_WEEK
            if on:
                f = replace(f, due_window=window)
            elif f.due_window is window:
                f = replace(f, due_window=None)
        elif key == CHANGED_TODAY:
            f = replace(f, changed_window=ChangedWindow.TODAY if on else None)
        elif key == AWAITING:
            f = replace(f, awaiting=on)
        self.set_filters(f, emit=True)

    def _overdue_toggled(self, on: bool) -> None:
        self._window_toggled(OVERDUE, on)

    def _due_toggled(self, on: bool) -> None:
        self.due_from.setEnabled(on)
        self.due_to.setEnabled(on)
        self._emit()

    def _emit(self, *_args: object) -> None:
        due = self.due_on.isChecked()
        self._filters = replace(
            self._filters,
            accounts=self.accounts.chosen(),
            status_codes=self.status.chosen(),
            financial=self.financial.chosen(),
            fulfillment=self.fulfillment.chosen(),
            tags=self.tags.chosen(),
            include_canceled=self.canceled.isChecked(),
            due_from=_day(self.due_from.date()) if due else None,
            due_to=_day(self.due_to.date()) if due else None,
        )
        self._show_chips()
        self.filtersChanged.emit(self._filters)

    def update_search(self, text: str) -> None:
        self._filters = replace(self._filters, search=text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    """A date field's day as a `date` (`QDate.toPython` is typed as returning any object)."""
    return date(value.year(), value.month(), value.day())
