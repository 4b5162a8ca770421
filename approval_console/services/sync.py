"""Filling the cache from a server, and keeping it fresh cheaply.

A first sync reads every page. Later refreshes spend a handful of requests: the newest pages
(new orders, recent changes), then one count per status; only a status whose count moved is read
again. Under ApprovePro's 60 requests a minute that keeps a 100,000-order cache fresh without
starving the person's own actions, which go ahead of the refresh in the limiter's queue.
"""

from __future__ import annotations

import asyncio
import json
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
from approval_console.core.domain import Order, Status
from approval_console.core.errors import (
    ApiConnectionError,
    ApiTimeoutError,
    NotFoundError,
    ServerError,
)
from approval_console.core.listing import OrderQuery, Page
from approval_console.services.dbthread import DbThread
from approval_console.services.sync_pass import (
    BEYOND,
    PASS_SCOPE,
    PASS_STATE,
    PassCallback,
    PassState,
    RateMeter,
    SyncProgress,
    SyncScope,
    newest_first,
    newest_time,
    older,
    oldest_time,
    pages_to_horizon,
)
from approval_console.store.orders import OrderCache
from approval_console.store.sync_pass import count_generation, count_in_status

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
RESUME_STEPS_BACK = 20  # pages a resumed pass steps back at most over orders deleted meanwhile
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
        self,
        connector: Connector,
        *,
        on_progress: ProgressCallback | None = None,
        on_pass: PassCallback | None = None,
    ) -> SyncResult:
        """A full pass when the cache has never been filled, otherwise a cheap refresh.

        One sync per account at a time: two full passes at once would each sweep away the
        other's rows as missing. A second caller waits, then refreshes cheaply. A full pass a
        restart interrupted is carried on; one made with another history choice than the
        account's now is made again.
        """
        lock = self._locks.setdefault(connector.account.id, asyncio.Lock())
        async with lock:
            return await self._sync(connector, on_progress=on_progress, on_pass=on_pass)

    async def _sync(
        self,
        connector: Connector,
        *,
        on_progress: ProgressCallback | None = None,
        on_pass: PassCallback | None = None,
    ) -> SyncResult:
        if connector.capabilities.delta_sync:
            return await self.delta_sync(connector, on_progress=on_progress)
        if await self.needs_full_pass(connector):
            return await self.full_sync(connector, on_progress=on_progress, on_pass=on_pass)
        return await self.refresh(connector)

    async def needs_full_pass(self, connector: Connector) -> bool:
        """Never filled, a pass under way (a restart stopped it), or filled for another
        history choice than the account's now."""
        account_id = connector.account.id
        meta = self._cache.meta
        if await self._db.run(meta, account_id, LAST_FULL_SYNC) is None:
            return True
        if await self._db.run(meta, account_id, PASS_STATE):
            return True
        made_for = await self._db.run(meta, account_id, PASS_SCOPE) or SyncScope().key
        return made_for != SyncScope.of(connector.account).key

    async def delta_sync(
        self, connector: Connector, *, on_progress: ProgressCallback | None = None
    ) -> SyncResult:
        """For a backend that lists what changed since a moment: one full pass, then only the
        orders updated since the newest change seen (the cursor, kept in the cache).

        An account keeping recent open orders only reads, on its full pass, the orders changed
        since its horizon, and keeps those placed since then and not cancelled; a changed
        choice makes the next sync a full pass again.
        """
        account_id = connector.account.id
        scope = SyncScope.of(connector.account)
        horizon = scope.horizon()
        cursor_text = await self._db.run(self._cache.meta, account_id, DELTA_CURSOR)
        made_for = await self._db.run(self._cache.meta, account_id, PASS_SCOPE) or "all"
        if made_for != scope.key:
            cursor_text = None
        since = datetime.fromisoformat(cursor_text) if cursor_text else None
        result = SyncResult(full=since is None)
        statuses = await connector.list_statuses()
        await self._db.run(self._cache.replace_statuses, account_id, statuses)
        generation = time.time_ns() // 1000 if since is None else None
        seen: set[str] = set()  # stored
        read: set[str] = set()  # listed, whether kept or not
        latest = since
        total = 0
        number = 1
        while True:
            changed = await _retried(
                partial(
                    # Only delta backends (capabilities.delta_sync, checked by `_sync`) list
                    # what changed; the Connector protocol leaves it out for the others.
                    connector.list_changed,  # type: ignore[attr-defined]
                    since if since is not None else horizon,
                    page=number,
                    per_page=connector.capabilities.max_page_size,
                ),
                attempts=1 if number == 1 else PAGE_ATTEMPTS,
            )
            result.requests += 1
            page = changed.page
            if number == 1:
                total = page.total
            keep = [item for item in page.items if scope.keeps(item, horizon)]
            await self._store(account_id, keep, generation, result, seen)
            read.update(item.id for item in page.items)
            kept_ids = {item.id for item in keep}
            let_go = [item.id for item in page.items if item.id not in kept_ids]
            if let_go:  # cancelled since, or placed before the horizon: not kept
                await self._db.run(self._cache.remove, account_id, let_go)
                result.removed_ids.update(let_go)
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
        if generation is not None and len(read) >= total:  # a full pass (no cursor yet)
            removed = await self._db.run(self._cache.delete_missing, account_id, generation)
            result.removed_ids.update(removed)
        now = time.time()
        if latest is not None:
            await self._db.run(self._cache.set_meta, account_id, DELTA_CURSOR, latest.isoformat())
        if since is None:
            await self._db.run(self._cache.set_meta, account_id, LAST_FULL_SYNC, str(now))
            await self._db.run(self._cache.set_meta, account_id, PASS_SCOPE, scope.key)
        await self._db.run(self._cache.set_meta, account_id, LAST_REFRESH, str(now))
        result.finished_at = now
        return result

    async def full_sync(
        self,
        connector: Connector,
        *,
        on_progress: ProgressCallback | None = None,
        on_pass: PassCallback | None = None,
    ) -> SyncResult:
        """Read every page of the listing (down to the account's horizon, when it keeps only
        recent orders), storing each as it lands so the list can show it at once.

        The pass's progress is kept after every page (`PassState`): a restart carries on
        where it stopped instead of starting over, and the rows it sweeps away as deleted are
        only ever judged after a whole pass.
        """
        account_id = connector.account.id
        scope = SyncScope.of(connector.account)
        per_page = connector.capabilities.max_page_size
        query = scope.query()
        horizon = scope.horizon()
        result = SyncResult(full=True)
        statuses = await _retried(connector.list_statuses, attempts=1)
        result.requests += 1
        await self._db.run(self._cache.replace_statuses, account_id, statuses)

        kept = PassState.from_json(await self._db.run(self._cache.meta, account_id, PASS_STATE))
        if kept is not None and (kept.scope != scope.key or kept.per_page != per_page):
            kept = None  # the account's choice changed since: a new pass
        # The window is usable from the first page, and the person's own requests go first
        # (INTERACTIVE); the pass is still theirs, so it may use the whole window.
        if kept is None:
            first = await self._page(connector, query, 1, per_page, result, Priority.NORMAL)
            state = PassState(
                generation=time.time_ns() // 1000,
                scope=scope.key,
                per_page=per_page,
                total=first.total,
                started=time.time(),
                newest_first=newest_first(first.items),
            )
            number = 1
        else:
            state = kept
            first, number = await self._resume_at(connector, query, state, result)
        resumed = kept is not None
        meter = RateMeter()
        seen: set[str] = set()
        # Pages stored beyond the contiguous ones: their last id and the orders they counted
        # (counted once the pages before them are stored too, as a resume would see it).
        done: dict[int, tuple[str, int]] = {}
        last = min(first.last_page, MAX_PAGES)
        ended = False  # an empty page, or the horizon, ended the listing before `last`
        server_total = first.total

        def report() -> None:
            position = state.next_page - 1
            pages_total = max(position, last)
            orders_total = server_total
            if scope.limited:
                pages_total = max(position, pages_to_horizon(position, state, horizon, last))
                orders_total = min(server_total, pages_total * per_page)
            if on_progress:
                on_progress(state.orders_done, orders_total)
            if on_pass:
                budget = connector.budget()
                on_pass(
                    SyncProgress(
                        pages_read=position,
                        pages_total=pages_total,
                        orders_read=state.orders_done,
                        orders_total=orders_total,
                        seconds_left=meter.seconds_for(
                            pages_total - position, budget.limit, budget.window
                        ),
                        resumed=resumed,
                        limited=scope.limited,
                    )
                )

        async def land(number: int, page: Page) -> None:
            """Store a page read, move the pass's mark on, and keep it."""
            nonlocal last, ended, server_total
            meter.page()
            keep = [item for item in page.items if scope.keeps(item, horizon)]
            await self._store(account_id, keep, state.generation, result, seen)
            fresh = [item for item in keep if not _above(item.id, overlap)]
            if (
                state.newest_first
                and page.items
                and horizon is not None
                and all(older(o, horizon) for o in page.items)
            ):
                ended, last = True, min(last, number)  # the rest is older still
            elif not ended:
                # Orders placed during the pass push its last page further down.
                last = max(last, min(page.last_page, MAX_PAGES))
            server_total = page.total
            done[number] = (page.items[-1].id if page.items else "", len(fresh))
            while state.next_page in done:
                last_id, counted = done.pop(state.next_page)
                state.frontier = last_id or state.frontier
                state.orders_done += counted
                state.next_page += 1
            state.pages_done += 1
            state.seen_total = page.total
            state.oldest = oldest_time(page.items, state.oldest)
            await self._db.run(self._cache.set_meta, account_id, PASS_STATE, state.to_json())
            report()

        if state.top is None:
            state.top = newest_time(first.items)
        # On resuming, the orders down to the last one stored were counted before.
        overlap = state.frontier if resumed else None
        await land(number, first)
        cursor = number + 1

        # A few workers take page numbers in turn, rather than one task per page, so the page
        # count a server reports costs nothing up front; an empty page ends the pass.
        async def worker() -> None:
            nonlocal cursor, last, ended
            while cursor <= last:
                number = cursor
                cursor += 1
                page = await self._page(connector, query, number, per_page, result, Priority.NORMAL)
                if not page.items:
                    ended, last = True, min(last, number)
                    return
                await land(number, page)

        # The first failure cancels the other workers, so none is left reading for nobody.
        workers = min(CONCURRENT_PAGES, max(0, last - number))
        await all_or_first_error(worker() for _ in range(workers))
        # An empty page before the last one claimed: the claim was wrong (a server's lie, or
        # orders deleted during the pass); say what was found, not what was claimed.
        claimed = min(first.last_page, MAX_PAGES)
        short = ended and last < claimed and not scope.limited
        result.total = len(seen) if short and not resumed else server_total
        if scope.limited:
            result.total = state.orders_done
        if short and on_progress:
            on_progress(state.orders_done, state.orders_done)
        # Orders deleted during the pass shift later pages: sweep only after a whole pass,
        # which a limited one is once it reached its horizon.
        stamped = await self._db.run(count_generation, self._cache, account_id, state.generation)
        if scope.limited or stamped >= state.total:
            removed = await self._db.run(self._cache.delete_missing, account_id, state.generation)
            result.removed_ids.update(removed)
        if scope.limited:
            await self._count_beyond(connector, scope, statuses, result)
        now = time.time()
        await self._db.run(self._cache.set_meta, account_id, PASS_STATE, "")
        await self._db.run(self._cache.set_meta, account_id, PASS_SCOPE, scope.key)
        await self._db.run(self._cache.set_meta, account_id, LAST_FULL_SYNC, str(now))
        await self._db.run(self._cache.set_meta, account_id, LAST_REFRESH, str(now))
        result.finished_at = now
        return result

    async def _resume_at(
        self, connector: Connector, query: OrderQuery, state: PassState, result: SyncResult
    ) -> tuple[Page, int]:
        """The page to carry on from, read: the one holding the last order stored (one page
        of overlap), found again where the listing moved it.

        Orders placed since push the listing down: the pages they fill are jumped over, from
        the total the server reports now. Orders deleted or cancelled since pull it up: a page
        beginning below the last order stored may have orders above it not read yet, so the
        pass steps back until a page begins at or above it. Where ids are not numbers the
        check cannot be made, and the page of overlap is all there is.
        """
        per_page = state.per_page
        frontier = state.frontier
        numeric = frontier is not None and frontier.isdigit()
        number = max(1, state.next_page - 1)
        page = await self._page(connector, query, number, per_page, result, Priority.NORMAL)
        grown = page.total - (state.seen_total or state.total)
        moved_to = ((number * per_page - 1 + grown) // per_page + 1) if grown > 0 else number
        if moved_to != number:  # the page now holding the last order stored
            number = moved_to
            page = await self._page(connector, query, number, per_page, result, Priority.NORMAL)
        for _ in range(RESUME_STEPS_BACK):
            head = page.items[0].id if page.items else None
            below = numeric and head is not None and head.isdigit()
            skipped = head is None or (below and int(head or 0) < int(frontier or 0))
            if number <= 1 or not skipped:
                break
            number -= 1
            page = await self._page(connector, query, number, per_page, result, Priority.NORMAL)
        log.info("full sync resumed at page %d (stopped before page %d)", number, state.next_page)
        stored = state.next_page - 1
        if not numeric and number <= stored and stored > 0:
            # The page read again is counted again as it lands: not twice. (With numeric ids
            # only the orders below the last one stored are counted, see `full_sync`.)
            again = state.orders_done / stored * (stored - number + 1)
            state.orders_done = max(0, round(state.orders_done - again))
        state.next_page = number
        return page, number

    async def _count_beyond(
        self, connector: Connector, scope: SyncScope, statuses: Sequence[Status], result: SyncResult
    ) -> None:
        """Per status, how many orders the server holds that the horizon leaves out, so that a
        refresh comparing counts does not read those statuses again every time."""
        account_id = connector.account.id
        beyond: dict[str, int] = {}
        for status in statuses:
            probe = await self._page(connector, scope.query(status.code), 1, 1, result)
            cached = await self._db.run(count_in_status, self._cache, account_id, status.code)
            beyond[status.code] = max(0, probe.total - cached)
        await self._db.run(self._cache.set_meta, account_id, BEYOND, json.dumps(beyond))

    async def refresh(self, connector: Connector) -> SyncResult:
        """Newest pages, then per-status counts; re-read only the statuses whose count moved.

        An account keeping recent orders only asks for the same listing its pass read (no
        cancelled orders), and compares each status's count with what it keeps plus what the
        horizon leaves out (`BEYOND`), or every status holding old orders would be read again
        at every refresh.
        """
        account_id = connector.account.id
        scope = SyncScope.of(connector.account)
        horizon = scope.horizon()
        result = SyncResult()
        statuses = await connector.list_statuses()
        result.requests += 1
        await self._db.run(self._cache.replace_statuses, account_id, statuses)
        per_page = connector.capabilities.max_page_size

        for number in range(1, NEWEST_PAGES_MAX + 1):
            page = await self._page(connector, scope.query(), number, per_page, result)
            result.total = page.total
            keep = [item for item in page.items if scope.keeps(item, horizon)]
            changed = await self._store(account_id, keep, None, result, None)
            if not changed or not page.has_more or len(keep) < len(page.items):
                break

        beyond: dict[str, int] = {}
        if scope.limited:
            kept = await self._db.run(self._cache.meta, account_id, BEYOND)
            beyond = json.loads(kept or "{}")
        cached_counts = await self._db.run(self._cache.count_by_status, account_id)
        moved: list[tuple[str, int]] = []
        for status in statuses:
            probe = await self._page(connector, scope.query(status.code), 1, 1, result)
            expected = cached_counts.get(status.code, 0) + beyond.get(status.code, 0)
            if probe.total != expected:
                moved.append((status.code, probe.total))
        for code, total in moved:
            await self._rescan_status(connector, code, result)
            if scope.limited:
                cached = await self._db.run(count_in_status, self._cache, account_id, code)
                beyond[code] = max(0, total - cached)
        if scope.limited and moved:
            await self._db.run(self._cache.set_meta, account_id, BEYOND, json.dumps(beyond))

        now = time.time()
        await self._db.run(self._cache.set_meta, account_id, LAST_REFRESH, str(now))
        result.finished_at = now
        return result

    async def _rescan_status(self, connector: Connector, code: str, result: SyncResult) -> None:
        """Read every order now in `code`; cached orders claiming `code` but absent are re-read.

        Orders the account's history choice leaves out (cancelled, or placed before its
        horizon) are not kept: those cached are let go.
        """
        account_id = connector.account.id
        scope = SyncScope.of(connector.account)
        horizon = scope.horizon()
        found = await self.orders_in_status(connector, code, result=result)
        seen = set(found)
        keep = [order for order in found.values() if scope.keeps(order, horizon)]
        await self._store(account_id, keep, None, result, None)
        from approval_console.store.orders import OrderFilter

        claimed_rowids = await self._db.run(
            self._cache.query_rowids, account_id, OrderFilter(status_codes=(code,))
        )
        claimed = await self._db.run(self._cache.ids_for_rowids, claimed_rowids)
        let_go = [order_id for order_id in claimed if order_id in seen] if scope.limited else []
        let_go = [order_id for order_id in let_go if not scope.keeps(found[order_id], horizon)]
        if let_go:
            await self._db.run(self._cache.remove, account_id, let_go)
            result.removed_ids.update(let_go)
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
            if not scope.keeps(detail.order, horizon):
                await self._db.run(self._cache.remove, account_id, [order_id])
                result.removed_ids.add(order_id)
                continue
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


def _above(order_id: str, frontier: str | None) -> bool:
    """At or above `frontier` in a newest-first listing of numeric ids: stored before."""
    if frontier is None or not (order_id.isdigit() and frontier.isdigit()):
        return False
    return int(order_id) >= int(frontier)


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
