"""Billing types: which actions each lifecycle state allows, and exact money."""

from __future__ import annotations

from decimal import Decimal

import pytest

from approval_console.core.billing import (
    Address,
    InvoiceState,
    Listing,
    OrderState,
    ReturnReason,
    ShipmentState,
    WebhookEndpoint,
    sum_money,
)
from approval_console.core.domain import Money


def test_order_states_in_lifecycle_order_with_allowed_actions():
    assert [s.value for s in OrderState] == ["new", "pending", "accepted", "canceled"]
    allowed = {s: (s.can_update, s.can_finalize, s.can_cancel) for s in OrderState}
    assert allowed == {
        OrderState.NEW: (True, True, True),
        OrderState.PENDING: (False, False, True),
        OrderState.ACCEPTED: (False, False, True),
        OrderState.CANCELED: (False, False, False),
    }
    assert [s for s in OrderState if s.is_final] == [OrderState.ACCEPTED, OrderState.CANCELED]
    assert all(s.label and s.description for s in OrderState)


def test_invoice_states_allow_only_their_actions():
    table = {
        s: (s.can_update, s.can_issue, s.can_close, s.can_cancel, s.can_return)
        for s in InvoiceState
    }
    assert table == {
        InvoiceState.PENDING: (True, True, False, True, False),
        InvoiceState.OPEN: (False, False, True, True, True),
        InvoiceState.FUNDED: (False, False, True, False, True),
        InvoiceState.CLOSED: (False, False, False, False, True),
        InvoiceState.CANCELED: (False, False, False, False, False),
    }
    assert not InvoiceState.CANCELED.can_ship and InvoiceState.CLOSED.is_final


def test_shipment_and_return_values_are_the_documented_ones():
    assert ShipmentState.FULFILLED.completes_invoice and not ShipmentState.PARTIAL.completes_invoice
    assert {r.value for r in ReturnReason} == {
        "REFUSED",
        "DAMAGED",
        "DEFECTIVE",
        "DUPLICATE",
        "CONSIGNMENT",
        "OTHER",
    }


def test_cents_are_exact_and_currencies_do_not_mix():
    total = sum_money([Money.from_minor(1999, "USD")] * 3 + [Money.from_minor(7, "USD")], "USD")
    assert total == Money(Decimal("60.04"), "USD")
    with pytest.raises(ValueError):
        sum_money([Money.from_minor(1, "EUR")], "USD")


def test_listing_extent_known_or_guessed():
    assert not Listing(items=(1, 2), page=2, per_page=2, total=4, last_page=2).has_more
    assert Listing(items=(1, 2), page=1, per_page=2).has_more
    assert not Listing(items=(1,), page=1, per_page=2).has_more


def test_secret_and_address_display():
    hook = WebhookEndpoint(id="w", url="https://x", auth_header="Bearer secret")
    assert "secret" not in repr(hook)
    address = Address("1 Road", "Duluth", "MN", "55802", "US", "1", "Ann", "Cedar")
    assert address.lines() == ("Cedar", "Ann", "1 Road", "Duluth, MN 55802", "US")
