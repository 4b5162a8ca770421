"""The order table across accounts: the same lazily read rows, with an Account column first.

Rowids are unique across accounts, so the single-account model already reads any account's
rows; this one only learns each row's account from the query and shows its name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from approval_console.core.domain import Order
from approval_console.store.orders import OrderCache
from approval_console.ui.models.orders import COLUMNS, STATUS_COLUMN, OrderTableModel

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 11
ACROSS_STATUS_COLUMN = STATUS_COLUMN + 1

Index = QModelIndex | QPersistentModelIndex


class AcrossAccountsModel(OrderTableModel):
    """Column 0 is the account; the order columns follow, shifted by one."""

    def __init__(self, reader: OrderCache, parent: Any = None) -> None:
        super().__init__(reader, parent)
        self._accounts: list[str] = []
        self._names: dict[str, str] = {}

    def set_rows(self, rows: Sequence[tuple[int, str]], names: dict[str, str]) -> None:
        """Rows as (rowid, account id) in display order; `names` maps accounts to names."""
        self._names = dict(names)
        self._accounts = [account for _rowid, account in rows]
        self.set_rowids([rowid for rowid, _account in rows])

    def account_at(self, row: int) -> str | None:
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def entry_at(self, row: int) -> tuple[str, Order] | None:
        account, order = self.account_at(row), self.order_at(row)
        return (account, order) if account is not None and order is not None else None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0:
            return self.tr("Account") if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section - 1, orientation, role)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < self.rowCount() and 0 <= column <= len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.column() == 0:
            account = self.account_at(index.row())
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._names.get(account or "", account)
            if role == ACCOUNT_ROLE:
                return account
            return super().data(self.createIndex(index.row(), 1), role) if role != 0 else None
        return super().data(self.createIndex(index.row(), index.column() - 1), role)

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        if column > 0:
            super().sort(column - 1, order)
