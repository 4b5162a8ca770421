"""Writing the console's values into Apruve request bodies and paths.

Money goes out as exact integer cents (a fraction of a cent is refused, never rounded), times as
ISO 8601 in UTC, and ids are checked before they go into a path. `None` always means "leave this
field out", so one body builder serves both creating and changing a record.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from approval_console.connectors.apruve.parse import ITEM_TEXTS
from approval_console.core import errors
from approval_console.core.billing import (
    Address,
    InvoiceItem,
    LineItem,
    ShipmentItem,
    ShipmentState,
)
from approval_console.core.domain import Money
from approval_console.core.i18n import translate

_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def path_id(value: str) -> str:
    """Ids go into paths; anything but a plain token would be a path injection: refuse it."""
    text = str(value)
    if not _SAFE_ID.fullmatch(text):
        raise errors.NotFoundError(
            translate("Apruve", "There is no record {id}.").format(id=repr(text[:40])), status=404
        )
    return text


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC; a naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def cents(money: Money, name: str) -> int:
    """Exact cents, or a ValueError: a fraction of a cent is never rounded away silently."""
    value = money.amount.scaleb(2)
    if value != value.to_integral_value():
        raise ValueError(f"{name} {money} is not a whole number of cents")
    return int(value)


def put(body: dict[str, Any], **values: Any) -> None:
    """Add each value that is not None."""
    for key, value in values.items():
        if value is not None:
            body[key] = value


def put_money(body: dict[str, Any], *, with_currency: bool = True, **amounts: Money | None) -> None:
    """`amount=Money` becomes `amount_cents`; all amounts must share one currency."""
    put_amounts(body, amounts, with_currency=with_currency)


def put_amounts(
    body: dict[str, Any], amounts: Mapping[str, Money | None], *, with_currency: bool = True
) -> None:
    """`put_money` for amounts gathered in a mapping."""
    currencies = {money.currency for money in amounts.values() if money is not None}
    if len(currencies) > 1:
        raise ValueError(f"amounts in one request must share a currency, not {currencies}")
    for name, money in amounts.items():
        if money is not None:
            body[f"{name}_cents"] = cents(money, name)
    if with_currency and currencies:
        body["currency"] = currencies.pop()


# ---- items: the ten fields the three kinds share, written in one place --------------------------


class ItemLike(Protocol):
    """What order, invoice and shipment items have in common."""

    @property
    def id(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def quantity(self) -> int: ...
    @property
    def unit_price(self) -> Money | None: ...
    @property
    def total(self) -> Money | None: ...
    @property
    def sku(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def variant_info(self) -> str | None: ...
    @property
    def vendor(self) -> str | None: ...
    @property
    def merchant_notes(self) -> str | None: ...


def _item_body(item: ItemLike, *, with_id: bool, **amounts: Money | None) -> dict[str, Any]:
    """The ten shared fields, with the kind's own `amounts` (all in one currency). An order
    item is sent without its id: Apruve gives it one."""
    body: dict[str, Any] = {"quantity": item.quantity}
    put_amounts(body, {"price_ea": item.unit_price, "price_total": item.total, **amounts})
    put(body, id=item.id if with_id else None, title=item.title)
    put(body, **{name: getattr(item, name) for name in ITEM_TEXTS})
    return body


def line_item_body(item: LineItem) -> dict[str, Any]:
    body = _item_body(item, with_id=False)
    put(body, product_url=item.product_url)
    return body


def invoice_item_body(item: InvoiceItem) -> dict[str, Any]:
    body = _item_body(item, with_id=True, tax=item.tax, discount_total=item.discount)
    put(body, tax_exemption_reason=item.tax_exemption_reason, view_product_url=item.product_url)
    if item.tax_rate_percentage is not None:
        body["tax_rate_percentage"] = str(item.tax_rate_percentage)
    return body


def shipment_item_body(item: ShipmentItem) -> dict[str, Any]:
    return _item_body(item, with_id=True, tax=item.tax, shipping=item.shipping)


# ---- records ------------------------------------------------------------------------------------


def shipment_body(
    *,
    shipped_at: datetime | None,
    shipper: str | None = None,
    tracking_number: str | None = None,
    delivered_at: datetime | None = None,
    amount: Money | None = None,
    tax: Money | None = None,
    shipping: Money | None = None,
    merchant_notes: str | None = None,
    status: ShipmentState | None = None,
    merchant_shipment_id: str | None = None,
    items: Sequence[ShipmentItem] | None = None,
) -> dict[str, Any]:
    """A shipment to create or change; `items`, when given, replace all of its items."""
    body: dict[str, Any] = {}
    put_money(body, amount=amount, tax=tax, shipping=shipping)
    put(
        body,
        shipper=shipper,
        tracking_number=tracking_number,
        merchant_notes=merchant_notes,
        merchant_shipment_id=merchant_shipment_id,
        status=str(status) if status is not None else None,
    )
    if shipped_at is not None:
        body["shipped_at"] = iso(shipped_at)
    if delivered_at is not None:
        body["delivered_at"] = iso(delivered_at)
    if items is not None:
        body["shipment_items"] = [shipment_item_body(item) for item in items]
    return body


def address_body(address: Address) -> dict[str, Any]:
    body: dict[str, Any] = {
        "address_1": address.address_1,
        "city": address.city,
        "state": address.state,
        "postal_code": address.postal_code,
        "country_code": address.country_code,
        "phone_number": address.phone_number,
        "contact_name": address.contact_name,
        "name": address.name,
    }
    put(body, address_2=address.address_2, fax_number=address.fax_number, notes=address.notes)
    return body
