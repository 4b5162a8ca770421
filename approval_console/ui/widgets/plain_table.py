"""A read-only, row-selecting table over a standard item model, in the house look, for the
small reference lists (a merchant's accounts, their buyers, webhook endpoints) that need no
model of their own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def plain_table(headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    """The view and its model, one column per header."""
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
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
