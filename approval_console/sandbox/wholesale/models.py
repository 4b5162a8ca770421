"""State of the wholesale portal: customers, their buyers, and orders with their records."""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("pending", "confirmed", "shipped", "completed", "canceled")


@dataclass(frozen=True)
class Customer:
    """A trading account; `code` is the short reference buyers and staff type."""

    id: int
    name: str
    code: str
    email: str


@dataclass(frozen=True)
class Person:
    """A portal user: a customer's buyer or a member of staff (who changed a status)."""

    id: int
    name: str
    role: str  # "buyer" | "staff" | "system"


@dataclass(frozen=True)
class Item:
    id: int
    sku: str
    name: str
    qty: int
    unit_price: float
    discount: float
    tax: float

    @property
    def line_total(self) -> float:
        return round(self.qty * self.unit_price - self.discount, 2)


@dataclass
class Shipment:
    id: int
    carrier: str
    service: str
    tracking_number: str
    status: str  # "in_transit" | "delivered"
    shipped_at: int  # epoch seconds, like every instant here
    delivered_at: int | None
    package_count: int


@dataclass(frozen=True)
class StatusChange:
    """One line of the audit log: who moved the order from what to what, and when."""

    id: int
    from_status: str | None
    to_status: str
    changed_by: Person
    changed_at: int
    note: str | None = None


@dataclass
class Order:
    id: int
    customer: Customer
    user_id: int
    currency: str
    status: str
    po_number: str | None
    notes: str | None
    discount_total: float
    shipping_total: float
    placed_at: int | None
    created_at: int
    updated_at: int
    items: list[Item] = field(default_factory=list)
    shipments: list[Shipment] = field(default_factory=list)
    status_history: list[StatusChange] = field(default_factory=list)

    @property
    def order_number(self) -> str:
        return f"SO-{self.id}"

    @property
    def subtotal(self) -> float:
        return round(sum(item.qty * item.unit_price for item in self.items), 2)

    @property
    def tax_total(self) -> float:
        return round(sum(item.tax for item in self.items), 2)

    @property
    def grand_total(self) -> float:
        total = self.subtotal - self.discount_total + self.tax_total + self.shipping_total
        return round(total, 2)


@dataclass
class Portal:
    """One tenant: what an API key sees."""

    api_key: str
    tenant_id: int
    orders: list[Order]
    people: dict[int, Person]
    by_id: dict[int, Order] = field(default_factory=dict)
    next_history_id: int = 1

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id = {order.id: order for order in self.orders}
        ids = [c.id for o in self.orders for c in o.status_history]
        self.next_history_id = max(ids, default=0) + 1
