"""The account in use: the accounts to choose from, the window following a switch, and the
place where the list goes when an account cannot be read.

A switch shows the account's cached list at once and offers only what its backend can do: the
menus, the filters, the columns and the detail pane follow its capabilities. File → Accounts…
edits the accounts; a new key for the account on screen is tried at once.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit

from approval_console.core.backends import Capabilities
from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.core.labels import state_words
from approval_console.services.review import decision_note
from approval_console.ui.context import UiContext
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.language import follow_language
from approval_console.ui.main_window.list_area import ListArea
from approval_console.ui.main_window.notice_banner import NoticeBanner
from approval_console.ui.models.orders import hidden_columns
from approval_console.ui.viewmodels.detail import DetailViewModel
from approval_console.ui.viewmodels.orders import OrderListViewModel
from approval_console.ui.viewmodels.session import ReadProblem, SessionViewModel
from approval_console.ui.widgets.detail_pane import DetailPane
from approval_console.ui.widgets.filter_bar import FilterBar
from approval_console.ui.widgets.order_table import OrderTableView

APP_TITLE = "Approval Console"
DEMO_MARK = QT_TRANSLATE_NOOP("AccountView", "(demo)")


class AccountHost(Protocol):
    """The window that shows the account (`MainWindow`)."""

    @property
    def context(self) -> UiContext: ...
    @property
    def demo(self) -> bool: ...
    @property
    def session(self) -> SessionViewModel: ...
    @property
    def orders(self) -> OrderListViewModel: ...
    @property
    def detail(self) -> DetailViewModel: ...
    @property
    def accounts_combo(self) -> QComboBox: ...
    @property
    def search(self) -> QLineEdit: ...
    @property
    def filter_bar(self) -> FilterBar: ...
    @property
    def table(self) -> OrderTableView: ...
    @property
    def pane(self) -> DetailPane: ...
    @property
    def list_area(self) -> ListArea: ...
    @property
    def banner(self) -> NoticeBanner: ...
    @property
    def dialogs(self) -> DialogHost: ...

    def offer_actions(self, capabilities: Capabilities | None) -> None: ...

    def setWindowTitle(self, title: str) -> None: ...


class AccountView(QObject):
    def __init__(self, host: AccountHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._cached_total = 0

    def wire(self) -> None:
        host = self._host
        host.accounts_combo.activated.connect(self._account_chosen)
        host.list_area.welcome.addAccountRequested.connect(lambda: self.open_accounts(adding=True))
        host.session.accountChanged.connect(self._account_changed)
        parent = self.parent()
        if parent is not None:  # the window: its title follows the language
            follow_language(parent, self._show_title)
        host.session.problemChanged.connect(self._show_read_problem)
        host.orders.countChanged.connect(self._cached_total_known)
        for view in host.list_area.problem_views:
            view.accountRequested.connect(lambda account_id: self.open_accounts(edit=account_id))
            view.retryRequested.connect(lambda: host.session.refresh())

    def start(self) -> None:
        """Show the last account from the cache, then refresh it in the background."""
        host = self._host
        self._fill_accounts()
        console = host.context.console
        host.banner.tell_what_was_set_aside(console)
        last = console.settings.last_account
        accounts = console.settings.accounts
        if last is None or console.settings.account(last) is None:
            last = accounts[0].id if accounts else None
        host.session.switch(last)

    def _fill_accounts(self) -> None:
        host = self._host
        host.accounts_combo.blockSignals(True)
        host.accounts_combo.clear()
        for account in host.context.console.settings.accounts:
            host.accounts_combo.addItem(account.name, account.id)
        if host.session.account_id is not None:
            index = host.accounts_combo.findData(host.session.account_id)
            host.accounts_combo.setCurrentIndex(index)
        host.accounts_combo.blockSignals(False)

    def _account_chosen(self, index: int) -> None:
        host = self._host
        account_id = host.accounts_combo.itemData(index)
        if account_id != host.session.account_id:
            host.session.switch(account_id)

    def _account_changed(self, account_id: str | None) -> None:
        host = self._host
        account = host.context.console.settings.account(account_id) if account_id else None
        self._show_title()
        self._fill_accounts()
        host.detail.set_account(account_id)
        host.orders.set_account(account_id)
        host.session.count_awaiting()
        # Without an account there is nothing to search, filter, refresh or change: the
        # welcome says how to add one.
        self._place_read_problem()
        host.filter_bar.setVisible(account is not None)
        host.search.setEnabled(account is not None)
        host.pane.empty.setVisible(account is not None and host.detail.order_id is None)
        self.apply_capabilities()

    def _show_title(self) -> None:
        """The console's name, the account's, and (demo) for the demo's accounts."""
        host = self._host
        account = host.session.account()
        title = APP_TITLE + (f" — {account.name}" if account else "")
        mark = self.tr(DEMO_MARK)
        # Demo accounts' names already say it.
        if host.demo and not title.endswith((DEMO_MARK, mark)):
            title += f" {mark}"
        host.setWindowTitle(title)

    def apply_capabilities(self) -> None:
        """Offer what the account can do: on switching to it, and again once its server says
        more (Spree 5.6 emails no cancel, which its first answers tell)."""
        host = self._host
        account_id = host.session.account_id
        account = host.context.console.settings.account(account_id) if account_id else None
        capabilities = host.detail.capabilities if account is not None else None
        host.offer_actions(capabilities)
        if capabilities is not None:
            host.pane.set_capabilities(capabilities)
            words = state_words(account.backend) if account else None
            host.filter_bar.set_capabilities(
                capabilities.payment_states, capabilities.due_dates, words
            )
            self.show_decision_note()
            host.table.set_hidden_columns(hidden_columns(capabilities))

    def open_accounts(self, *, adding: bool = False, edit: str | None = None) -> None:
        """File → Accounts…; `adding` opens on a new account's form, `edit` on that account's."""
        from approval_console.ui.dialogs.accounts import AccountsDialog

        host = self._host
        dialog = AccountsDialog(host.context.console, host.context.runner, host.dialogs.owner)
        dialog.accountSaved.connect(self._account_saved)
        dialog.accountsChanged.connect(self._accounts_edited)
        host.dialogs.open(dialog)
        if adding:
            dialog.start_adding()
        elif edit is not None:
            dialog.start_editing(edit)

    def _account_saved(self, account_id: str) -> None:
        """A new key or address for the account on screen is tried at once, not in 2 minutes."""
        host = self._host
        if account_id == host.session.account_id:
            host.session.refresh()

    def _accounts_edited(self) -> None:
        host = self._host
        self._fill_accounts()
        if host.session.account() is None:
            accounts = host.context.console.settings.accounts
            host.session.switch(accounts[0].id if accounts else None)

    def _show_read_problem(self, problem: ReadProblem | None) -> None:
        host = self._host
        host.list_area.show_problem(problem)
        self._place_read_problem()

    def _cached_total_known(self, _shown: int, total: int) -> None:
        self._cached_total = total
        self._place_read_problem()

    def _place_read_problem(self) -> None:
        host = self._host
        listed = host.list_area.place(
            account=host.session.account_id is not None,
            problem=host.session.problem,
            cached=self._cached_total,
        )
        # "Select an order" beside a list that cannot exist would only puzzle.
        host.pane.empty.setVisible(listed and host.detail.order_id is None)

    def show_decision_note(self) -> None:
        host = self._host
        account = host.session.account()
        note = decision_note(account, host.detail.capabilities) if account is not None else ""
        host.pane.set_decision_note(note)
