"""The window's actions: its menus, its toolbar and its keys, and which of them an account offers.

Each action says what it does and which key does it; the menus and the shortcuts dialog are read
from the same actions, so a key shown is a key that works. What an action opens or changes lives
elsewhere (`OrderActions`, `InvoiceActions`, the window); what the window alone owns (its
accounts, the review queue) is asked for by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow, QMenu, QMessageBox, QToolBar

from approval_console import __version__
from approval_console.core.backends import Capabilities
from approval_console.core.changes import OrderActionKind
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.export_actions import Exports
from approval_console.ui.invoice_actions import InvoiceActions
from approval_console.ui.main_window.order_actions import OrderActions
from approval_console.ui.main_window.saved_views import SavedViews
from approval_console.ui.viewmodels.orders import ListFilters
from approval_console.ui.viewmodels.review import QueueMode
from approval_console.ui.viewmodels.session import SessionViewModel
from approval_console.ui.widgets.detail_pane import DetailPane
from approval_console.ui.widgets.filter_bar import FilterBar
from approval_console.ui.widgets.order_table import OrderTableView

if TYPE_CHECKING:
    from approval_console.ui.context import UiContext

Shortcut = str | QKeySequence.StandardKey | None


class WindowActions(QMainWindow):
    """A main window with the console's actions, menus and toolbar (`MainWindow` is one)."""

    accountsRequested = Signal()  # File → Accounts…
    reviewRequested = Signal(object)  # QueueMode: the cross-account window
    activityRequested = Signal()  # View → Activity log…

    # What the actions act on; the window builds them before its actions.
    session: SessionViewModel
    table: OrderTableView
    pane: DetailPane
    filter_bar: FilterBar
    accounts_combo: QComboBox
    search: QLineEdit
    order_actions: OrderActions
    invoices: InvoiceActions
    dialogs: DialogHost
    exports: Exports
    saved_views: SavedViews
    context: UiContext  # the preferences the Preferences dialog changes

    def _action(self, text: str, shortcut: Shortcut, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        orders, invoices = self.order_actions, self.invoices
        self.act_accounts = self._action("&Accounts…", None, self.accountsRequested.emit)
        # The list, or its selection, to a CSV file, written in the background.
        self.act_export = self._action("&Export to CSV…", "Ctrl+E", self.export_list)
        self.act_quit = self._action("&Quit", QKeySequence.StandardKey.Quit, self.close)
        self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        # Puts back the last status change while its notice offers it. A text field with the
        # keyboard takes Ctrl+Z first, to undo typing.
        self.act_undo = self._action("&Undo", "Ctrl+Z", orders.undo)
        orders.follow_undo(self.act_undo)
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
        self.act_change = self._action("Change &status…", "Ctrl+Shift+S", orders.change_status)
        self.act_comment = self._action("Add &comment", "Ctrl+Shift+M", orders.focus_comment)
        self.act_due = self._action("Set &due date…", "Ctrl+D", orders.open_due_date)
        self.act_lookup = self._action("&Find order…", "Ctrl+Shift+F", orders.open_find)
        self.act_finalize = self._action(
            "&Finalize…", "Ctrl+Shift+E", lambda: orders.order_action(OrderActionKind.FINALIZE)
        )
        self.act_approve = self._action(
            "A&pprove", None, lambda: orders.order_action(OrderActionKind.APPROVE)
        )
        self.act_cancel_order = self._action(
            "Cancel &order…", None, lambda: orders.order_action(OrderActionKind.CANCEL)
        )
        self.act_invoice = self._action(
            "Create &invoice…", "Ctrl+Shift+I", lambda: invoices.create_invoice()
        )
        self.act_merchant = self._action(
            "&Merchant: accounts and webhooks…", None, orders.open_merchant
        )
        self.act_review = self._action(
            "Needs &review (all accounts)…",
            "Ctrl+R",
            lambda: self.reviewRequested.emit(QueueMode.REVIEW),
        )
        self.act_all = self._action(
            "All a&ccounts' orders…",
            "Ctrl+Shift+A",
            lambda: self.reviewRequested.emit(QueueMode.ALL),
        )
        self.act_activity = self._action(
            "Activity &log…", "Ctrl+Shift+L", self.activityRequested.emit
        )
        self.act_about = self._action("&About Approval Console", None, self.about)
        self.act_shortcuts = self._action("&Keyboard shortcuts", "F1", self.show_shortcuts)
        # "?" too, as in many apps; a text field takes a typed "?" before any shortcut does.
        self.act_shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        # Preferences: the platform's key where it has one (Ctrl+, on most) and Ctrl+, always.
        self.act_preferences = self._action(
            self.tr("&Preferences…"), QKeySequence.StandardKey.Preferences, self.show_preferences
        )
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preference_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        if QKeySequence("Ctrl+,") not in preference_keys:
            preference_keys.append(QKeySequence("Ctrl+,"))
        self.act_preferences.setShortcuts(preference_keys)
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
        # Saved views: Ctrl+S saves the list as one, Alt+1 … Alt+9 show the first nine.
        views = self.saved_views
        self.act_save_view = self._action("Save as &view…", "Ctrl+S", views.save_as)
        self.act_views = [
            self._action(f"View {n + 1}", f"Alt+{n + 1}", views.shortcut(n)) for n in range(9)
        ]
        # The row menu of the current order, while the list has the keyboard (a text field
        # keeps Shift+F10 and the Menu key for its own menu).
        self.act_row_menu = QAction("Order &menu", self)
        self.act_row_menu.setShortcuts([QKeySequence("Shift+F10"), QKeySequence(Qt.Key.Key_Menu)])
        self.act_row_menu.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_row_menu.triggered.connect(self.table.request_row_menu)
        self.table.addAction(self.act_row_menu)
        self._build_menus()
        self._build_toolbar()

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self.act_accounts)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addAction(self.act_undo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)
        edit_menu.addAction(self.act_select_all)
        edit_menu.addAction(self.act_clear)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_preferences)
        view_menu = menus.addMenu("&View")
        view_menu.addAction(self.act_refresh)
        view_menu.addAction(self.act_reset)
        view_menu.addAction(self.filter_bar.overdue_action)
        view_menu.addSeparator()
        view_menu.addAction(self.act_review)
        view_menu.addAction(self.act_all)
        view_menu.addAction(self.act_activity)
        view_menu.addSeparator()
        view_menu.addAction(self.act_save_view)
        view_menu.addActions(self.act_views)
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

    def _build_toolbar(self) -> None:
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

    def offer_actions(self, capabilities: Capabilities | None) -> None:
        """The actions an account can take (None: no account, so nothing to act on)."""
        for action in (
            self.act_refresh,
            self.act_lookup,
            self.act_review,
            self.act_select_all,
            self.act_change,
        ):
            action.setEnabled(capabilities is not None)
        if capabilities is None:
            return
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

    def row_menu_actions(self) -> list[QAction]:
        """The order actions the row menu offers: these very actions, so they are enabled,
        hidden and named exactly as in the Orders menu and the toolbar."""
        return [
            self.act_change,
            self.act_due,
            self.act_approve,
            self.act_cancel_order,
            self.act_finalize,
        ]

    def show_selection_count(self, count: int) -> None:
        self.act_change.setText("Change &status…" if count <= 1 else f"Change &status of {count}…")

    def show_awaiting(self, count: int) -> None:
        """The toolbar's Needs review says how many orders await a decision, everywhere."""
        self.act_review.setIconText(f"Needs review ({count:,})" if count else "Needs review")
        self.act_review.setToolTip(
            f"{count:,} orders await a decision, across all accounts (Ctrl+R)"
            if count
            else "Orders awaiting a decision, across all accounts (Ctrl+R)"  # or never read yet
        )

    # -- what the keys do in the list --------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_all(self) -> None:
        self.table.setFocus()
        self.table.selectAll()

    def step_order(self, step: int) -> None:
        """J and K: the next or previous order becomes the current one, as the arrows make it."""
        count = self.table.model().rowCount()
        if not count or self.session.account_id is None:
            return
        current = self.table.currentIndex()
        row = min(max(current.row() + step, 0), count - 1) if current.isValid() else 0
        self.table.select_rows([row], current=row)

    def export_list(self) -> None:
        """Ctrl+E: the orders the list shows (or those selected) to a CSV file."""
        account = self.session.account()
        self.exports.export_list(self.table, account.name if account else "orders")

    # -- help ----------------------------------------------------------------------------------

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        """The window's actions as a person finds them: by menu, then those without one."""
        groups: list[tuple[str, list[QAction]]] = []
        in_menus: set[QAction] = set()
        for entry in self.menuBar().actions():
            menu = entry.menu()
            if not isinstance(menu, QMenu):
                continue
            groups.append((entry.text().replace("&", ""), menu.actions()))
            in_menus.update(menu.actions())
        groups.append(
            ("Anywhere but a text field", [a for a in self.actions() if a not in in_menus])
        )
        groups.append(("In the order list", self.table.actions()))
        groups.append(("In the comment box", self.pane.comment.actions()))
        return groups

    def show_shortcuts(self) -> None:
        """F1 or ?: every key, read from the actions now; modeless, so it can stay open."""
        from approval_console.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = self.dialogs.find(ShortcutsDialog)
        if dialog is None:
            dialog = ShortcutsDialog(self)
            self.dialogs.track(dialog)
        dialog.set_groups(self.shortcut_groups())
        self.dialogs.show_modeless(dialog)

    def show_preferences(self) -> None:
        """Ctrl+,: the one Preferences dialog; modeless, raised if already open."""
        from approval_console.ui.dialogs.preferences import PreferencesDialog

        dialog = self.dialogs.find(PreferencesDialog)
        if dialog is None:
            dialog = PreferencesDialog(self.context, self)
            self.dialogs.track(dialog)
        self.dialogs.show_modeless(dialog)

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About Approval Console")
        box.setText(
            f"<b>Approval Console</b> {__version__}<br>Review and approve orders from "
            "all your order systems in one place."
        )
        self.dialogs.open(box)
