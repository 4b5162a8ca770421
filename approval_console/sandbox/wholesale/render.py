"""The JSON shapes of the Orders API; every timestamp as `YYYY-MM-DD HH:MM:SS` (UTC)."""

from __future__ import annotations

from typing import Any

from .models import Item, Order, Shipment, StatusChange
from .query import format_timestamp as ts

TRACKING_URLS = {
    "UPS": "https://www.ups.com/track?tracknum={}",
    "FedEx": "https://www.fedex.com/fedextrack/?trknbr={}",
    "USPS": "https://tools.usps.com/go/TrackConfirmAction?tLabels={}",
    "DHL": "https://www.dhl.com/en/express/tracking.html?AWB={}",
}


def order(order: Order, include: list[str]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": order.id,
        "order_number": order.order_number,
        "customer": {
            "id": order.customer.id,
            "name": order.customer.name,
            "code": order.customer.code,
            "email": order.customer.email,
        },
        "user_id": order.user_id,
        "currency": order.currency,
        "status": order.status,
        "po_number": order.po_number,
        "notes": order.notes,
        "totals": {
            "subtotal": order.subtotal,
            "discount_total": order.discount_total,
            "tax_total": order.tax_total,
            "shipping_total": order.shipping_total,
            "grand_total": order.grand_total,
        },
        "placed_at": ts(order.placed_at),
        "created_at": ts(order.created_at),
        "updated_at": ts(order.updated_at),
    }
    if "items" in include:
        body["items"] = [item(line) for line in order.items]
    if "shipments" in include:
        body["shipments"] = [shipment(parcel) for parcel in order.shipments]
    if "status_history" in include:
        body["status_history"] = [history(change) for change in order.status_history]
    return body


def item(line: Item) -> dict[str, Any]:
    return {
        "id": line.id,
        "sku": line.sku,
        "name": line.name,
        "qty": line.qty,
        "unit_price": line.unit_price,
        "discount": line.discount,
        "tax": line.tax,
        "line_total": line.line_total,
    }


def shipment(parcel: Shipment) -> dict[str, Any]:
    return {
        "id": parcel.id,
        "carrier": parcel.carrier,
        "service": parcel.service,
        "tracking_number": parcel.tracking_number,
        "tracking_url": TRACKING_URLS[parcel.carrier].format(parcel.tracking_number),
        "status": parcel.status,
        "package_count": parcel.package_count,
        "shipped_at": ts(parcel.shipped_at),
        "delivered_at": ts(parcel.delivered_at),
    }


def history(change: StatusChange) -> dict[str, Any]:
    return {
        "id": change.id,
        "from_status": change.from_status,
        "to_status": change.to_status,
        "changed_by": {
            "id": change.changed_by.id,
            "name": change.changed_by.name,
            "type": change.changed_by.role,
        },
        "changed_at": ts(change.changed_at),
        "note": change.note,
    }
