"""Every word each backend's servers send, in every version, as the console shows it.

The lists are each backend's whole vocabulary as its document or its source states it (Spree's
`Spree::Order` constants for 5.6.1 and 6.0, Apruve's document and gem, the wholesale portal's
glossary, Arlo's document), written here on their own rather than read from the console's
tables, so that a word dropped from a table is a failing test, not a silently shorter list.
"""

from __future__ import annotations

import pytest

from approval_console.core.labels import (
    FINANCIAL,
    FULFILLMENT,
    HISTORY_EVENT,
    ORDER_STATUS,
    PAYMENT,
    RETURN_REASON,
    SHIPMENT,
    StateWords,
    Vocabulary,
    state_words,
)

APPROVEPRO_FINANCIAL = {
    "paid": "Paid",
    "partially_paid": "Partially paid",
    "partially_refunded": "Partially refunded",
    "refunded": "Refunded",
    "voided": "Voided",
    "pending": "Pending",
    "authorized": "Authorized",
    "unpaid": "Unpaid",
}
APPROVEPRO_FULFILLMENT = {
    "unfulfilled": "Unfulfilled",
    "partial": "Partially fulfilled",
    "restocked": "Restocked",
    "fulfilled": "Fulfilled",
}
# Spree 5.6.1 sends `payment_state` and `shipment_state` under the names `payment_status` and
# `fulfillment_status` (aliases); 6.0 renamed the columns and changed the words.
SPREE_56_PAYMENT_STATE = {
    "balance_due": "Balance due",
    "credit_owed": "Credit owed",
    "failed": "Payment failed",
    "paid": "Paid",
    "void": "Voided",
}
SPREE_56_SHIPMENT_STATE = {
    "backorder": "Backordered",
    "canceled": "Canceled",
    "partial": "Partially fulfilled",
    "pending": "Pending",
    "ready": "Ready to ship",
    "shipped": "Shipped",
}
SPREE_60_PAYMENT_STATUS = {
    "none": "No payment",
    "authorized": "Authorized",
    "partially_paid": "Partially paid",
    "paid": "Paid",
    "partially_refunded": "Partially refunded",
    "refunded": "Refunded",
    "overcharged": "Overcharged",
    "voided": "Voided",
}
SPREE_60_FULFILLMENT_STATUS = {
    "unfulfilled": "Unfulfilled",
    "fulfilled": "Fulfilled",
    "delivered": "Delivered",
    "canceled": "Canceled",
    "partial": "Partially fulfilled",
    "backorder": "Backordered",
}
# A payment's own state: the same seven words in both versions.
SPREE_PAYMENT = {
    "checkout": "At checkout",
    "processing": "Processing",
    "pending": "Pending",
    "completed": "Completed",
    "failed": "Failed",
    "void": "Voided",
    "invalid": "Invalid",
}
SPREE_56_SHIPMENT = {
    "pending": "Pending",
    "ready": "Ready to ship",
    "shipped": "Shipped",
    "canceled": "Canceled",
}
SPREE_60_FULFILLMENT = {
    "unfulfilled": "Not shipped yet",
    "fulfilled": "Shipped",
    "delivered": "Delivered",
    "canceled": "Canceled",
}
SPREE_60_TRACKING = {
    "pre_transit": "Label created",
    "in_transit": "In transit",
    "out_for_delivery": "Out for delivery",
    "available_for_pickup": "Ready for pickup",
    "delivered": "Delivered",
    "return_to_sender": "Returned to sender",
    "failure": "Delivery failed",
    "unknown": "No carrier update",
}
WHOLESALE_PARCEL = {"in_transit": "In transit", "delivered": "Delivered"}
APRUVE_SHIPMENT = {"fulfilled": "Shipped", "partial": "Partial"}
APRUVE_RETURN_REASON = {
    "REFUSED": "Refused",
    "DAMAGED": "Damaged",
    "DEFECTIVE": "Defective",
    "DUPLICATE": "Duplicate",
    "CONSIGNMENT": "Consignment",
    "OTHER": "Other",
}
APPROVEPRO_EVENT = {"STATUS_CHANGE": "Status change", "COMMENT": "Comment"}
ORDER_STATUSES = {
    "spree": {"draft": "Draft", "placed": "Placed", "canceled": "Canceled"},
    "spree 5.6 state": {
        "cart": "Cart",
        "address": "Checkout: address",
        "delivery": "Checkout: delivery",
        "payment": "Checkout: payment",
        "confirm": "Checkout: confirm",
        "complete": "Complete",
        "canceled": "Canceled",
        "awaiting_return": "Awaiting return",
        "returned": "Returned",
        "resumed": "Resumed",
    },
    "wholesale": {
        "pending": "Pending",
        "confirmed": "Confirmed",
        "shipped": "Shipped",
        "completed": "Completed",
        "canceled": "Canceled",
    },
    "arlo": {
        "AwaitingApproval": "Awaiting approval",
        "Pending": "Pending",
        "Approved": "Approved",
        "Cancelled": "Cancelled",
        "Expired": "Expired",
    },
    "apruve": {"new": "New", "pending": "Pending", "accepted": "Accepted", "canceled": "Canceled"},
}

VOCABULARIES: list[tuple[str, Vocabulary, dict[str, str]]] = [
    ("approvepro financial_status", FINANCIAL, APPROVEPRO_FINANCIAL),
    ("approvepro fulfillment_status", FULFILLMENT, APPROVEPRO_FULFILLMENT),
    ("spree 5.6 payment_state", FINANCIAL, SPREE_56_PAYMENT_STATE),
    ("spree 5.6 shipment_state", FULFILLMENT, SPREE_56_SHIPMENT_STATE),
    ("spree 6.0 payment_status", FINANCIAL, SPREE_60_PAYMENT_STATUS),
    ("spree 6.0 fulfillment_status", FULFILLMENT, SPREE_60_FULFILLMENT_STATUS),
    ("spree payment", PAYMENT, SPREE_PAYMENT),
    ("spree 5.6 shipment", SHIPMENT, SPREE_56_SHIPMENT),
    ("spree 6.0 fulfillment", SHIPMENT, SPREE_60_FULFILLMENT),
    ("spree 6.0 tracking_status", SHIPMENT, SPREE_60_TRACKING),
    ("wholesale parcel", SHIPMENT, WHOLESALE_PARCEL),
    ("apruve shipment", SHIPMENT, APRUVE_SHIPMENT),
    ("apruve return reason", RETURN_REASON, APRUVE_RETURN_REASON),
    ("approvepro history event", HISTORY_EVENT, APPROVEPRO_EVENT),
    *((f"{name} status", ORDER_STATUS, words) for name, words in ORDER_STATUSES.items()),
]
EVERY_WORD = [
    pytest.param(vocabulary, word, shown, id=f"{name}: {word}")
    for name, vocabulary, words in VOCABULARIES
    for word, shown in words.items()
]


@pytest.mark.parametrize(("vocabulary", "word", "shown"), EVERY_WORD)
def test_every_word_a_server_sends_is_shown_as_people_read_it(
    vocabulary: Vocabulary, word: str, shown: str
) -> None:
    text = vocabulary.text(word)
    assert text == shown
    assert "_" not in text and text[:1].isupper()


@pytest.mark.parametrize(
    "vocabulary", [FINANCIAL, FULFILLMENT, PAYMENT, SHIPMENT, ORDER_STATUS, HISTORY_EVENT]
)
@pytest.mark.parametrize(
    ("word", "shown"),
    [
        ("awaiting_pickup", "Awaiting pickup"),
        ("on-hold", "On hold"),
        ("PARTIALLY_CAPTURED", "Partially captured"),
        ("NEW_STATE", "New state"),
        ("OnHoldForPayment", "On hold for payment"),
        ("Held by carrier", "Held by carrier"),
        ("store_credit_applied", "Store credit applied"),
        ("  held  ", "Held"),
    ],
)
def test_a_word_no_table_knows_is_shown_as_itself(
    vocabulary: Vocabulary, word: str, shown: str
) -> None:
    assert vocabulary.text(word) == shown


def test_no_word_is_no_text_rather_than_unknown() -> None:
    assert FINANCIAL.text(None) == "" and FULFILLMENT.text("") == ""


def test_a_known_word_in_other_capitals_keeps_its_meaning() -> None:
    assert FINANCIAL.text("BALANCE_DUE") == "Balance due"
    assert FULFILLMENT.text("Backorder") == "Backordered"


def test_filter_menus_offer_both_spree_versions_words_and_ask_in_the_servers_words() -> None:
    spree = state_words("spree")
    assert set(spree.financial) == set(SPREE_56_PAYMENT_STATE) | set(SPREE_60_PAYMENT_STATUS)
    assert set(spree.fulfillment) == set(SPREE_56_SHIPMENT_STATE) | set(SPREE_60_FULFILLMENT_STATUS)
    assert len(spree.financial) == len(set(spree.financial))
    choices = {text: words for words, text in FINANCIAL.choices(spree.financial)}
    assert choices["Balance due"] == ("balance_due",) and choices["No payment"] == ("none",)
    # 5.6's "void" and 6.0's "voided" mean the same: one choice asks for both.
    assert choices["Voided"] == ("voided", "void")
    assert len(choices) == len(spree.financial) - 1
    fulfillment = FULFILLMENT.choices(spree.fulfillment)
    assert all(len(words) == 1 for words, _text in fulfillment)


def test_approvepro_filters_offer_its_documented_words() -> None:
    approvepro = state_words("approvepro")
    assert approvepro.financial == tuple(APPROVEPRO_FINANCIAL)
    assert approvepro.fulfillment == tuple(APPROVEPRO_FULFILLMENT)


@pytest.mark.parametrize("backend", ["apruve", "wholesale", "arlo", "not-a-backend"])
def test_backends_without_payment_states_offer_none(backend: str) -> None:
    assert state_words(backend) == StateWords()
