"""Spree 6.0's payment and fulfillment words, derived as `Spree::Orders::UpdateStatuses` does.

6.0 replaced 5.6's `payment_state`/`shipment_state` with `payment_status`/`fulfillment_status`,
recomputed from the order's payments, refunds and fulfillments; each fulfillment's own status is
unfulfilled, fulfilled, delivered or canceled (`Spree::Fulfillment`'s `has_status`).
"""

from __future__ import annotations

from decimal import Decimal

from .models import ZERO, Order

# A parcel shipped this long before the data ends has arrived (6.0's `delivered`), unless its
# carrier reports no deliveries (one order in NO_DELIVERY_SCANS, by number): then it stays
# `fulfilled`. One unfulfilled order in BACKORDERED waits for stock (`backorder`).
DELIVERY_DAYS = 4
NO_DELIVERY_SCANS = 5
BACKORDERED = 9
DAY = 86_400
# 5.6 shipment words -> 6.0 fulfillment words (`shipped` splits into fulfilled / delivered).
FULFILLMENT_60 = {"pending": "unfulfilled", "ready": "unfulfilled", "canceled": "canceled"}


def payment_status(order: Order, *, captured_before_cancel: Decimal = ZERO) -> str:
    """`UpdateStatuses#payment_status_for`, for an order whose payments are its own.

    A canceled order gives back what was captured: with something captured and nothing left
    it is `voided`; an authorization that was only released leaves `none`.
    """
    captured = sum((p.amount for p in order.payments if p.status == "completed"), ZERO)
    authorized = sum((p.amount for p in order.payments if p.status == "pending"), ZERO)
    refunded = sum((r.amount for r in order.refunds), ZERO)
    if order.status == "canceled":
        captured = max(captured, captured_before_cancel)
        refunded = max(refunded, captured)
    target = order.total - refunded
    net_captured = captured - refunded
    if order.status == "canceled" and net_captured <= 0 and captured > 0:
        return "voided"
    if refunded > 0 and net_captured <= 0:
        return "refunded"
    if refunded > 0:
        return "partially_refunded"
    if captured == 0 and authorized == 0:
        return "none"
    if captured == 0:
        return "authorized"
    if net_captured > target:
        return "overcharged"
    return "paid" if net_captured >= target else "partially_paid"


def fulfillment_status(order: Order) -> str | None:
    """`UpdateStatuses#fulfillment_status_for`: canceled parcels count only when alone; a mix
    with anything handed over is `partial`."""
    statuses = list(dict.fromkeys(f.status for f in order.fulfillments))
    if not statuses:
        return None
    live = [status for status in statuses if status != "canceled"]
    if not live:
        return "canceled"
    if len(live) == 1:
        return live[0]
    return "partial" if {"fulfilled", "delivered"} & set(live) else "unfulfilled"


def in_60_words(order: Order, end: float) -> None:
    """Rewrite a seeded order (made in 5.6's words) as 6.0 stores it."""
    paid_before_cancel = ZERO
    if order.status == "canceled" and order.payment_status == "void":
        paid_before_cancel = sum((p.amount for p in order.payments), ZERO)
    for fulfillment in order.fulfillments:
        if fulfillment.status == "shipped":
            shipped = fulfillment.fulfilled_at or fulfillment.updated_at
            scanned = int(order.number[1:]) % NO_DELIVERY_SCANS != 0
            arrived = scanned and shipped + DELIVERY_DAYS * DAY < end
            fulfillment.status = "delivered" if arrived else "fulfilled"
        else:
            fulfillment.status = FULFILLMENT_60.get(fulfillment.status, fulfillment.status)
    order.fulfillment_status = fulfillment_status(order)
    waiting = order.fulfillment_status == "unfulfilled" and order.status == "placed"
    if waiting and int(order.number[1:]) % BACKORDERED == 0:
        order.fulfillment_status = "backorder"  # `Order#backordered?` wins over the parcels
    if order.state == "returned":
        order.state = "complete"  # 6.0 has no state machine: a returned order is placed
    order.payment_status = (
        payment_status(order, captured_before_cancel=paid_before_cancel)
        if order.completed_at is not None
        else None
    )
