"""The window's layout and filters, kept across restarts.

Saved a moment after each change, not only on close: a crash or a logout that kills the app
keeps the layout and filters the person chose. Restored at start, kept on the screen even when
saved on a larger screen or at a smaller scale.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QSplitter, QWidget

from approval_console.ui.context import UiContext
from approval_console.ui.main_window.column_layouts import ColumnLayouts
from approval_console.ui.screen_fit import keep_on_screen
from approval_console.ui.state import encode_state, restore_header, restore_state, save_header
from approval_console.ui.viewmodels.list_filters import ListFilters
from approval_console.ui.viewmodels.orders import OrderListViewModel
from approval_console.ui.viewmodels.session import SessionViewModel
from approval_console.ui.widgets.filter_bar import FilterBar
from approval_console.ui.widgets.order_table import OrderTableView

SAVE_LAYOUT_MS = 1000  # layout and filters reach the settings file this long after a change


class LayoutHost(Protocol):
    """The window whose layout is kept (`MainWindow`)."""

    @property
    def context(self) -> UiContext: ...
    @property
    def session(self) -> SessionViewModel: ...
    @property
    def orders(self) -> OrderListViewModel: ...
    @property
    def table(self) -> OrderTableView: ...
    @property
    def splitter(self) -> QSplitter: ...
    @property
    def filter_bar(self) -> FilterBar: ...
    @property
    def search(self) -> QLineEdit: ...

    def saveGeometry(self) -> QByteArray: ...

    def restoreGeometry(self, geometry: QByteArray | bytes) -> bool: ...

    def window(self) -> QWidget: ...


class LayoutKeeper(QObject):
    def __init__(self, host: LayoutHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_LAYOUT_MS)
        self._timer.timeout.connect(self.save)
        # The columns are kept per account (and per view); the header saved beside the rest is
        # the list as last shown, which the start-up preview paints before any account is open.
        self.columns = ColumnLayouts(host.table, lambda: host.context.console.settings.ui)

    def follow(self) -> None:
        """Save a moment after the columns, the splitter, the filters or the account change."""
        host = self._host
        header = host.table.horizontalHeader()
        host.session.accountChanged.connect(self.columns.switch)
        for changed in (
            header.sectionResized,
            header.sectionMoved,
            host.splitter.splitterMoved,
            host.orders.filtersChanged,
            host.session.accountChanged,
            host.table.columnsChanged,
        ):
            changed.connect(self.changed)

    def changed(self, *_args: object) -> None:
        if not self._stopped:
            self._timer.start()

    def restore(self) -> None:
        host = self._host
        ui = host.context.console.settings.ui
        restore_state(ui.get("geometry"), host.restoreGeometry)
        keep_on_screen(host.window())  # saved on a larger screen, or at a smaller scale
        restore_state(ui.get("splitter"), host.splitter.restoreState)
        restore_header(ui, host.table.horizontalHeader())
        filters = ListFilters.from_json(ui.get("filters"))
        host.orders.filters = filters
        host.filter_bar.set_filters(filters)
        host.search.blockSignals(True)
        host.search.setText(filters.search)
        host.search.blockSignals(False)

    def save(self) -> None:
        host = self._host
        settings = host.context.console.settings
        settings.ui.update(
            geometry=encode_state(host.saveGeometry()),
            splitter=encode_state(host.splitter.saveState()),
            filters=host.orders.filters.to_json(),
            saved_at=time.time(),
        )
        save_header(settings.ui, host.table.horizontalHeader())
        self.columns.save()
        settings.last_account = host.session.account_id
        host.context.console.save_settings()

    def stop(self) -> None:
        """Closing: saved once more now, and no more after."""
        self._stopped = True
        self._timer.stop()
        self.save()
