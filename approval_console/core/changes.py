"""The changes a user can ask for, as plain values the journal can store and replay.

A change is stored as a JSON object of its fields, written and read by msgspec from the
class's own annotations, so a change written to the journal before it is sent is re-read after
a crash exactly as it was asked for: a date comes back a date, never a string.

Adding a change: give `ChangeKind` its value, write the frozen dataclass with a `kind` class
attribute, and add the class to the `Change` union (or `BillingChange`). Nothing else lists
changes or their fields; an import-time check refuses a kind without a class.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any, get_args

import msgspec

from approval_console.core.i18n import translate


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


class ChangeFormatError(ValueError):
    """A change that cannot be stored or read back exactly: a field of the wrong type, a field
    the change does not have, or a kind nobody knows. Raised instead of storing (or handing
    on) a value that would be replayed as something else than what was asked for."""


def _change_types() -> dict[ChangeKind, type[Change]]:
    """Each kind's type, read off the `Change` union: adding a change is adding its class there.

    Checked once, at import, so a kind without a class (or a class claiming another's kind)
    stops the app from starting instead of failing on the first journal entry of that kind.
    """
    types: dict[ChangeKind, type[Change]] = {}
    for cls in get_args(Change):
        kind = ChangeKind(cls.kind)
        if kind in types:
            raise TypeError(f"{cls.__name__} and {types[kind].__name__} share kind {kind}")
        types[kind] = cls
    missing = set(ChangeKind) - set(types)
    if missing:
        raise TypeError(f"no change type for kinds {sorted(missing)}")
    return types


CHANGE_TYPES: Mapping[ChangeKind, type[Change]] = MappingProxyType(_change_types())
# Per type, its field names and a decoder typed by its own annotations (each field comes back
# as its declared type); both built once, here.
_FIELD_NAMES: Mapping[type[Change], frozenset[str]] = {
    cls: frozenset(field.name for field in fields(cls)) for cls in CHANGE_TYPES.values()
}
_DECODERS: Mapping[type[Change], msgspec.json.Decoder[Any]] = {
    cls: msgspec.json.Decoder(cls) for cls in CHANGE_TYPES.values()
}
_KEYS = msgspec.json.Decoder(dict[str, msgspec.Raw])


def change_to_json(change: Change) -> str:
    """The change as the journal stores it: a JSON object of its fields.

    Read back before it is returned, and refused (`ChangeFormatError`) unless it reads back
    equal: a value of the wrong type (an ISO string in a datetime field, a list for a tuple)
    fails here, when the change is recorded, not when a restart replays it.
    """
    payload = msgspec.json.encode(change).decode()
    if change_from_json(change.kind, payload) != change:
        raise ChangeFormatError(f"{type(change).__name__} would not read back as written: {change}")
    return payload


def change_from_json(kind: ChangeKind | str, payload: str | bytes) -> Change:
    """Rebuild a change from the journal, every field as its declared type.

    An unknown kind or field, or a value of the wrong type, raises `ChangeFormatError`.
    """
    try:
        cls = CHANGE_TYPES[ChangeKind(kind)]
    except ValueError:
        raise ChangeFormatError(f"unknown change kind {kind!r}") from None
    try:
        unknown = _KEYS.decode(payload).keys() - _FIELD_NAMES[cls]
        if unknown:
            raise ChangeFormatError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
        change: Change = _DECODERS[cls].decode(payload)
    except msgspec.DecodeError as exc:  # also msgspec.ValidationError
        raise ChangeFormatError(f"{cls.__name__}: {exc}") from exc
    return change


COMMENT_MIN = 3
COMMENT_MAX = 1000


def comment_problem(comment: str) -> str | None:
    """Why a comment would be refused, or None when it is fine to send."""
    length = len(comment.strip())
    if length < COMMENT_MIN:
        return translate("Comment", "A comment needs at least %n character(s).", "", COMMENT_MIN)
    if len(comment) > COMMENT_MAX:
        return translate(
            "Comment", "A comment can have at most %n character(s) ({count} now).", "", COMMENT_MAX
        ).format(count=len(comment))
    return None
