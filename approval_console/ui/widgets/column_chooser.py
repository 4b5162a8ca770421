"""The list header's menu: every column with a tick, and "Reset columns".

A person hides what they never read and brings it back the same way; the menu stays open while
they tick, so hiding three columns is three clicks, not three trips to the header. The Number
column names the order and always stays. A column the account has nothing for (Apruve keeps no
due dates) is listed, unticked and greyed, so its absence is explained rather than a mystery.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.ui.widgets.filter_chips import StayOpenMenu
from approval_console.ui.widgets.popup_menu import MenuOpener

RESET_TEXT = QT_TRANSLATE_NOOP("ColumnChooser", "Reset columns")


class ColumnHost(Protocol):
    """The table whose columns are chosen (`OrderTableView`)."""

    def horizontalHeader(self) -> QHeaderView: ...
    def column_titles(self) -> list[str]: ...  # in the person's language
    def column_shown(self, column: int) -> bool: ...
    def column_offered(self, column: int) -> bool: ...
    def column_locked(self, column: int) -> bool: ...
    def show_column(self, column: int, shown: bool) -> None: ...
    def reset_columns(self) -> None: ...


class ColumnChooser(MenuOpener):
    """The column menu that a right click on the header opens (the table asks for it)."""

    def __init__(self, table: ColumnHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table

    def build(self, parent: QWidget | None = None) -> QMenu:
        """The menu as it is now: a tick per column in the header's order, then Reset."""
        table = self._table
        menu = StayOpenMenu(parent)
        menu.setObjectName("columnChooser")
        header = table.horizontalHeader()
        titles = table.column_titles()
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            offered = table.column_offered(column)
            text = (
                titles[column]
                if offered
                else self.tr("{column} (not kept by this account)").format(column=titles[column])
            )
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(offered and table.column_shown(column))
            action.setEnabled(offered and not table.column_locked(column))
            action.setData(column)
            action.toggled.connect(
                lambda shown, column=column: table.show_column(column, bool(shown))
            )
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(translate("ColumnChooser", RESET_TEXT))
        reset.triggered.connect(table.reset_columns)
        return menu

    def popup(self, where: QPoint) -> QMenu:
        return self.open_menu(self.build(self._table.horizontalHeader()), where)
