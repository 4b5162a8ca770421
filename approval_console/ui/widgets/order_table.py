"""The order list view: keeps the selection, current order and scroll across every refresh."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from approval_console.ui.models.orders import (
    COLUMNS,
    ORDER_ID_ROLE,
    STATUS_COLUMN,
    OrderTableModel,
    column_width,
)
from approval_console.ui.widgets.status_chip import StatusChipDelegate


class OrderTableView(QTableView):
    currentOrderChanged = Signal(object)  # order id or None
    selectionCountChanged = Signal(int)

    def __init__(self, model: OrderTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setObjectName("orderTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One stop for Tab: the arrows move through the orders, Tab moves on to the detail
        # pane. Taking Tab cell by cell would trap the keyboard here (and change the order).
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.setItemDelegateForColumn(STATUS_COLUMN, StatusChipDelegate(self))
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        for column, spec in enumerate(COLUMNS):
            self.setColumnWidth(column, column_width(spec, self.font(), self.style()))

        self._saved_selection: list[int] = []
        self._saved_current: int | None = None
        self._saved_top: int | None = None
        self._saved_all = False
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def set_hidden_columns(self, hidden: frozenset[int]) -> None:
        for column in range(len(COLUMNS)):
            self.setColumnHidden(column, column in hidden)

    # -- what is selected ----------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Selected rows from the selection's ranges: cheap even with 100,000 selected."""
        rows: list[int] = []
        selection = self.selectionModel().selection()
        for index in range(selection.size()):  # QItemSelection is a list the stubs cannot iterate
            selection_range = selection.at(index)
            rows.extend(range(selection_range.top(), selection_range.bottom() + 1))
        return sorted(set(rows))

    def selected_count(self) -> int:
        return len(self.selected_rows())

    def current_order_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(ORDER_ID_ROLE) if index.isValid() else None

    def select_rows(self, rows: list[int], *, current: int | None = None) -> None:
        """Replace the selection with these rows, as contiguous ranges."""
        selection = QItemSelection()
        last = len(COLUMNS) - 1
        for start, end in _ranges(sorted(set(rows))):
            selection.select(self._model.index(start, 0), self._model.index(end, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        if current is not None:
            self.selectionModel().setCurrentIndex(
                self._model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.scrollTo(self._model.index(current, 0))
        self._selection_changed()

    # -- surviving a reset ---------------------------------------------------------------------

    def _remember(self) -> None:
        count = self._model.rowCount()
        rows = self.selected_rows()
        self._saved_all = bool(count) and len(rows) == count
        self._saved_selection = [r for r in (self._model.rowid_at(row) for row in rows) if r]
        current = self.currentIndex()
        self._saved_current = self._model.rowid_at(current.row()) if current.isValid() else None
        top = self.rowAt(0)
        self._saved_top = self._model.rowid_at(top) if top >= 0 else None

    def _restore(self) -> None:
        model = self._model
        if self._saved_all:
            self.selectAll()
        else:
            rows = [row for row in map(model.row_of, self._saved_selection) if row is not None]
            current = model.row_of(self._saved_current) if self._saved_current else None
            self.select_rows(rows)
            if current is not None:
                self.selectionModel().setCurrentIndex(
                    model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        top = model.row_of(self._saved_top) if self._saved_top else None
        if top is not None:
            self.scrollTo(model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        self._current_changed(self.currentIndex(), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentOrderChanged.emit(current.data(ORDER_ID_ROLE) if current.isValid() else None)

    def _selection_changed(self, *_args: object) -> None:
        self.selectionCountChanged.emit(self.selected_count())


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for row in rows:
        if ranges and row == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], row)
        else:
            ranges.append((row, row))
    return ranges
