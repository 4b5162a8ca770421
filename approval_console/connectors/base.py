"""What every backend offers, and what each one can do.

The window and the services ask a connector's `Capabilities`, never its class or name, so a new
backend is one connector module plus a registry line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from approval_console.connectors.ratelimit import Priority
from approval_console.core.accounts import Account
from approval_console.core.changes import (
    BillingChange,
    CommentChange,
    DueDateChange,
    StatusChange,
)
from approval_console.core.domain import OrderDetail, OrderQuery, Page, Status


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a backend supports; the UI shows only what is true here."""

    read_only: bool = False
    status_changes: bool = False
    bulk_status: bool = False
    bulk_max: int = 1
    bulk_is_queued: bool = False
    comments: bool = False
    due_dates: bool = False
    due_date_ranges: bool = False
    history: bool = False
    progress_timeline: bool = False
    viable_statuses: bool = False
    lookup: bool = False
    max_page_size: int = 100
    invoices: bool = False
    shipments: bool = False
    returns: bool = False
    order_actions: bool = False  # finalize and cancel orders (B2B purchase orders)
    merchant: bool = False  # corporate accounts, buyers and webhook endpoints
    review: bool = False  # approve or cancel orders awaiting a decision (`Order.review`)
    review_options: bool = False  # ... choosing whether to notify, and the approving contact
    cancel_notify: bool = False  # a cancel can email the customer, when asked (approve cannot)
    order_records: bool = False  # items, shipments, payments, refunds in `OrderDetail.records`
    delta_sync: bool = False  # `list_changed`: only what changed since the last sync
    amounts: bool = False  # orders carry their amount (and the list shows it)
    payment_states: bool = False  # orders carry financial and fulfillment states


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

    async def perform(self, order_id: str, change: BillingChange) -> None:
        """Finalize or cancel an order, or bill it (`Capabilities.order_actions`/`invoices`)."""
        ...

    def estimate_seconds(self, requests: int, bulk_requests: int = 0) -> float: ...
