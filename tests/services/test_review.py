"""What approve and cancel mean for each kind of account in the review queue."""

from __future__ import annotations

import pytest

from approval_console.connectors.fields import Fields
from approval_console.connectors.spree_parse import read_order
from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS
from approval_console.core.changes import OrderAction, OrderActionKind, StatusChange
from approval_console.core.domain import Customer, Order, OrderStatus, Review
from approval_console.services.review import (
    APPROVE_STATUS,
    CANCEL_STATUS,
    REVIEW_STATUSES,
    NoDecision,
    deciding_accounts,
    decision,
    decision_note,
    review_statuses,
    tells_customer,
    waiting_accounts,
    why_undecided,
    with_choices,
    with_review_options,
)

APPROVE, CANCEL = OrderActionKind.APPROVE, OrderActionKind.CANCEL


def account(backend: str, **options: str) -> Account:
    return Account(id=backend, backend=backend, name=f"My {backend}", base_url="", options=options)


def decide(backend: str, action: OrderActionKind, **options: str):  # type: ignore[no-untyped-def]
    """The decision for an account where the person chose not to notify, approving as c-7."""
    chosen = with_choices(account(backend, **options), notify=False, contact_id="c-7")
    return decision(chosen, BACKENDS[backend].capabilities, action)


def test_review_backends_take_approve_and_cancel_with_the_choices_made_for_them():
    assert decide("arlo", APPROVE) == OrderAction(APPROVE, notify=False, contact_id="c-7")
    assert decide("spree", CANCEL) == OrderAction(CANCEL, notify=False)  # no approver in Spree
    fresh = account("arlo")
    assert decision(fresh, BACKENDS["arlo"].capabilities, CANCEL) == OrderAction(CANCEL)


def test_confirmations_say_whether_the_customer_is_told():
    quiet = with_choices(account("spree"), notify=False, contact_id=None)
    spree = BACKENDS["spree"].capabilities
    assert tells_customer(quiet, spree, CANCEL) is False
    assert tells_customer(account("spree"), spree, CANCEL) is True
    assert tells_customer(account("spree"), spree, APPROVE) is None  # Spree emails no approval
    assert tells_customer(account("apruve"), BACKENDS["apruve"].capabilities, CANCEL) is None


def test_apruve_orders_are_not_decided_here_their_buyer_approves():
    for action in (APPROVE, CANCEL):
        with pytest.raises(NoDecision, match="the buyer approves"):
            decide("apruve", action)


def order(review: Review | None, status: str = "s1", name: str = "Placed") -> Order:
    customer = Customer("Ann", "ann@example.com")
    return Order("1", "#1", "1", customer, OrderStatus(status, name), review=review)


def test_only_orders_awaiting_a_decision_here_can_take_one():
    arlo, spree = BACKENDS["arlo"].capabilities, BACKENDS["spree"].capabilities
    assert why_undecided(account("arlo"), arlo, order(Review.AWAITING), APPROVE) is None
    assert why_undecided(account("spree"), spree, order(Review.AWAITING), CANCEL) is None
    assert why_undecided(account("arlo"), arlo, order(Review.APPROVED), APPROVE) == (
        "Already approved — nothing to decide here."
    )
    assert why_undecided(account("spree"), spree, order(Review.CANCELED), CANCEL) == (
        "Already canceled — nothing to decide here."
    )
    assert "no decision is asked" in why_undecided(account("arlo"), arlo, order(None), APPROVE)
    # An order waiting on its buyer, whatever the key.
    apruve = BACKENDS["apruve"].capabilities
    for action in (APPROVE, CANCEL):
        why = why_undecided(account("apruve"), apruve, order(Review.AWAITING), action)
        assert why is not None and why.startswith("Waiting on the buyer — nothing to decide here.")
    # Status-based accounts: only a status marked for review, and once the target is chosen.
    marked = account("approvepro", **{REVIEW_STATUSES: "s1", APPROVE_STATUS: "s5"})
    approvepro = BACKENDS["approvepro"].capabilities
    assert why_undecided(marked, approvepro, order(None), APPROVE) is None
    assert "Review settings" in why_undecided(marked, approvepro, order(None), CANCEL)
    assert why_undecided(marked, approvepro, order(None, "s5", "Shipped"), APPROVE) == (
        "“Shipped” is not marked as needing review: nothing to decide here."
    )


def test_the_queue_counts_only_accounts_that_decide_here():
    accounts = [account(backend) for backend in ("arlo", "apruve", "wholesale", "approvepro")]
    assert [a.backend for a in deciding_accounts(accounts)] == ["arlo", "approvepro"]
    assert [a.backend for a in waiting_accounts(accounts)] == ["apruve"]


def test_status_accounts_move_orders_to_the_statuses_the_person_chose():
    marks = {APPROVE_STATUS: "st5", CANCEL_STATUS: "st9"}
    assert decide("approvepro", APPROVE, **marks) == StatusChange(
        "st5", email_customer=False, email_additional=False
    )
    assert decide("approvepro", CANCEL, **marks).status_code == "st9"
    with pytest.raises(NoDecision, match="Review settings"):
        decide("approvepro", APPROVE)


def test_read_only_accounts_cannot_decide():
    with pytest.raises(NoDecision, match="read-only"):
        decide("wholesale", APPROVE)


def test_review_marks_are_read_and_replaced_without_touching_other_options():
    marked = account("approvepro", timezone="Europe/London", **{REVIEW_STATUSES: "a, b,,"})
    assert review_statuses(marked) == ("a", "b")
    changed = with_review_options(marked, {REVIEW_STATUSES: "c", APPROVE_STATUS: ""})
    assert changed.options == {"timezone": "Europe/London", REVIEW_STATUSES: "c"}


def test_the_order_pane_says_what_deciding_there_does():
    arlo, spree = BACKENDS["arlo"].capabilities, BACKENDS["spree"].capabilities
    assert decision_note(account("arlo"), arlo) == (
        "Approving or canceling tells the customer. Change this in Needs review."
    )
    quiet = with_choices(account("arlo"), notify=False, contact_id="c-7")
    assert decision_note(quiet, arlo) == (
        "Approving or canceling does not tell the customer, and approvals name the approving"
        " contact you chose. Change this in Needs review."
    )
    assert decision_note(account("spree"), spree).startswith("Canceling tells the customer.")
    assert decision_note(account("apruve"), BACKENDS["apruve"].capabilities) == ""


def _spree(**fields: object) -> Order:
    """A Spree order as the connector reads it from the server's answer."""
    payload: dict[str, object] = {
        "id": "or_1",
        "number": "R1",
        "email": "ann@example.com",
        "currency": "USD",
        "total": "10.0",
        "status": "placed",
        "considered_risky": True,
        "completed_at": "2026-01-15T12:00:00.000Z",
        "canceled_at": None,
        "approved_at": None,
        "approver_id": None,
        "canceler_id": None,
    }
    payload.update(fields)
    return read_order(Fields(payload))


def test_spree_offers_approval_only_on_a_placed_risky_order():
    """Spree's approve checks no state (a canceled or draft order answers 200), so the console
    must not offer it there: only a placed order the store flagged awaits a decision."""
    spree = account("spree")
    caps = BACKENDS["spree"].capabilities
    awaiting = _spree()
    canceled = _spree(status="canceled", canceled_at="2026-01-16T00:00:00Z")
    revived = _spree(
        status="canceled",
        canceled_at="2026-01-16T00:00:00Z",
        approved_at="2026-01-17T00:00:00Z",  # approved after canceling: still canceled
    )
    draft = _spree(status="draft", completed_at=None)
    approved = _spree(considered_risky=False, approved_at="2026-01-16T00:00:00Z")
    assert why_undecided(spree, caps, awaiting, APPROVE) is None
    assert why_undecided(spree, caps, awaiting, CANCEL) is None
    for order in (canceled, revived):
        for action in (APPROVE, CANCEL):
            assert why_undecided(spree, caps, order, action) == (
                "Already canceled — nothing to decide here."
            )
    assert "no decision is asked" in (why_undecided(spree, caps, draft, APPROVE) or "")
    assert why_undecided(spree, caps, approved, APPROVE) == (
        "Already approved — nothing to decide here."
    )
