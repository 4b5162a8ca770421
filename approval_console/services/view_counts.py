"""How many orders each saved view shows, counted from the cache in one go.

Run on the query thread (never the GUI thread): each count is one indexed SQL count, a few
milliseconds over 100,000 orders, during which SQLite lets go of the interpreter so the window
keeps painting. A view spanning several accounts is the sum of its per-account counts (each
account may read a filter its own way, such as the statuses marked as needing review); the same
filter on the same account, asked by two views, is counted once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from approval_console.store.orders import OrderCache, OrderFilter


@dataclass(frozen=True)
class ViewCount:
    """What to count for one view: a filter per account (several for an all-accounts view)."""

    view_id: str
    parts: tuple[tuple[str, OrderFilter], ...]


def count_views(cache: OrderCache, requests: Sequence[ViewCount]) -> dict[str, int]:
    """Each view's number of orders, by view id."""
    counted: dict[tuple[str, OrderFilter], int] = {}
    totals: dict[str, int] = {}
    for request in requests:
        total = 0
        for part in request.parts:
            if part not in counted:
                counted[part] = cache.count(*part)
            total += counted[part]
        totals[request.view_id] = total
    return totals
