"""Approve and cancel as Spree's admin orders controller runs them, release by release.

From `spree/api/app/controllers/spree/api/v3/admin/orders_controller.rb` and the services it
calls (tag v5.6.1 and main):

- Both pass `try_spree_current_user` as approver/canceler, which is nil under a secret API
  key; `Orders::Approve` and `Orders::Cancel` write `approver_id`/`canceler_id` only for a
  present user, so the API leaves them as they were.
- Approve (`Orders::Approve`, same in both) checks nothing about the order: a draft or a
  canceled order is approved too (200). It writes with `update_columns`, which does not touch
  `updated_at`.
- Cancel on 5.6 calls `@resource.canceled_by(nil)` and renders the order whatever the service
  answered: an order `allow_cancel?` refuses comes back unchanged with 200. It never passes
  `notify_customer`, so the cancellation event says `notify_customer: false` and
  `OrderEmailSubscriber` sends no email.
- Cancel on 6.0 runs `Orders::Cancel` with `notify_customer: params[:notify_customer].to_b`
  (wannabe_bool: any value is cast, never refused) and renders a refusal as
  `render_service_error`: 422 `processing_error` whose message is the order's (empty) errors.
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from .models import ZERO, Notification, Order
from .statuses import fulfillment_status, payment_status
from .versions import SpreeVersion

# `Order#allow_cancel?`'s fulfillment words: 5.6 `ready backorder pending canceled`; 6.0
# `unfulfilled backorder canceled`.
CANCELABLE = {
    "5.6": ("ready", "backorder", "pending", "canceled"),
    "6.0": ("unfulfilled", "backorder", "canceled"),
}
WANNABE_TRUE = {"t", "true", "on", "y", "yes", "1"}


class CancelRefused(Exception):
    """6.0's `Orders::Cancel` failed; 5.6 never says so."""


def approve(order: Order) -> None:
    """`Orders::Approve` under an API key: the risk flag cleared and the time recorded."""
    order.considered_risky = False
    order.approved_at = time.time()


def allow_cancel(order: Order, version: SpreeVersion) -> bool:
    """`Order#allow_cancel?`: placed, not canceled, and nothing handed over yet."""
    if order.completed_at is None or order.status != "placed":
        return False
    return order.fulfillment_status is None or order.fulfillment_status in CANCELABLE[version.name]


def cancel(order: Order, version: SpreeVersion, notify_customer: Any) -> None:
    """Cancel `order` as the release's controller does; CancelRefused when 6.0 refuses."""
    if not allow_cancel(order, version):
        if version.has_state:
            return  # 5.6: the service's failure is ignored and the order rendered as it is
        raise CancelRefused
    notify = to_b(notify_customer) if not version.has_state else False
    moment = time.time()
    captured = sum((p.amount for p in order.payments if p.status == "completed"), ZERO)
    order.state = "canceled"
    order.canceled_at = moment
    order.updated_at = moment
    for payment in order.payments:
        if payment.status in ("completed", "pending", "checkout", "processing"):
            payment.status = "void"
            payment.updated_at = moment
    for fulfillment in order.fulfillments:
        fulfillment.status = "canceled"
        fulfillment.updated_at = moment
    _settle_statuses(order, version, captured)
    if notify:
        subject = f"Your order {order.number} has been canceled"
        order.notifications.append(Notification(order.email, subject, moment))


def _settle_statuses(order: Order, version: SpreeVersion, captured: Decimal) -> None:
    if version.has_state:
        # 5.6's OrderUpdater: a canceled order with nothing paid is `void`.
        order.payment_status = "void" if order.payments else None
        order.fulfillment_status = "canceled"
    else:
        order.payment_status = payment_status(order, captured_before_cancel=captured)
        order.fulfillment_status = fulfillment_status(order)


def to_b(value: Any) -> bool:
    """wannabe_bool's `to_b` on a JSON value: true, false and null as themselves, a number
    true unless zero, a string true only for t/true/on/y/yes/1 (any case, trimmed).

    An array or object has no `to_b` in Ruby (a 500 there); it counts as false here.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        return value.strip().lower() in WANNABE_TRUE
    return False
