"""Backend-neutral domain types.

Connectors turn each API's payloads into these, so the cache, the services and the window never
see a vendor's shape. Ids are strings everywhere: ApprovePro's are 13-digit integers, other
backends use hex or prefixed ids, and one column type must hold them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from approval_console.core.display import format_amount


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in a currency; never a float."""

    amount: Decimal
    currency: str

    @classmethod
    def from_minor(cls, minor_units: int, currency: str, exponent: int = 2) -> Money:
        return cls(Decimal(minor_units).scaleb(-exponent), currency)

    def __str__(self) -> str:
        return format_amount(self.amount, self.currency)


@dataclass(frozen=True, slots=True)
class Status:
    """A status an account defines (ApprovePro's custom statuses), in workflow order."""

    code: str
    name: str
    description: str = ""
    color: str = "#6B7280"
    position: int = 0


@dataclass(frozen=True, slots=True)
class OrderStatus:
    """The status an order currently has, as the order itself reports it."""

    code: str
    name: str
    public_name: str | None = None
    description: str | None = None
    color: str | None = None
    public: bool = True
    set_at: datetime | None = None
    auto_change_at: datetime | None = None


class Review(StrEnum):
    """Where an order stands on a decision someone must take (approve it or not).

    Backends name it differently (Arlo's AwaitingApproval, Spree's risky orders, Apruve's
    pending); connectors map theirs here, so one queue can gather them all.
    """

    AWAITING = "awaiting"
    APPROVED = "approved"
    CANCELED = "canceled"


@dataclass(frozen=True, slots=True)
class Contact:
    """A person a decision can be recorded against (Arlo's approving contact)."""

    id: str
    name: str
    email: str = ""


@dataclass(frozen=True, slots=True)
class Customer:
    name: str
    email: str
    locale: str | None = None


# Fulfillment words saying the goods went out (Spree's shipment states "shipped" and
# "delivered" among them); "partial", "partially_shipped" and the like stay open.
_DONE_FULFILLMENT = frozenset({"fulfilled", "restocked", "shipped", "delivered"})
_DONE_WORDS = frozenset(
    {
        "shipped",
        "dispatched",
        "delivered",
        "fulfilled",
        "completed",
        "complete",
        "closed",
        "cancelled",
        "canceled",
        "collected",
        "done",
        "returned",
        "refunded",
    }
)
_NOT_QUITE = frozenset({"partial", "partially", "not"})  # "Partially shipped" is still open


@dataclass(frozen=True, slots=True)
class Order:
    """One order as the list shows it: everything the cache keeps per row."""

    id: str
    name: str
    number: str
    customer: Customer
    status: OrderStatus | None
    financial_status: str | None = None
    fulfillment_status: str | None = None
    tags: tuple[str, ...] = ()
    canceled_at: datetime | None = None
    created_at: datetime | None = None
    due_date: date | None = None
    due_date_to: date | None = None
    history_count: int = 0
    amount: Money | None = None
    review: Review | None = None  # None: no decision is asked of anyone

    @property
    def status_code(self) -> str | None:
        return self.status.code if self.status else None

    @property
    def is_canceled(self) -> bool:
        return self.canceled_at is not None

    @property
    def is_open(self) -> bool:
        """Still to be done: not canceled, and neither fulfilled nor in a status that says it
        was shipped, delivered, completed or closed (statuses are an account's own words)."""
        if self.is_canceled or self.review is Review.CANCELED:
            return False
        fulfillment = set(re.findall(r"[a-z]+", (self.fulfillment_status or "").lower()))
        if fulfillment & _DONE_FULFILLMENT and not fulfillment & _NOT_QUITE:
            return False
        if self.status is None:
            return True
        words = set(re.findall(r"[a-z]+", self.status.name.lower()))
        return not (words & _DONE_WORDS) or bool(words & _NOT_QUITE)

    def is_overdue(self, today: date) -> bool:
        """Its due date (or a range's last day) has passed while the order is still open."""
        last = self.due_date_to or self.due_date
        return last is not None and last < today and self.is_open
