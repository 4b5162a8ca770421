"""Reading Apruve's JSON into the console's billing types.

Amounts travel as integer cents and become exact `Money` in the payload's currency (USD when a
payload names none). Every reader names the field it could not read, so a changed API says
"body[0].order_items[0].title is missing", never a KeyError deep in a view.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import httpx

from approval_console.connectors.fields import Fields
from approval_console.core import errors
from approval_console.core.billing import (
    Address,
    CorporateAccount,
    Invoice,
    InvoiceItem,
    InvoiceState,
    LineItem,
    Listing,
    Merchant,
    OrderState,
    PaymentMethod,
    PaymentTerm,
    PurchaseOrder,
    Return,
    ReturnReason,
    Shipment,
    ShipmentItem,
    ShipmentState,
    User,
    WebhookEndpoint,
)
from approval_console.core.domain import Customer, Money, Order, OrderStatus, Review

DEFAULT_CURRENCY = "USD"  # "Only USD is supported at this time"

STATE_COLORS = {
    OrderState.NEW: "#6B7280",
    OrderState.PENDING: "#F59E0B",
    OrderState.ACCEPTED: "#10B981",
    OrderState.CANCELED: "#EF4444",
}
UNKNOWN_STATE_COLOR = "#6B7280"  # a state Apruve added later: neutral, like a new order

# Pending orders wait on their buyer's approval: the review queue shows them, to follow up or
# cancel. New ones are the seller's own drafts.
REVIEW = {
    OrderState.PENDING: Review.AWAITING,
    OrderState.ACCEPTED: Review.APPROVED,
    OrderState.CANCELED: Review.CANCELED,
}

# An invoice's addresses: the console's name for each, and Apruve's.
ADDRESS_FIELDS = {
    "bill_to": "bill_to_address",
    "ship_to": "ship_to_address",
    "sold_to": "sold_to_address",
    "remittance": "remittance_address",
    "fiscal_representative": "fiscal_representative",
}

# The texts every kind of item (order, invoice and shipment items) carries under one name.
ITEM_TEXTS = ("sku", "description", "variant_info", "vendor", "merchant_notes")

_LINK = re.compile(r'<([^>]*)>\s*;\s*rel="?([a-z]+)"?')
E = TypeVar("E", OrderState, InvoiceState, ShipmentState, ReturnReason)
T = TypeVar("T")


# ---- listings ----------------------------------------------------------------------------------


def listing_from(
    response: httpx.Response, items: tuple[T, ...], page: int, per_page: int
) -> Listing[T]:
    """Extent from `Total`/`Per-Page`, else from the `Link` header's last page, else unknown."""
    total = _int_header(response, "Total")
    size = _int_header(response, "Per-Page") or per_page
    last_page: int | None = None
    if total is not None:
        last_page = max(1, math.ceil(total / size))
    else:
        links = {rel: url for url, rel in _LINK.findall(response.headers.get("Link", ""))}
        if "last" in links:
            last_page = _page_of(links["last"])
        elif "next" not in links and response.headers.get("Link") is not None:
            last_page = page
    return Listing(items=items, page=page, per_page=size, total=total, last_page=last_page)


def _page_of(url: str) -> int | None:
    try:
        value = httpx.URL(url).params.get("page")
        return int(value) if value is not None else None
    except (ValueError, httpx.InvalidURL):
        return None


def _int_header(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name)
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


# ---- values ------------------------------------------------------------------------------------


def _enum(item: Fields, key: str, kind: type[E], what: str) -> E:
    """A state word; one Apruve adds later is kept as itself (the kinds are `OpenStrEnum`),
    only an empty one is refused."""
    text = item.text(key)
    try:
        return kind(text)
    except ValueError:
        raise errors.ResponseFormatError(
            f"{item.path}.{key}", f"is an unknown {what} {text!r}"
        ) from None


def _currency(item: Fields, default: str = DEFAULT_CURRENCY) -> str:
    return item.opt_text("currency") or default


def _money(item: Fields, key: str, currency: str) -> Money:
    return Money.from_minor(item.integer(key), currency)


def _opt_money(item: Fields, key: str, currency: str) -> Money | None:
    cents = item.opt_integer(key)
    return None if cents is None else Money.from_minor(cents, currency)


def _opt_decimal(item: Fields, key: str) -> Decimal | None:
    value = item.value.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise errors.ResponseFormatError(f"{item.path}.{key}", "should be a number")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise errors.ResponseFormatError(
            f"{item.path}.{key}", f"should be a number, got {value!r}"
        ) from None


# ---- orders ------------------------------------------------------------------------------------


def purchase_order(item: Fields) -> PurchaseOrder:
    currency = _currency(item)
    state = _enum(item, "status", OrderState, "order state")
    order_id = item.text("id")
    merchant_order_id = item.opt_text("merchant_order_id")
    amount = _money(item, "amount_cents", currency)
    created = item.opt_datetime("created_at")
    final = item.opt_datetime("final_state_at")
    term = item.opt_obj("payment_term")
    payment_term = (
        PaymentTerm(
            corporate_account_id=term.opt_text("corporate_account_id"),
            type=term.opt_text("type"),
            status=term.opt_text("status"),
            escalated_at=term.opt_datetime("escalated_at"),
            final_state_at=term.opt_datetime("final_state_at"),
        )
        if term
        else None
    )
    method = item.opt_obj("default_payment_method")
    set_at = {
        OrderState.NEW: created,
        OrderState.PENDING: payment_term.escalated_at if payment_term else None,
        OrderState.ACCEPTED: final,
        OrderState.CANCELED: final,
    }.get(state)
    order = Order(
        id=order_id,
        name=merchant_order_id or order_id,
        number=merchant_order_id or order_id,
        customer=Customer(name="", email=""),
        status=OrderStatus(
            code=state.value,
            name=state.label,
            description=state.description,
            color=STATE_COLORS.get(state, UNKNOWN_STATE_COLOR),
            set_at=set_at,
        ),
        canceled_at=(final or created) if state is OrderState.CANCELED else None,
        created_at=created,
        amount=amount,
        review=REVIEW.get(state),
    )
    return PurchaseOrder(
        order=order,
        state=state,
        merchant_order_id=merchant_order_id,
        amount=amount,
        tax=_opt_money(item, "tax_cents", currency) or Money.from_minor(0, currency),
        shipping=_opt_money(item, "shipping_cents", currency) or Money.from_minor(0, currency),
        items=tuple(
            line_item(line, currency) for line in item.objects("order_items", required=False)
        ),
        merchant_id=item.opt_text("merchant_id"),
        customer_id=item.opt_text("customer_id"),
        shopper_id=item.opt_text("shopper_id"),
        payment_term=payment_term,
        default_payment_method=_payment_method(method) if method else None,
        accepts_payment_terms=item.flag("accepts_payment_terms"),
        created_at=created,
        expire_at=item.opt_datetime("expire_at"),
        final_state_at=final,
        finalize_on_create=item.flag("finalize_on_create", default=True),
        invoice_on_create=item.flag("invoice_on_create", default=True),
    )


def _payment_method(method: Fields) -> PaymentMethod:
    last4 = method.opt_text("last4")
    if last4 is not None and last4.isdigit():
        last4 = last4.zfill(4)  # 0123 may come as the number 123
    return PaymentMethod(
        type=method.opt_text("type"), last4=last4, nickname=method.opt_text("nickname")
    )


# ---- items: the ten fields the three kinds share, read in one place -----------------------------


def _item(
    make: Callable[..., T],
    item: Fields,
    currency: str,
    *,
    title_required: bool = False,
    **own: Any,
) -> T:
    """Build an item from the ten fields every kind shares (id, title, quantity, unit price,
    total and the five texts) plus the kind's `own`. Only an order item must have a title."""
    return make(
        id=item.text("id"),
        title=item.text("title") if title_required else item.opt_text("title"),
        quantity=item.opt_integer("quantity", 1) or 1,
        unit_price=_opt_money(item, "price_ea_cents", currency),
        total=_opt_money(item, "price_total_cents", currency),
        **{name: item.opt_text(name) for name in ITEM_TEXTS},
        **own,
    )


def line_item(item: Fields, default_currency: str = DEFAULT_CURRENCY) -> LineItem:
    currency = _currency(item, default_currency)
    return _item(
        LineItem,
        item,
        currency,
        title_required=True,
        order_id=item.opt_text("order_id"),
        product_url=item.opt_text("product_url"),
    )


def invoice_item(item: Fields, default_currency: str) -> InvoiceItem:
    currency = _currency(item, default_currency)
    return _item(
        InvoiceItem,
        item,
        currency,
        tax=_opt_money(item, "tax_cents", currency),
        discount=_opt_money(item, "discount_total_cents", currency),
        tax_rate_percentage=_opt_decimal(item, "tax_rate_percentage"),
        tax_exemption_reason=item.opt_text("tax_exemption_reason"),
        product_url=item.opt_text("view_product_url"),
    )


def shipment_item(item: Fields, default_currency: str) -> ShipmentItem:
    currency = _currency(item, default_currency)
    return _item(
        ShipmentItem,
        item,
        currency,
        shipment_id=item.opt_text("shipment_id"),
        tax=_opt_money(item, "tax_cents", currency),
        shipping=_opt_money(item, "shipping_cents", currency),
    )


# ---- invoices, shipments, returns ---------------------------------------------------------------


def invoice(item: Fields) -> Invoice:
    currency = _currency(item)
    addresses = {name: address(item.opt_obj(key)) for name, key in ADDRESS_FIELDS.items()}
    return Invoice(
        id=item.text("id"),
        order_id=item.text("order_id"),
        state=_enum(item, "status", InvoiceState, "invoice state"),
        amount=_money(item, "amount_cents", currency),
        amount_due=_opt_money(item, "amount_due", currency),
        tax=_opt_money(item, "tax_cents", currency),
        shipping=_opt_money(item, "shipping_cents", currency),
        number=item.opt_text("merchant_invoice_id"),
        created_at=item.opt_datetime("created_at"),
        issued_at=item.opt_datetime("issued_at"),
        opened_at=item.opt_datetime("opened_at"),
        final_state_at=item.opt_datetime("final_state_at"),
        due_at=item.opt_datetime("due_at"),
        items=tuple(
            invoice_item(line, currency) for line in item.objects("invoice_items", required=False)
        ),
        notes=item.opt_text("merchant_notes"),
        terms_of_delivery=item.opt_text("terms_of_delivery"),
        footer=item.opt_text("footer"),
        issue_on_create=item.flag("issue_on_create", default=True),
        **addresses,
    )


def address(item: Fields | None) -> Address | None:
    if item is None:
        return None
    return Address(
        address_1=item.text("address_1"),
        address_2=item.opt_text("address_2"),
        city=item.text("city"),
        state=item.text("state"),
        postal_code=item.text("postal_code"),
        country_code=item.text("country_code"),
        phone_number=item.text("phone_number"),
        fax_number=item.opt_text("fax_number"),
        contact_name=item.text("contact_name"),
        name=item.text("name"),
        notes=item.opt_text("notes"),
    )


def shipment(item: Fields) -> Shipment:
    currency = _currency(item)
    status = (
        _enum(item, "status", ShipmentState, "shipment status") if item.opt_text("status") else None
    )
    return Shipment(
        id=item.text("id"),
        invoice_id=item.text("invoice_id"),
        status=status,
        amount=_opt_money(item, "amount_cents", currency),
        tax=_opt_money(item, "tax_cents", currency),
        shipping=_opt_money(item, "shipping_cents", currency),
        shipper=item.opt_text("shipper"),
        tracking_number=item.opt_text("tracking_number"),
        shipped_at=item.opt_datetime("shipped_at"),
        delivered_at=item.opt_datetime("delivered_at"),
        merchant_notes=item.opt_text("merchant_notes"),
        merchant_shipment_id=item.opt_text("merchant_shipment_id"),
        items=tuple(
            shipment_item(line, currency) for line in item.objects("shipment_items", required=False)
        ),
    )


def invoice_return(item: Fields) -> Return:
    return Return(
        id=item.text("id"),
        invoice_id=item.text("invoice_id"),
        amount=_money(item, "amount_cents", _currency(item)),
        reason=_enum(item, "reason", ReturnReason, "return reason"),
        merchant_id=item.opt_text("merchant_id"),
        created_at=item.opt_datetime("created_at"),
    )


# ---- the merchant and its people ----------------------------------------------------------------


def merchant(item: Fields) -> Merchant:
    return Merchant(
        id=item.text("id"),
        name=item.text("name"),
        email=item.opt_text("email"),
        web_url=item.opt_text("web_url"),
        phone=item.opt_text("phone"),
    )


def user(item: Fields) -> User:
    return User(id=item.text("id"), email=item.text("email"), name=item.opt_text("name") or "")


def corporate_account(item: Fields) -> CorporateAccount:
    return CorporateAccount(
        id=item.text("id"),
        name=item.opt_text("name") or "",
        merchant_id=item.opt_text("merchant_uuid"),
        customer_id=item.opt_text("customer_uuid"),
        type=item.opt_text("type"),
        payment_term_strategy=item.opt_text("payment_term_strategy_name"),
        authorized_buyers=tuple(
            user(buyer) for buyer in item.objects("authorized_buyers", required=False)
        ),
    )


def webhook(item: Fields) -> WebhookEndpoint:
    return WebhookEndpoint(
        id=item.text("id"),
        url=item.text("url"),
        version=item.opt_text("version") or "v4",
        auth_header=item.opt_text("auth_header"),
    )
