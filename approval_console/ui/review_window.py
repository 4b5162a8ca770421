"""One place to decide every order awaiting a decision, from every account; and one list of
every account's orders.

Keyboard first: A approves the current order and C cancels it (after a confirmation), J and K
move down and up, Escape closes the window. After a decision the next order becomes current, so
a queue is worked through without the mouse. With several selected, A and C act on the selection
after one confirmation saying how many, from which accounts.

Only what can be decided here is ever sent: an order waiting on its buyer (shown apart, under
"Waiting on buyers"), one already decided, one in a status not marked for review say why instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.changes import OrderActionKind
from approval_console.core.domain import Contact, Order
from approval_console.core.labels import status_label
from approval_console.services.outcomes import Outcome
from approval_console.ui.change_bus import OrderChanges
from approval_console.ui.context import UiContext
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.export_actions import Exports
from approval_console.ui.language import follow_language
from approval_console.ui.models.across import ACROSS_STATUS_COLUMN
from approval_console.ui.models.orders import COLUMNS
from approval_console.ui.review_columns import SHOWN_COLUMNS, fit_columns
from approval_console.ui.review_keys import QueueKeys
from approval_console.ui.review_question import decision_question
from approval_console.ui.review_words import CANCEL_EMAIL_ONLY, KEYS_HINT, MODE_TEXTS, QUEUE_KEYS
from approval_console.ui.tones import Tone, set_tone
from approval_console.ui.undo_notice import attach_undo_notice
from approval_console.ui.viewmodels.list_filters import ListFilters
from approval_console.ui.viewmodels.review import Decisions, QueueMode, ReviewQueueViewModel
from approval_console.ui.widgets.filter_bar import FilterBar
from approval_console.ui.widgets.plain_table import read_only_rows
from approval_console.ui.widgets.status_chip import StatusChip, StatusChipDelegate
from approval_console.ui.widgets.transient import show_toned
from approval_console.ui.wording import with_number

SEARCH_DEBOUNCE_MS = 250
PREVIEW_LIMIT = 500  # selected orders checked for A and C at each selection change


class ReviewWindow(QWidget):
    """The Needs review queue, the orders waiting on their buyer, and the All accounts list."""

    choicesChanged = Signal()  # an account's notify or approver choice changed

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reviewWindow")
        self.resize(1280, 760)
        self.context = context
        self.vm = ReviewQueueViewModel(context, self)
        self._keep_row: int | None = None
        self.dialogs = DialogHost(self)  # confirmations and settings, closed with the window
        self._options_account: str | None = None  # whose notify and contact choices show
        # The last decision's line, and what makes it stale: the rows of the orders it reports
        # as not done (with the action), and whether a refresh started since it was written.
        self._not_done: tuple[OrderActionKind, set[int]] | None = None
        self._line_outlived_refresh = False
        # The decision in flight, by (account id, order id): each order's name and rowid.
        self._in_flight: dict[tuple[str, str], tuple[str, int | None]] = {}

        self.mode = QComboBox()
        self.mode.addItem("", QueueMode.REVIEW)
        self.mode.addItem("", QueueMode.WAITING)
        self.mode.addItem("", QueueMode.ALL)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.refresh = QPushButton()
        self.settings_button = QPushButton()
        self.export_button = QPushButton()
        self._exports = Exports(context, self)
        self.count = QLabel()
        self._count: int | None = None  # the count shown, said again after a language change
        # The All accounts list's filters (account, status by name, due dates…), as chips.
        self.filter_bar = FilterBar(across=True)
        self.filter_bar.set_capabilities(False, True)
        self.filter_bar.hide()

        self.table = read_only_rows(QTableView(), several=True, row_padding=12)  # room for chips
        self.table.setModel(self.vm.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setItemDelegateForColumn(ACROSS_STATUS_COLUMN, StatusChipDelegate(self.table))
        # Only what every backend has: the backend-specific columns stay in each account's list.
        for column in range(len(COLUMNS) + 1):
            self.table.setColumnHidden(column, column not in SHOWN_COLUMNS)
        fit_columns(self.table, self.context.console.settings.accounts)
        self.table.viewport().installEventFilter(self)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.chip = StatusChip()
        self.account = QLabel()
        self.customer = QLabel()
        self.customer.setWordWrap(True)
        self.amount = QLabel()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.why_not = QLabel()
        self.why_not.setWordWrap(True)
        set_tone(self.why_not, Tone.CAPTION)
        self.notify = QCheckBox()
        self.notify.setChecked(True)
        self.contact = QComboBox()
        self.contact.setMinimumWidth(220)
        self.approve = QPushButton()
        self.cancel = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Orders another operator changed since the queue showed them: sent only on purpose.
        self.apply_anyway = QPushButton()
        self.apply_anyway.hide()
        self._held: tuple[OrderActionKind, dict[tuple[str, str], tuple[str, int | None]]] | None
        self._held = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        set_tone(self.hint, Tone.CAPTION)

        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh)
        top.addWidget(self.settings_button)
        top.addWidget(self.export_button)
        panel = QWidget()
        panel.setMinimumWidth(340)
        side = QVBoxLayout(panel)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.chip)
        side.addLayout(header)
        side.addWidget(self.account)
        side.addWidget(self.customer)
        side.addWidget(self.amount)
        side.addWidget(self.reason)
        options = QFormLayout()
        options.addRow(self.notify)
        options.addRow("", self.contact)
        self._options = options
        side.addLayout(options)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve)
        buttons.addWidget(self.cancel)
        side.addLayout(buttons)
        side.addWidget(self.why_not)
        side.addWidget(self.message)
        side.addWidget(self.apply_anyway, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        side.addWidget(self.hint)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(self.table)
        self.body.addWidget(panel)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.body, 1)
        status = QHBoxLayout()
        status.addWidget(self.count)
        status.addStretch(1)
        layout.addLayout(status)

        self._connect()
        context.bus.changed.connect(self._orders_published)
        follow_language(self, self._retranslate)
        self.vm.requery()
        # The queue is only as good as every account's cache: what is cached shows at once,
        # and each account is read again behind it (some may never have been read at all).
        self.refresh_all()

    def _retranslate(self) -> None:
        """The window's words in the language chosen: set at start and after each change."""
        for index, mode in enumerate((QueueMode.REVIEW, QueueMode.WAITING, QueueMode.ALL)):
            self.mode.setItemText(index, self.tr(MODE_TEXTS[mode][0]))
        self.mode.setItemData(
            1,
            self.tr(
                "Orders awaiting their buyer's approval: nothing to decide here, only to follow up"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.search.setPlaceholderText(self.tr("Search number, customer or email"))
        self.refresh.setText(self.tr("Refresh all accounts"))
        self.settings_button.setText(self.tr("Review settings…"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Export this list, or the selected orders, to CSV (Ctrl+E)")
        )
        self.settings_button.setToolTip(
            self.tr("Mark which statuses of status-based accounts need review")
        )
        self.notify.setText(self.tr("Notify the customer"))
        self.apply_anyway.setText(self.tr("Apply anyway"))
        self._say_keys()
        label = self._options.labelForField(self.contact)
        if isinstance(label, QLabel):
            label.setText(self.tr("Approved by:"))
        if self.contact.count() and self.contact.itemData(0) is None:
            self.contact.setItemText(0, self.tr("Nobody in particular"))
        self._show_count()
        self._show_current()

    def _show_count(self) -> None:
        """The window's title and the count line, for the list shown."""
        title, counted, _empty = MODE_TEXTS[self.vm.mode]
        if self._count is not None:
            self.count.setText(with_number(self.tr(counted, "", self._count), self._count))
        self.setWindowTitle(self.tr("{list} — Approval Console").format(list=self.tr(title)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            fit_columns(self.table, self.context.console.settings.accounts)
        return super().eventFilter(watched, event)

    def _connect(self) -> None:
        vm = self.vm
        vm.countChanged.connect(self._count_changed)
        vm.decided.connect(self._decided)
        vm.deciding.connect(self._set_deciding)
        vm.refreshing.connect(self._refreshing)
        vm.refreshed.connect(self._refreshed)
        vm.contactsLoaded.connect(self._contacts_loaded)
        self.notify.toggled.connect(self._remember_choices)
        self.contact.currentIndexChanged.connect(self._remember_choices)
        self.mode.currentIndexChanged.connect(lambda _index: self._mode_chosen())
        self.filter_bar.filtersChanged.connect(self.vm.set_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(lambda: self.vm.set_search(self.search.text()))
        self.refresh.clicked.connect(self.refresh_all)
        self.export_button.clicked.connect(self.export_list)
        export = QShortcut(QKeySequence("Ctrl+E"), self)
        export.setContext(Qt.ShortcutContext.WindowShortcut)
        export.activated.connect(self.export_list)
        self.settings_button.clicked.connect(self.open_settings)
        self.approve.clicked.connect(self.approve_current)
        self.cancel.clicked.connect(self.cancel_current)
        self.apply_anyway.clicked.connect(self.send_anyway)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_args: self._show_current())
        selection.selectionChanged.connect(lambda *_args: self._show_current())
        # The keys act on the list and its panel, never while typing a search.
        self.keys = QueueKeys(
            self.body,
            {
                "approve": self.approve_current,
                "cancel": self.cancel_current,
                "next": lambda: self.step(1),
                "previous": lambda: self.step(-1),
            },
        )
        self.keys.changed.connect(self._keys_changed)
        # Escape closes the window from anywhere in it; while one of its confirmations or its
        # settings is open, that dialog is the active window and takes the Escape itself.
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setContext(Qt.ShortcutContext.WindowShortcut)
        close.activated.connect(self.close)

    def use_keys(self, actions: Mapping[str, QAction]) -> None:
        """Answer to these actions (the main window's, registered with its other keys, so
        that Preferences → Keyboard changes them) instead of the default keys."""
        self.keys.use(actions)

    def _say_keys(self) -> None:
        keys = {name: self.keys.name(name) for name, _key in QUEUE_KEYS}
        self.hint.setText(self.tr(KEYS_HINT).format(**keys))

    def _keys_changed(self) -> None:
        self._say_keys()
        if self.isVisible():  # the buttons name the keys too; a hidden window, when shown
            self._show_current()

    def export_list(self) -> None:
        """Ctrl+E: the list as shown (every account's orders, the queue) or its selection."""
        self._exports.export_list(self.table, self.mode.currentText())

    # -- the All accounts list's filters ---------------------------------------------------------

    def _mode_chosen(self) -> None:
        mode = QueueMode(self.mode.currentData())
        if mode is QueueMode.ALL:
            self._offer_filters()
        self.filter_bar.setVisible(mode is QueueMode.ALL)
        self.vm.set_mode(mode)

    def _offer_filters(self) -> None:
        """Every account, and every status any account defines (by name), to choose from."""
        accounts = list(self.context.console.settings.accounts)
        reader = self.context.reader
        statuses = [status for account in accounts for status in reader.statuses(account.id)]
        self.filter_bar.set_accounts([(account.id, account.name) for account in accounts])
        self.filter_bar.set_statuses(statuses)

    def show_all(self, filters: ListFilters) -> None:
        """Switch to the All accounts list, filtered by `filters` (a saved view's): choices
        no account offers any more are dropped, as the bar does for any list."""
        self._offer_filters()
        self.filter_bar.set_filters(filters)
        self._offer_filters()  # drops accounts and statuses that are gone
        self.vm.set_filters(self.filter_bar.filters)
        if filters.search != self.search.text():
            self.vm.search = filters.search
            self.search.setText(filters.search)
        index = self.mode.findData(QueueMode.ALL)
        if self.mode.currentIndex() != index:
            self.mode.setCurrentIndex(index)

    # -- the current order ---------------------------------------------------------------------

    def current(self) -> tuple[str, Order] | None:
        index = self.table.currentIndex()
        return self.vm.model.entry_at(index.row()) if index.isValid() else None

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def _target_rows(self) -> list[int]:
        """What A and C act on: the selection when several are selected, else the current."""
        rows = self._selected_rows()
        if len(rows) > 1:
            return rows
        index = self.table.currentIndex()
        return [index.row()] if index.isValid() else []

    def step(self, step: int) -> None:
        rows = self.vm.model.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        row = min(max(0 if current < 0 else current + step, 0), rows - 1)
        self.table.selectRow(row)
        self.table.setFocus()

    def _count_changed(self, count: int) -> None:
        self._count = count
        self._show_count()
        if count:
            row = self._keep_row if self._keep_row is not None else 0
            self._keep_row = None
            self.table.selectRow(min(row, count - 1))
        self._drop_stale_line()
        self._show_current()

    def _show_current(self) -> None:
        entry = self.current()
        self._show_actions()
        if entry is None:
            empty = self.tr(MODE_TEXTS[self.vm.mode][2])
            self.title.setText(empty if not self.vm.model.rowCount() else "")
            for label in (self.account, self.customer, self.amount, self.reason):
                label.clear()
            self.chip.hide()
            self._set_options(None)
            return
        account_id, order = entry
        account = self.context.console.settings.account(account_id)
        self.title.setText(order.name)
        status = order.status
        self.chip.set_status(
            status_label(status) if status else None, status.color if status else None
        )
        self.chip.show()
        self.account.setText(account.name if account else account_id)
        who = ", ".join(part for part in (order.customer.name, order.customer.email) if part)
        self.customer.setText(who)
        self.amount.setText(
            self.tr("Amount {amount}").format(amount=order.amount) if order.amount else ""
        )
        self.reason.setText(self.vm.why_awaiting(account_id, order))
        self._set_options(account_id)

    def _show_actions(self) -> None:
        """Approve and Cancel as A and C would act now: on the current order or on the
        selection, offered only where something can be decided, and saying why not."""
        rows = self._target_rows()
        if len(rows) > PREVIEW_LIMIT:
            # Not every order of a huge selection is read on each click: A and C sort it out.
            for button in (self.approve, self.cancel):
                button.setEnabled(not self.vm.busy)
                button.setToolTip("")
            count = len(rows)
            self._name_buttons(count)
            self.why_not.setText(with_number(self.tr("%n selected.", "", count), count))
            return
        entries = [e for e in map(self.vm.model.entry_at, rows) if e]
        several = len(entries) > 1
        count = len(entries)
        self._name_buttons(count)
        reasons: list[str] = []
        left = 0
        for button, action in (
            (self.approve, OrderActionKind.APPROVE),
            (self.cancel, OrderActionKind.CANCEL),
        ):
            ready, refused = self.vm.split(entries, action)
            button.setEnabled(bool(ready) and not self.vm.busy)
            button.setToolTip(" ".join(refused) if not ready else "")
            reasons += refused
            left = max(left, sum(refused.values()))
        if several:
            text = self.tr("%n selected.", "", count)
            if left:
                text += " " + self.tr(
                    "%n of them cannot be decided here and is left as it is.", "", left
                )
            self.why_not.setText(text)
        else:
            self.why_not.setText(" ".join(dict.fromkeys(reasons)))

    def _name_buttons(self, count: int) -> None:
        """Approve and Cancel say what they act on, and name the keys that do the same."""
        approve, cancel = self.keys.name("approve"), self.keys.name("cancel")
        if count > 1:
            approving = self.tr("Approve %n selected  ({key})", "", count)
            cancelling = self.tr("Cancel %n selected  ({key})", "", count)
        else:
            approving, cancelling = self.tr("Approve  ({key})"), self.tr("Cancel order  ({key})")
        self.approve.setText(with_number(approving, count).format(key=approve))
        self.cancel.setText(with_number(cancelling, count).format(key=cancel))

    def _set_options(self, account_id: str | None) -> None:
        """The notify and contact options for this account's order, as last chosen for it."""
        self._options_account = account_id
        capabilities = self.vm.capabilities(account_id) if account_id else None
        with_contact = bool(capabilities and capabilities.review_options)
        offers = capabilities and (
            capabilities.review_options or capabilities.status_changes or capabilities.cancel_notify
        )
        self.notify.setVisible(bool(offers))
        only_cancel = bool(capabilities and capabilities.cancel_notify)
        self.notify.setToolTip(self.tr(CANCEL_EMAIL_ONLY) if only_cancel else "")
        self._options.setRowVisible(self.contact, with_contact)
        if account_id is None:
            return
        notify, _contact = self.vm.choices(account_id)
        with QSignalBlocker(self.notify):
            self.notify.setChecked(notify)
        if with_contact and self.contact.property("account") != account_id:
            with QSignalBlocker(self.contact):
                self.contact.clear()
                self.contact.addItem(self.tr("Nobody in particular"), None)
            self.contact.setProperty("account", account_id)
            self.vm.load_contacts(account_id)

    def _contacts_loaded(self, account_id: str, contacts: list[Contact]) -> None:
        if self.contact.property("account") != account_id:
            return
        with QSignalBlocker(self.contact):
            self.contact.clear()
            self.contact.addItem(self.tr("Nobody in particular"), None)
            for contact in contacts:
                label = contact.name + (f" <{contact.email}>" if contact.email else "")
                self.contact.addItem(label, contact.id)
            _notify, chosen = self.vm.choices(account_id)
            self.contact.setCurrentIndex(max(0, self.contact.findData(chosen)))

    def _remember_choices(self, *_args: object) -> None:
        account_id = self._options_account
        if account_id is None:
            return
        contact_shown = self.contact.property("account") == account_id
        _notify, contact_id = self.vm.choices(account_id)
        self.vm.remember_choices(
            account_id,
            notify=self.notify.isChecked(),
            contact_id=self.contact.currentData() if contact_shown else contact_id,
        )
        self.choicesChanged.emit()

    # -- decisions -----------------------------------------------------------------------------

    def approve_current(self) -> None:
        """A: approve the current order at once, or the selection after one confirmation."""
        self.decide(OrderActionKind.APPROVE)

    def cancel_current(self) -> None:
        """C: cancel the current order or the selection, always after one confirmation."""
        self.decide(OrderActionKind.CANCEL)

    def decide(self, action: OrderActionKind) -> None:
        """Take `action` on what A and C act on; only orders that can take it are ever sent,
        and what cannot says why in the message line instead of failing on a server."""
        rows = self._target_rows()
        if not rows or self.vm.busy:
            return
        model = self.vm.model
        entries = [(row, entry) for row in rows if (entry := model.entry_at(row)) is not None]
        ready, refused = self.vm.split([entry for _row, entry in entries], action)
        if not ready:
            # One order: why shows right above the buttons already; several: say it here.
            approve = action is OrderActionKind.APPROVE
            if len(entries) > 1:
                line = (
                    self.tr("Nothing to approve: {reasons}")
                    if approve
                    else self.tr("Nothing to cancel: {reasons}")
                )
            else:
                line = (
                    self.tr("Nothing to approve here.")
                    if approve
                    else self.tr("Nothing to cancel here.")
                )
            self._show_line(line.format(reasons=" ".join(refused)), Tone.CAPTION)
            return
        rowids = {(account, order.id): model.rowid_at(row) for row, (account, order) in entries}
        first = min(rows)
        if len(rows) == 1 and action is OrderActionKind.APPROVE:
            self._send(ready, action, rowids, first)
            return
        question = decision_question(
            ready,
            refused,
            action,
            several=len(rows) > 1,
            name=self._account_name,
            tells=self.vm.tells_customer,
        )
        question.ask(
            self.dialogs,
            then=lambda: self._send(ready, action, rowids, first),
            after=self.table.setFocus,
        )

    def _account_name(self, account_id: str) -> str:
        account = self.context.console.settings.account(account_id)
        return account.name if account else account_id

    def _send(
        self,
        ready: list[tuple[str, Order]],
        action: OrderActionKind,
        rowids: dict[tuple[str, str], int | None],
        first_row: int,
    ) -> None:
        self._keep_row = first_row
        self._in_flight = {
            (account, order.id): (order.name, rowids.get((account, order.id)))
            for account, order in ready
        }
        seen = {(account, order.id): order for account, order in ready}
        self.vm.decide(list(self._in_flight), action, seen=seen)

    def send_anyway(self) -> None:
        """Apply anyway: the decision held back for orders changed meanwhile, sent once more
        for those orders only, without the check."""
        if self._held is None or self.vm.busy:
            return
        action, held = self._held
        self._held = None
        self._in_flight = dict(held)
        self.vm.decide(list(held), action, check=False)

    def _set_deciding(self, busy: bool) -> None:
        self.apply_anyway.setEnabled(not busy)
        if busy:
            for widget in (self.approve, self.cancel):
                widget.setEnabled(False)
            self._show_line(self.tr("Sending…"), None)
        else:
            self._show_actions()

    def _decided(self, decisions: Decisions) -> None:
        applied = decisions.count(Outcome.APPLIED)
        by_reason: dict[str, list[str]] = {}
        failed: set[int] = set()
        for key, result in decisions.results.items():
            if result.outcome is not Outcome.APPLIED:
                name, rowid = self._in_flight.get(key, (key[1], None))
                by_reason.setdefault(result.reason or result.outcome.value, []).append(name)
                if rowid is not None:
                    failed.add(rowid)
        held = {key: self._in_flight.get(key, (key[1], None)) for key in decisions.held()}
        self._in_flight = {}
        if decisions.action is OrderActionKind.APPROVE:
            text = self.tr("%n approved.", "", applied) if applied else ""
        else:
            text = self.tr("%n canceled.", "", applied) if applied else ""
        text = with_number(text, applied)
        if by_reason:
            problems = "; ".join(f"{', '.join(names)}: {why}" for why, names in by_reason.items())
            line = self.tr("Not done for {problems}").format(problems=problems)
            text += (" " if text else "") + line
        self._show_line(text, Tone.ERROR if by_reason else Tone.SUCCESS)
        if held:
            self._held = (decisions.action, held)
            self.apply_anyway.setText(
                self.tr("Approve anyway")
                if decisions.action is OrderActionKind.APPROVE
                else self.tr("Cancel anyway")
            )
            self.apply_anyway.setEnabled(not self.vm.busy)  # until the queue shows the outcome
            self.apply_anyway.show()
        if failed:
            self._not_done = (decisions.action, failed)
        self.table.setFocus()
        # Each account's own list (and detail pane) shows the change too.
        by_account: dict[str, set[str]] = {}
        for account_id, order_id in decisions.results:
            by_account.setdefault(account_id, set()).add(order_id)
        for account_id, order_ids in by_account.items():
            self.context.bus.publish(account_id, order_ids, source=self)
        # A decision that can be set back (an ApprovePro status) is offered to undo, here
        # and in the main window; a cancel or approval kept for good replaces the offer.
        attach_undo_notice(self, self.context.undo, shortcut=True)
        self.context.undo.offer_decisions(decisions)

    def _show_line(self, text: str, tone: Tone | None) -> None:
        """The message line under the buttons: the last decision's outcome, or why a key did
        nothing. A new line replaces the old, and with it what made the old one stale."""
        self._not_done = None
        self._line_outlived_refresh = False
        self._held = None
        self.apply_anyway.hide()
        show_toned(self.message, text, tone)

    def _drop_stale_line(self) -> None:
        """A "Not done" line goes once none of its orders still waits on that decision here:
        decided another way (from the account's list, or on its own server) or moved on."""
        if self._not_done is None or self._held is not None:
            return  # orders changed meanwhile left the queue, but Apply anyway still stands
        action, rowids = self._not_done
        model = self.vm.model
        for rowid in rowids:
            row = model.row_of(rowid)
            entry = model.entry_at(row) if row is not None else None
            if entry is not None and self.vm.why_not(entry[0], entry[1], action) is None:
                return
        self._show_line("", None)

    def refresh_all(self) -> None:
        self.refresh.setEnabled(False)  # one refresh at a time; enabled again when it ends
        self._line_outlived_refresh = bool(self.message.text())
        self.vm.refresh()

    def _refreshing(self, text: str) -> None:
        self.refresh.setEnabled(not self.vm.refreshing_now)
        self.count.setText(text or self.count.text())

    def _refreshed(self) -> None:
        """What was said before the refresh began is old news once every account is read again."""
        if self._line_outlived_refresh:
            self._show_line("", None)
        self.context.bus.publish(None, refreshed=True, source=self)

    def _orders_published(self, changes: OrderChanges) -> None:
        """Orders changed elsewhere (a decision in an account's own window, a bulk run, a
        refresh): the queue is read again while it shows, the current row kept."""
        if changes.source is self or not self.isVisible():
            return
        if self.context.runner.running("review-refresh"):
            return  # every account is being read again: the queue is read once that ends
        accounts = {account.id for account in self.context.console.settings.accounts}
        if changes.account_id is not None and changes.account_id not in accounts:
            return
        current = self.table.currentIndex()
        if self._keep_row is None and current.isValid():
            self._keep_row = current.row()
        self.vm.requery()

    def open_settings(self) -> None:
        from approval_console.ui.dialogs.review_settings import ReviewSettingsDialog

        dialog = ReviewSettingsDialog(self.context, self)
        dialog.saved.connect(self.vm.requery)
        self.dialogs.open(dialog)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._search_timer.stop()
        self.vm.stop()
        self.dialogs.close_all()
        super().closeEvent(event)
