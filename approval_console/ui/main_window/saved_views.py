"""The window's saved views: the row of views above the list, and what choosing or saving one
does.

Choosing a view puts its filters in the filter bar, its search in the search field, its sort on
the list's header and, when it was saved with them, its columns; the list then asks for those
orders as for any other filter. A view of all accounts opens the All accounts window instead.
What the list shows is told back to the views, so that the chosen one is marked as changed once
the person changes a filter, and "Update view" is offered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from approval_console.core.views import ALL_ORDERS, SavedView, ViewScope
from approval_console.store.orders import SortKey
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.dialogs.save_view import SaveViewDialog
from approval_console.ui.language import follow_language
from approval_console.ui.main_window.column_layouts import LAYOUTS, ColumnLayouts, layout_key
from approval_console.ui.models.orders import COLUMNS
from approval_console.ui.viewmodels.orders import OrderListViewModel
from approval_console.ui.viewmodels.review import QueueMode
from approval_console.ui.viewmodels.session import SessionViewModel
from approval_console.ui.viewmodels.views import (
    SHORTCUT_VIEWS,
    ListState,
    SavedViewsViewModel,
    view_filters,
)
from approval_console.ui.widgets.filter_bar import FilterBar
from approval_console.ui.widgets.order_table import OrderTableView
from approval_console.ui.widgets.views_bar import ViewsBar

if TYPE_CHECKING:
    from approval_console.ui.context import UiContext
    from approval_console.ui.main_window.list_follow import ListFollower


class ViewsHost(Protocol):
    """The window whose views these are (`MainWindow`)."""

    @property
    def context(self) -> UiContext: ...
    @property
    def session(self) -> SessionViewModel: ...
    @property
    def orders(self) -> OrderListViewModel: ...
    @property
    def table(self) -> OrderTableView: ...
    @property
    def filter_bar(self) -> FilterBar: ...
    @property
    def search(self) -> QLineEdit: ...
    @property
    def follower(self) -> ListFollower: ...
    @property
    def dialogs(self) -> DialogHost: ...
    @property
    def act_views(self) -> list[QAction]: ...
    @property
    def pane(self) -> QWidget: ...
    @property
    def column_layouts(self) -> ColumnLayouts: ...

    def open_review(self, mode: QueueMode) -> None: ...

    def say(self, message: str, timeout: int = ...) -> None: ...

    def confirm(
        self, title: str, text: str, button: str, then: Callable[[], None], *, details: str = ""
    ) -> None: ...


class SavedViews(QObject):
    def __init__(self, host: ViewsHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._window = parent
        self.vm = SavedViewsViewModel(host.context, self)
        self.bar = ViewsBar(self.vm)

    def place(self, below: QWidget) -> QWidget:
        """The views' row above `below` (the list and its pane), in a widget of their own."""
        room = QWidget()
        room.setObjectName("viewsRoom")
        layout = QVBoxLayout(room)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(below, 1)
        return room

    def wire(self) -> None:
        """After the window restored its filters: the view they match is the chosen one."""
        host, vm, bar = self._host, self.vm, self.bar
        host.session.accountChanged.connect(self._account_changed)
        host.orders.filtersChanged.connect(self._list_changed)
        # After the list's own slot: by then it holds the new sort.
        host.orders.model.sortRequested.connect(self._list_changed)
        vm.applyRequested.connect(self.apply)
        vm.viewsChanged.connect(self._name_shortcuts)
        bar.saveAsRequested.connect(self.save_as)
        bar.updateRequested.connect(self.update_view)
        bar.renameRequested.connect(self.rename)
        bar.deleteRequested.connect(self.delete)
        self._list_changed()
        follow_language(self.bar, self._name_shortcuts)  # a default view's name is translated
        self._last_in_tab_order()

    def _last_in_tab_order(self) -> None:
        """Tab goes from the filters straight on to the list, as before there were views; the
        views come after the detail pane (Alt+1 … Alt+9 reach a view from anywhere)."""
        pane, bar = self._host.pane, self.bar
        last: QWidget = pane
        widget = pane.nextInFocusChain()
        for _ in range(10_000):  # the chain is a ring: once round it, at most
            if widget is None or widget is pane:
                break
            tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if tab and pane.isAncestorOf(widget):
                last = widget
            widget = widget.nextInFocusChain()
        QWidget.setTabOrder(last, bar.list)
        QWidget.setTabOrder(bar.list, bar.update_button)
        QWidget.setTabOrder(bar.update_button, bar.save_button)

    def _account_changed(self, account_id: str | None) -> None:
        self.bar.setVisible(account_id is not None)
        self.vm.set_account(account_id)
        active = self.vm.active
        if active is not None and active.scope is not ViewScope.ALL:
            self._show_columns(active)  # the view stays chosen: its columns on this account

    def _list_changed(self, *_args: object) -> None:
        orders = self._host.orders
        self.vm.set_state(ListState(orders.filters, orders.sort_key, orders.descending))

    def _name_shortcuts(self) -> None:
        """Alt+1 … Alt+9 say in the View menu which view each shows."""
        views = self.vm.views
        for index, action in enumerate(self._host.act_views[:SHORTCUT_VIEWS]):
            if index < len(views):
                action.setText(f"&{index + 1} {views[index].shown_name.replace('&', '&&')}")
            action.setVisible(index < len(views))

    # -- showing a view --------------------------------------------------------------------------

    def shortcut(self, index: int) -> Callable[[], None]:
        """What Alt+<index + 1> does: show the view in that place."""
        return lambda: self.vm.choose_at(index)

    def apply(self, view: SavedView) -> None:
        host = self._host
        if view.scope is ViewScope.ALL:
            self._open_all(view)
            return
        if view.scope is ViewScope.ACCOUNT and view.account_id != host.session.account_id:
            if host.context.console.settings.account(view.account_id or "") is None:
                host.say(
                    self.tr("The account of “{view}” was removed: the view shows nothing.").format(
                        view=view.shown_name
                    )
                )
                return
            host.session.switch(view.account_id)
        filters = view_filters(view)
        host.follower.search_timer.stop()  # a search still being typed gives way to the view's
        host.search.blockSignals(True)
        host.search.setText(filters.search)
        host.search.blockSignals(False)
        host.filter_bar.set_filters(filters)
        self._show_columns(view)
        header = host.table.horizontalHeader()
        orders = host.orders
        if view.sort is not None:
            key = SortKey(view.sort)
            orders.sort_key, orders.descending = key, view.descending
            column = next((i for i, c in enumerate(COLUMNS) if c.sort is key), -1)
            order = Qt.SortOrder.DescendingOrder if view.descending else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)  # the sort is set above; the header only shows it
            header.setSortIndicator(column, order)
            header.blockSignals(False)
            header.viewport().update()
        if orders.filters == filters:
            orders.requery()
        else:
            orders.set_filters(filters)

    def _show_columns(self, view: SavedView | None) -> None:
        """The view's columns: as last arranged while it was shown (kept per view and account
        by the column layouts), else as saved with the view, else as its account's list. The
        account's own list is All orders (and no view at all)."""
        host = self._host
        account_id = host.session.account_id
        if account_id is None:
            return
        key = None if view is None or view.builtin == ALL_ORDERS else view.id
        if host.column_layouts.key == layout_key(account_id, key):
            return  # on screen already: switching would only save and restore it
        layouts = host.context.console.settings.ui.get(LAYOUTS)
        arranged = isinstance(layouts, dict) and layout_key(account_id, key) in layouts
        host.column_layouts.switch(account_id, key)
        if not arranged and view is not None and key is not None and view.columns is not None:
            host.table.apply_column_layout(view.columns)

    def _open_all(self, view: SavedView) -> None:
        """The All accounts window, filtered as the view says."""
        from approval_console.ui.review_window import ReviewWindow

        self._host.open_review(QueueMode.ALL)
        review = self._window.findChild(ReviewWindow)
        if review is not None:
            review.show_all(view_filters(view))

    # -- saving, renaming, deleting ----------------------------------------------------------------

    def _settle_search(self) -> None:
        """A search typed a moment ago is part of what is saved, debounced or not."""
        follower = self._host.follower
        if follower.search_timer.isActive():
            follower.search_timer.stop()
            follower.apply_search()

    def save_as(self) -> None:
        host = self._host
        if host.session.account_id is None:
            return
        self._settle_search()
        account = host.session.account()
        dialog = SaveViewDialog(
            self.vm.name_problem,
            host.dialogs.owner,
            account_name=account.name if account is not None else None,
        )

        def saved() -> None:
            columns = host.table.column_layout()
            view = self.vm.save_as(dialog.name.text(), dialog.chosen_scope(), columns=columns)
            if view.scope is not ViewScope.ALL:
                self._show_columns(view)  # shown now: its columns are kept as its own from here
            host.say(self.tr("Saved the view “{view}”.").format(view=view.name))

        dialog.accepted.connect(saved)
        host.dialogs.open(dialog)

    def update_view(self) -> None:
        active = self.vm.active
        if active is None:
            return
        self._settle_search()
        self.vm.update_active(columns=self._host.table.column_layout())
        self._host.say(self.tr("Updated the view “{view}”.").format(view=active.shown_name))

    def rename(self, view_id: str) -> None:
        view = self.vm.view(view_id)
        if view is None:
            return
        dialog = SaveViewDialog(
            lambda name: self.vm.name_problem(name, ignore=view_id),
            self._host.dialogs.owner,
            name=view.shown_name,
            renaming=True,
        )
        dialog.accepted.connect(lambda: self.vm.rename(view_id, dialog.name.text()))
        self._host.dialogs.open(dialog)

    def delete(self, view_id: str) -> None:
        view = self.vm.view(view_id)
        if view is None:
            return
        details = (
            self.tr(
                "The views the console comes with can be brought back: right-click the views "
                "and choose Restore default views."
            )
            if view.builtin
            else self.tr(
                "Its filters, sort and columns are forgotten; the orders stay as they are."
            )
        )
        self._host.confirm(
            self.tr("Delete view"),
            self.tr("Delete the view “{view}”?").format(view=view.shown_name),
            self.tr("Delete"),
            lambda: self.vm.delete(view_id),
            details=details,
        )

    def stop(self) -> None:
        self.vm.stop()
