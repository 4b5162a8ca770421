"""What every connector shares: its HTTP client and limiter, key headers added at send time,
and a plain refusal for each capability its backend lacks (the window never offers those, so a
refusal here means a programming error, said in words)."""

from __future__ import annotations

from collections.abc import Generator, Iterable, Sequence
from typing import Any, ClassVar

import httpx

from approval_console.connectors.base import Account, RateBudget
from approval_console.connectors.http import HttpClient
from approval_console.connectors.ratelimit import Priority, SlidingWindowLimiter
from approval_console.core.backends import Capabilities
from approval_console.core.changes import BillingChange, CommentChange, DueDateChange, StatusChange
from approval_console.core.detail import OrderDetail
from approval_console.core.display import format_count
from approval_console.core.domain import Status
from approval_console.core.errors import ResponseFormatError
from approval_console.core.i18n import translate
from approval_console.core.listing import OrderQuery


class HeaderKeyAuth(httpx.Auth):
    """Adds the key at send time, so it never sits in a header dict that might be logged, and
    never in a URL. An empty key sends no header, and the server answers as to a stranger."""

    def __init__(self, header: str, key: str) -> None:
        self._header = header
        self._key = key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._key:
            request.headers[self._header] = self._key
        yield request

    def __repr__(self) -> str:
        return f"HeaderKeyAuth({self._header!r}, key=***)"


# A listing read "page after page" stops here: far past any real account (a million orders at
# 100 a page), and what keeps a server that always says "more" from looping for ever.
MAX_PAGES = 10_000


def next_page(page: int) -> int:
    """The page after `page`, or a `ResponseFormatError` once a listing runs past `MAX_PAGES`."""
    if page >= MAX_PAGES:
        raise ResponseFormatError(
            "listing",
            translate(
                "Server", "goes on past {count} pages; the console stopped reading it"
            ).format(count=format_count(MAX_PAGES)),
        )
    return page + 1


POLITE_LIMIT = 120  # requests per window where a backend documents no limit of its own
POLITE_WINDOW = 60.0


def limiter_for(
    options: dict[str, str], limit: int = POLITE_LIMIT, window: float = POLITE_WINDOW
) -> SlidingWindowLimiter:
    """The account's limiter: the documented (or polite) limit, unless the account's
    `rate_limit` and `rate_window` options say otherwise."""
    return SlidingWindowLimiter(
        int(options.get("rate_limit", limit)), float(options.get("rate_window", window))
    )


class ConnectorBase:
    """One client and one limiter per account; refusals for what the backend cannot do."""

    system: ClassVar[str]  # the backend's name, as refusals say it
    account: Account
    capabilities: Capabilities
    http: HttpClient
    limiter: SlidingWindowLimiter

    async def aclose(self) -> None:
        await self.http.aclose()

    async def _read(
        self, path: str, *, params: Any = None, priority: Priority = Priority.INTERACTIVE
    ) -> httpx.Response:
        """A read through the account's limiter; the client retries it where that is safe."""
        return await self.http.request(
            "GET", path, params=params, limiters=(self.limiter,), priority=priority
        )

    async def _change(self, method: str, path: str, **request: Any) -> httpx.Response:
        """A change: sent once, never retried blindly (its outcome is unknown if it fails), and
        ahead of background reads in the limiter's queue."""
        return await self.http.request(
            method,
            path,
            idempotent=False,
            limiters=(self.limiter,),
            priority=Priority.INTERACTIVE,
            **request,
        )

    def budget(self) -> RateBudget:
        return RateBudget(self.limiter.remaining(), self.limiter.limit, self.limiter.window)

    def estimate_seconds(self, requests: int, bulk_requests: int = 0) -> float:
        return self.limiter.earliest_start_after(requests + bulk_requests)

    async def lookup(self, number: str, email: str) -> OrderDetail:
        raise NotImplementedError(f"{self.system} has no order lookup by number and email")

    async def viable_statuses(self, order_id: str) -> list[Status]:
        raise NotImplementedError(f"{self.system} does not list the statuses an order can take")

    async def change_status(self, order_id: str, change: StatusChange) -> None:
        raise NotImplementedError(f"{self.system} orders have no statuses to set")

    async def bulk_change_status(self, order_ids: Sequence[str], change: StatusChange) -> int:
        raise NotImplementedError(f"{self.system} has no bulk status changes")

    async def add_comment(self, order_id: str, change: CommentChange) -> None:
        raise NotImplementedError(f"{self.system} orders take no comments through its API")

    async def set_due_date(self, order_id: str, change: DueDateChange) -> None:
        raise NotImplementedError(f"{self.system} order due dates cannot be set through its API")

    async def perform(
        self, order_id: str, change: BillingChange, *, idempotency_key: str | None = None
    ) -> None:
        raise NotImplementedError(f"{self.system} cannot {type(change).__name__} here")


# The console's filters that some backends have no way to apply, in the order they are named.
TAG_AND_STATE_FILTERS = ("tags_all", "tags_any", "financial_status", "fulfillment_status")
DUE_DATE_FILTERS = ("due_date_from", "due_date_to")


def filters_set(query: OrderQuery, names: Iterable[str]) -> list[str]:
    """Which of these `OrderQuery` filters the query sets: a backend names the ones it cannot
    apply instead of answering as if they were not asked."""
    return [name for name in names if getattr(query, name)]
