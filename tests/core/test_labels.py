"""APIs' code words made readable, and people's words left alone."""

from __future__ import annotations

import pytest

from approval_console.core.labels import readable


@pytest.mark.parametrize(
    ("word", "shown"),
    [
        ("in_transit", "In transit"),
        ("partially_refunded", "Partially refunded"),
        ("AwaitingApproval", "Awaiting approval"),
        ("REFUSED", "Refused"),
        ("credit_card", "Credit card"),
        ("Spree::StoreCredit", "Spree store credit"),
        ("ACHTransfer", "ACH transfer"),
        ("delivered", "Delivered"),
        ("Customer changed mind", "Customer changed mind"),
        ("Order Received", "Order Received"),
        ("ACH", "ACH"),
        ("", ""),
        (None, ""),
    ],
)
def test_code_words_read_as_words(word: str | None, shown: str) -> None:
    assert readable(word) == shown
