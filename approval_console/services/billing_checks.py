"""Did a billing change happen? Read off the order's billing after an unclear outcome.

A finalize, an invoice or a shipment whose answer was lost must not be sent again blindly: the
buyer could be billed or notified twice. Each change leaves a mark the re-read billing shows.
"""

from __future__ import annotations

from datetime import datetime

from approval_console.core.billing import InvoiceState, OrderBilling, OrderState
from approval_console.core.changes import (
    BillingChange,
    CreateInvoice,
    InvoiceAction,
    InvoiceActionKind,
    OrderAction,
    OrderActionKind,
    RecordReturn,
    RecordShipment,
)
from approval_console.core.domain import Money, Order, Review

_INVOICE_AFTER = {
    InvoiceActionKind.ISSUE: (InvoiceState.OPEN, InvoiceState.FUNDED, InvoiceState.CLOSED),
    InvoiceActionKind.CLOSE: (InvoiceState.CLOSED,),
    InvoiceActionKind.CANCEL: (InvoiceState.CANCELED,),
}


def order_action_applied(change: OrderAction, order: Order) -> bool:
    """For backends without billing: the order's review state shows the decision."""
    if change.action is OrderActionKind.APPROVE:
        return order.review is Review.APPROVED
    if change.action is OrderActionKind.CANCEL:
        return order.review is Review.CANCELED or order.is_cancelled
    return False


def billing_applied(change: BillingChange, billing: OrderBilling, since: datetime) -> bool:
    """True when the billing shows the change (made at or after `since`, where that can tell)."""
    if isinstance(change, OrderAction):
        state = billing.purchase_order.state
        if change.action is OrderActionKind.FINALIZE:
            return state in (OrderState.PENDING, OrderState.ACCEPTED)
        return state is OrderState.CANCELED
    if isinstance(change, CreateInvoice):
        return any(record.invoice.number == change.number for record in billing.invoices)
    record = billing.record(change.invoice_id)
    if record is None:
        return False
    if isinstance(change, InvoiceAction):
        return record.invoice.state in _INVOICE_AFTER[change.action]
    if isinstance(change, RecordShipment):
        return any(
            shipment.shipped_at is not None
            and abs((shipment.shipped_at - change.shipped_at).total_seconds()) < 1
            and shipment.tracking_number == change.tracking_number
            for shipment in record.shipments
        )
    if isinstance(change, RecordReturn):
        amount = Money.from_minor(change.amount_minor, change.currency)
        return any(
            item.reason == change.reason
            and item.amount == amount
            and (item.created_at is None or item.created_at >= since)
            for item in record.returns
        )
    raise TypeError(f"unknown billing change {change!r}")  # pragma: no cover
