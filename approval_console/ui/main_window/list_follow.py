"""The list and the detail pane keeping up with each other, and with the person.

The search is applied a moment after typing stops; the detail pane follows the current row a
moment later, so arrowing through the list or typing a search is never held up by drawing a
timeline per row passed; the list never leaves the pane empty when there is something to show;
and orders asked for (a find, "select those not applied") are selected once the list has them.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

from approval_console.ui.viewmodels.detail import DetailViewModel
from approval_console.ui.viewmodels.list_filters import ListFilters
from approval_console.ui.viewmodels.orders import OrderListViewModel
from approval_console.ui.widgets.filter_bar import FilterBar
from approval_console.ui.widgets.order_table import OrderTableView

SEARCH_DEBOUNCE_MS = 250
DETAIL_FOLLOW_MS = 80


class ListHost(Protocol):
    """The window whose list this follows (`MainWindow`)."""

    @property
    def orders(self) -> OrderListViewModel: ...
    @property
    def detail(self) -> DetailViewModel: ...
    @property
    def table(self) -> OrderTableView: ...
    @property
    def search(self) -> QLineEdit: ...
    @property
    def filter_bar(self) -> FilterBar: ...


class ListFollower(QObject):
    def __init__(self, host: ListHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._select_after_query: list[str] | None = None  # ids to select once listed
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_FOLLOW_MS)
        self._next_order: str | None = None

    def wire(self) -> None:
        """Wired by the window in its order: after the status bar has counted the list."""
        host = self._host
        host.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_timer.timeout.connect(self.apply_search)
        host.filter_bar.filtersChanged.connect(host.orders.set_filters)
        host.orders.countChanged.connect(self.count_changed)
        host.table.currentOrderChanged.connect(self.current_changed)
        self._detail_timer.timeout.connect(lambda: host.detail.show(self._next_order))

    def stop(self) -> None:
        self.search_timer.stop()
        self._detail_timer.stop()

    def apply_search(self) -> None:
        host = self._host
        host.filter_bar.update_search(host.search.text())
        host.orders.set_search(host.search.text())

    def count_changed(self, shown: int, _total: int) -> None:
        table = self._host.table
        if self._select_after_query is not None:
            rows = self._rows_of(self._select_after_query)
            if rows:
                self._select_after_query = None
                table.select_rows(rows, current=rows[0])
        elif shown and not table.currentIndex().isValid():
            # Never an empty detail pane when there is something to show.
            table.select_rows([0], current=0)
        elif shown and self._host.detail.order_id is None:
            # Switched away and back before the other account's list arrived: the same rows
            # came back without a reset, so no current-row signal; the pane follows anyway.
            self.current_changed(table.current_order_id())

    def current_changed(self, order_id: str | None) -> None:
        """The pane shows the first order at once; any other change of order, to none too,
        waits a moment: a new filter or sort clears the current row and then makes its first
        row current, and the list's first screen is drawn before the pane is laid out again."""
        self._next_order = order_id
        if self._host.detail.order_id is None:
            self._detail_timer.stop()
            self._host.detail.show(order_id)
        else:
            self._detail_timer.start()

    def _rows_of(self, order_ids: list[str]) -> list[int]:
        orders = self._host.orders
        return [row for row in map(orders.row_for_id, order_ids) if row is not None]

    def select_ids(self, order_ids: list[str]) -> None:
        """Select these orders of the account in use.

        Orders hidden by the search or the filters, or not listed yet, are shown first: the
        search and filters are cleared and the orders selected once the list has them.
        """
        host = self._host
        rows = self._rows_of(order_ids)
        if len(rows) == len(order_ids):
            host.table.select_rows(rows, current=rows[0] if rows else None)
            return
        self._select_after_query = list(order_ids)
        host.search.blockSignals(True)
        host.search.clear()
        host.search.blockSignals(False)
        host.filter_bar.set_filters(ListFilters())
        host.orders.set_filters(ListFilters())
        host.orders.requery()
