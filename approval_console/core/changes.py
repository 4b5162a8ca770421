"""The changes a user can ask for, as plain values the journal can store and replay.

Each change knows how to turn itself into JSON and back, so a change written to the journal
before it is sent can be re-read after a crash exactly as it was asked for.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class ChangeKind(StrEnum):
    STATUS = "status"
    COMMENT = "comment"
    DUE_DATE = "due_date"
    ORDER_ACTION = "order_action"
    CREATE_INVOICE = "create_invoice"
    INVOICE_ACTION = "invoice_action"
    SHIPMENT = "shipment"
    RETURN = "return"
    CREATE_WEBHOOK = "create_webhook"
    DELETE_WEBHOOK = "delete_webhook"


@dataclass(frozen=True, slots=True)
class StatusChange:
    status_code: str
    comment: str | None = None
    public: bool = False
    email_customer: bool = True
    email_additional: bool = True
    send_at: datetime | None = None
    due_date: date | None = None

    kind = ChangeKind.STATUS


@dataclass(frozen=True, slots=True)
class CommentChange:
    comment: str
    public: bool = False

    kind = ChangeKind.COMMENT


@dataclass(frozen=True, slots=True)
class DueDateChange:
    """Set a due date (and optional range end); `due_date=None` clears both."""

    due_date: date | None
    due_date_to: date | None = None

    kind = ChangeKind.DUE_DATE


# ---- billing backends: orders are finalized or canceled, and billed with invoices ----------


class OrderActionKind(StrEnum):
    FINALIZE = "finalize"  # new -> pending: present the order to the buyer for approval
    APPROVE = "approve"  # a decision from the review queue: the order may go ahead
    CANCEL = "cancel"


class InvoiceActionKind(StrEnum):
    ISSUE = "issue"  # pending -> open: ask the buyer for payment
    CLOSE = "close"  # consider the invoice paid
    CANCEL = "cancel"


@dataclass(frozen=True, slots=True)
class OrderAction:
    """Finalize, approve or cancel an order. `notify` and `contact_id` matter to backends that
    can tell the customer (Arlo's communication workflow) or record who approved."""

    action: OrderActionKind
    notify: bool = True
    contact_id: str | None = None

    kind = ChangeKind.ORDER_ACTION


@dataclass(frozen=True, slots=True)
class CreateInvoice:
    """Invoice the order's items (`item_ids`; empty means all of them).

    `number` is the merchant's invoice number. Besides naming the invoice for the buyer, it
    marks it: after a lost answer, an invoice with this number proves the request went through,
    so the buyer is never billed twice.
    """

    number: str
    item_ids: tuple[str, ...] = ()
    issue: bool = True
    due_date: date | None = None
    notes: str | None = None

    kind = ChangeKind.CREATE_INVOICE


@dataclass(frozen=True, slots=True)
class InvoiceAction:
    invoice_id: str
    action: InvoiceActionKind

    kind = ChangeKind.INVOICE_ACTION


@dataclass(frozen=True, slots=True)
class RecordShipment:
    invoice_id: str
    shipped_at: datetime
    shipper: str | None = None
    tracking_number: str | None = None
    complete: bool = True  # fulfilled, or only part of the invoice's goods
    delivered_at: datetime | None = None
    notes: str | None = None

    kind = ChangeKind.SHIPMENT


@dataclass(frozen=True, slots=True)
class RecordReturn:
    """Credit part of an issued invoice; amounts in minor units keep the journal exact."""

    invoice_id: str
    amount_minor: int
    currency: str
    reason: str

    kind = ChangeKind.RETURN


# ---- the merchant behind an account: the addresses its backend notifies ----------------------


@dataclass(frozen=True, slots=True)
class CreateWebhook:
    """Register an address the backend notifies of order and invoice events.

    The auth header it may carry is a secret of the receiving system: it travels with the
    request only, and the journal keeps no more than whether one was sent.
    """

    url: str
    version: str = "v4"
    with_auth_header: bool = False

    kind = ChangeKind.CREATE_WEBHOOK


@dataclass(frozen=True, slots=True)
class DeleteWebhook:
    """Stop notifying an address; its url says which, where the id means nothing to a person."""

    endpoint_id: str
    url: str

    kind = ChangeKind.DELETE_WEBHOOK


BillingChange = OrderAction | CreateInvoice | InvoiceAction | RecordShipment | RecordReturn
MerchantChange = CreateWebhook | DeleteWebhook
Change = StatusChange | CommentChange | DueDateChange | BillingChange | MerchantChange

_TYPES: dict[ChangeKind, type] = {
    ChangeKind.STATUS: StatusChange,
    ChangeKind.COMMENT: CommentChange,
    ChangeKind.DUE_DATE: DueDateChange,
    ChangeKind.ORDER_ACTION: OrderAction,
    ChangeKind.CREATE_INVOICE: CreateInvoice,
    ChangeKind.INVOICE_ACTION: InvoiceAction,
    ChangeKind.SHIPMENT: RecordShipment,
    ChangeKind.RETURN: RecordReturn,
    ChangeKind.CREATE_WEBHOOK: CreateWebhook,
    ChangeKind.DELETE_WEBHOOK: DeleteWebhook,
}
_DATES = ("due_date", "due_date_to")
_MOMENTS = ("send_at", "shipped_at", "delivered_at")
_ENUMS: dict[str, type[StrEnum]] = {
    "OrderAction": OrderActionKind,
    "InvoiceAction": InvoiceActionKind,
}


def change_to_json(change: Change) -> str:
    def encode(value: Any) -> Any:
        if isinstance(value, datetime | date):
            return value.isoformat()
        return value

    return json.dumps({key: encode(value) for key, value in asdict(change).items()})


def change_from_json(kind: ChangeKind | str, payload: str) -> Change:
    """Rebuild a change from the journal; dates come back as dates."""
    cls = _TYPES[ChangeKind(kind)]
    data = json.loads(payload)
    for key in _DATES:
        if data.get(key):
            data[key] = date.fromisoformat(data[key])
    for key in _MOMENTS:
        if data.get(key):
            data[key] = datetime.fromisoformat(data[key])
    if "item_ids" in data:
        data["item_ids"] = tuple(data["item_ids"])
    if cls.__name__ in _ENUMS:
        data["action"] = _ENUMS[cls.__name__](data["action"])
    return cls(**data)


COMMENT_MIN = 3
COMMENT_MAX = 1000


def comment_problem(comment: str) -> str | None:
    """Why a comment would be refused, or None when it is fine to send."""
    length = len(comment.strip())
    if length < COMMENT_MIN:
        return f"A comment needs at least {COMMENT_MIN} characters."
    if len(comment) > COMMENT_MAX:
        return f"A comment can have at most {COMMENT_MAX} characters ({len(comment)} now)."
    return None
