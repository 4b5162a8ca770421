"""APIs' machine words as people read them: "in_transit" becomes "In transit".

Backends name states, statuses and reasons in their own code words (`in_transit`,
`partially_refunded`, `AwaitingApproval`, `REFUSED`, `credit_card`). Whatever reaches the screen
goes through here once, so every tab, column, filter and document says it the same way.

Each kind of word has a `Vocabulary`: what the words the servers are known to send mean
("backorder" is "Backordered", "none" is "No payment"), gathered from each backend's document
and, where they say more, its source (Spree 5.6 and 6.0 name payment and fulfillment states
differently). A word no table knows is a real server's newer word, not a fault: it is shown as
itself made readable by `readable` ("awaiting_pickup" -> "Awaiting pickup"). The raw word is
kept in the domain values, for filters that ask the server in its own words and for tooltips.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate

_SEPARATORS = re.compile(r"[_:\s]+")
# An acronym (ACH), a capitalised or lower-case word, or a number: "ACHTransfer30" -> 3 words.
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_ACRONYM_MAX = 4
_LONE_ACRONYM_MAX = 3


def readable(word: str | None) -> str:
    """ "in_transit" -> "In transit", "AwaitingApproval" -> "Awaiting approval", "REFUSED" ->
    "Refused", "Spree::StoreCredit" -> "Spree store credit". Text already written for people
    (it has a space: "Customer changed mind", "Order Received") is kept as it is, and so are
    short acronyms inside a longer word ("ACH transfer")."""
    if not word:
        return ""
    text = word.strip()
    if " " in text:
        return text
    if text.isupper() and _SEPARATORS.search(text) is None:
        # One shouted word ("REFUSED"), unless it is short enough to be an acronym ("ACH").
        return text if len(text) <= _LONE_ACRONYM_MAX else text.capitalize()
    words: list[str] = []
    for part in filter(None, _SEPARATORS.split(text)):
        found = _WORDS.findall(part)
        if "".join(found) != part:  # something else in it (a dash, a dot): keep the part whole
            found = [part]
        words += found
    shown = " ".join(w if w.isupper() and 1 < len(w) <= _ACRONYM_MAX else w.lower() for w in words)
    return shown[:1].upper() + shown[1:]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One kind of word a server sends (an order's payment state, a shipment's state...) with
    what each known word means to a person. A word the table does not know (a new version's,
    a plugin's) is shown as itself made readable, never as an error or "Unknown": the server
    knows better than this table what its orders are."""

    title: str  # also the translation context of its names
    names: Mapping[str, str]

    def text(self, word: str | None) -> str:
        """ "balance_due" -> "Balance due" (in the person's language); "awaiting_pickup"
        (unknown) -> "Awaiting pickup", the server's own word made readable."""
        if not word:
            return ""
        key = word.strip()
        known = self.names.get(key) or self.names.get(key.lower())
        return translate(self.title, known) if known else self.name(word)

    def name(self, word: str | None) -> str:
        """What `text` says, in English: for what is kept (a status name in the cache, which
        filters match by name whatever language the window shows)."""
        if not word:
            return ""
        key = word.strip()
        known = self.names.get(key) or self.names.get(key.lower())
        if known:
            return known
        if " " in key:
            return key  # already written for people
        # A state word's dashes separate words as its underscores do ("on-hold"), and one in
        # capitals is shouted, not a run of acronyms ("NEW_STATE"); `readable` keeps both for
        # other texts ("e-check", "ACH transfer").
        return readable((key.lower() if key.isupper() else key).replace("-", "_"))

    def choices(self, words: Iterable[str]) -> list[tuple[tuple[str, ...], str]]:
        """(raw words, shown text) for a menu, in the order given: the server is asked in its
        own words, and words that mean the same (Spree 5.6's "void", 6.0's "voided") are one
        choice."""
        grouped: dict[str, tuple[str, ...]] = {}
        for word in words:
            text = self.text(word)
            grouped[text] = (*grouped.get(text, ()), word)
        return [(grouped_words, text) for text, grouped_words in grouped.items()]


# An order's payment state. ApprovePro's words; Spree 5.6's `payment_state` (sent as
# `payment_status`); Spree 6.0's `payment_status`, where 5.6's words stay valid on older rows.
FINANCIAL = Vocabulary(
    "Financial",
    {
        "paid": QT_TRANSLATE_NOOP("Financial", "Paid"),
        "partially_paid": QT_TRANSLATE_NOOP("Financial", "Partially paid"),
        "partially_refunded": QT_TRANSLATE_NOOP("Financial", "Partially refunded"),
        "refunded": QT_TRANSLATE_NOOP("Financial", "Refunded"),
        "voided": QT_TRANSLATE_NOOP("Financial", "Voided"),
        "void": QT_TRANSLATE_NOOP("Financial", "Voided"),
        "pending": QT_TRANSLATE_NOOP("Financial", "Pending"),
        "authorized": QT_TRANSLATE_NOOP("Financial", "Authorized"),
        "unpaid": QT_TRANSLATE_NOOP("Financial", "Unpaid"),
        "none": QT_TRANSLATE_NOOP("Financial", "No payment"),
        "overcharged": QT_TRANSLATE_NOOP("Financial", "Overcharged"),
        "balance_due": QT_TRANSLATE_NOOP("Financial", "Balance due"),
        "credit_owed": QT_TRANSLATE_NOOP("Financial", "Credit owed"),
        "failed": QT_TRANSLATE_NOOP("Financial", "Payment failed"),
    },
)

# An order's fulfillment. ApprovePro's words; Spree 5.6's `shipment_state`; Spree 6.0's
# `fulfillment_status` (its own four, `partial` and `backorder` at order level, and 5.6's
# `pending`, `ready` and `shipped` kept valid until 6.1).
FULFILLMENT = Vocabulary(
    "Fulfillment",
    {
        "unfulfilled": QT_TRANSLATE_NOOP("Fulfillment", "Unfulfilled"),
        "partial": QT_TRANSLATE_NOOP("Fulfillment", "Partially fulfilled"),
        "restocked": QT_TRANSLATE_NOOP("Fulfillment", "Restocked"),
        "fulfilled": QT_TRANSLATE_NOOP("Fulfillment", "Fulfilled"),
        "backorder": QT_TRANSLATE_NOOP("Fulfillment", "Backordered"),
        "canceled": QT_TRANSLATE_NOOP("Fulfillment", "Canceled"),
        "pending": QT_TRANSLATE_NOOP("Fulfillment", "Pending"),
        "ready": QT_TRANSLATE_NOOP("Fulfillment", "Ready to ship"),
        "shipped": QT_TRANSLATE_NOOP("Fulfillment", "Shipped"),
        "delivered": QT_TRANSLATE_NOOP("Fulfillment", "Delivered"),
    },
)

# One payment's state (Spree's payments, 5.6 and 6.0 alike).
PAYMENT = Vocabulary(
    "Payment",
    {
        "checkout": QT_TRANSLATE_NOOP("Payment", "At checkout"),
        "processing": QT_TRANSLATE_NOOP("Payment", "Processing"),
        "pending": QT_TRANSLATE_NOOP("Payment", "Pending"),
        "completed": QT_TRANSLATE_NOOP("Payment", "Completed"),
        "failed": QT_TRANSLATE_NOOP("Payment", "Failed"),
        "void": QT_TRANSLATE_NOOP("Payment", "Voided"),
        "invalid": QT_TRANSLATE_NOOP("Payment", "Invalid"),
    },
)

# One shipment's state: Spree 5.6's shipments, Spree 6.0's fulfillments and the carrier's
# `tracking_status`, the wholesale portal's parcels, Apruve's shipments (complete or partial
# against their invoice).
SHIPMENT = Vocabulary(
    "Shipment",
    {
        "pending": QT_TRANSLATE_NOOP("Shipment", "Pending"),
        "ready": QT_TRANSLATE_NOOP("Shipment", "Ready to ship"),
        "shipped": QT_TRANSLATE_NOOP("Shipment", "Shipped"),
        "canceled": QT_TRANSLATE_NOOP("Shipment", "Canceled"),
        "unfulfilled": QT_TRANSLATE_NOOP("Shipment", "Not shipped yet"),
        "fulfilled": QT_TRANSLATE_NOOP("Shipment", "Shipped"),
        "delivered": QT_TRANSLATE_NOOP("Shipment", "Delivered"),
        "partial": QT_TRANSLATE_NOOP("Shipment", "Partial"),
        "backorder": QT_TRANSLATE_NOOP("Shipment", "Backordered"),
        "pre_transit": QT_TRANSLATE_NOOP("Shipment", "Label created"),
        "in_transit": QT_TRANSLATE_NOOP("Shipment", "In transit"),
        "out_for_delivery": QT_TRANSLATE_NOOP("Shipment", "Out for delivery"),
        "available_for_pickup": QT_TRANSLATE_NOOP("Shipment", "Ready for pickup"),
        "return_to_sender": QT_TRANSLATE_NOOP("Shipment", "Returned to sender"),
        "failure": QT_TRANSLATE_NOOP("Shipment", "Delivery failed"),
        "unknown": QT_TRANSLATE_NOOP("Shipment", "No carrier update"),
    },
)

# What an order's `status` says where a backend names it with a fixed word (ApprovePro's
# statuses are the account's own, already named). Connectors keep their own descriptions and
# colours; this names a word when one arrives that their tables do not have.
ORDER_STATUS = Vocabulary(
    "Status",
    {
        # Spree (5.6 and 6.0), and 5.6's checkout `state`.
        "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
        "placed": QT_TRANSLATE_NOOP("Status", "Placed"),
        "canceled": QT_TRANSLATE_NOOP("Status", "Canceled"),
        "cart": QT_TRANSLATE_NOOP("Status", "Cart"),
        "address": QT_TRANSLATE_NOOP("Status", "Checkout: address"),
        "delivery": QT_TRANSLATE_NOOP("Status", "Checkout: delivery"),
        "payment": QT_TRANSLATE_NOOP("Status", "Checkout: payment"),
        "confirm": QT_TRANSLATE_NOOP("Status", "Checkout: confirm"),
        "complete": QT_TRANSLATE_NOOP("Status", "Complete"),
        "awaiting_return": QT_TRANSLATE_NOOP("Status", "Awaiting return"),
        "returned": QT_TRANSLATE_NOOP("Status", "Returned"),
        "resumed": QT_TRANSLATE_NOOP("Status", "Resumed"),
        # The wholesale portal.
        "pending": QT_TRANSLATE_NOOP("Status", "Pending"),
        "confirmed": QT_TRANSLATE_NOOP("Status", "Confirmed"),
        "shipped": QT_TRANSLATE_NOOP("Status", "Shipped"),
        "completed": QT_TRANSLATE_NOOP("Status", "Completed"),
        # Arlo.
        "AwaitingApproval": QT_TRANSLATE_NOOP("Status", "Awaiting approval"),
        "Pending": QT_TRANSLATE_NOOP("Status", "Pending"),
        "Approved": QT_TRANSLATE_NOOP("Status", "Approved"),
        "Cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
        "Expired": QT_TRANSLATE_NOOP("Status", "Expired"),
        # Apruve.
        "new": QT_TRANSLATE_NOOP("Status", "New"),
        "accepted": QT_TRANSLATE_NOOP("Status", "Accepted"),
    },
)

# What an order's history entry records (ApprovePro's `event`; the document names two).
HISTORY_EVENT = Vocabulary(
    "Event",
    {
        "STATUS_CHANGE": QT_TRANSLATE_NOOP("Event", "Status change"),
        "COMMENT": QT_TRANSLATE_NOOP("Event", "Comment"),
    },
)

# Why an invoice was returned (Apruve).
RETURN_REASON = Vocabulary(
    "Reason",
    {
        "REFUSED": QT_TRANSLATE_NOOP("Reason", "Refused"),
        "DAMAGED": QT_TRANSLATE_NOOP("Reason", "Damaged"),
        "DEFECTIVE": QT_TRANSLATE_NOOP("Reason", "Defective"),
        "DUPLICATE": QT_TRANSLATE_NOOP("Reason", "Duplicate"),
        "CONSIGNMENT": QT_TRANSLATE_NOOP("Reason", "Consignment"),
        "OTHER": QT_TRANSLATE_NOOP("Reason", "Other"),
    },
)


@dataclass(frozen=True, slots=True)
class StateWords:
    """The payment and fulfillment words a backend's orders carry: what its filter menus
    offer. Where versions differ, both versions' words, the current one's first."""

    financial: tuple[str, ...] = ()
    fulfillment: tuple[str, ...] = ()


APPROVEPRO_FINANCIAL = (
    "paid",
    "partially_paid",
    "partially_refunded",
    "refunded",
    "voided",
    "pending",
    "authorized",
    "unpaid",
)
APPROVEPRO_FULFILLMENT = ("unfulfilled", "partial", "restocked", "fulfilled")
# Spree 5.6: `Spree::Order::PAYMENT_STATES` and `SHIPMENT_STATES`.
SPREE_56_FINANCIAL = ("balance_due", "credit_owed", "failed", "paid", "void")
SPREE_56_FULFILLMENT = ("backorder", "canceled", "partial", "pending", "ready", "shipped")
# Spree 6.0: `PAYMENT_STATUSES` and `FULFILLMENT_STATUSES` (5.6's words stay valid on rows
# written before the status migration; 6.1 drops them).
SPREE_60_FINANCIAL = (
    "none",
    "authorized",
    "partially_paid",
    "paid",
    "partially_refunded",
    "refunded",
    "overcharged",
    "voided",
)
SPREE_60_FULFILLMENT = (
    "unfulfilled",
    "partial",
    "backorder",
    "fulfilled",
    "delivered",
    "canceled",
    "pending",
    "ready",
    "shipped",
)

STATE_WORDS: dict[str, StateWords] = {
    "approvepro": StateWords(APPROVEPRO_FINANCIAL, APPROVEPRO_FULFILLMENT),
    "spree": StateWords(
        tuple(dict.fromkeys(SPREE_60_FINANCIAL + SPREE_56_FINANCIAL)),
        tuple(dict.fromkeys(SPREE_60_FULFILLMENT + SPREE_56_FULFILLMENT)),
    ),
}


def state_words(backend: str) -> StateWords:
    """The words `backend`'s orders carry; none for a backend whose orders have no such
    states."""
    return STATE_WORDS.get(backend, StateWords())


# ApprovePro's statuses are the merchant's own, coded "st" and digits ("st000002"): their
# names are shown as the merchant wrote them, even where one reads like a name the console
# gives another backend's status ("Shipped").
_OWN_STATUS_CODE = re.compile(r"st\d+")


class NamedStatus(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...


def status_text(name: str | None, code: str | None = None) -> str:
    """An order status's name or description in the person's language where the console
    named it (Spree's "Placed", Arlo's "Awaiting approval", their descriptions); an account's
    own status names (ApprovePro's, told by `code`) as the account wrote them. The cache keeps
    the English name, which filters match whatever language the window shows."""
    if not name:
        return ""
    if code is not None and _OWN_STATUS_CODE.fullmatch(code):
        return name
    return translate("Status", name)


def status_label(status: NamedStatus) -> str:
    """`status_text` of a status's name."""
    return status_text(status.name, status.code)
