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

    title: str
    names: Mapping[str, str]

    def text(self, word: str | None) -> str:
        """ "balance_due" -> "Balance due"; "awaiting_pickup" (unknown) -> "Awaiting pickup"."""
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
        "paid": "Paid",
        "partially_paid": "Partially paid",
        "partially_refunded": "Partially refunded",
        "refunded": "Refunded",
        "voided": "Voided",
        "void": "Voided",
        "pending": "Pending",
        "authorized": "Authorized",
        "unpaid": "Unpaid",
        "none": "No payment",
        "overcharged": "Overcharged",
        "balance_due": "Balance due",
        "credit_owed": "Credit owed",
        "failed": "Payment failed",
    },
)

# An order's fulfillment. ApprovePro's words; Spree 5.6's `shipment_state`; Spree 6.0's
# `fulfillment_status` (its own four, `partial` and `backorder` at order level, and 5.6's
# `pending`, `ready` and `shipped` kept valid until 6.1).
FULFILLMENT = Vocabulary(
    "Fulfillment",
    {
        "unfulfilled": "Unfulfilled",
        "partial": "Partially fulfilled",
        "restocked": "Restocked",
        "fulfilled": "Fulfilled",
        "backorder": "Backordered",
        "canceled": "Canceled",
        "pending": "Pending",
        "ready": "Ready to ship",
        "shipped": "Shipped",
        "delivered": "Delivered",
    },
)

# One payment's state (Spree's payments, 5.6 and 6.0 alike).
PAYMENT = Vocabulary(
    "Payment",
    {
        "checkout": "At checkout",
        "processing": "Processing",
        "pending": "Pending",
        "completed": "Completed",
        "failed": "Failed",
        "void": "Voided",
        "invalid": "Invalid",
    },
)

# One shipment's state: Spree 5.6's shipments, Spree 6.0's fulfillments and the carrier's
# `tracking_status`, the wholesale portal's parcels, Apruve's shipments (complete or partial
# against their invoice).
SHIPMENT = Vocabulary(
    "Shipment",
    {
        "pending": "Pending",
        "ready": "Ready to ship",
        "shipped": "Shipped",
        "canceled": "Canceled",
        "unfulfilled": "Not shipped yet",
        "fulfilled": "Shipped",
        "delivered": "Delivered",
        "partial": "Partial",
        "backorder": "Backordered",
        "pre_transit": "Label created",
        "in_transit": "In transit",
        "out_for_delivery": "Out for delivery",
        "available_for_pickup": "Ready for pickup",
        "return_to_sender": "Returned to sender",
        "failure": "Delivery failed",
        "unknown": "No carrier update",
    },
)

# What an order's `status` says where a backend names it with a fixed word (ApprovePro's
# statuses are the account's own, already named). Connectors keep their own descriptions and
# colours; this names a word when one arrives that their tables do not have.
ORDER_STATUS = Vocabulary(
    "Status",
    {
        # Spree (5.6 and 6.0), and 5.6's checkout `state`.
        "draft": "Draft",
        "placed": "Placed",
        "canceled": "Canceled",
        "cart": "Cart",
        "address": "Checkout: address",
        "delivery": "Checkout: delivery",
        "payment": "Checkout: payment",
        "confirm": "Checkout: confirm",
        "complete": "Complete",
        "awaiting_return": "Awaiting return",
        "returned": "Returned",
        "resumed": "Resumed",
        # The wholesale portal.
        "pending": "Pending",
        "confirmed": "Confirmed",
        "shipped": "Shipped",
        "completed": "Completed",
        # Arlo.
        "AwaitingApproval": "Awaiting approval",
        "Pending": "Pending",
        "Approved": "Approved",
        "Cancelled": "Cancelled",
        "Expired": "Expired",
        # Apruve.
        "new": "New",
        "accepted": "Accepted",
    },
)

# What an order's history entry records (ApprovePro's `event`; the document names two).
HISTORY_EVENT = Vocabulary(
    "Event",
    {"STATUS_CHANGE": "Status change", "COMMENT": "Comment"},
)

# Why an invoice was returned (Apruve).
RETURN_REASON = Vocabulary(
    "Reason",
    {
        "REFUSED": "Refused",
        "DAMAGED": "Damaged",
        "DEFECTIVE": "Defective",
        "DUPLICATE": "Duplicate",
        "CONSIGNMENT": "Consignment",
        "OTHER": "Other",
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
