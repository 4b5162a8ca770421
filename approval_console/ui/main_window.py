"""The console window: menus, toolbar, filters, the order list, the detail pane, the status bar.

Widgets only subscribe to view models and forward intent to them; nothing here talks to the
network or waits on the database.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QMoveEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from approval_console import __version__
from approval_console.core.changes import OrderActionKind
from approval_console.core.log import redact
from approval_console.services.outcomes import ChangeReport
from approval_console.services.review import (
    TOLD_CUSTOMER,
    action_for,
    decision_note,
    tells_customer,
)
from approval_console.services.sync import SyncResult
from approval_console.store.journal import JournalEntry
from approval_console.ui.context import UiContext
from approval_console.ui.dialogs.confirm import confirmation
from approval_console.ui.invoice_actions import InvoiceActions
from approval_console.ui.models.orders import hidden_columns
from approval_console.ui.screen_fit import (
    WINDOW_SIZE,
    fit_default_size,
    fit_on_show,
    keep_on_screen,
)
from approval_console.ui.state import encode_state, restore_header, restore_state, save_header
from approval_console.ui.tones import Tone, set_tone, style_notice
from approval_console.ui.viewmodels.detail import DetailViewModel
from approval_console.ui.viewmodels.orders import ListFilters, OrderListViewModel
from approval_console.ui.viewmodels.review import QueueMode
from approval_console.ui.viewmodels.session import ReadProblem, SessionViewModel, summarize
from approval_console.ui.widgets.detail_pane import DetailPane
from approval_console.ui.widgets.filter_bar import FilterBar
from approval_console.ui.widgets.jobs_indicator import JobsIndicator
from approval_console.ui.widgets.order_table import OrderTableView
from approval_console.ui.widgets.read_problem import ReadProblemView
from approval_console.ui.widgets.transient import RedactingStatusBar
from approval_console.ui.widgets.welcome import WelcomePanel
from approval_console.ui.wording import agree

if TYPE_CHECKING:
    from approval_console.ui.jobs import Job
    from approval_console.ui.preview import CachedListPreview
    from approval_console.ui.review_window import ReviewWindow
    from approval_console.ui.viewmodels.bulk import BackgroundChanges

SEARCH_DEBOUNCE_MS = 250
DETAIL_FOLLOW_MS = 80
SAVE_LAYOUT_MS = 1000  # layout and filters reach the settings file this long after a change
APP_TITLE = "Approval Console"
LIST_MIN_WIDTH = 260
DEMO_MARK = "(demo)"


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self, context: UiContext, *, demo: bool = False, preview: CachedListPreview | None = None
    ) -> None:
        super().__init__()
        self._preview = preview
        self.context = context
        self.demo = demo
        self.setObjectName("mainWindow")
        fit_default_size(self, WINDOW_SIZE)
        fit_on_show(self)
        self.session = SessionViewModel(context, self)
        self.orders = OrderListViewModel(
            context, self, model=preview.model if preview is not None else None
        )
        self.detail = DetailViewModel(context, self)
        self.invoices = InvoiceActions(self)
        self._select_after_query: list[str] | None = None  # ids to select once listed
        self._closing = False
        self._quit_confirmed = False  # a close already agreed to, or one that must not ask
        self._dialogs: list[QWidget] = []
        self._review: ReviewWindow | None = None

        self._build_widgets()
        self._build_actions()
        self._connect()
        self._restore_state()

    # -- construction --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.accounts_combo = QComboBox()
        self.accounts_combo.setMinimumWidth(220)
        self.accounts_combo.setToolTip("Account")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search number, customer or email  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        # The detail pane follows the current row a moment later, so arrowing through the
        # list or typing a search is never held up by drawing a timeline per row passed.
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_FOLLOW_MS)
        self._next_order: str | None = None
        # Saved a moment after each change, not only on close: a crash or a logout that kills
        # the app keeps the layout and filters the person chose.
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_LAYOUT_MS)

        self.filter_bar = FilterBar()
        preview = self._preview
        self.table = preview.table if preview is not None else OrderTableView(self.orders.model)
        self.pane = DetailPane()
        self.welcome = WelcomePanel()
        # An account that cannot be read says why where its list would be: a banner above the
        # cached orders, or a panel in place of the list when there are none.
        self.problem_banner = ReadProblemView(compact=True)
        self.problem_panel = ReadProblemView(compact=False)
        self._cached_total = 0
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(4)
        list_layout.addWidget(self.problem_banner)
        list_layout.addWidget(self.table, 1)
        self.list_area = QStackedWidget()  # the list, the welcome, or why the list is missing
        self.list_area.addWidget(self.list_page)
        self.list_area.addWidget(self.welcome)
        self.list_area.addWidget(self.problem_panel)
        # The welcome would otherwise set the list's least width even while hidden: with a wide
        # detail pane (an Apruve order's invoice actions) the window would no longer fit a
        # 1600-pixel screen at 150 %.
        self.list_area.setMinimumWidth(LIST_MIN_WIDTH)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_area)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 540])

        self.banner = QFrame()
        self.banner.setObjectName("interruptedBanner")
        style_notice(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.resume_button = QPushButton("Send them now")
        self.discard_button = QPushButton("Discard")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.resume_button)
        banner_layout.addWidget(self.discard_button)
        self.banner.hide()
        self._pending_entries: list[JournalEntry] = []

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        # On a screen smaller than the window's least size (a laptop at 200 %), the window
        # still fits its screen and what does not fit scrolls, instead of running off it.
        room = QScrollArea()
        room.setObjectName("centralRoom")
        room.setFrameShape(QFrame.Shape.NoFrame)
        room.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        room.setWidgetResizable(True)
        room.setWidget(central)
        self.setCentralWidget(room)

        self.sync_label = QLabel()
        self.count_label = QLabel()
        self.selection_label = QLabel()
        self.refreshed_label = QLabel()
        self.offline_label = QLabel("Offline")
        bold = self.offline_label.font()
        bold.setBold(True)
        self.offline_label.setFont(bold)
        set_tone(self.offline_label, Tone.ERROR)
        self.offline_label.hide()
        self.budget_label = QLabel()
        self.jobs_indicator = JobsIndicator(self.context.jobs)
        bar = RedactingStatusBar()  # what any part of the window says there: never a key
        self.setStatusBar(bar)
        bar.addWidget(self.sync_label, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.selection_label)
        bar.addPermanentWidget(self.jobs_indicator)
        bar.addPermanentWidget(self.offline_label)
        bar.addPermanentWidget(self.refreshed_label)
        bar.addPermanentWidget(self.budget_label)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_accounts = self._action("&Accounts…", None, self.open_accounts)
        self.act_quit = self._action("&Quit", QKeySequence.StandardKey.Quit, self.close)
        self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.act_find = self._action("&Search", QKeySequence.StandardKey.Find, self.focus_search)
        self.act_select_all = self._action(
            "Select &all matching", QKeySequence.StandardKey.SelectAll, self.select_all
        )
        self.act_clear = self._action("&Clear selection", "Esc", self.table.clearSelection)
        self.act_refresh = self._action(
            "&Refresh", QKeySequence.StandardKey.Refresh, lambda: self.session.refresh()
        )
        self.act_refresh.setShortcut(QKeySequence("F5"))
        self.act_reset = self._action(
            "Reset &filters",
            None,
            lambda: self.filter_bar.set_filters(ListFilters(), emit=True),
        )
        self.act_change = self._action("Change &status…", "Ctrl+Shift+S", self.change_status)
        self.act_comment = self._action("Add &comment", "Ctrl+Shift+M", self.focus_comment)
        self.act_due = self._action("Set &due date…", "Ctrl+D", self.open_due_date)
        self.act_lookup = self._action("&Find order…", "Ctrl+Shift+F", self.open_find)
        self.act_finalize = self._action(
            "&Finalize…", "Ctrl+Shift+E", lambda: self.order_action(OrderActionKind.FINALIZE)
        )
        self.act_approve = self._action(
            "A&pprove", None, lambda: self.order_action(OrderActionKind.APPROVE)
        )
        self.act_cancel_order = self._action(
            "Cancel &order…", None, lambda: self.order_action(OrderActionKind.CANCEL)
        )
        self.act_invoice = self._action(
            "Create &invoice…", "Ctrl+Shift+I", lambda: self.invoices.create_invoice()
        )
        self.act_merchant = self._action(
            "&Merchant: accounts and webhooks…", None, self.open_merchant
        )
        self.act_review = self._action(
            "Needs &review (all accounts)…", "Ctrl+R", lambda: self.open_review(QueueMode.REVIEW)
        )
        self.act_all = self._action(
            "All a&ccounts' orders…", "Ctrl+Shift+A", lambda: self.open_review(QueueMode.ALL)
        )
        self.act_about = self._action("&About Approval Console", None, self.about)
        self.act_shortcuts = self._action("&Keyboard shortcuts", "F1", self.show_shortcuts)
        # "?" too, as in many apps; a text field takes a typed "?" before any shortcut does.
        self.act_shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        # J and K step through the list from anywhere but a text field (which types them),
        # as they do in the review queue.
        self.act_next_order = self._action("&Next order", "J", lambda: self.step_order(1))
        self.act_previous_order = self._action("&Previous order", "K", lambda: self.step_order(-1))
        # Sends while the comment box has the keyboard, and only then.
        self.act_send_comment = QAction("&Send comment", self)
        self.act_send_comment.setShortcuts(
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        )
        self.act_send_comment.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_send_comment.triggered.connect(self.pane.submit_comment)
        self.pane.comment.addAction(self.act_send_comment)

        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self.act_accounts)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addAction(self.act_find)
        edit_menu.addAction(self.act_select_all)
        edit_menu.addAction(self.act_clear)
        view_menu = menus.addMenu("&View")
        view_menu.addAction(self.act_refresh)
        view_menu.addAction(self.act_reset)
        view_menu.addSeparator()
        view_menu.addAction(self.act_review)
        view_menu.addAction(self.act_all)
        orders_menu = menus.addMenu("&Orders")
        for action in (self.act_change, self.act_comment, self.act_due):
            orders_menu.addAction(action)
        self._billing_separator = orders_menu.addSeparator()
        for action in (self.act_finalize, self.act_approve, self.act_cancel_order):
            orders_menu.addAction(action)
        orders_menu.addAction(self.act_invoice)
        orders_menu.addSeparator()
        orders_menu.addAction(self.act_lookup)
        orders_menu.addAction(self.act_merchant)
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.act_shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.accounts_combo)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        toolbar.addAction(self.act_refresh)
        toolbar.addSeparator()
        toolbar.addAction(self.act_change)
        toolbar.addAction(self.act_lookup)
        toolbar.addSeparator()
        self.act_review.setIconText("Needs review")
        toolbar.addAction(self.act_review)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self._apply_search)
        self.accounts_combo.activated.connect(self._account_chosen)
        self.filter_bar.filtersChanged.connect(self._filters_chosen)
        self.welcome.addAccountRequested.connect(lambda: self.open_accounts(adding=True))
        self._save_timer.timeout.connect(self.save_state)
        header = self.table.horizontalHeader()
        for changed in (
            header.sectionResized,
            header.sectionMoved,
            self.splitter.splitterMoved,
            self.orders.filtersChanged,
            self.session.accountChanged,
        ):
            changed.connect(self._layout_changed)

        session = self.session
        session.accountChanged.connect(self._account_changed)
        session.syncState.connect(lambda line: self.sync_label.setText(redact(line)))
        session.syncProgress.connect(
            lambda done, total: self.sync_label.setText(f"Reading orders… {done:,} of {total:,}")
        )
        session.synced.connect(self._synced)
        session.awaitingCounted.connect(self._awaiting_counted)
        self.orders.cacheChanged.connect(session.count_awaiting)
        session.offlineChanged.connect(self.offline_label.setVisible)
        session.refreshLineChanged.connect(self.refreshed_label.setText)
        session.problemChanged.connect(self._show_read_problem)
        self.orders.countChanged.connect(self._cached_total_known)
        for view in (self.problem_banner, self.problem_panel):
            view.accountRequested.connect(lambda account_id: self.open_accounts(edit=account_id))
            view.retryRequested.connect(lambda: self.session.refresh())
        session.budgetChanged.connect(
            lambda left, limit: self.budget_label.setText(f"API budget {left}/{limit} a minute")
        )
        session.interrupted.connect(self._interrupted)
        session.resumed.connect(self._resumed)
        session.error.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.resume_button.clicked.connect(self._resume)
        self.discard_button.clicked.connect(self._discard)

        self.orders.countChanged.connect(self._count_changed)
        self.orders.statusesChanged.connect(self.filter_bar.set_statuses)
        self.orders.statusesChanged.connect(self.pane.set_statuses)
        self.table.currentOrderChanged.connect(self._current_changed)
        self._detail_timer.timeout.connect(lambda: self.detail.show(self._next_order))
        self.table.selectionCountChanged.connect(self._selection_changed)

        detail = self.detail
        detail.orderShown.connect(self.pane.show_order)
        detail.detailChanged.connect(self.pane.show_detail)
        detail.detailError.connect(lambda message: self.pane.show_message(message, error=True))
        detail.actionFinished.connect(self.pane.show_result)
        detail.heldChanged.connect(self.pane.apply_anyway.setVisible)
        self.pane.applyAnywayRequested.connect(detail.apply_anyway)
        self.context.bus.changed.connect(lambda _changes: self.orders.orders_changed())
        detail.found.connect(self._found)
        self.pane.changeStatusRequested.connect(self.change_status)
        self.pane.dueDateRequested.connect(self.open_due_date)
        self.pane.commentSubmitted.connect(self.detail.apply)
        self.pane.orderActionRequested.connect(self.order_action)
        self.pane.createInvoiceRequested.connect(self.invoices.create_invoice)
        billing = self.pane.billing
        billing.invoiceActionRequested.connect(self.invoices.invoice_action)
        billing.shipmentRequested.connect(self.invoices.record_shipment)
        billing.returnRequested.connect(self.invoices.record_return)
        billing.exportRequested.connect(self.invoices.export_pdf)
        billing.printRequested.connect(self.invoices.print)
        self.context.runner.failed.connect(
            lambda context, message: self.statusBar().showMessage(
                f"{context}: {message}" if context else message, 10_000
            )
        )

    # -- accounts --------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the last account from the cache, then refresh it in the background."""
        self._fill_accounts()
        console = self.context.console
        self._tell_what_was_set_aside()
        last = console.settings.last_account
        accounts = console.settings.accounts
        if last is None or console.settings.account(last) is None:
            last = accounts[0].id if accounts else None
        self.session.switch(last)

    def _fill_accounts(self) -> None:
        self.accounts_combo.blockSignals(True)
        self.accounts_combo.clear()
        for account in self.context.console.settings.accounts:
            self.accounts_combo.addItem(account.name, account.id)
        if self.session.account_id is not None:
            index = self.accounts_combo.findData(self.session.account_id)
            self.accounts_combo.setCurrentIndex(index)
        self.accounts_combo.blockSignals(False)

    def _account_chosen(self, index: int) -> None:
        account_id = self.accounts_combo.itemData(index)
        if account_id != self.session.account_id:
            self.session.switch(account_id)

    def _account_changed(self, account_id: str | None) -> None:
        account = self.context.console.settings.account(account_id) if account_id else None
        title = APP_TITLE + (f" — {account.name}" if account else "")
        if self.demo and not title.endswith(DEMO_MARK):  # demo accounts' names already say it
            title += f" {DEMO_MARK}"
        self.setWindowTitle(title)
        self._fill_accounts()
        self.detail.set_account(account_id)
        self.orders.set_account(account_id)
        self.session.count_awaiting()
        # Without an account there is nothing to search, filter, refresh or change: the
        # welcome says how to add one.
        self._place_read_problem()
        self.filter_bar.setVisible(account is not None)
        self.search.setEnabled(account is not None)
        self.pane.empty.setVisible(account is not None and self.detail.order_id is None)
        for action in (
            self.act_refresh,
            self.act_lookup,
            self.act_review,
            self.act_select_all,
            self.act_change,
        ):
            action.setEnabled(account is not None)
        if account is not None:
            capabilities = self.detail.capabilities
            self.pane.set_capabilities(capabilities)
            # Menus offer what the account can do. The "allowed" state comes from the
            # capabilities, never back from the action: a hidden QAction reports itself
            # disabled, so after an account that hid it, it would stay hidden (and its
            # shortcut dead) for good.
            for action, allowed in (
                (self.act_change, capabilities.status_changes),
                (self.act_due, capabilities.due_dates),
                (self.act_comment, capabilities.comments),
            ):
                action.setEnabled(allowed)
                action.setVisible(allowed)
            self.act_lookup.setEnabled(capabilities.lookup)
            self.act_finalize.setVisible(capabilities.order_actions)
            self.act_approve.setVisible(capabilities.review)
            self.act_cancel_order.setVisible(capabilities.order_actions or capabilities.review)
            self.act_invoice.setVisible(capabilities.invoices)
            self.act_merchant.setVisible(capabilities.merchant)
            self._billing_separator.setVisible(
                capabilities.order_actions or capabilities.invoices or capabilities.review
            )
            self.filter_bar.set_capabilities(capabilities.payment_states, capabilities.due_dates)
            self._show_decision_note()
            self.table.set_hidden_columns(hidden_columns(capabilities))

    def open_accounts(self, *, adding: bool = False, edit: str | None = None) -> None:
        """File → Accounts…; `adding` opens on a new account's form, `edit` on that account's."""
        from approval_console.ui.dialogs.accounts import AccountsDialog

        dialog = AccountsDialog(self.context.console, self.context.runner, self)
        dialog.accountSaved.connect(self._account_saved)
        dialog.accountsChanged.connect(self._accounts_edited)
        self.open_dialog(dialog)
        if adding:
            dialog.start_adding()
        elif edit is not None:
            dialog.start_editing(edit)

    def _account_saved(self, account_id: str) -> None:
        """A new key or address for the account on screen is tried at once, not in 2 minutes."""
        if account_id == self.session.account_id:
            self.session.refresh()

    # -- an account that cannot be read ----------------------------------------------------------

    def _show_read_problem(self, problem: ReadProblem | None) -> None:
        for view in (self.problem_banner, self.problem_panel):
            view.show_problem(problem)
        self._place_read_problem()

    def _cached_total_known(self, _shown: int, total: int) -> None:
        self._cached_total = total
        self._place_read_problem()

    def _place_read_problem(self) -> None:
        """The welcome without an account; a problem in place of an empty list, or a banner
        above the cached orders (which stay usable); otherwise the list alone."""
        problem = self.session.problem
        if self.session.account_id is None:
            page: QWidget = self.welcome
        elif problem is not None and self._cached_total == 0:
            page = self.problem_panel
        else:
            page = self.list_page
        self.list_area.setCurrentWidget(page)
        self.problem_banner.setVisible(page is self.list_page and problem is not None)
        # "Select an order" beside a list that cannot exist would only puzzle.
        self.pane.empty.setVisible(page is self.list_page and self.detail.order_id is None)

    def _accounts_edited(self) -> None:
        self._fill_accounts()
        if self.session.account() is None:
            accounts = self.context.console.settings.accounts
            self.session.switch(accounts[0].id if accounts else None)

    # -- list ------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _apply_search(self) -> None:
        self.filter_bar.update_search(self.search.text())
        self.orders.set_search(self.search.text())

    def _filters_chosen(self, filters: ListFilters) -> None:
        self.orders.set_filters(filters)

    def select_all(self) -> None:
        self.table.setFocus()
        self.table.selectAll()

    def _count_changed(self, shown: int, total: int) -> None:
        if shown == total:
            self.count_label.setText(f"{total:,} orders")
        else:
            self.count_label.setText(f"{shown:,} of {total:,} orders")
        if self._select_after_query is not None:
            rows = self._rows_of(self._select_after_query)
            if rows:
                self._select_after_query = None
                self.table.select_rows(rows, current=rows[0])
        elif shown and not self.table.currentIndex().isValid():
            # Never an empty detail pane when there is something to show.
            self.table.select_rows([0], current=0)
        elif shown and self.detail.order_id is None:
            # Switched away and back before the other account's list arrived: the same rows
            # came back without a reset, so no current-row signal; the pane follows anyway.
            self._current_changed(self.table.current_order_id())

    def _current_changed(self, order_id: str | None) -> None:
        self._next_order = order_id
        if order_id is None or self.detail.order_id is None:
            self._detail_timer.stop()
            self.detail.show(order_id)  # the first order, or none: at once
        else:
            self._detail_timer.start()

    def _selection_changed(self, count: int) -> None:
        self.selection_label.setText(f"{count:,} selected" if count > 1 else "")
        self.act_change.setText("Change &status…" if count <= 1 else f"Change &status of {count}…")

    def _synced(self, result: SyncResult) -> None:
        self.orders.orders_changed(result.changed_ids)
        if self.detail.order_id and self.detail.order_id in result.changed_ids:
            self.detail.show(self.detail.order_id, force=True)

    def _show_decision_note(self) -> None:
        account = self.session.account()
        note = decision_note(account, self.detail.capabilities) if account is not None else ""
        self.pane.set_decision_note(note)

    def _awaiting_counted(self, count: int) -> None:
        self.act_review.setIconText(f"Needs review ({count:,})" if count else "Needs review")
        self.act_review.setToolTip(
            f"{count:,} orders await a decision, across all accounts (Ctrl+R)"
            if count
            else "Orders awaiting a decision, across all accounts (Ctrl+R)"  # or never read yet
        )

    def _rows_of(self, order_ids: list[str]) -> list[int]:
        return [row for row in map(self.orders.row_for_id, order_ids) if row is not None]

    def select_ids(self, order_ids: list[str], account_id: str | None = None) -> None:
        """Select these orders of `account_id` (the one in use by default) in the list.

        Orders hidden by the search or the filters, or not listed yet, are shown first: the
        search and filters are cleared and the orders selected once the list has them.
        """
        if account_id is not None and account_id != self.session.account_id:
            account = self.context.console.settings.account(account_id)
            name = account.name if account else "another account"
            self.statusBar().showMessage(
                f"Those orders are in {name}: switch to it to select them.", 10_000
            )
            return
        rows = self._rows_of(order_ids)
        if len(rows) == len(order_ids):
            self.table.select_rows(rows, current=rows[0] if rows else None)
            return
        self._select_after_query = list(order_ids)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filter_bar.set_filters(ListFilters())
        self.orders.set_filters(ListFilters())
        self.orders.requery()

    # -- actions ---------------------------------------------------------------------------------

    def change_status(self) -> None:
        rows = self.table.selected_rows()
        if len(rows) > 1:
            self._open_bulk(rows)
            return
        order = self.detail.order_id and self.context.reader.get(
            self.session.account_id or "", self.detail.order_id
        )
        if not order:
            self.statusBar().showMessage("Select an order first.", 5000)
            return
        from approval_console.ui.dialogs.change_status import ChangeStatusDialog

        dialog = ChangeStatusDialog(order.name, self)
        self.detail.viableChanged.connect(dialog.set_viable)
        self.detail.detailError.connect(dialog.show_error)
        dialog.finished.connect(lambda _result: self._disconnect_dialog(dialog))
        dialog.changeChosen.connect(self.detail.apply)
        self.open_dialog(dialog)
        self.detail.load_viable()

    def _disconnect_dialog(self, dialog: QWidget) -> None:
        for signal, slot in (
            (self.detail.viableChanged, dialog.set_viable),
            (self.detail.detailError, dialog.show_error),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    def _open_bulk(self, rows: list[int]) -> None:
        from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
        from approval_console.ui.viewmodels.bulk import BulkChangeViewModel

        account_id = self.session.account_id
        if account_id is None:
            return
        ids = self.orders.ids_for_rows(rows)
        orders = self.context.reader.get_many(account_id, ids)
        names = {order_id: order.name for order_id, order in orders.items()}
        vm = BulkChangeViewModel(self.context, account_id, ids, self)
        dialog = BulkChangeDialog(vm, self.orders.statuses, names, self)
        refresh = QTimer(dialog)
        refresh.setSingleShot(True)
        refresh.setInterval(400)
        refresh.timeout.connect(self._refresh_list)
        dialog.ordersChanged.connect(refresh.start)
        dialog.selectRequested.connect(lambda order_ids: self.select_ids(order_ids, account_id))
        self.open_job_dialog(dialog, vm)

    def _refresh_list(self) -> None:
        if not self._closing:
            self.orders.orders_changed()

    def step_order(self, step: int) -> None:
        """J and K: the next or previous order becomes the current one, as the arrows make it."""
        count = self.orders.model.rowCount()
        if not count or self.session.account_id is None:
            return
        current = self.table.currentIndex()
        row = min(max(current.row() + step, 0), count - 1) if current.isValid() else 0
        self.table.select_rows([row], current=row)

    def focus_comment(self) -> None:
        if self.detail.order_id is not None:
            self.pane.comment.setFocus()

    def open_due_date(self) -> None:
        if self.detail.order_id is None or self.session.account_id is None:
            return
        order = self.context.reader.get(self.session.account_id, self.detail.order_id)
        if order is None:
            return
        from approval_console.ui.dialogs.due_date import DueDateDialog

        ranges = self.detail.capabilities.due_date_ranges
        dialog = DueDateDialog(order.due_date, order.due_date_to, ranges, self)
        dialog.changeChosen.connect(self.detail.apply)
        self.open_dialog(dialog)

    def open_find(self) -> None:
        from approval_console.ui.dialogs.find_order import FindOrderDialog

        dialog = FindOrderDialog(self)
        dialog.findRequested.connect(
            lambda number, email: (dialog.show_searching(), self.detail.lookup(number, email))
        )
        self.detail.lookupFailed.connect(dialog.show_error)
        self.detail.found.connect(lambda _id: dialog.accept())
        self.open_dialog(dialog)

    def _found(self, order_id: str) -> None:
        self.select_ids([order_id])

    # -- billing ---------------------------------------------------------------------------------

    def confirm(
        self, title: str, text: str, button: str, then: Callable[[], None], **options: str
    ) -> None:
        """Ask before what cannot be undone; a message box opened, never exec'd. `options`
        (`keep`, `details`) go to `confirmation`; Enter always keeps."""
        box, go = confirmation(self, title, text, button, **options)
        box.finished.connect(lambda _result: then() if box.clickedButton() is go else None)
        self.open_dialog(box)

    def order_action(self, action: OrderActionKind) -> None:
        rows = self.table.selected_rows()
        if len(rows) > 1:
            self._open_bulk_action(rows, action)
            return
        order_id = self.detail.order_id
        account = self.session.account()
        if order_id is None or account is None:
            return
        capabilities = self.detail.capabilities
        # The notify and approver choices last made for this account in the review queue.
        change = action_for(account, capabilities, action)
        if action is not OrderActionKind.CANCEL:
            self.detail.apply(change)
            return
        name = self._order_name(order_id)
        invoices = " Its unpaid invoices are canceled with it." if capabilities.invoices else ""
        told = TOLD_CUSTOMER.get(tells_customer(account, capabilities, action), "")
        self.confirm(
            "Cancel order",
            f"Cancel order {name}?{invoices}{told}",
            "Cancel order",
            lambda: self.detail.apply(change),
        )

    def _order_name(self, order_id: str) -> str:
        order = self.context.reader.get(self.session.account_id or "", order_id)
        return order.name if order else order_id

    def _open_bulk_action(self, rows: list[int], action: OrderActionKind) -> None:
        from approval_console.ui.dialogs.bulk_action import BulkActionDialog
        from approval_console.ui.viewmodels.bulk_action import BulkActionViewModel

        account_id = self.session.account_id
        if account_id is None:
            return
        ids = self.orders.ids_for_rows(rows)
        vm = BulkActionViewModel(self.context, account_id, ids, action, self)
        dialog = BulkActionDialog(vm, self)
        dialog.ordersChanged.connect(self._refresh_list)
        for ended in (vm.finished, vm.failed):
            ended.connect(lambda _r: self.detail.show(self.detail.order_id, force=True))
        self.open_job_dialog(dialog, vm)

    def open_review(self, mode: QueueMode) -> None:
        """The cross-account window: one, raised again when asked for again."""
        from approval_console.ui.review_window import ReviewWindow

        if self._review is None:
            self._review = ReviewWindow(self.context, self)
            fit_on_show(self._review)
            self._review.ordersChanged.connect(self._refresh_list)
            self._review.choicesChanged.connect(self._show_decision_note)
        window = self._review
        index = window.mode.findData(mode)
        if window.mode.currentIndex() != index:
            window.mode.setCurrentIndex(index)
        else:
            window.vm.requery()
        window.show()
        window.raise_()
        window.activateWindow()
        window.table.setFocus()

    def open_merchant(self) -> None:
        account_id = self.session.account_id
        if account_id is None or not self.detail.capabilities.merchant:
            return
        from approval_console.ui.dialogs.merchant import MerchantDialog

        for dialog in self._dialogs:  # one per account: a second would only repeat the first
            if isinstance(dialog, MerchantDialog) and dialog.account_id == account_id:
                dialog.raise_()
                dialog.activateWindow()
                return
        self.open_dialog(MerchantDialog(self.context, account_id, self))

    def open_dialog(self, dialog: QWidget) -> None:
        """Dialogs open with `open()`: a blocking `exec()` would stall the event loop's tasks."""
        self.track_dialog(dialog)
        dialog.open()

    def open_job_dialog(self, dialog: QDialog, vm: BackgroundChanges) -> None:
        """A dialog whose run becomes a job: modeless, so the window stays usable while it
        runs; kept after it is closed while its job can show it again, until dismissed."""
        self._dialogs.append(dialog)

        def follow(job: Job) -> None:
            job.showRequested.connect(lambda: self.show_modeless(dialog))
            job.dismissed.connect(lambda: self._forget_dialog(dialog))
            job.dismissed.connect(vm.deleteLater)  # it has ended: nothing will call it again

        vm.jobStarted.connect(follow)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog) if vm.job is None else None)
        self.show_modeless(dialog)

    def show_modeless(self, dialog: QWidget) -> None:
        """`show()`, never `open()`: `open()` makes a dialog window-modal whatever it says."""
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget_dialog(self, dialog: QWidget) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
            dialog.close()
            dialog.deleteLater()

    def track_dialog(self, dialog: QWidget) -> None:
        """Kept until it finishes, closed with the window, and kept on the screen."""
        self._dialogs.append(dialog)
        fit_on_show(dialog)
        dialog.finished.connect(
            lambda _r: self._dialogs.remove(dialog) if dialog in self._dialogs else None
        )

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        """The window's actions as a person finds them: by menu, then those without one."""
        groups: list[tuple[str, list[QAction]]] = []
        in_menus: set[QAction] = set()
        for entry in self.menuBar().actions():
            menu = entry.menu()
            if menu is None:
                continue
            groups.append((entry.text().replace("&", ""), menu.actions()))
            in_menus.update(menu.actions())
        groups.append(
            ("Anywhere but a text field", [a for a in self.actions() if a not in in_menus])
        )
        groups.append(("In the comment box", self.pane.comment.actions()))
        return groups

    def show_shortcuts(self) -> None:
        """F1 or ?: every key, read from the actions now; modeless, so it can stay open."""
        from approval_console.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = next((d for d in self._dialogs if isinstance(d, ShortcutsDialog)), None)
        if dialog is None:
            dialog = ShortcutsDialog(self)
            self.track_dialog(dialog)
        dialog.set_groups(self.shortcut_groups())
        self.show_modeless(dialog)

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About Approval Console")
        box.setText(
            f"<b>Approval Console</b> {__version__}<br>Review and approve orders from "
            "all your order systems in one place."
        )
        self.open_dialog(box)

    # -- notices -------------------------------------------------------------------------------

    def _tell_what_was_set_aside(self) -> None:
        """A cache or settings file that could not be read was moved aside, never deleted: say
        so, and where, rather than let the person wonder where the orders or accounts went."""
        console = self.context.console
        notices = []
        if console.database.rebuilt_from is not None:
            notices.append(
                "The local copy of your orders could not be read, so it is being read again "
                f"from your accounts. The old file is kept at {console.database.rebuilt_from}."
            )
        if console.settings.set_aside is not None and console.settings.restored_from:
            notices.append(
                "The settings file could not be read; your accounts were restored from the "
                f"last good copy. The damaged file is kept at {console.settings.set_aside}."
            )
        elif console.settings.set_aside is not None:
            notices.append(
                "The settings file could not be read, so your accounts need adding again "
                f"(File → Accounts…). The old file is kept at {console.settings.set_aside}."
            )
        for orphan in console.orphans:
            notices.append(
                f"{orphan.unfinished} unsent changes belong to an account no longer set up "
                f"({orphan.name or orphan.account_id} at {orphan.base_url or 'an unknown address'}"
                "): add it again (File → Accounts…) to send them."
            )
        if notices:
            self.banner_text.setText(" ".join(notices))
            self.resume_button.hide()
            self.discard_button.setText("Dismiss")
            self.banner.show()

    # -- interrupted changes ---------------------------------------------------------------------

    def _interrupted(self, report: ChangeReport, pending: list[JournalEntry]) -> None:
        self._pending_entries = pending
        text = f"Changes interrupted last time were checked with the server: {summarize(report)}."
        if pending:
            text += f" {len(pending)} were never sent."
        self.banner_text.setText(text)
        self.resume_button.setVisible(bool(pending))
        self.discard_button.setText("Discard" if pending else "Dismiss")
        self.banner.show()
        self.orders.orders_changed()

    def _resume(self) -> None:
        self.session.resume(self._pending_entries)
        self.banner_text.setText("Sending the interrupted changes…")
        self.resume_button.hide()
        self.discard_button.hide()

    def _discard(self) -> None:
        if self._pending_entries:
            self.session.discard(self._pending_entries)
        self._pending_entries = []
        self.banner.hide()

    def _resumed(self, report: ChangeReport) -> None:
        self.banner_text.setText(f"Interrupted changes sent: {summarize(report)}.")
        self.discard_button.setText("Dismiss")
        self.discard_button.show()
        self.orders.orders_changed()

    # -- persistence -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        ui = self.context.console.settings.ui
        restore_state(ui.get("geometry"), self.restoreGeometry)
        keep_on_screen(self)  # saved on a larger screen, or at a smaller scale
        restore_state(ui.get("splitter"), self.splitter.restoreState)
        restore_header(ui, self.table.horizontalHeader())
        filters = ListFilters.from_json(ui.get("filters"))
        self.orders.filters = filters
        self.filter_bar.set_filters(filters)
        self.search.blockSignals(True)
        self.search.setText(filters.search)
        self.search.blockSignals(False)

    def save_state(self) -> None:
        settings = self.context.console.settings
        settings.ui.update(
            geometry=encode_state(self.saveGeometry()),
            splitter=encode_state(self.splitter.saveState()),
            filters=self.orders.filters.to_json(),
            saved_at=time.time(),
        )
        save_header(settings.ui, self.table.horizontalHeader())
        settings.last_account = self.session.account_id
        self.context.console.save_settings()

    def _layout_changed(self, *_args: object) -> None:
        if not self._closing:
            self._save_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_changed()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._layout_changed()

    def close_now(self) -> None:
        """Close without asking, even mid-job: for a signal from the system, which must end."""
        self._quit_confirmed = True
        self.close()

    def _ask_before_quitting(self) -> None:
        """A bulk run still sending when the person quits: say what happens to it, and let
        them keep working. Quitting loses nothing: what was sent is checked with the server at
        the next start, and what was not is offered again (the journal holds both)."""
        running = self.context.jobs.running
        done, total = sum(job.done for job in running), sum(job.total for job in running)
        names = ", ".join(job.title for job in running)
        self.confirm(
            "Quit while changes are running",
            f"{names} {agree(len(running), 'is', 'are')} still running"
            f" ({done:,} of {total:,} done). Quit anyway?",
            "Quit",
            self.close_now,
            keep="Keep working",
            details="What was already sent is checked with the server when you start again, "
            "and what was not is offered to send then.",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context.jobs.running and not self._quit_confirmed:
            event.ignore()
            self._ask_before_quitting()
            return
        self._closing = True
        self._save_timer.stop()
        self.save_state()
        self.session.stop()
        self._search_timer.stop()
        self._detail_timer.stop()
        for dialog in list(self._dialogs):
            dialog.close()
        if self._review is not None:
            self._review.close()
        super().closeEvent(event)
        self.closed.emit()
