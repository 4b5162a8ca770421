"""Spree Admin API v3 payloads read into the console's types: orders, their status and review
state, and an order's items, payments, fulfillments and refunds.

Amounts are BigDecimal strings ("110.0") and become exact `Money`, never floats; payments,
fulfillments and refunds carry no currency, so the order's is given. Payment and fulfillment
words of either version become the console's (`spree_query.PAYMENT_WORDS`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from approval_console.connectors.fields import Fields
from approval_console.connectors.spree_query import (
    CANCELED,
    FULFILLMENT_WORDS,
    PAYMENT_WORDS,
    PLACED,
    console_word,
)
from approval_console.core import errors
from approval_console.core.billing import LineItem, Payment, Refund, Shipment, ShipmentItem
from approval_console.core.domain import Customer, Money, Order, OrderStatus, Review
from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.core.labels import readable

# The `status` words orders report, in workflow order: (name, description, colour).
RISKY = QT_TRANSLATE_NOOP(
    "Status", "Considered risky by the store's checks: approve it to go ahead, or cancel it."
)
STATUSES: dict[str, tuple[str, str, str]] = {
    "draft": (
        QT_TRANSLATE_NOOP("Status", "Draft"),
        QT_TRANSLATE_NOOP("Status", "A cart or a checkout not completed yet"),
        "#6B7280",
    ),
    PLACED: (
        QT_TRANSLATE_NOOP("Status", "Placed"),
        QT_TRANSLATE_NOOP("Status", "Checkout completed: the order is to be fulfilled"),
        "#3B82F6",
    ),
    CANCELED: (
        QT_TRANSLATE_NOOP("Status", "Canceled"),
        QT_TRANSLATE_NOOP("Status", "Canceled by an admin before it shipped"),
        "#EF4444",
    ),
}

_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _decimal(item: Fields, key: str) -> Decimal | None:
    """A BigDecimal string ("110.0") as an exact Decimal; a JSON number with a fraction is
    refused, since it has been through a float on the way."""
    value = item.value.get(key)
    if value is None:
        return None
    if isinstance(value, bool | float):
        raise errors.ResponseFormatError(
            f"{item.path}.{key}", f"should be a decimal string, got {value!r}"
        )
    if isinstance(value, int):
        return Decimal(value)
    if not isinstance(value, str):
        raise errors.ResponseFormatError(f"{item.path}.{key}", "should be a decimal string")
    if not _DECIMAL.fullmatch(value.strip()):
        raise errors.ResponseFormatError(
            f"{item.path}.{key}", f"is not a decimal amount: {value[:30]!r}"
        )
    return Decimal(value.strip())


def _money(item: Fields, key: str, currency: str) -> Money:
    number = _decimal(item, key)
    if number is None:
        raise errors.ResponseFormatError(f"{item.path}.{key}", "is missing")
    return Money(number, currency)


def _opt_money(item: Fields, key: str, currency: str) -> Money | None:
    number = _decimal(item, key)
    return None if number is None else Money(number, currency)


def read_order(item: Fields) -> Order:
    """One order as the list shows it; `review` from the risk flag, approval and cancellation."""
    number = item.text("number")
    currency = item.text("currency")
    code = item.text("status")
    canceled_at = item.opt_datetime("canceled_at")
    approved_at = item.opt_datetime("approved_at")
    completed_at = item.opt_datetime("completed_at")
    customer = item.opt_obj("customer")
    name = ""
    if customer is not None:
        first, last = customer.opt_text("first_name") or "", customer.opt_text("last_name") or ""
        name = f"{first} {last}".strip()
    email = item.opt_text("email") or (customer.opt_text("email") if customer else None) or ""
    # Canceled wins over approved: Spree approves a canceled order too (no state check).
    if code == CANCELED or canceled_at is not None:
        review: Review | None = Review.CANCELED
    elif approved_at is not None:
        review = Review.APPROVED
    elif item.flag("considered_risky") and code == PLACED:
        review = Review.AWAITING
    else:
        review = None
    status = _status(code, completed_at, canceled_at)
    if review is Review.AWAITING:
        # Why it waits, for the review queue: the state alone ("Placed") does not say.
        status = dataclasses.replace(status, description=RISKY)
    return Order(
        id=item.text("id"),
        name=number,
        number=number,
        customer=Customer(name=name, email=email, locale=item.opt_text("locale")),
        status=status,
        financial_status=console_word(PAYMENT_WORDS, item.opt_text("payment_status")),
        fulfillment_status=console_word(FULFILLMENT_WORDS, item.opt_text("fulfillment_status")),
        tags=item.text_list("tags"),
        canceled_at=canceled_at,
        created_at=item.opt_datetime("created_at"),
        amount=_money(item, "total", currency),
        review=review,
    )


def _status(code: str, completed_at: datetime | None, canceled_at: datetime | None) -> OrderStatus:
    """The order's `status` word with its name and colour; `set_at` is when it became so."""
    known = STATUSES.get(code)
    set_at = {PLACED: completed_at, CANCELED: canceled_at}.get(code)
    if known is None:
        return OrderStatus(code=code, name=readable(code), set_at=set_at)
    name, description, color = known
    return OrderStatus(code=code, name=name, description=description, color=color, set_at=set_at)


def read_line_item(item: Fields, currency: str | None, order_id: str | None) -> LineItem:
    currency = item.opt_text("currency") or currency
    if not currency:
        raise errors.ResponseFormatError(f"{item.path}.currency", "is missing")
    return LineItem(
        id=item.text("id"),
        title=item.opt_text("name") or item.opt_text("slug") or item.text("id"),
        quantity=item.integer("quantity"),
        unit_price=_opt_money(item, "price", currency),
        total=_opt_money(item, "total", currency),
        variant_info=item.opt_text("options_text"),
        order_id=order_id,
    )


def read_payment(item: Fields, currency: str) -> Payment:
    source = item.opt_obj("source")
    method = item.opt_text("source_type")
    if source is not None and source.opt_text("last4"):
        brand = (source.opt_text("brand") or "card").replace("_", " ").title()
        method = f"{brand} •••• {source.opt_text('last4')}"
    return Payment(
        id=item.text("id"),
        amount=_money(item, "amount", currency),
        state=item.text("status"),
        method=method,
        created_at=item.opt_datetime("created_at"),
    )


def read_fulfillment(item: Fields, currency: str) -> Shipment:
    """A fulfillment as a shipment against the order (no invoice); its own state word kept."""
    shipment_id = item.text("id")
    return Shipment(
        id=shipment_id,
        invoice_id=None,
        status=None,
        status_text=item.opt_text("status"),
        shipping=_opt_money(item, "cost", currency),
        shipper=item.opt_text("tracking_carrier_name") or item.opt_text("tracking_carrier"),
        tracking_number=item.opt_text("tracking"),
        shipped_at=item.opt_datetime("fulfilled_at"),
        delivered_at=item.opt_datetime("delivered_at"),
        merchant_shipment_id=item.opt_text("number"),
        items=tuple(
            ShipmentItem(
                title=None,
                id=line.text("item_id"),
                quantity=line.integer("quantity"),
                shipment_id=shipment_id,
            )
            for line in item.objects("items", required=False)
        ),
    )


def read_refund(item: Fields, currency: str) -> Refund:
    return Refund(
        id=item.text("id"),
        amount=_money(item, "amount", currency),
        reason=item.opt_text("reason"),
        created_at=item.opt_datetime("created_at"),
    )


def with_titles(shipment: Shipment, titles: Mapping[str, str]) -> Shipment:
    """Name each shipped line after its order item (fulfillments give only item ids)."""
    items = tuple(
        replace(line, title=titles.get(line.id or "", line.title)) for line in shipment.items
    )
    return replace(shipment, items=items)
