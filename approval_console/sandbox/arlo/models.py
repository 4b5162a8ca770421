"""State of the Arlo platform the sandbox emulates: contacts and orders awaiting approval."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

AWAITING_APPROVAL = "AwaitingApproval"
PENDING = "Pending"
APPROVED = "Approved"
CANCELED = "Cancelled"  # Arlo's wire spelling
EXPIRED = "Expired"
STATUSES = (AWAITING_APPROVAL, PENDING, APPROVED, CANCELED, EXPIRED)
APPROVABLE = (AWAITING_APPROVAL, PENDING)
CANCELLABLE = (AWAITING_APPROVAL, APPROVED, PENDING)
WORKFLOWS = ("Default", "None")


@dataclass
class Contact:
    contact_id: int
    unique_identifier: str
    first_name: str
    last_name: str
    email: str
    code: str
    phone: str
    organisation: str | None
    created: float  # epoch seconds, like every instant here
    modified: float


@dataclass(frozen=True)
class Notification:
    """An email the platform sent because of an operation (unless CommunicationWorkflow=None)."""

    to: str
    subject: str
    sent_at: float


@dataclass
class Order:
    order_id: int
    unique_identifier: str
    code: str
    status: str
    sub_total: Decimal
    total_tax: Decimal
    currency: str
    due_date: date | None
    bill_to_contact_id: int
    created: float
    modified: float
    approved: float | None = None
    approved_by_contact_id: int | None = None
    approved_by_user: str | None = None  # "the executing user" when no contact was named
    notifications: list[Notification] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return self.sub_total + self.total_tax


@dataclass
class Platform:
    """One platform (tenant) with its API user's credentials."""

    username: str
    password: str
    contacts: dict[int, Contact]
    orders: dict[int, Order]  # by OrderID, in ascending order
