"""What every backend's connector offers: the calls it answers and the pages it returns.

What each backend can do (`Capabilities`) is metadata, known before any connection: it lives in
`core.backends`, beside the table of backends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from approval_console.connectors.ratelimit import Priority
from approval_console.core.accounts import Account
from approval_console.core.backends import Capabilities
from approval_console.core.changes import (
    BillingChange,
    CommentChange,
    DueDateChange,
    StatusChange,
)
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Status
from approval_console.core.listing import OrderQuery, Page


@dataclass(frozen=True, slots=True)
class ChangedPage:
    """One page of the orders changed since a moment, newest change first, and the newest
    change time on it: the next delta sync starts from the newest of the first page."""

    page: Page
    latest: datetime | None


@dataclass(frozen=True, slots=True)
class RateBudget:
    """How much of the rate limit is left now, for the status bar and for ETAs."""

    remaining: int
    limit: int
    window: float


class Connector(Protocol):
    """The calls a backend answers; a backend without a capability raises NotImplementedError."""

    account: Account
    capabilities: Capabilities

    async def aclose(self) -> None: ...

    def budget(self) -> RateBudget: ...

    async def list_statuses(self) -> list[Status]: ...

    async def list_orders(
        self,
        query: OrderQuery,
        *,
        page: int = 1,
        per_page: int = 100,
        priority: Priority = Priority.NORMAL,
    ) -> Page: ...

    async def get_order(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderDetail: ...

    async def lookup(self, number: str, email: str) -> OrderDetail: ...

    async def viable_statuses(self, order_id: str) -> list[Status]: ...

    async def change_status(self, order_id: str, change: StatusChange) -> None: ...

    async def bulk_change_status(self, order_ids: Sequence[str], change: StatusChange) -> int: ...

    async def add_comment(self, order_id: str, change: CommentChange) -> None: ...

    async def set_due_date(self, order_id: str, change: DueDateChange) -> None: ...

    async def perform(
        self, order_id: str, change: BillingChange, *, idempotency_key: str | None = None
    ) -> None:
        """Finalize or cancel an order, or bill it (`Capabilities.order_actions`/`invoices`).

        `idempotency_key` names this change for good (its journal entry): a backend that takes
        such keys sends it, so a repeat of the same change is answered, not applied twice;
        the others ignore it."""
        ...

    def estimate_seconds(self, requests: int, bulk_requests: int = 0) -> float: ...
