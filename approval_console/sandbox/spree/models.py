"""State of the Spree store: orders with their items, payments, fulfillments and refunds.

Amounts are `Decimal` (Spree stores BigDecimal); instants are epoch seconds (floats).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .versions import SpreeVersion

ZERO = Decimal("0")
DRAFT_STATES = ("cart", "address", "delivery", "payment", "confirm")


@dataclass(frozen=True)
class Market:
    id: str
    name: str
    currency: str
    default_locale: str
    country_codes: tuple[str, ...]
    tax_inclusive: bool
    default: bool
    created_at: float


@dataclass(frozen=True)
class Address:
    first_name: str
    last_name: str
    address1: str
    city: str
    postal_code: str
    state_abbr: str | None
    country_iso: str
    phone: str
    id: str = ""
    created_at: float = 0.0


@dataclass(frozen=True)
class Customer:
    id: str
    email: str
    first_name: str
    last_name: str
    created_at: float


@dataclass
class LineItem:
    id: str
    variant_id: str
    name: str
    slug: str
    options_text: str
    quantity: int
    price: Decimal
    cost_price: Decimal
    created_at: float
    updated_at: float

    @property
    def total(self) -> Decimal:
        return self.price * self.quantity


@dataclass
class Payment:
    id: str
    number: str
    status: str  # checkout | pending | processing | completed | failed | void
    amount: Decimal
    payment_method_id: str
    brand: str
    last4: str
    response_code: str | None
    created_at: float
    updated_at: float

    @property
    def captured_amount(self) -> Decimal:
        return self.amount if self.status == "completed" else ZERO


@dataclass
class Fulfillment:
    id: str
    number: str
    status: str  # pending | ready | shipped | canceled
    tracking: str | None
    tracking_carrier: str | None
    cost: Decimal
    stock_location_id: str
    fulfilled_at: float | None
    created_at: float
    updated_at: float
    items: list[tuple[str, str, int]] = field(default_factory=list)  # item, variant, qty


@dataclass
class Refund:
    id: str
    payment_id: str
    amount: Decimal
    reason: str
    transaction_id: str
    created_at: float


@dataclass
class Notification:
    """An email the store sent (cancellation with `notify_customer`)."""

    to: str
    subject: str
    sent_at: float


@dataclass
class Order:
    id: str
    sequence: int  # creation order; breaks ties in sorting
    number: str
    email: str
    customer: Customer
    market: Market
    locale: str
    state: str  # the checkout state machine's; 6.0 has none, and neither shows nor filters it
    considered_risky: bool
    items: list[LineItem]
    delivery_total: Decimal
    tax_total: Decimal
    discount_total: Decimal
    # The release's own words: 5.6 `payment_state`/`shipment_state`, 6.0 `payment_status`/
    # `fulfillment_status` (see versions.py); the API shows both as `*_status`.
    payment_status: str | None
    fulfillment_status: str | None
    billing_address: Address
    shipping_address: Address
    created_at: float
    updated_at: float
    completed_at: float | None = None
    approved_at: float | None = None
    approver_id: str | None = None
    canceled_at: float | None = None
    canceler_id: str | None = None
    last_ip_address: str | None = None
    customer_note: str | None = None
    internal_note: str | None = None
    tags: list[str] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    fulfillments: list[Fulfillment] = field(default_factory=list)
    refunds: list[Refund] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    channel_id: str = ""

    @property
    def currency(self) -> str:
        return self.market.currency

    @property
    def status(self) -> str:
        """`Order::STATUSES`: draft, placed, canceled only. 5.6 writes `placed` on completion and
        `canceled` on cancellation; a returned or resumed order stays `placed`."""
        if self.state in DRAFT_STATES:
            return "draft"
        return "canceled" if self.state == "canceled" else "placed"

    @property
    def item_total(self) -> Decimal:
        return sum((item.total for item in self.items), ZERO)

    @property
    def total(self) -> Decimal:
        return self.item_total + self.delivery_total + self.tax_total - self.discount_total

    @property
    def payment_total(self) -> Decimal:
        paid = sum((p.captured_amount for p in self.payments), ZERO)
        return paid - sum((r.amount for r in self.refunds), ZERO)

    @property
    def total_quantity(self) -> int:
        return sum(item.quantity for item in self.items)


@dataclass
class Store:
    """The demo store: its keys, its admin user and its orders (oldest first)."""

    secret_key: str
    publishable_key: str
    version: SpreeVersion
    admin_id: str
    channel_id: str
    orders: list[Order]
    by_id: dict[str, Order] = field(default_factory=dict)

    by_customer: dict[str, list[Order]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id = {order.id: order for order in self.orders}
        for order in self.orders:
            self.by_customer.setdefault(order.customer.id, []).append(order)
