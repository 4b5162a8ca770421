"""One place where "these orders changed" is said, and heard (Anki's `OpChanges`).

Whatever changes cached orders — a status change, a review decision, a bulk run, a refresh —
publishes the account and the ids it touched, once. The list, the detail pane, the review queue
and the counts subscribe and refresh what concerns them, instead of each window relaying its own
`ordersChanged` signal to the others by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class OrderChanges:
    """Orders of one account whose cached rows changed.

    `ids` empty means "any of the account's orders may have changed" (a full refresh); an
    `account_id` of None means every account (the review queue's refresh of all of them).
    """

    account_id: str | None
    ids: frozenset[str] = frozenset()

    @property
    def everything(self) -> bool:
        return not self.ids

    def concerns(self, account_id: str | None) -> bool:
        return self.account_id is None or account_id is None or self.account_id == account_id


class ChangeBus(QObject):
    """Lives on the GUI thread; publish from there (operation results arrive there)."""

    changed = Signal(object)  # OrderChanges

    def publish(self, account_id: str | None, ids: Iterable[str] = ()) -> None:
        self.changed.emit(OrderChanges(account_id, frozenset(ids)))
