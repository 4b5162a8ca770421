"""The list keeping up with a long first sync: usable from its first page, not after hours.

Every page a full pass stores is in the cache at once; the list is queried again a moment
after the first page lands (`FIRST_LIST_MS`: a pass of a few pages is over by then and lists
once, as any refresh) and then at most every `LIST_FOLLOW_MS` while pages keep landing (at a
million orders a query is not free, and 60 pages a minute need not mean 60 queries). The table
keeps the person's selection, current order and scroll position across each query (see
`OrderTableView._remember`), and in the default newest-first order the pages land below what
is on screen, so the list grows under the person without moving.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from approval_console.services.sync_pass import SyncProgress
from approval_console.ui.context import UiContext
from approval_console.ui.viewmodels.orders import OrderListViewModel
from approval_console.ui.viewmodels.session import SessionViewModel

FIRST_LIST_MS = 1_000
LIST_FOLLOW_MS = 3_000
# Past this many orders listed, each query and count costs more: the list follows less often.
LARGE_LIST = 200_000
LARGE_LIST_FOLLOW_MS = 10_000


class SyncHost(Protocol):
    """The window whose list follows its account's sync (`MainWindow`)."""

    @property
    def orders(self) -> OrderListViewModel: ...
    @property
    def session(self) -> SessionViewModel: ...
    @property
    def context(self) -> UiContext: ...


class SyncFollower(QObject):
    def __init__(self, host: SyncHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._landed = False  # pages stored since the list was last queried
        self._listed: str | None = None  # the account whose pass the list has shown so far
        self._interval = LIST_FOLLOW_MS
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(LIST_FOLLOW_MS)
        self.timer.timeout.connect(self._show)

    def wire(self) -> None:
        session = self._host.session
        session.syncPassed.connect(self.pages_landed)
        session.accountChanged.connect(lambda _account: self._forget())
        session.synced.connect(lambda _result: self._forget())

    def stop(self) -> None:
        self.timer.stop()

    def pages_landed(self, progress: SyncProgress) -> None:
        """A page of the pass is stored: the first is shown at once, the rest in batches."""
        self._landed = True
        account_id = self._host.session.account_id
        if self.timer.isActive():
            return
        self.timer.start(FIRST_LIST_MS if self._listed != account_id else self._interval)

    def _show(self) -> None:
        if not self._landed:
            return
        self._landed = False
        account_id = self._host.session.account_id
        self._listed = account_id
        # Said on the bus, so the saved views' counts and the review queue follow the list.
        self._host.context.bus.publish(account_id, refreshed=True, source=self)
        big = self._host.orders.model.rowCount() >= LARGE_LIST
        self._interval = LARGE_LIST_FOLLOW_MS if big else LIST_FOLLOW_MS

    def _forget(self) -> None:
        """The pass ended (the window's `synced` lists it whole) or the account changed."""
        self.timer.stop()
        self._landed = False
        self._listed = None
