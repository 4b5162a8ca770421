"""The pieces of a long first sync: how far it got, how much it reads, and how long it has left.

A first full sync of a million orders at 60 requests a minute is some three hours. It must
survive a restart (the pass's progress is kept in the cache's meta as a `PassState` after every
page, and the next run resumes there), say how long it has left (`RateMeter`, from the pages
read in this run and the account's rate limit) and may be limited to the recent orders that are
not cancelled (`SyncScope`, the account's choice), for people who never look back.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta

from approval_console.core.accounts import Account, history_days
from approval_console.core.domain import Order
from approval_console.core.listing import OrderQuery

PASS_STATE = "first_pass"  # meta: the `PassState` of a full pass under way ("" once done)
PASS_SCOPE = "full_sync_scope"  # meta: the `SyncScope.key` of the last complete pass
BEYOND = "beyond_horizon"  # meta: per status, orders the server holds that the scope leaves out


@dataclass(frozen=True)
class SyncScope:
    """How much of an account's orders the console reads and keeps (see `HISTORY_DAYS_OPTION`).

    Limited, a listing asks the server to leave cancelled orders out (`exclude_canceled`, which
    ApprovePro, Spree and the wholesale portal filter server-side) and a newest-first pass stops
    once a whole page is older than the horizon: the requests saved are the pages not read.
    """

    days: int = 0

    @classmethod
    def of(cls, account: Account) -> SyncScope:
        return cls(history_days(account))

    @property
    def limited(self) -> bool:
        return self.days > 0

    @property
    def key(self) -> str:
        """What a pass records, so that a changed choice starts a new pass."""
        return f"days:{self.days}" if self.limited else "all"

    def query(self, status_code: str | None = None) -> OrderQuery:
        return OrderQuery(status_code=status_code, exclude_canceled=self.limited)

    def horizon(self, now: float | None = None) -> datetime | None:
        """The oldest moment an order may have been placed at to be kept; None: any."""
        if not self.limited:
            return None
        moment = datetime.fromtimestamp(time.time() if now is None else now, UTC)
        return moment - timedelta(days=self.days)

    def keeps(self, order: Order, horizon: datetime | None) -> bool:
        """Whether the order belongs in the cache (a server may ignore `exclude_canceled`)."""
        if not self.limited:
            return True
        return not order.is_canceled and not older(order, horizon)


def placed_at(order: Order) -> datetime | None:
    """When the order was placed, or the nearest known bound: a status is set after placing,
    so an order whose status was set before the horizon was placed before it too."""
    when = order.created_at or (order.status.set_at if order.status is not None else None)
    if when is None:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def older(order: Order, horizon: datetime | None) -> bool:
    """Placed before the horizon (an order that says nothing of when is kept)."""
    when = placed_at(order)
    return horizon is not None and when is not None and when < horizon


@dataclass
class PassState:
    """How far a full pass got, kept after every page so that a restart resumes there.

    Pages complete out of order (several are read at once): `next_page` is the first page not
    stored yet with every page before it stored, and `frontier` the last id of the page before
    it. Orders placed meanwhile push the listing down (a resumed read overlaps what was read),
    orders deleted or cancelled pull it up (it would skip some): the resume checks the page it
    lands on against `frontier` and steps back when it skipped.
    """

    generation: int
    scope: str
    per_page: int
    total: int  # orders the server reported when the pass began
    next_page: int = 1
    frontier: str | None = None
    pages_done: int = 0
    orders_done: int = 0
    started: float = 0.0
    seen_total: int = 0  # what the server reported on the last page stored
    top: float | None = None  # when the newest order listed was placed (epoch seconds)
    oldest: float | None = None  # ... and the oldest one stored, for the horizon's estimate
    newest_first: bool = False  # the listing's first page ran newest first: a horizon ends it

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str | None) -> PassState | None:
        """The state kept, or None for none (or for one this version cannot read)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(**data)
        except (ValueError, TypeError):
            return None


def newest_first(items: Sequence[Order]) -> bool:
    """Whether a page runs newest first (placed later, or numeric ids falling, down the page).

    Only then does a page wholly older than the horizon say that every later page is older
    still; an API listing oldest first (none promises an order) must be read to its end.
    """
    times = [when.timestamp() for when in map(placed_at, items) if when is not None]
    if len(times) >= 2 and times[0] != times[-1]:
        return times[0] > times[-1]
    ids = [item.id for item in items]
    if len(ids) >= 2 and all(oid.isdigit() for oid in ids):
        return int(ids[0]) > int(ids[-1])
    return False


def newest_time(items: Sequence[Order]) -> float | None:
    """When the newest of these orders was placed (epoch seconds), if any says."""
    times = [when.timestamp() for when in map(placed_at, items) if when is not None]
    return max(times, default=None)


def oldest_time(items: Sequence[Order], before: float | None) -> float | None:
    """The oldest placing time among these orders and `before`."""
    times = [when.timestamp() for when in map(placed_at, items) if when is not None]
    if before is not None:
        times.append(before)
    return min(times, default=None)


def pages_to_horizon(position: int, state: PassState, horizon: datetime | None, last: int) -> int:
    """How many pages a limited pass will read in all, from how far back in time its first
    `position` pages went: orders arrive at a roughly even pace, so the share of the time to
    the horizon covered is the share of the pages read. The server's last page until then."""
    if horizon is None or state.top is None or state.oldest is None or position <= 0:
        return last
    span = state.top - horizon.timestamp()
    covered = state.top - state.oldest
    if span <= 0 or covered <= 0:
        return last
    share = covered / span
    if share < MIN_SHARE_KNOWN:
        return last
    return min(last, max(position, math.ceil(position / min(share, 1.0))))


MIN_SHARE_KNOWN = 0.01  # below this share of the time covered, the estimate is noise


@dataclass(frozen=True)
class SyncProgress:
    """What a full pass tells the person as pages land."""

    pages_read: int
    pages_total: int  # the server's page count, or an estimate down to the horizon
    orders_read: int
    orders_total: int  # the server's count; with a horizon, orders beyond it are never read
    seconds_left: float | None  # None until a rate is known
    resumed: bool = False  # this run carries on a pass a restart interrupted
    limited: bool = False  # the account keeps recent orders only

    @property
    def done(self) -> bool:
        return self.pages_read >= self.pages_total


PassCallback = Callable[[SyncProgress], None]

RATE_SAMPLE_PAGES = 3  # pages read in this run before its own rate is believed


class RateMeter:
    """Pages a second, as measured in this run and never above what the rate limit allows.

    The first minute's requests all start at once (the window is fresh), which would promise
    a pass many times faster than the limit lets it go on: the limit caps the estimate.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._start = clock()
        self.pages = 0

    def page(self) -> None:
        self.pages += 1

    def rate(self, limit: int = 0, window: float = 0.0) -> float | None:
        ceiling = limit / window if limit > 0 and window > 0 else None
        elapsed = self._clock() - self._start
        measured = self.pages / elapsed if self.pages >= RATE_SAMPLE_PAGES and elapsed > 0 else None
        if measured is None:
            return ceiling
        return measured if ceiling is None else min(measured, ceiling)

    def seconds_for(self, pages: int, limit: int = 0, window: float = 0.0) -> float | None:
        rate = self.rate(limit, window)
        if pages <= 0:
            return 0.0
        return pages / rate if rate else None
