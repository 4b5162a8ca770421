"""Filling the cache from a server, and keeping it fresh cheaply.

A first sync reads every page. Later refreshes spend a handful of requests: the newest pages
(new orders, recent changes), then one count per status; only a status whose count moved is read
again. Under ApprovePro's 60 requests a minute that keeps a 100,000-order cache fresh without
starving the person's own actions, which go ahead of the refresh in the limiter's queue.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import TypeVar

from approval_console.connectors.base import Connector
from approval_console.connectors.ratelimit import Priority
from approval_console.core.concurrency import all_or_first_error
from approval_console.core.domain import Order, OrderQuery, Page
from approval_console.core.errors import (
    ApiConnectionError,
    ApiTimeoutError,
    NotFoundError,
    ServerError,
)
from approval_console.services.dbthread import DbThread
from approval_console.store.orders import OrderCache

log = logging.getLogger(__name__)

NEWEST_PAGES_MAX = 5
CONCURRENT_PAGES = 4
# Far beyond any real account (a million orders at 100 a page), and what bounds a server that
# reports a page count of a billion or never stops saying "more" (as connectors.common does;
# not imported from there, which would bring httpx into the console's start-up).
MAX_PAGES = 10_000


def start_page(heads: dict[int, str], wanted: set[str]) -> int:
    """The first page worth reading for `wanted` in a newest-first listing read before: the last
    one that began above the newest wanted id (orders entering the status since can only push
    the wanted ones further down; any that moved up are read back one by one by the caller)."""
    if not wanted or not all(oid.isdigit() for oid in wanted):
        return 1
    newest = max(int(oid) for oid in wanted)
    above = [number for number, head in heads.items() if head.isdigit() and int(head) > newest]
    return max(above, default=1)


class _NewestFirst:
    """Whether a listing read so far runs newest first (numeric ids, each below the last), and
    the lowest id it reached.

    A listing the server sorts by id, newest first, holds no wanted order after it has passed
    the oldest one: reading on to its end to prove those orders absent would spend a page per
    hundred orders on nothing (a bulk change's orders the queue skipped, confirmed against a
    status holding thousands). Sorting is not in every API's document, so it is watched page by
    page and trusted only while every id read keeps to it.
    """

    def __init__(self) -> None:
        self.holds = True
        self.lowest: int | None = None

    def read(self, items: Sequence[Order]) -> None:
        for item in items:
            if not item.id.isdigit():
                self.holds = False
                return
            number = int(item.id)
            if self.lowest is not None and number >= self.lowest:
                self.holds = False
                return
            self.lowest = number

    def past(self, missing: set[str]) -> bool:
        """The listing went below every missing id: none of them can come later."""
        if not self.holds or self.lowest is None or not missing:
            return False
        if not all(oid.isdigit() for oid in missing):
            return False
        return self.lowest < min(int(oid) for oid in missing)


PAGE_ATTEMPTS = 4  # a page read that failed through every HTTP retry is tried again this often
PAGE_RETRY_DELAY = 1.0
T = TypeVar("T")
LAST_FULL_SYNC = "last_full_sync"
LAST_REFRESH = "last_refresh"
DELTA_CURSOR = "delta_cursor"


@dataclass
class SyncResult:
    """What a sync changed in the cache, so screens refresh only that."""

    changed_ids: set[str] = field(default_factory=set)
    removed_ids: set[str] = field(default_factory=set)
    total: int = 0
    requests: int = 0
    full: bool = False
    finished_at: float = 0.0


ProgressCallback = Callable[[int, int], None]


class SyncService:
    def __init__(self, db: DbThread, cache: OrderCache) -> None:
        self._db = db
        self._cache = cache
        self._locks: dict[str, asyncio.Lock] = {}

    async def sync(
        self, connector: Connector, *, on_progress: ProgressCallback | None = None
    ) -> SyncResult:
        """A full pass when the cache has never been filled, otherwise a cheap refresh.

        One sync per account at a time: two full passes at once would each sweep away the
        other's rows as missing. A second caller waits, then refreshes cheaply.
        """
        lock = self._locks.setdefault(connector.account.id, asyncio.Lock())
        async with lock:
            return await self._sync(connector, on_progress=on_progress)

    async def _sync(
        self, connector: Connector, *, on_progress: ProgressCallback | None = None
    ) -> SyncResult:
        account_id = connector.account.id
        if connector.capabilities.delta_sync:
            return await self.delta_sync(connector, on_progress=on_progress)
        done = await self._db.run(self._cache.meta, account_id, LAST_FULL_SYNC)
        if done is None:
            return await self.full_sync(connector, on_progress=on_progress)
        return await self.refresh(connector)

    async def delta_sync(
        self, connector: Connector, *, on_progress: ProgressCallback | None = None
    ) -> SyncResult:
        """For a backend that lists what changed since a moment: one full pass, then only the
        orders updated since the newest change seen (the cursor, kept in the cache)."""
        account_id = connector.account.id
        cursor_text = await self._db.run(self._cache.meta, account_id, DELTA_CURSOR)
        since = datetime.fromisoformat(cursor_text) if cursor_text else None
        result = SyncResult(full=since is None)
        statuses = await connector.list_statuses()
        await self._db.run(self._cache.replace_statuses, account_id, statuses)
        generation = time.time_ns() // 1000 if since is None else None
        seen: set[str] = set()
        latest = since
        total = 0
        number = 1
        while True:
            changed = await _retried(
                partial(
                    # Only delta backends (capabilities.delta_sync, checked by `_sync`) list
                    # what changed; the Connector protocol leaves it out for the others.
                    connector.list_changed,  # type: ignore[attr-defined]
                    since,
                    page=number,
                    per_page=connector.capabilities.max_page_size,
                ),
                attempts=1 if number == 1 else PAGE_ATTEMPTS,
            )
            result.requests += 1
            page = changed.page
            if number == 1:
                total = page.total
            await self._store(account_id, page.items, generation, result, seen)
            if changed.latest is not None and (latest is None or changed.latest > latest):
                latest = changed.latest
            if on_progress:
                on_progress(len(seen), page.total)
            if not page.has_more or not page.items or number >= MAX_PAGES:
                break
            number += 1
        result.total = len(seen) if since is None else page.total
        # An order updated mid-pass moves ahead of the pages read and may be missed: sweep only
        # after a whole pass (the next delta reads it anyway).
        if generation is not None and len(seen) >= total:  # a full pass (no cursor yet)
            removed = await self._db.run(self._cache.delete_missing, account_id, generation)
            result.removed_ids.update(removed)
        now = time.time()
        if latest is not None:
            await self._db.run(self._cache.set_meta, account_id, DELTA_CURSOR, latest.isoformat())
        if since is None:
            await self._db.run(self._cache.set_meta, account_id, LAST_FULL_SYNC, str(now))
        await self._db.run(self._cache.set_meta, account_id, LAST_REFRESH, str(now))
        result.finished_at = now
        return result

    async def full_sync(
        self, connector: Connector, *, on_progress: ProgressCallback | None = None
    ) -> SyncResult:
        account_id = connector.account.id
        result = SyncResult(full=True)
        generation = time.time_ns() // 1000
        statuses = await _retried(connector.list_statuses, attempts=1)
        result.requests += 1
        await self._db.run(self._cache.replace_statuses, account_id, statuses)

        per_page = connector.capabilities.max_page_size
        # The person waits on a first pass (the list is empty until it ends): it is theirs, not
        # background work, and may use the whole window.
        first = await self._page(connector, OrderQuery(), 1, per_page, result, Priority.NORMAL)
        seen: set[str] = set()
        await self._store(account_id, first.items, generation, result, seen)
        if on_progress:
            on_progress(len(seen), first.total)

        # A few workers take page numbers in turn, rather than one task per page, so the page
        # count a server reports costs nothing up front; an empty page ends the pass.
        last = min(first.last_page, MAX_PAGES)
        cursor = 2

        async def worker() -> None:
            nonlocal cursor, last
            while cursor <= last:
                number = cursor
                cursor += 1
                page = await self._page(
                    connector, OrderQuery(), number, per_page, result, Priority.NORMAL
                )
                if not page.items:
                    last = min(last, number)
                    return
                await self._store(account_id, page.items, generation, result, seen)
                if on_progress:
                    on_progress(len(seen), first.total)

        # The first failure cancels the other workers, so none is left reading for nobody.
        await all_or_first_error(worker() for _ in range(min(CONCURRENT_PAGES, last - 1)))
        # An empty page before the last one claimed: the claim was wrong (a server's lie, or
        # orders deleted during the pass); say what was found, not what was claimed.
        claimed = min(first.last_page, MAX_PAGES)
        result.total = first.total if last >= claimed else len(seen)
        if last < claimed and on_progress:
            on_progress(len(seen), len(seen))
        # Orders deleted during the pass shift later pages; sweep only when the pass was whole.
        if len(seen) >= first.total:
            removed = await self._db.run(self._cache.delete_missing, account_id, generation)
            result.removed_ids.update(removed)
        now = time.time()
        await self._db.run(self._cache.set_meta, account_id, LAST_FULL_SYNC, str(now))
        await self._db.run(self._cache.set_meta, account_id, LAST_REFRESH, str(now))
        result.finished_at = now
        return result

    async def refresh(self, connector: Connector) -> SyncResult:
        """Newest pages, then per-status counts; re-read only the statuses whose count moved."""
        account_id = connector.account.id
        result = SyncResult()
        statuses = await connector.list_statuses()
        result.requests += 1
        await self._db.run(self._cache.replace_statuses, account_id, statuses)
        per_page = connector.capabilities.max_page_size

        for number in range(1, NEWEST_PAGES_MAX + 1):
            page = await self._page(connector, OrderQuery(), number, per_page, result)
            result.total = page.total
            changed = await self._store(account_id, page.items, None, result, None)
            if not changed or not page.has_more:
                break

        cached_counts = await self._db.run(self._cache.count_by_status, account_id)
        moved: list[str] = []
        for status in statuses:
            probe = await self._page(connector, OrderQuery(status_code=status.code), 1, 1, result)
            if probe.total != cached_counts.get(status.code, 0):
                moved.append(status.code)
        for code in moved:
            await self._rescan_status(connector, code, result)

        now = time.time()
        await self._db.run(self._cache.set_meta, account_id, LAST_REFRESH, str(now))
        result.finished_at = now
        return result

    async def _rescan_status(self, connector: Connector, code: str, result: SyncResult) -> None:
        """Read every order now in `code`; cached orders claiming `code` but absent are re-read."""
        account_id = connector.account.id
        seen: set[str] = set()
        found = await self.orders_in_status(connector, code, result=result)
        await self._store(account_id, list(found.values()), None, result, seen)
        from approval_console.store.orders import OrderFilter

        claimed_rowids = await self._db.run(
            self._cache.query_rowids, account_id, OrderFilter(status_codes=(code,))
        )
        claimed = await self._db.run(self._cache.ids_for_rowids, claimed_rowids)
        stale = [order_id for order_id in claimed if order_id not in seen]
        for order_id in stale:
            try:
                detail = await connector.get_order(order_id, priority=Priority.BACKGROUND)
            except NotFoundError:
                await self._db.run(self._cache.remove, account_id, [order_id])
                result.removed_ids.add(order_id)
                continue
            finally:
                result.requests += 1
            await self._store(account_id, [detail.order], None, result, None)

    async def orders_in_status(
        self,
        connector: Connector,
        code: str | None,
        *,
        wanted: set[str] | None = None,
        result: SyncResult | None = None,
        priority: Priority = Priority.BACKGROUND,
        start: int = 1,
        heads: dict[int, str] | None = None,
    ) -> dict[str, Order]:
        """Orders now in a status (None: in any, the whole listing), read page by page; stops
        early once `wanted` are all found,
        or once the listing has gone past the oldest of them (see `_NewestFirst`).

        `start` skips pages a caller knows hold none of `wanted`; `heads` collects the first id
        of each page read, from which the caller knows that next time (`start_page`).
        """
        found: dict[str, Order] = {}
        per_page = connector.capabilities.max_page_size
        number = max(1, start)
        order = _NewestFirst()
        while True:
            page = await _retried(
                partial(
                    connector.list_orders,
                    OrderQuery(status_code=code),
                    page=number,
                    per_page=per_page,
                    priority=priority,
                )
            )
            if result is not None:
                result.requests += 1
            for item in page.items:
                found[item.id] = item
            if heads is not None and page.items:
                heads[number] = page.items[0].id
            order.read(page.items)
            if wanted is not None and wanted.issubset(found):
                break
            if wanted is not None and order.past(wanted - found.keys()):
                break
            if not page.has_more or not page.items or number >= MAX_PAGES:
                break
            number += 1
        return found

    async def _page(
        self,
        connector: Connector,
        query: OrderQuery,
        number: int,
        per_page: int,
        result: SyncResult,
        priority: Priority = Priority.BACKGROUND,
    ) -> Page:
        page = await _retried(
            lambda: connector.list_orders(query, page=number, per_page=per_page, priority=priority),
            attempts=1 if number == 1 else PAGE_ATTEMPTS,
        )
        result.requests += 1
        return page

    async def _store(
        self,
        account_id: str,
        orders: Sequence[Order],
        generation: int | None,
        result: SyncResult,
        seen: set[str] | None,
    ) -> list[str]:
        changed = await self._db.run(
            self._cache.upsert_orders, account_id, orders, generation=generation
        )
        result.changed_ids.update(changed)
        if seen is not None:
            seen.update(order.id for order in orders)
        return changed


async def _retried(read: Callable[[], Awaitable[T]], *, attempts: int = PAGE_ATTEMPTS) -> T:
    """A read tried again when it failed through all of the client's own retries (a dropped
    connection or a 5xx each time): on a flaky server one unlucky page must not fail a pass
    of hundreds. A timeout is not repeated, since each one already cost a long wait. The first
    read of a pass gets `attempts=1`: a server failing that one, through every retry of the
    client, is down rather than unlucky, and the person should hear it now, not in a minute."""
    for attempt in range(attempts):
        try:
            return await read()
        except ApiTimeoutError:
            raise
        except (ApiConnectionError, ServerError):
            if attempt + 1 >= attempts:
                raise
            log.info("a page read failed; reading it again (attempt %d)", attempt + 2)
            await asyncio.sleep(PAGE_RETRY_DELAY * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover
