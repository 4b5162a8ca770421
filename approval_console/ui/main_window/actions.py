"""The window's actions: its menus, its toolbar and its keys, and which of them an account offers.

Each action says what it does and which key does it; the menus and the shortcuts dialog are read
from the same actions, so a key shown is a key that works. What an action opens or changes lives
elsewhere (`OrderActions`, `InvoiceActions`, the window); what the window alone owns (its
accounts, the review queue) is asked for by signal.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from approval_console import __version__
from approval_console.core.backends import Capabilities
from approval_console.core.changes import OrderActionKind
from approval_console.core.i18n import translate
from approval_console.store.order_numbers import looks_like_number, orders_numbered
from approval_console.ui.context import UiContext
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.dialogs.command_palette import (
    MAX_ORDERS,
    RECENT_KEPT,
    Command,
    CommandPalette,
)
from approval_console.ui.export_actions import Exports
from approval_console.ui.invoice_actions import InvoiceActions
from approval_console.ui.language import follow_language
from approval_console.ui.main_window.order_actions import OrderActions
from approval_console.ui.main_window.saved_views import SavedViews
from approval_console.ui.review_words import QUEUE_KEYS
from approval_console.ui.shortcut_keys import (
    Scope,
    ShortcutKeys,
    action_label,
    key_text,
    native_text,
)
from approval_console.ui.viewmodels.list_filters import ListFilters
from approval_console.ui.viewmodels.review import QueueMode
from approval_console.ui.viewmodels.session import SessionViewModel
from approval_console.ui.widgets.detail_pane import DetailPane
from approval_console.ui.widgets.filter_bar import OVERDUE_SHORTCUT, FilterBar
from approval_console.ui.widgets.order_table import OrderTableView
from approval_console.ui.wording import number, with_number

Keys = Sequence[str] | None  # an action's default keys, in portable text
RECENT_COMMANDS = "command_palette_recent"  # settings.ui: what the palette ran last, first


class WindowActions(QMainWindow):
    """A main window with the console's actions, menus and toolbar (`MainWindow` is one)."""

    accountsRequested = Signal()  # File → Accounts…
    reviewRequested = Signal(object)  # QueueMode: the cross-account window
    activityRequested = Signal()  # View → Activity log…

    # What the actions act on; the window builds them before its actions.
    context: UiContext
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
    select_ids: Callable[[list[str]], None]  # the window's own (`MainWindow.select_ids`)

    def _action(
        self,
        action_id: str,
        keys: Keys,
        slot: Callable[[], object],
        scope: Scope = Scope.WINDOW,
    ) -> QAction:
        """An action of the window, registered under `action_id` with its default keys; its
        words are set by `_retranslate_actions`, its keys by the registry."""
        action = QAction(self)
        action.setObjectName(action_id)
        action.triggered.connect(slot)
        if scope is Scope.WINDOW:
            self.addAction(action)
        return self.keys.register(action_id, action, keys or (), scope)

    def _build_actions(self) -> None:
        orders, invoices = self.order_actions, self.invoices
        prefs = self.context.preferences
        self.keys = ShortcutKeys(
            self._own_keys,
            self._save_keys,
            self,
            menus=lambda: [entry.text() for entry in self.menuBar().actions()],
        )
        self._awaiting = 0
        self._selected = 0
        act = self._action
        self.act_accounts = act("file.accounts", None, self.accountsRequested.emit)
        # The list, or its selection, to a CSV file, written in the background.
        self.act_export = act("file.export", ["Ctrl+E"], self.export_list)
        self.act_quit = act("file.quit", ["Ctrl+Q"], self.close)
        # Puts back the last status change while its notice offers it. A text field with the
        # keyboard takes Ctrl+Z first, to undo typing.
        self.act_undo = act("edit.undo", ["Ctrl+Z"], orders.undo)
        orders.follow_undo(self.act_undo)
        self.act_find = act("edit.search", ["Ctrl+F"], self.focus_search)
        self.act_select_all = act("edit.select_all", ["Ctrl+A"], self.select_all)
        self.act_clear = act("edit.clear_selection", ["Esc"], self.table.clearSelection)
        self.act_refresh = act("view.refresh", ["F5"], lambda: self.session.refresh())
        self.act_reset = act(
            "view.reset_filters",
            None,
            lambda: self.filter_bar.set_filters(ListFilters(), emit=True),
        )
        # The filter bar's own action (it hides it with its button); its key is kept here.
        self.keys.register("view.overdue_only", self.filter_bar.overdue_action, [OVERDUE_SHORTCUT])
        self.act_change = act("orders.change_status", ["Ctrl+Shift+S"], orders.change_status)
        self.act_comment = act("orders.comment", ["Ctrl+Shift+M"], orders.focus_comment)
        self.act_due = act("orders.due_date", ["Ctrl+D"], orders.open_due_date)
        self.act_lookup = act("orders.find", ["Ctrl+Shift+F"], orders.open_find)
        self.act_finalize = act(
            "orders.finalize",
            ["Ctrl+Shift+E"],
            lambda: orders.order_action(OrderActionKind.FINALIZE),
        )
        self.act_approve = act(
            "orders.approve", None, lambda: orders.order_action(OrderActionKind.APPROVE)
        )
        self.act_cancel_order = act(
            "orders.cancel", None, lambda: orders.order_action(OrderActionKind.CANCEL)
        )
        self.act_invoice = act(
            "orders.create_invoice", ["Ctrl+Shift+I"], lambda: invoices.create_invoice()
        )
        self.act_merchant = act("orders.merchant", None, orders.open_merchant)
        self.act_review = act(
            "view.needs_review", ["Ctrl+R"], lambda: self.reviewRequested.emit(QueueMode.REVIEW)
        )
        self.act_all = act(
            "view.all_accounts", ["Ctrl+Shift+A"], lambda: self.reviewRequested.emit(QueueMode.ALL)
        )
        self.act_activity = act("view.activity", ["Ctrl+Shift+L"], self.activityRequested.emit)
        self.act_palette = act("view.command_palette", ["Ctrl+K"], self.show_palette)
        self.act_about = act("help.about", None, self.about)
        # "?" too, as in many apps; a text field takes a typed "?" before any shortcut does.
        self.act_shortcuts = act("help.shortcuts", ["F1", "?"], self.show_shortcuts)
        # Preferences: the platform's key where it has one (Ctrl+, on most) and Ctrl+, always.
        preference_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        if QKeySequence("Ctrl+,") not in preference_keys:
            preference_keys.append(QKeySequence("Ctrl+,"))
        self.act_preferences = act(
            "edit.preferences", [key_text(k) for k in preference_keys], self.show_preferences
        )
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        # J and K step through the list from anywhere but a text field (which types them),
        # as they do in the review queue.
        self.act_next_order = act("list.next_order", ["J"], lambda: self.step_order(1))
        self.act_previous_order = act("list.previous_order", ["K"], lambda: self.step_order(-1))
        # Sends while the comment box has the keyboard, and only then.
        self.act_send_comment = act(
            "comment.send", ["Ctrl+Return", "Ctrl+Enter"], self.pane.submit_comment, Scope.COMMENT
        )
        self.act_send_comment.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pane.comment.addAction(self.act_send_comment)
        # Saved views: Ctrl+S saves the list as one, Alt+1 … Alt+9 show the first nine.
        views = self.saved_views
        self.act_save_view = act("view.save_view", ["Ctrl+S"], views.save_as)
        self.act_views = [
            act(f"view.saved_{n + 1}", [f"Alt+{n + 1}"], views.shortcut(n)) for n in range(9)
        ]
        # The row menu of the current order, while the list has the keyboard (a text field
        # keeps Shift+F10 and the Menu key for its own menu).
        self.act_row_menu = act(
            "list.row_menu", ["Shift+F10", "Menu"], self.table.request_row_menu, Scope.LIST
        )
        self.act_row_menu.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.act_row_menu)
        # The review queue's keys, in a window of its own: listed and changed here with the
        # rest, and answered there (the queue takes these very actions: `use_keys`).
        self.review_keys = {
            name: self.keys.register(f"review.{name}", QAction(self), [key], Scope.REVIEW)
            for name, key in QUEUE_KEYS
        }
        self._build_menus()
        self._build_toolbar()
        follow_language(self, self._retranslate_actions)
        self.keys.apply()
        # Keys changed in Preferences (here or in another window) apply at once.
        prefs.changed.connect(self.keys.apply)
        self.keys.changed.connect(lambda: self.show_awaiting(self._awaiting))  # its key, said

    def _own_keys(self) -> dict[str, list[str]]:
        return self.context.console.settings.preferences.shortcuts

    def _save_keys(self, own: dict[str, list[str]]) -> None:
        """The person's changed keys to the settings file, then every window told."""
        self.context.console.settings.preferences.shortcuts = own
        self.context.console.save_settings()
        self.context.preferences.announce()

    def _retranslate_actions(self) -> None:
        """Every action's and menu's words, now and after each change of language."""
        for action, text in (
            (self.act_accounts, self.tr("&Accounts…")),
            (self.act_export, self.tr("&Export to CSV…")),
            (self.act_quit, self.tr("&Quit")),
            (self.act_undo, self.tr("&Undo")),
            (self.act_find, self.tr("&Search")),
            (self.act_select_all, self.tr("Select &all matching")),
            (self.act_clear, self.tr("&Clear selection")),
            (self.act_refresh, self.tr("&Refresh")),
            (self.act_reset, self.tr("Reset &filters")),
            (self.act_comment, self.tr("Add &comment")),
            (self.act_due, self.tr("Set &due date…")),
            (self.act_lookup, self.tr("&Find order…")),
            (self.act_finalize, self.tr("&Finalize…")),
            (self.act_approve, self.tr("A&pprove")),
            (self.act_cancel_order, self.tr("Cancel &order…")),
            (self.act_invoice, self.tr("Create &invoice…")),
            (self.act_merchant, self.tr("&Merchant: accounts and webhooks…")),
            (self.act_review, self.tr("Needs &review (all accounts)…")),
            (self.act_all, self.tr("All a&ccounts' orders…")),
            (self.act_activity, self.tr("Activity &log…")),
            (self.act_palette, self.tr("Command &palette…")),
            (self.act_preferences, self.tr("&Preferences…")),
            (self.act_about, self.tr("&About Approval Console")),
            (self.act_shortcuts, self.tr("&Keyboard shortcuts")),
            (self.act_next_order, self.tr("&Next order")),
            (self.act_previous_order, self.tr("&Previous order")),
            (self.act_send_comment, self.tr("&Send comment")),
            (self.act_save_view, self.tr("Save as &view…")),
            (self.act_row_menu, self.tr("Order &menu")),
            (self.review_keys["approve"], self.tr("Approve the current order")),
            (self.review_keys["cancel"], self.tr("Cancel the current order")),
            (self.review_keys["next"], self.tr("Next order", "review queue")),
            (self.review_keys["previous"], self.tr("Previous order", "review queue")),
        ):
            action.setText(text)
        for index, action in enumerate(self.act_views):
            if not action.isVisible():  # named by the views themselves once there are any
                action.setText(self.tr("View {number}").format(number=index + 1))
        self.show_selection_count(self._selected)
        self.show_awaiting(self._awaiting)
        for menu, title in (
            (self._file_menu, self.tr("&File")),
            (self._edit_menu, self.tr("&Edit")),
            (self._view_menu, self.tr("&View")),
            (self._orders_menu, self.tr("&Orders")),
            (self._help_menu, self.tr("&Help")),
        ):
            menu.setTitle(title)
        self._toolbar.setWindowTitle(self.tr("Main", "toolbar"))
        # The lists showing these names (F1, the Keyboard page) read them again, now renamed.
        self.keys.changed.emit()

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = self._file_menu = menus.addMenu("")
        file_menu.addAction(self.act_accounts)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = self._edit_menu = menus.addMenu("")
        edit_menu.addAction(self.act_undo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)
        edit_menu.addAction(self.act_select_all)
        edit_menu.addAction(self.act_clear)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_preferences)
        view_menu = self._view_menu = menus.addMenu("")
        view_menu.addAction(self.act_refresh)
        view_menu.addAction(self.act_reset)
        view_menu.addAction(self.filter_bar.overdue_action)
        view_menu.addSeparator()
        view_menu.addAction(self.act_review)
        view_menu.addAction(self.act_all)
        view_menu.addAction(self.act_activity)
        view_menu.addAction(self.act_palette)
        view_menu.addSeparator()
        view_menu.addAction(self.act_save_view)
        view_menu.addActions(self.act_views)
        orders_menu = self._orders_menu = menus.addMenu("")
        for action in (self.act_change, self.act_comment, self.act_due):
            orders_menu.addAction(action)
        self._billing_separator = orders_menu.addSeparator()
        for action in (self.act_finalize, self.act_approve, self.act_cancel_order):
            orders_menu.addAction(action)
        orders_menu.addAction(self.act_invoice)
        orders_menu.addSeparator()
        orders_menu.addAction(self.act_lookup)
        orders_menu.addAction(self.act_merchant)
        help_menu = self._help_menu = menus.addMenu("")
        help_menu.addAction(self.act_shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        toolbar = self._toolbar = QToolBar()
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
        # Plurals here go through `translate`, not self.tr: on a subclass (the main window)
        # PySide6 looks a plural up under the subclass's name and stops there, untranslated.
        self._selected = count
        plural = translate("WindowActions", "Change &status of %n…", "", count)
        text = self.tr("Change &status…") if count <= 1 else with_number(plural, count)
        if text != self.act_change.text():  # a new text lays the toolbar out again
            self.act_change.setText(text)

    def show_awaiting(self, count: int) -> None:
        """The toolbar's Needs review says how many orders await a decision, everywhere."""
        self._awaiting = count
        self.act_review.setIconText(
            self.tr("Needs review ({count})").format(count=number(count))
            if count
            else self.tr("Needs review")
        )
        tip = (
            with_number(
                translate(
                    "WindowActions", "%n order(s) await a decision, across all accounts", "", count
                ),
                count,
            )
            if count
            else self.tr("Orders awaiting a decision, across all accounts")  # or never read yet
        )
        keys = self.act_review.shortcuts()
        if keys:
            tip = self.tr("{tip} ({key})", "a tooltip with its key").format(
                tip=tip, key=native_text(keys[0])
            )
        self.act_review.setToolTip(tip)

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
            (
                self.tr("Anywhere but a text field"),
                [a for a in self.actions() if a not in in_menus],
            )
        )
        groups.append((self.tr("In the order list"), self.table.actions()))
        groups.append((self.tr("In the comment box"), self.pane.comment.actions()))
        groups.append((self.tr("In the review queue"), list(self.review_keys.values())))
        return groups

    def show_shortcuts(self) -> None:
        """F1 or ?: every key, read from the actions now; modeless, so it can stay open."""
        from approval_console.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = self.dialogs.find(ShortcutsDialog)
        if dialog is None:
            dialog = ShortcutsDialog(self, self.shortcut_groups)
            self.keys.changed.connect(dialog.refresh)
            self.dialogs.track(dialog)
        dialog.refresh()
        self.dialogs.show_modeless(dialog)

    def keyboard_page(self) -> QWidget:
        """The Preferences dialog's Keyboard page: this window's keys, changed and saved."""
        from approval_console.ui.widgets.shortcut_editor import ShortcutEditor

        return ShortcutEditor(self.keys, self.shortcut_groups)

    # -- the command palette -------------------------------------------------------------------

    def palette_commands(self) -> list[Command]:
        """What the palette offers now: the actions the account allows (visible and enabled,
        as the menus show them), then every saved view."""
        commands: list[Command] = []
        skipped = {self.act_palette, *self.act_views}  # the views come as "View: …" below
        for entry in self.keys.entries:
            action = entry.action
            if entry.scope is Scope.REVIEW:
                continue  # answered in the review queue's own window, not this one
            if action in skipped or not action.isVisible() or not action.isEnabled():
                continue
            keys = action.shortcuts()
            commands.append(
                Command(
                    f"action:{entry.id}",
                    action_label(action),
                    native_text(keys[0]) if keys else "",
                    action.trigger,
                )
            )
        views = self.saved_views.vm
        for index, view in enumerate(views.views):
            keys = self.act_views[index].shortcuts() if index < len(self.act_views) else []
            commands.append(
                Command(
                    f"view:{view.id}",
                    self.tr("View: {name}").format(name=view.name),
                    native_text(keys[0]) if keys else "",
                    functools.partial(views.choose, view.id),
                )
            )
        return commands

    def palette_orders(self, typed: str) -> list[Command]:
        """ "Go to order #1040" for the orders of the account in use numbered as typed: a
        few seeks in the cache's number index, whatever the size of the list."""
        account_id = self.session.account_id
        if account_id is None or not looks_like_number(typed):
            return []
        return [
            Command(
                f"order:{order.id}",
                self.tr("Go to order {number} ({customer})").format(
                    number=order.name, customer=order.customer
                )
                if order.customer
                else self.tr("Go to order {number}").format(number=order.name),
                "",
                functools.partial(self._go_to_order, order.id),
            )
            for order in orders_numbered(self.context.reader, account_id, typed, MAX_ORDERS)
        ]

    def _go_to_order(self, order_id: str) -> None:
        self.select_ids([order_id])
        self.table.setFocus()

    def show_palette(self) -> None:
        """Ctrl+K: the command palette over the window, its field taking the keyboard."""
        ui = self.context.console.settings.ui
        stored = ui.get(RECENT_COMMANDS)
        recent = [key for key in stored if isinstance(key, str)] if isinstance(stored, list) else []
        palette = CommandPalette(self.palette_commands, self.palette_orders, recent, self)

        def ran(key: str) -> None:
            if not key.startswith("order:"):  # an order is found again by its number
                kept = [key, *(k for k in recent if k != key)][:RECENT_KEPT]
                ui[RECENT_COMMANDS] = kept

        palette.ran.connect(ran)
        palette.place_over(self)
        palette.show()
        palette.raise_()
        palette.activateWindow()
        palette.field.setFocus()

    def show_preferences(self) -> None:
        """Ctrl+,: the one Preferences dialog; modeless, raised if already open. Its Keyboard
        page is this window's keys."""
        from approval_console.ui.dialogs.preferences import PreferencesDialog

        dialog = self.dialogs.find(PreferencesDialog)
        if dialog is None:
            dialog = PreferencesDialog(self.context, self)
            page = self.keyboard_page()
            dialog.add_page(self.tr("Keyboard"), page)
            follow_language(page, lambda: dialog.set_page_title(page, self.tr("Keyboard")))
            self.dialogs.track(dialog)
        self.dialogs.show_modeless(dialog)

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Approval Console"))
        box.setText(
            self.tr(
                "<b>Approval Console</b> {version}<br>Review and approve orders from "
                "all your order systems in one place."
            ).format(version=__version__)
        )
        self.dialogs.open(box)
