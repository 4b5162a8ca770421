"""Which orders newly await a decision since the person last heard of them, from the cache.

The background refresh reads an account again; what it found is compared here with the orders
that already awaited a decision last time, so a desktop notice names only the new ones. Nothing
here asks the server: the refresh's own reads and the cache are all it takes, so notices cost
no request of the account's rate budget.

What was already there is kept in the cache's meta table (per account, key `ANNOUNCED`): a
restart does not announce every waiting order again, and an account removed (its cache rows
cleared) starts afresh. The first look at an account (nothing kept yet) only records: the orders
awaiting then are what the person finds on opening the console, not news.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from approval_console.core.accounts import Account
from approval_console.services.dbthread import DbThread
from approval_console.services.review import deciding_accounts, review_statuses
from approval_console.store.orders import OrderCache, OrderFilter

ANNOUNCED = "review_announced"  # meta key: JSON list of the order ids already known to wait


@dataclass(frozen=True)
class NewForReview:
    """Orders of one account that began awaiting a decision since the last look."""

    account_id: str
    account_name: str
    numbers: tuple[str, ...] = ()  # their numbers as the person knows them, newest first

    @property
    def count(self) -> int:
        return len(self.numbers)


def awaiting(cache: OrderCache, account: Account) -> list[tuple[str, str]]:
    """(order id, number) of the account's orders awaiting a decision here, newest first; none
    for an account whose awaiting orders wait on someone else (a buyer)."""
    if not deciding_accounts([account]):
        return []
    flt = OrderFilter(awaiting=True, review_codes=review_statuses(account))
    return [(order.id, order.name) for order in cache.rows(cache.query_rowids(account.id, flt))]


def known(cache: OrderCache, account_id: str) -> set[str] | None:
    """The ids recorded as already awaiting; None when nothing (readable) was recorded yet."""
    raw = cache.meta(account_id, ANNOUNCED)
    if raw is None:
        return None
    try:
        ids = json.loads(raw)
    except ValueError:
        return None
    return {str(item) for item in ids} if isinstance(ids, list) else None


def take_new(cache: OrderCache, account: Account) -> NewForReview:
    """The orders awaiting now that were not last time, and from now on all of them are known.

    What no longer awaits is forgotten, so the record never outgrows the queue, and an order
    that comes back to review later is news again.
    """
    now = awaiting(cache, account)
    before = known(cache, account.id)
    new = () if before is None else tuple(name for oid, name in now if oid not in before)
    cache.set_meta(account.id, ANNOUNCED, json.dumps(sorted(oid for oid, _ in now)))
    return NewForReview(account.id, account.name, new)


class ReviewWatch:
    """`take_new` on the services' database thread (the cache's writer), never the GUI's."""

    def __init__(self, db: DbThread, cache: OrderCache) -> None:
        self._db = db
        self._cache = cache

    async def new_since_last_look(self, account: Account) -> NewForReview:
        return await self._db.run(take_new, self._cache, account)
