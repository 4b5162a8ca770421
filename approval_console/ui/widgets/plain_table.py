"""A read-only, row-selecting table over a standard item model, in the house look, for the
small reference lists (a merchant's accounts, their buyers, webhook endpoints) that need no
model of their own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_PADDING = 10  # pixels around a row's line of text


def read_only_rows(
    view: QTableView, *, several: bool = False, row_padding: int = ROW_PADDING
) -> QTableView:
    """A list of whole rows, read, never edited: one line each (a line of text and
    `row_padding`), no row numbers; `several` rows may be selected at once."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + row_padding)
    return view


def plain_table(headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    """The view and its model, one column per header."""
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = read_only_rows(QTableView())
    view.setModel(model)
    view.setShowGrid(False)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return view, model


def text_cell(text: str | None, *, tooltip: bool = False) -> QStandardItem:
    """A cell showing `text`, or a dash for nothing; `tooltip` repeats a text cut short."""
    item = QStandardItem(text or "—")
    if tooltip and text:
        item.setToolTip(text)
    return item
