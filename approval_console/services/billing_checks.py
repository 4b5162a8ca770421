"""Did a billing change happen? Read off the order's billing after an unclear outcome.

A finalize, an invoice or a shipment whose answer was lost must not be sent again blindly: the
buyer could be billed or notified twice. Nor may it be called done because the order merely
looks like it: another operator may have finalized, closed or canceled it. So each answer is
three-way: True when the billing shows a mark only this change could have made (it was not
there before the send, or it is dated after it), False when the mark is absent, None when the
mark is there but may be someone else's.
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
_FINALIZED = (OrderState.PENDING, OrderState.ACCEPTED)


def _proof(shows_now: bool, showed_before: bool | None) -> bool | None:
    """Shown now and not before: ours. Not shown now: not applied. Otherwise: cannot tell."""
    if not shows_now:
        return False
    return True if showed_before is False else None


def _dated(moment: datetime | None, since: datetime) -> bool | None:
    """Whether a mark dated `moment` was there before the send (None: undated)."""
    return None if moment is None else moment < since


def _decided(change: OrderAction, order: Order) -> bool:
    if change.action is OrderActionKind.APPROVE:
        return order.review is Review.APPROVED
    if change.action is OrderActionKind.CANCEL:
        return order.review is Review.CANCELED or order.is_canceled
    return False


def order_action_applied(
    change: OrderAction,
    order: Order,
    *,
    before: Order | None = None,
    before_status: str | None = None,
) -> bool | None:
    """For backends without billing: the review state shows the decision, and did not before.

    `before` is the order read just before the send; after a restart only the status code
    written with the change (`before_status`) is left: a status moved since then is the proof.
    """
    if before is not None:
        showed: bool | None = _decided(change, before)
    elif before_status is not None and before_status != order.status_code:
        showed = False
    else:
        showed = None
    return _proof(_decided(change, order), showed)


def _state(value: str | None) -> OrderState | None:
    try:
        return OrderState(value) if value is not None else None
    except ValueError:
        return None


def billing_applied(
    change: BillingChange,
    billing: OrderBilling,
    since: datetime,
    *,
    before: OrderBilling | None = None,
    before_status: str | None = None,
) -> bool | None:
    """True when the billing shows the change and nothing else explains it (see the module)."""
    if isinstance(change, OrderAction):
        state = billing.purchase_order.state
        prior = before.purchase_order.state if before is not None else _state(before_status)
        wanted = _FINALIZED if change.action is OrderActionKind.FINALIZE else (OrderState.CANCELED,)
        showed = None if prior is None else prior in wanted
        if showed is None and state in wanted:
            showed = _dated(billing.purchase_order.final_state_at, since)
        return _proof(state in wanted, showed)
    if isinstance(change, CreateInvoice):
        # The number is the merchant's own, chosen for this change: only it makes the invoice.
        def has(b: OrderBilling) -> bool:
            return any(record.invoice.number == change.number for record in b.invoices)

        return _proof(has(billing), has(before) if before is not None else False)
    record = billing.record(change.invoice_id)
    if record is None:
        return False
    earlier = before.record(change.invoice_id) if before is not None else None
    if isinstance(change, InvoiceAction):
        after = _INVOICE_AFTER[change.action]
        if earlier is not None:
            showed = earlier.invoice.state in after
        else:
            invoice = record.invoice
            moment = invoice.issued_at if change.action is InvoiceActionKind.ISSUE else None
            showed = _dated(moment or invoice.final_state_at, since)
        return _proof(record.invoice.state in after, showed)
    if isinstance(change, RecordShipment):

        def shipped(r: object) -> int:
            return sum(
                1
                for shipment in getattr(r, "shipments", ())
                if shipment.shipped_at is not None
                and abs((shipment.shipped_at - change.shipped_at).total_seconds()) < 1
                and shipment.tracking_number == change.tracking_number
            )

        return _counted(shipped(record), shipped(earlier) if before is not None else None)
    if isinstance(change, RecordReturn):
        amount = Money.from_minor(change.amount_minor, change.currency)
        matching = [
            item
            for item in record.returns
            if item.reason == change.reason and item.amount == amount
        ]
        if before is not None:
            earlier_count = sum(
                1
                for item in (earlier.returns if earlier else ())
                if item.reason == change.reason and item.amount == amount
            )
            return _counted(len(matching), earlier_count)
        if any(item.created_at is not None and item.created_at >= since for item in matching):
            return True
        return None if any(item.created_at is None for item in matching) else False
    raise TypeError(f"unknown billing change {change!r}")  # pragma: no cover


def _counted(now: int, before: int | None) -> bool:
    """One more matching mark than before the send proves it. Without a before-picture, a
    shipment carrying this change's own moment and tracking number is taken as its mark."""
    return now > before if before is not None else now > 0
