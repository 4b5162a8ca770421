"""The order list view: keeps the selection, current order and scroll across every refresh.

It also owns what a person arranges in it: which columns show (the header's menu, see
`ColumnChooser`), their widths and order as one layout that can be saved and put back, and the
Number column, which is never cut. A right click or the keyboard asks for the row menu.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFontMetricsF, QHelpEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from approval_console.ui.models.orders import (
    COLUMNS,
    COMMON_FOCUS_MARGIN,
    NUMBER_COLUMN,
    ORDER_ID_ROLE,
    SLACK,
    STATUS_COLUMN,
    OrderTableModel,
    cell_margins,
    column_width,
    focus_frame_margin,
)
from approval_console.ui.roles import DISPLAY_ROLE, TOOLTIP_ROLE
from approval_console.ui.state import encode_state, restore_state
from approval_console.ui.widgets.status_chip import StatusChipDelegate

if TYPE_CHECKING:
    from approval_console.ui.widgets.column_chooser import ColumnChooser

Index = QModelIndex | QPersistentModelIndex


class CutTextDelegate(QStyledItemDelegate):
    """Cells as Qt draws them; a text cut short by its column shows whole in its tooltip."""

    def __init__(self, view: OrderTableView) -> None:
        super().__init__(view)
        self._view = view

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = index.data(DISPLAY_ROLE)
            if isinstance(text, str) and text and self._cut(text, option):
                note = index.data(TOOLTIP_ROLE)
                QToolTip.showText(event.globalPos(), f"{text}\n{note}" if note else text, view)
                return True
        return super().helpEvent(event, view, option, index)

    def _cut(self, text: str, option: QStyleOptionViewItem) -> bool:
        """Whether `text` is wider than the cell leaves it: Qt sets it in by the view's focus
        frame margin and one pixel more, on either side."""
        room = option.rect.width() - 2 * (self._view.frame_margin + 1)
        return option.fontMetrics.horizontalAdvance(text) > room


class WholeTextDelegate(CutTextDelegate):
    """Never elided: the column is kept wide enough, and should a pixel be missing after all
    (a scale that rounds the other way) the text is clipped, never replaced by "…"."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        # Only a text that does not fit is told so: naming Qt's elide mode builds `Qt` (see
        # `ui.roles`), and the first paint's numbers fit.
        if self._cut(option.text, option):
            from PySide6.QtCore import Qt

            option.textElideMode = Qt.TextElideMode.ElideNone


class OrderTableView(QTableView):
    currentOrderChanged = Signal(object)  # order id or None
    selectionCountChanged = Signal(int)
    columnsChanged = Signal()  # a column shown, hidden or the columns reset, by the person
    rowMenuRequested = Signal(QPoint)  # where (global) the row menu opens, for the selection

    def __init__(
        self,
        model: OrderTableModel,
        parent: QWidget | None = None,
        *,
        first_paint: bool = False,
    ) -> None:
        """With `first_paint` (the start-up preview), only what the first screen needs is set
        up, and `complete_setup` does the rest once the list is on screen: each of those parts
        costs PySide a class of enums to build (`QStyle`'s, `Qt`'s, see `ui.roles`)."""
        super().__init__(parent)
        self._model = model
        # The first paint measures with Qt's common focus frame margin (which Fusion keeps).
        self._frame_margin = COMMON_FOCUS_MARGIN if first_paint else focus_frame_margin(self)
        header = self.horizontalHeader()
        header.hide()  # until it shows its own copy of the titles, below
        vertical = self.verticalHeader()
        vertical.hide()
        self.setModel(model)
        # The header shows the titles from a model of Qt's own: asking the Python model's
        # `headerData` passes a `Qt.Orientation`, and so builds PySide's `Qt` before the first
        # paint (see `ui.roles`). A hidden header asks nothing when the view gets its model;
        # the vertical one, of a title per row, is never shown.
        self._titles = QStandardItemModel(0, model.columnCount(), self)
        header.setModel(self._titles)
        self._copy_titles()
        model.headerDataChanged.connect(self._copy_titles)
        header.show()
        self.setObjectName("orderTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One stop for Tab: the arrows move through the orders, Tab moves on to the detail
        # pane. Taking Tab cell by cell would trap the keyboard here (and change the order).
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setItemDelegate(CutTextDelegate(self))
        self.setItemDelegateForColumn(STATUS_COLUMN, StatusChipDelegate(self))
        self.setItemDelegateForColumn(NUMBER_COLUMN, WholeTextDelegate(self))
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self._capability_hidden: frozenset[int] = frozenset()
        self._chosen_hidden: frozenset[int] = frozenset()
        self._widest_number = ""
        self._set_default_widths()
        header.sectionResized.connect(self._keep_number_whole)
        model.numbersRead.connect(self._number_read)
        header.customContextMenuRequested.connect(self._column_menu_requested)
        self._chooser: ColumnChooser | None = None

        self._saved_selection: list[int] = []
        self._saved_current: int | None = None
        self._saved_top: int | None = None
        self._saved_all = False
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        if not first_paint:
            self.complete_setup()

    @property
    def frame_margin(self) -> int:
        """The focus frame margin the list is measured with (`complete_setup`)."""
        return self._frame_margin

    def complete_setup(self) -> None:
        """What the first screen does without: the style's own focus frame margin (a wider one
        than the list was first measured with widens the Number column, which is never cut),
        sorting by a click on a title, the sort arrow, and the header's column menu."""
        from PySide6.QtCore import Qt

        margin = focus_frame_margin(self)
        if margin != self._frame_margin:
            self._frame_margin = margin
            self._fit_number()
        header = self.horizontalHeader()
        # The database sorts (`OrderTableModel.sort`); not the view's own sorting, which sorts
        # at once when switched on.
        header.sortIndicatorChanged.connect(self._model.sort)
        if header.isSortIndicatorShown() and header.sortIndicatorSection() >= 0:
            # The sort the columns' saved layout put back before a sort could be asked for:
            # the list takes it now.
            self._model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        elif not header.isSortIndicatorShown():
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # none until one is chosen
            header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    # -- columns -------------------------------------------------------------------------------

    @property
    def chooser(self) -> ColumnChooser:
        """The header's column menu, made on first use: its menus wait until the list is shown."""
        if self._chooser is None:
            from approval_console.ui.widgets.column_chooser import ColumnChooser

            self._chooser = ColumnChooser(self)
        return self._chooser

    def _column_menu_requested(self, pos: QPoint) -> None:
        self.chooser.popup(self.horizontalHeader().viewport().mapToGlobal(pos))

    def set_hidden_columns(self, hidden: frozenset[int]) -> None:
        """The columns the account has nothing for: hidden whatever the person chose."""
        self._capability_hidden = frozenset(hidden)
        self._show_columns()

    def column_titles(self) -> list[str]:
        """The columns' titles as the header shows them, in the person's language."""
        return [column.label for column in COLUMNS]

    def _copy_titles(self) -> None:
        """Takes none of `headerDataChanged`'s arguments: a `Qt.Orientation` among them would
        have to be built for it (see `ui.roles`)."""
        self._titles.setHorizontalHeaderLabels(self.column_titles())

    def column_shown(self, column: int) -> bool:
        return not self.isColumnHidden(column)

    def column_offered(self, column: int) -> bool:
        """Whether the account has anything to show in this column."""
        return column not in self._capability_hidden

    def column_locked(self, column: int) -> bool:
        """Always shown: the Number column names the order."""
        return COLUMNS[column].whole

    def show_column(self, column: int, shown: bool) -> None:
        """The person's choice from the header's menu; the Number column always stays."""
        if self.column_locked(column):
            return
        chosen = set(self._chosen_hidden)
        if shown:
            chosen.discard(column)
        else:
            chosen.add(column)
        self._chosen_hidden = frozenset(chosen)
        self._show_columns()
        self.columnsChanged.emit()

    def reset_columns(self) -> None:
        """Every column back in its first place and width, none hidden by choice."""
        self._set_default_layout()
        self.columnsChanged.emit()

    def column_layout(self) -> dict[str, object]:
        """Widths, order and the columns hidden by choice, as the settings file keeps them."""
        header = self.horizontalHeader()
        hidden = sorted(COLUMNS[column].title for column in self._chosen_hidden)
        return {
            "header": encode_state(header.saveState()),
            "columns": header.count(),
            "hidden": hidden,
        }

    def apply_column_layout(self, layout: Mapping[str, object] | None) -> bool:
        """Put a saved layout back (False, and nothing changed, for one of another column set,
        whose widths would land on the wrong columns). The sort stays as it is: it belongs to
        the list on screen, not to the columns' arrangement."""
        header = self.horizontalHeader()
        if layout is None or layout.get("columns") != header.count():
            return False
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        header.blockSignals(True)  # or the saved sort indicator would sort the list again
        try:
            restore_state(layout.get("header"), header.restoreState)
            header.setSortIndicator(section, order)
        finally:
            header.blockSignals(False)
        hidden = layout.get("hidden")
        titles = set(hidden) if isinstance(hidden, list) else set()
        self._chosen_hidden = frozenset(
            column for column, spec in enumerate(COLUMNS) if spec.title in titles and not spec.whole
        )
        self._show_columns()
        self._fit_number()
        self.updateGeometries()
        self.viewport().update()
        return True

    def set_default_layout(self) -> None:
        """The layout of a first start: for an account (or view) nothing was saved for."""
        self._set_default_layout()

    def number_width(self) -> int:
        """Wide enough for the widest number read so far, in the list's own font: measured
        in fractions and rounded up, so no scale factor leaves it a pixel short."""
        spec = COLUMNS[NUMBER_COLUMN]
        width = column_width(spec, self.font(), self._frame_margin)
        if self._widest_number:
            metrics = QFontMetricsF(self.font())
            margins = cell_margins(self._frame_margin)
            measured = math.ceil(metrics.horizontalAdvance(self._widest_number)) + margins + SLACK
            width = max(width, measured)
        return width

    def _set_default_widths(self) -> None:
        for column, spec in enumerate(COLUMNS):
            self.setColumnWidth(column, column_width(spec, self.font(), self._frame_margin))
        self._fit_number()

    def _set_default_layout(self) -> None:
        header = self.horizontalHeader()
        for logical in range(header.count()):
            visual = header.visualIndex(logical)
            if visual != logical:
                header.moveSection(visual, logical)
        self._chosen_hidden = frozenset()
        self._show_columns()
        self._set_default_widths()

    def _show_columns(self) -> None:
        hidden = self._capability_hidden | self._chosen_hidden
        for column, spec in enumerate(COLUMNS):
            self.setColumnHidden(column, column in hidden and not spec.whole)

    def _number_read(self, number: str) -> None:
        if len(number) > len(self._widest_number):
            self._widest_number = number
            self._fit_number()

    def _fit_number(self) -> None:
        if self.columnWidth(NUMBER_COLUMN) < self.number_width():
            self.setColumnWidth(NUMBER_COLUMN, self.number_width())

    def _keep_number_whole(self, logical: int, _old: int, new: int) -> None:
        """A drag may widen the Number column, never cut its numbers."""
        if logical == NUMBER_COLUMN and 0 < new < self.number_width():
            self._fit_number()

    # -- the row menu --------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A right click on a row not selected selects it first, as in a file manager: the
        menu acts on what is selected, so it must be what the person pointed at."""
        if event.reason() != QContextMenuEvent.Reason.Mouse:
            self.request_row_menu()
            return
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        if not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.select_rows([index.row()], current=index.row())
        else:
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.rowMenuRequested.emit(event.globalPos())

    def request_row_menu(self) -> None:
        """Shift+F10 or the Menu key: the menu opens under the current row's number."""
        current = self.currentIndex()
        if not current.isValid():
            return
        self.scrollTo(current)
        rect = self.visualRect(self.model().index(current.row(), self._first_shown_column()))
        self.rowMenuRequested.emit(self.viewport().mapToGlobal(rect.bottomLeft()))

    def _first_shown_column(self) -> int:
        header = self.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return NUMBER_COLUMN

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
        # A reset clears the selection without a signal: orders that left the list (all of a
        # filtered status changed to another) must not stay counted, nor offered to act on.
        self._selection_changed()

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
