"""The JSON shapes of Spree's Admin API v3 (as its OpenAPI examples show them)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from . import people
from .models import Fulfillment, LineItem, Market, Order, Payment, Refund, Store
from .money import amount, display, pair
from .stamps import ts
from .versions import SpreeVersion

ZERO = Decimal(0)
# The store's `Spree::RefundReason`s (prefix `rr`) by name.
REFUND_REASONS = {"Return processing": "rr_RtrnPrc0001", "Customer changed mind": "rr_ChngMnd0002"}


def order(item: Order, store: Store, expand: set[str]) -> dict[str, Any]:
    """The admin order as the release's serializer renders it (versions.py lists the fields
    5.6 does not have)."""
    version = store.version
    currency = item.currency
    body: dict[str, Any] = {
        "id": item.id,
        "market_id": item.market.id,
        "cart_id": None,
        "channel_id": item.channel_id,
        "number": item.number,
        "email": item.email,
        "customer_note": item.customer_note,
        "currency": currency,
        "locale": item.locale,
        "total_quantity": item.total_quantity,
        "coupon_code": None,
        "fulfillment_status": item.fulfillment_status,
        "payment_status": item.payment_status,
        "completed_at": ts(item.completed_at),
        **pair("item_total", item.item_total, currency),
        **pair("adjustment_total", item.tax_total - item.discount_total, currency),
        **pair("discount_total", item.discount_total, currency),
        **pair("tax_total", item.tax_total, currency),
        **pair("included_tax_total", ZERO, currency),
        **pair("additional_tax_total", item.tax_total, currency),
        **pair("total", item.total, currency),
        **pair("gift_card_total", ZERO, currency),
        **pair("amount_due", _amount_due(item), currency),
        **pair("delivery_total", item.delivery_total, currency),
        **pair("fee_total", ZERO, currency),
        **pair("store_credit_total", ZERO, currency),
        "covered_by_store_credit": False,
        "gift_card": None,
        "market": version.shape("market", market(item.market)),
        "status": item.status,
        "last_ip_address": item.last_ip_address,
        "considered_risky": item.considered_risky,
        "confirmation_delivered": item.completed_at is not None,
        "store_owner_notification_delivered": item.completed_at is not None or None,
        **pair("payment_total", item.payment_total, currency),
        "metadata": dict(item.metadata),
        "canceled_at": ts(item.canceled_at),
        "approved_at": ts(item.approved_at),
        "created_at": ts(item.created_at),
        "updated_at": ts(item.updated_at),
        "preferred_stock_location_id": None,
        "company_location_id": None,
        "seller_id": None,
        "order_group_id": None,
        "company_id": None,
        "tags": list(item.tags),
        "internal_note": item.internal_note,
        "internal_note_html": f"<p>{item.internal_note}</p>" if item.internal_note else None,
        "approver_id": item.approver_id,
        "canceler_id": item.canceler_id,
        "created_by_id": None,
        "customer_id": item.customer.id,
    }
    body = version.shape("order", body)
    if "items" in expand:
        body["items"] = [version.shape("line_item", line_item(x, currency)) for x in item.items]
    if "payments" in expand:
        body["payments"] = [payment(p, item) for p in item.payments]
    if "fulfillments" in expand:
        body["fulfillments"] = [
            version.shape("fulfillment", fulfillment(f, item)) for f in item.fulfillments
        ]
    if "refunds" in expand:
        body["refunds"] = [refund(r, item, version) for r in item.refunds]
    history = store.by_customer.get(item.customer.id, [])
    if "customer" in expand:
        body["customer"] = people.customer(item.customer, history, version)
    default_id = history[-1].billing_address.id if history else None
    for name in ("billing_address", "shipping_address"):
        if name in expand:
            place = getattr(item, name)
            body[name] = people.address(place, item.customer, default_id, version)
    return body


def _amount_due(item: Order) -> Decimal:
    if item.state == "canceled":
        return ZERO
    return item.total - item.payment_total


def market(item: Market) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "currency": item.currency,
        "default_locale": item.default_locale,
        "tax_inclusive": item.tax_inclusive,
        "default": item.default,
        "country_codes": list(item.country_codes),
        "supported_locales": [item.default_locale],
        "tax_provider": None,
        "created_at": ts(item.created_at),
        "updated_at": ts(item.created_at),
    }


def line_item(item: LineItem, currency: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "variant_id": item.variant_id,
        "seller_id": None,
        "preorder": False,
        "preorder_ships_at": None,
        "quantity": item.quantity,
        "currency": currency,
        "name": item.name,
        "slug": item.slug,
        "options_text": item.options_text,
        **pair("price", item.price, currency),
        **pair("total", item.total, currency),
        **pair("adjustment_total", ZERO, currency),
        **pair("additional_tax_total", ZERO, currency),
        **pair("included_tax_total", ZERO, currency),
        **pair("discount_total", ZERO, currency),
        **pair("pre_tax_amount", item.total, currency),
        **pair("discounted_amount", item.total, currency),
        "display_compare_at_amount": display(ZERO, currency),
        "compare_at_amount": None,
        "thumbnail_url": None,
        "option_values": [],
        "digital_links": [],
        "metadata": {},
        "created_at": ts(item.created_at),
        "updated_at": ts(item.updated_at),
        "cost_price": amount(item.cost_price),
        "tax_category_id": "taxcat_clothing01",
    }


def payment(item: Payment, owner: Order) -> dict[str, Any]:
    return {
        "id": item.id,
        "payment_method_id": item.payment_method_id,
        "response_code": item.response_code,
        "number": item.number,
        "status": item.status,
        **pair("amount", item.amount, owner.currency),
        "source_type": "credit_card",
        "source_id": f"card_{item.id[3:]}",
        "source": {
            "id": f"card_{item.id[3:]}",
            "brand": item.brand,
            "last4": item.last4,
            "month": 12,
            "year": 2029,
            "name": f"{owner.customer.first_name} {owner.customer.last_name}",
            "default": False,
            "gateway_payment_profile_id": None,
            "customer_id": owner.customer.id,
            "payment_method_id": item.payment_method_id,
            "metadata": {},
            "created_at": ts(item.created_at),
            "updated_at": ts(item.created_at),
        },
        "metadata": {},
        "avs_response": None,
        "cvv_response_code": None,
        "cvv_response_message": None,
        "created_at": ts(item.created_at),
        "updated_at": ts(item.updated_at),
        "captured_amount": amount(item.captured_amount),
        "order_id": owner.id,
    }


def fulfillment(item: Fulfillment, owner: Order) -> dict[str, Any]:
    currency = owner.currency
    return {
        "id": item.id,
        "number": item.number,
        "tracking": item.tracking,
        "tracking_url": (
            f"https://www.ups.com/track?tracknum={item.tracking}" if item.tracking else None
        ),
        "tracking_carrier": item.tracking_carrier,
        "tracking_carrier_name": "UPS" if item.tracking_carrier else None,
        "pickup_point_data": None,
        "selected_delivery_rate_id": None,
        **pair("cost", item.cost, currency),
        **pair("total", item.cost, currency),
        **pair("discount_total", ZERO, currency),
        **pair("additional_tax_total", ZERO, currency),
        **pair("included_tax_total", ZERO, currency),
        **pair("tax_total", ZERO, currency),
        "status": item.status,
        "fulfillment_type": "shipping",
        "fulfilled_at": ts(item.fulfilled_at),
        "tracking_status": None,
        "estimated_delivery_at": None,
        "delivered_at": None,
        "items": [
            {"item_id": line, "variant_id": variant, "quantity": quantity}
            for line, variant, quantity in item.items
        ],
        "metadata": {},
        "tracking_details": None,
        "adjustment_total": "0.0",
        "pre_tax_amount": amount(item.cost),
        "created_at": ts(item.created_at),
        "updated_at": ts(item.updated_at),
        "order_id": owner.id,
        "stock_location_id": item.stock_location_id,
        "documents": [],
        "provider_generates_labels": False,
    }


def refund(item: Refund, owner: Order, version: SpreeVersion) -> dict[str, Any]:
    """`Admin::RefundSerializer`: the amount without a display string and the reason as
    `refund_reason_id`; 5.6 adds `reimbursement_id`, 6.0 `originator_id`/`originator_type`."""
    body: dict[str, Any] = {
        "id": item.id,
        "transaction_id": item.transaction_id,
        "amount": amount(item.amount),
        "payment_id": item.payment_id,
        "refund_reason_id": REFUND_REASONS.get(item.reason),
    }
    if version.has_state:
        body["reimbursement_id"] = None
    else:
        body.update(originator_id=None, originator_type=None)
    body.update(metadata={}, created_at=ts(item.created_at), updated_at=ts(item.created_at))
    return body


def only_fields(body: dict[str, Any], fields: list[str] | None) -> dict[str, Any]:
    """The `fields` parameter: the named top-level keys; `id` is always included."""
    if not fields:
        return body
    keep = {"id", *fields}
    return {key: value for key, value in body.items() if key in keep}
