"""Context menus opened one at a time, without a nested event loop.

`QMenu.exec` would run a loop of its own inside the window's, holding up its coroutines while
the menu is open; `popup` does not. A new menu closes the one still open, and the menu is
deleted once closed, so none pile up over a day of right-clicks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu


class MenuOpener(QObject):
    menuShown = Signal(QMenu)  # the menu just opened (tests and journeys look at it)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu: QMenu | None = None  # the one open now

    def open_menu(self, menu: QMenu, where: QPoint) -> QMenu:
        if self.menu is not None:
            self.menu.close()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.destroyed.connect(lambda *_: self._forget(menu))
        self.menu = menu
        menu.popup(where)
        self.menuShown.emit(menu)
        return menu

    def _forget(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None
