"""Sample orders shared by the store tests (a plain module: conftest is not importable)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from approval_console.core.domain import Customer, Money, Order, OrderStatus, Review

ACCOUNT = "acct-1"


def make_order(n: int = 1, **overrides: Any) -> Order:
    """A plain order numbered `n`; keyword arguments replace fields."""
    fields: dict[str, Any] = {
        "id": f"{1000000000000 + n}",
        "name": f"#{n}",
        "number": f"#{n}",
        "customer": Customer(f"Customer {n}", f"customer{n}@example.com"),
        "status": OrderStatus("new", "New"),
        "created_at": datetime(2024, 1, 1, tzinfo=UTC).replace(minute=n % 60, hour=n // 60 % 24),
    }
    fields.update(overrides)
    return Order(**fields)


FULL_ORDER = Order(
    id="4711",
    name="Order #0042",
    number="#42",
    customer=Customer("Zoë Ünal", "zoe@example.com", locale="de-DE"),
    status=OrderStatus(
        code="approved",
        name="Approved",
        public_name="Approved!",
        description="Ready to ship",
        color="#00FF00",
        public=False,
        set_at=datetime(2024, 3, 1, 12, 30, 15, 123456, tzinfo=UTC),
        auto_change_at=datetime(2024, 3, 5, 8, 0, tzinfo=UTC),
    ),
    financial_status="paid",
    fulfillment_status="unfulfilled",
    tags=("vip", "100%_sure", "a|b", ""),
    canceled_at=datetime(2024, 3, 2, tzinfo=UTC),
    created_at=datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC),
    due_date=date(2024, 3, 10),
    due_date_to=date(2024, 3, 12),
    history_count=7,
    amount=Money(Decimal("1234.50"), "EUR"),
    review=Review.AWAITING,
)
