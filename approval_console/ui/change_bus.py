"""One place where "these orders changed" is said, and heard (Anki's `OpChanges`).

Whatever changes cached orders — a status change, a review decision, a bulk run, a refresh —
publishes the account and the ids it touched, once. The list, the detail pane, the review queue
and the counts subscribe and refresh what concerns them, instead of each window relaying its own
signal to the others by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class OrderChanges:
    """Orders of one account whose cached rows changed.

    `ids` empty means "any of the account's orders may have changed"; an `account_id` of None
    means every account (the review queue's refresh of all of them). `refreshed` says the
    account was read again from its server: its statuses may be new and orders may have come
    or gone, whatever ids are named. `source` is the publisher, so that it can skip what it
    said itself (it has shown its own change already).
    """

    account_id: str | None
    ids: frozenset[str] = frozenset()
    refreshed: bool = False
    source: object | None = field(default=None, compare=False)

    @property
    def everything(self) -> bool:
        """The list must be read again as a whole: which rows match may have changed."""
        return self.refreshed or not self.ids

    def concerns(self, account_id: str | None) -> bool:
        return self.account_id is None or account_id is None or self.account_id == account_id

    def names(self, account_id: str | None, order_id: str | None) -> bool:
        """Whether this change names that order of that account (a detail to show again)."""
        return order_id is not None and order_id in self.ids and self.concerns(account_id)


class ChangeBus(QObject):
    """Lives on the GUI thread; publish from there (operation results arrive there)."""

    changed = Signal(object)  # OrderChanges

    def publish(
        self,
        account_id: str | None,
        ids: Iterable[str] = (),
        *,
        refreshed: bool = False,
        source: object | None = None,
    ) -> None:
        self.changed.emit(OrderChanges(account_id, frozenset(ids), refreshed, source))
