"""The order list's row menu: a right click, Shift+F10 or the Menu key on the selection.

It copies what a person pastes elsewhere (numbers, emails, a link to the order in its vendor's
own admin) and offers the window's own order actions: the very QActions of the Orders menu and
the toolbar, so what is enabled, hidden, named ("Change status of 3…") and done is exactly the
same wherever it is chosen. With several rows selected, copying gives one line per order and
the actions act on the selection, as the menus do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS, admin_link
from approval_console.core.domain import Order
from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.ui.context import UiContext
from approval_console.ui.viewmodels.detail import DetailViewModel
from approval_console.ui.viewmodels.session import SessionViewModel
from approval_console.ui.widgets.order_table import OrderTableView
from approval_console.ui.widgets.popup_menu import MenuOpener
from approval_console.ui.wording import with_number

COPY_NUMBER = QT_TRANSLATE_NOOP("RowMenu", "Copy &number")
COPY_EMAIL = QT_TRANSLATE_NOOP("RowMenu", "Copy &email")
COPY_LINK = QT_TRANSLATE_NOOP("RowMenu", "Copy &link to the order in {title}")


class RowMenuHost(Protocol):
    """The window whose list has the menu (`MainWindow`)."""

    @property
    def context(self) -> UiContext: ...
    @property
    def session(self) -> SessionViewModel: ...
    @property
    def table(self) -> OrderTableView: ...
    @property
    def detail(self) -> DetailViewModel: ...

    def row_menu_actions(self) -> list[QAction]: ...
    def say(self, message: str, timeout: int = ...) -> None: ...


class RowMenu(MenuOpener):
    def __init__(self, host: RowMenuHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host

    def wire(self) -> None:
        self._host.table.rowMenuRequested.connect(self.popup)

    # -- what it acts on ----------------------------------------------------------------------

    def orders(self) -> list[Order]:
        """The selected orders in the list's order; the current one if none is selected."""
        table = self._host.table
        rows = table.selected_rows()
        if not rows and table.currentIndex().isValid():
            rows = [table.currentIndex().row()]
        model = table.model()
        order_at: Callable[[int], Order | None] = model.order_at  # type: ignore[attr-defined]  # an OrderTableModel
        return [order for order in map(order_at, rows) if order is not None]

    def _account(self) -> Account | None:
        host = self._host
        account_id = host.session.account_id
        return host.context.console.settings.account(account_id) if account_id else None

    def links(self, orders: Sequence[Order]) -> list[str]:
        """Each order's page in its vendor's admin (none for a vendor without one)."""
        account = self._account()
        if account is None:
            return []
        found = (admin_link(account.backend, account.base_url, o.number) for o in orders)
        return [link for link in found if link]

    def link_title(self) -> str | None:
        """The vendor's name for the link's entry, or None where there is no admin link."""
        account = self._account()
        backend = BACKENDS.get(account.backend) if account is not None else None
        return backend.title if backend is not None and backend.admin_link else None

    # -- the menu ----------------------------------------------------------------------------

    def build(self) -> QMenu:
        menu = QMenu(self._host.table)
        menu.setObjectName("rowMenu")
        menu.addAction(self.tr(COPY_NUMBER), self.copy_numbers)
        menu.addAction(self.tr(COPY_EMAIL), self.copy_emails)
        title = self.link_title()
        if title is not None:
            menu.addAction(self.tr(COPY_LINK).format(title=title), self.copy_links)
        actions = self._host.row_menu_actions()
        if any(action.isVisible() for action in actions):
            menu.addSeparator()
            for action in actions:
                menu.addAction(action)  # hidden ones stay hidden: what the account allows
        return menu

    def popup(self, where: QPoint) -> QMenu | None:
        host = self._host
        if not self.orders():
            return None
        # The window's actions act on the order in the detail pane, which follows the list a
        # moment later: a row just right-clicked is shown at once, so an action chosen at
        # once acts on it and not on the order shown before.
        host.detail.show(host.table.current_order_id())
        return self.open_menu(self.build(), where)

    # -- copying -----------------------------------------------------------------------------

    def copy_numbers(self) -> None:
        lines = [order.name for order in self.orders()]
        self._copy(
            lines,
            none=self.tr("No numbers to copy."),
            one=self.tr("Copied the number: {value}"),
            many=self.tr("Copied %n number(s).", "", len(lines)),
        )

    def copy_emails(self) -> None:
        emails = [order.customer.email for order in self.orders() if order.customer.email]
        self._copy(
            emails,
            none=self.tr("No emails to copy."),
            one=self.tr("Copied the email: {value}"),
            many=self.tr("Copied %n email(s).", "", len(emails)),
        )

    def copy_links(self) -> None:
        lines = self.links(self.orders())
        self._copy(
            lines,
            none=self.tr("No links to copy."),
            one=self.tr("Copied the link: {value}"),
            many=self.tr("Copied %n link(s).", "", len(lines)),
        )

    def _copy(self, lines: list[str], *, none: str, one: str, many: str) -> None:
        """One value a line, as a spreadsheet column or a mail's To field takes them."""
        if not lines:
            self._host.say(none)
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText("\n".join(lines))
        count = len(lines)
        self._host.say(with_number(many, count) if count > 1 else one.format(value=lines[0]))
