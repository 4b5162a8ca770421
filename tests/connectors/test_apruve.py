"""The Apruve v4 connector against the real sandbox on loopback: every endpoint, every rule."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from approval_console.connectors.apruve import CAPABILITIES
from approval_console.connectors.http import RetryPolicy
from approval_console.core import errors
from approval_console.core.accounts import Account
from approval_console.core.billing import (
    Address,
    InvoiceItem,
    InvoiceState,
    LineItem,
    OrderState,
    ReturnReason,
    ShipmentItem,
    ShipmentState,
)
from approval_console.core.domain import Money
from approval_console.core.listing import OrderQuery
from tests.conftest import SandboxProcess, start_sandbox
from tests.connectors.apruve_support import ApruveTestConnector
from tests.helpers import run_closing

KEY = "demo-apruve"


def usd(text: str) -> Money:
    return Money(Decimal(text), "USD")


def account(url: str, **options: str) -> Account:
    return Account(
        id="apruve-test", backend="apruve", name="Northwind", base_url=url, options=options
    )


def connector(url: str, key: str = KEY, **options: str) -> ApruveTestConnector:
    return ApruveTestConnector(account(url, **options), key)


def run(url: str, body, key: str = KEY, **options: str):  # type: ignore[no-untyped-def]
    return run_closing(connector(url, key, **options), body)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox("--seed", "5", "--rate-window", "0", "--anchor-date", "2025-06-01")
    yield process
    process.stop()


def overview(sandbox: SandboxProcess) -> dict:
    with sandbox.admin() as client:
        response = client.get("/_sandbox/apruve/overview")
        response.raise_for_status()
        return next(m for m in response.json()["merchants"] if m["api_key"] == KEY)


def control(sandbox: SandboxProcess, path: str) -> dict:
    with sandbox.admin() as client:
        response = client.post(f"/_sandbox/apruve/{path}")
        response.raise_for_status()
        return response.json()


@pytest.fixture(scope="module")
def buyer(sandbox: SandboxProcess) -> tuple[str, str]:
    """(corporate account id, buyer id) of the account with the most credit left."""
    accounts = overview(sandbox)["corporate_accounts"]
    best = max(accounts, key=lambda a: a["credit_available_cents"])
    return best["id"], best["authorized_buyers"][0]["id"]


ITEMS = (
    LineItem(title="Pallet Jack", quantity=3, unit_price=usd("19.99"), sku="PJ-1", vendor="Lift"),
    LineItem(title="Gloves", quantity=1, unit_price=usd("0.07")),
)
ADDRESS = Address(
    address_1="1 Dock Road",
    city="Duluth",
    state="MN",
    postal_code="55802",
    country_code="US",
    phone_number="6125550100",
    contact_name="Ann Smith",
    name="Cedar Ridge",
    address_2="Bay 4",
)


async def new_order(c: ApruveTestConnector, buyer: tuple[str, str], **flags: bool):  # type: ignore[no-untyped-def]
    account_id, shopper_id = buyer
    return await c.create_order(
        shopper_id=shopper_id,
        corporate_account_id=account_id,
        items=ITEMS,
        tax=usd("1.23"),
        shipping=usd("4.56"),
        merchant_order_id=f"T-{datetime.now(UTC).timestamp()}",
        **flags,
    )


# ---- the generic Connector part --------------------------------------------------------------


def test_capabilities_and_fixed_statuses(sandbox):
    statuses = run(sandbox.url, lambda c: c.list_statuses())
    assert [s.code for s in statuses] == ["new", "pending", "accepted", "canceled"]
    assert [s.position for s in statuses] == [0, 1, 2, 3]
    assert all(s.color.startswith("#") and s.name for s in statuses)
    assert CAPABILITIES.invoices and CAPABILITIES.shipments and CAPABILITIES.returns
    assert not CAPABILITIES.status_changes and not CAPABILITIES.comments


def test_listing_pages_through_every_order_with_exact_money(sandbox):
    expected = sum(overview(sandbox)["orders_by_status"].values())

    async def body(c):
        pages = [await c.list_orders(OrderQuery(), page=1, per_page=40)]
        while pages[-1].has_more:
            pages.append(await c.list_orders(OrderQuery(), page=pages[-1].page + 1, per_page=40))
        return pages

    pages = run(sandbox.url, body)
    assert pages[0].total == expected and pages[0].last_page == len(pages)
    orders = [o for page in pages for o in page.items]
    assert len(orders) == expected == len({o.id for o in orders})
    with httpx.Client(base_url=sandbox.url) as client:
        raw = client.get(
            "/api/v4/orders", params={"per_page": 40}, headers={"Apruve-Api-Key": KEY}
        ).json()
    for payload, order in zip(raw, pages[0].items, strict=True):
        assert order.id == payload["id"]
        assert order.amount == Money(Decimal(payload["amount_cents"]) / 100, "USD")
        assert isinstance(order.amount.amount, Decimal)
        assert order.status_code == payload["status"]
        assert order.number == order.name == payload["merchant_order_id"]


def test_status_filter_and_search_by_merchant_order_id(sandbox):
    counts = overview(sandbox)["orders_by_status"]

    async def body(c):
        pending = await c.list_orders(OrderQuery(status_code="pending"), per_page=5)
        last = await c.list_orders(
            OrderQuery(status_code="pending"), page=pending.last_page, per_page=5
        )
        open_only = await c.list_orders(OrderQuery(exclude_canceled=True), per_page=100)
        sample = pending.items[0]
        found = await c.list_orders(OrderQuery(search=f"#{sample.number}"))
        nothing = await c.list_orders(OrderQuery(search="no-such-order"))
        return pending, last, open_only, sample, found, nothing

    pending, last, open_only, sample, found, nothing = run(sandbox.url, body)
    assert pending.total == counts["pending"] and len(pending.items) == 5
    assert all(o.status_code == "pending" for o in pending.items + last.items)
    assert not last.has_more
    assert open_only.total == sum(counts.values()) - counts.get("canceled", 0)
    assert [o.id for o in found.items] == [sample.id] and found.total == 1
    assert nothing.items == () and nothing.total == 0 and not nothing.has_more


def test_unsupported_filters_and_calls_say_so(sandbox):
    async def body(c):
        with pytest.raises(NotImplementedError):
            await c.list_orders(OrderQuery(tags_all=("x",)))
        with pytest.raises(NotImplementedError):
            await c.lookup("1", "a@b.c")
        with pytest.raises(NotImplementedError):
            await c.viable_statuses("abc")

    run(sandbox.url, body)


def test_get_order_has_empty_history(sandbox):
    async def body(c):
        first = (await c.list_orders(OrderQuery(), per_page=1)).items[0]
        return first, await c.get_order(first.id)

    first, detail = run(sandbox.url, body)
    assert detail.order == first and detail.history == () and detail.timeline == ()


# ---- orders and order items --------------------------------------------------------------------


def test_order_from_new_to_finalized_and_accepted(sandbox, buyer):
    async def body(c):
        created = await new_order(c, buyer, finalize_on_create=False, invoice_on_create=False)
        assert created.state is OrderState.NEW and created.state.can_finalize
        # 3 × 19.99 + 0.07 + tax 1.23 + shipping 4.56, to the cent
        assert created.amount == usd("65.83")
        assert created.tax == usd("1.23") and created.shipping == usd("4.56")
        assert [i.total for i in created.items] == [usd("59.97"), usd("0.07")]
        assert created.payment_term and created.payment_term.corporate_account_id == buyer[0]
        assert not created.finalize_on_create and not created.invoice_on_create

        updated = await c.update_order(created.id, merchant_order_id="NW-T1", tax=usd("2.00"))
        assert updated.merchant_order_id == "NW-T1" and updated.tax == usd("2.00")
        listed = await c.list_purchase_orders(merchant_order_id="NW-T1")
        assert [o.id for o in listed.items] == [created.id]

        items = await c.list_order_items(created.id)
        assert len(items.items) == 2 and items.total == 2 and not items.has_more
        added = await c.add_order_item(
            created.id, LineItem(title="Tape", quantity=2, unit_price=usd("3.10"))
        )
        assert added.id and added.order_id == created.id and added.total == usd("6.20")
        fetched = await c.get_order_item(added.id)
        assert fetched == added
        changed = await c.update_order_item(added.id, quantity=5, vendor="3M")
        assert changed.quantity == 5 and changed.total == usd("15.50") and changed.vendor == "3M"
        removed = await c.delete_order_item(added.id)
        assert removed.id == added.id
        with pytest.raises(errors.NotFoundError):
            await c.get_order_item(added.id)

        finalized = await c.finalize_order(created.id)
        assert finalized.state is OrderState.PENDING and not finalized.state.can_update
        with pytest.raises(errors.ValidationError) as refused_update:
            await c.update_order(created.id, tax=usd("3.00"))
        with pytest.raises(errors.ValidationError):
            await c.add_order_item(created.id, LineItem(title="Late"))

        control(sandbox, f"orders/{created.id}/approve")  # the buyer approves
        accepted = await c.get_purchase_order(created.id)
        with pytest.raises(errors.ValidationError) as refused_finalize:
            await c.finalize_order(created.id)
        return accepted, refused_update.value, refused_finalize.value

    accepted, refused_update, refused_finalize = run(sandbox.url, body)
    assert accepted.state is OrderState.ACCEPTED and accepted.state.is_final
    assert accepted.order.status_code == "accepted" and accepted.final_state_at is not None
    assert "cannot update an order that is pending" in refused_update.message
    assert refused_update.status == 422
    assert "cannot finalize an order that is accepted" in refused_finalize.message
    assert refused_finalize.fields == {"status": ["cannot finalize an order that is accepted"]}


def test_default_flags_finalize_and_invoice_at_once(sandbox, buyer):
    async def body(c):
        order = await new_order(c, buyer)
        return order, await c.list_invoices(order.id)

    order, invoices = run(sandbox.url, body)
    assert order.state is OrderState.PENDING
    assert len(invoices.items) == 1
    invoice = invoices.items[0]
    assert invoice.amount == order.amount and invoice.order_id == order.id
    assert [i.title for i in invoice.items] == [i.title for i in order.items]


def test_cancel_order_and_its_refusals(sandbox, buyer):
    async def body(c):
        order = await new_order(c, buyer, finalize_on_create=False, invoice_on_create=False)
        invoice = await c.create_invoice(order.id, amount=usd("10.00"), issue_on_create=False)
        canceled = await c.cancel_order(order.id)
        after = await c.get_invoice(invoice.id)
        with pytest.raises(errors.ValidationError) as again:
            await c.cancel_order(order.id)
        with pytest.raises(errors.ValidationError) as no_invoice:
            await c.create_invoice(order.id, amount=usd("1.00"))
        return canceled, after, again.value, no_invoice.value

    canceled, after, again, no_invoice = run(sandbox.url, body)
    assert canceled.state is OrderState.CANCELED and canceled.order.is_canceled
    assert after.state is InvoiceState.CANCELED
    assert "cannot cancel an order that is canceled" in again.message
    assert "order_id" in no_invoice.fields


def test_create_order_validation_names_the_field(sandbox, buyer):
    async def body(c):
        with pytest.raises(errors.ValidationError) as no_items:
            await c.create_order(shopper_id=buyer[1], items=())
        with pytest.raises(ValueError):  # never rounds a fraction of a cent away
            await c.create_order(
                shopper_id=buyer[1], items=ITEMS, amount=Money(Decimal("1.005"), "USD")
            )
        return no_items.value

    no_items = run(sandbox.url, body)
    assert "order_items" in no_items.fields


# ---- invoices, shipments, returns ------------------------------------------------------------


def test_invoice_pending_issued_shipped_funded_returned_closed(sandbox, buyer):
    shipped_at = datetime(2025, 5, 30, 15, 0, tzinfo=UTC)

    async def body(c):
        order = await new_order(c, buyer, invoice_on_create=False)
        control(sandbox, f"orders/{order.id}/approve")
        invoice = await c.create_invoice(
            order.id,
            amount=usd("65.83"),
            tax=usd("1.23"),
            shipping=usd("4.56"),
            number="INV-T1",
            notes="Thanks",
            terms_of_delivery="FOB",
            footer="Footer",
            due_at=datetime.now(UTC) + timedelta(days=30),
            bill_to=ADDRESS,
            ship_to=ADDRESS,
            items=(
                InvoiceItem(
                    title="Pallet Jack",
                    quantity=3,
                    unit_price=usd("19.99"),
                    tax=usd("1.23"),
                    discount=usd("0.10"),
                    tax_rate_percentage=Decimal("7.5"),
                ),
            ),
            issue_on_create=False,
        )
        assert invoice.state is InvoiceState.PENDING and invoice.state.can_issue
        assert invoice.bill_to == ADDRESS and invoice.ship_to == ADDRESS
        assert invoice.remittance is not None  # the server's default
        assert invoice.items[0].tax_rate_percentage == Decimal("7.5")
        assert invoice.items[0].total == usd("59.87")  # 3 × 19.99 less 0.10
        still = await c.get_invoice(invoice.id)
        assert still.state is InvoiceState.PENDING
        updated = await c.update_invoice(invoice.id, number="INV-T2", notes="Updated")
        assert updated.number == "INV-T2" and updated.notes == "Updated"

        issued = await c.issue_invoice(invoice.id)
        assert issued.state is InvoiceState.OPEN and issued.issued_at is not None
        assert issued.amount_due == usd("65.83")
        with pytest.raises(errors.ValidationError) as no_update:
            await c.update_invoice(invoice.id, notes="too late")

        with pytest.raises(errors.ValidationError) as no_date:
            await c.create_shipment(invoice.id, shipped_at=None, shipper="UPS")
        shipment = await c.create_shipment(
            invoice.id,
            shipped_at=shipped_at,
            shipper="UPS",
            tracking_number="1Z999",
            merchant_shipment_id="12345",
            items=(ShipmentItem(title="Pallet Jack", quantity=3, unit_price=usd("19.99")),),
            amount=usd("65.83"),
        )
        assert shipment.status is ShipmentState.FULFILLED and shipment.shipped_at == shipped_at
        assert shipment.items[0].total == usd("59.97")
        shipments = await c.list_shipments(invoice.id)
        assert [s.id for s in shipments.items] == [shipment.id]
        got = await c.get_shipment(invoice.id, shipment.id)
        assert got == shipment
        delivered = await c.update_shipment(
            invoice.id, shipment.id, delivered_at=shipped_at + timedelta(days=2)
        )
        assert delivered.delivered_at == shipped_at + timedelta(days=2)
        assert delivered.tracking_number == "1Z999"

        control(sandbox, f"invoices/{invoice.id}/fund")  # the bank pays the merchant
        funded = await c.get_invoice(invoice.id)
        assert funded.state is InvoiceState.FUNDED and funded.state.can_close

        with pytest.raises(errors.ValidationError) as too_much:
            await c.create_return(invoice.id, amount=usd("65.83"), reason=ReturnReason.DAMAGED)
        with pytest.raises(errors.ValidationError) as bad_reason:
            await c.create_return(invoice.id, amount=usd("1.00"), reason="LOST")
        returned = await c.create_return(
            invoice.id, amount=usd("19.99"), reason=ReturnReason.DAMAGED
        )
        assert returned.amount == usd("19.99") and returned.reason is ReturnReason.DAMAGED
        assert (await c.get_return(invoice.id, returned.id)) == returned
        amended = await c.update_return(invoice.id, returned.id, reason=ReturnReason.DEFECTIVE)
        assert amended.reason is ReturnReason.DEFECTIVE and amended.amount == usd("19.99")
        returns = await c.list_returns(invoice.id)
        assert [r.id for r in returns.items] == [returned.id]

        closed = await c.close_invoice(invoice.id)
        assert closed.state is InvoiceState.CLOSED and closed.closed_at is not None
        with pytest.raises(errors.ValidationError) as no_issue:
            await c.issue_invoice(invoice.id)
        with pytest.raises(errors.ValidationError) as no_cancel:
            await c.cancel_invoice(invoice.id)
        return (
            no_update.value,
            no_date.value,
            too_much.value,
            bad_reason.value,
            no_issue.value,
            (no_cancel.value),
        )

    no_update, no_date, too_much, bad_reason, no_issue, no_cancel = run(sandbox.url, body)
    assert "cannot update an invoice that is open" in no_update.message
    assert no_date.fields == {"shipped_at": ["can't be blank"]}
    assert "amount_cents" in too_much.fields and "must be less than 6583" in too_much.message
    assert bad_reason.fields == {"reason": ["is not included in the list"]}
    assert "cannot issue an invoice that is closed" in no_issue.message
    assert "cannot cancel an invoice that is closed" in no_cancel.message


def test_invoice_on_an_unfinalized_order_waits_and_can_be_canceled(sandbox, buyer):
    async def body(c):
        order = await new_order(c, buyer, finalize_on_create=False, invoice_on_create=False)
        invoice = await c.create_invoice(order.id, amount=usd("5.00"))
        with pytest.raises(errors.ValidationError) as early:
            await c.issue_invoice(invoice.id)
        canceled = await c.cancel_invoice(invoice.id)
        with pytest.raises(errors.ValidationError):
            await c.create_return(invoice.id, amount=usd("1.00"), reason=ReturnReason.OTHER)
        return invoice, early.value, canceled

    invoice, early, canceled = run(sandbox.url, body)
    assert invoice.state is InvoiceState.PENDING
    assert "before its order is finalized" in early.message
    assert canceled.state is InvoiceState.CANCELED and not canceled.state.can_issue


# ---- merchant, corporate accounts, webhooks, users -------------------------------------------


def test_merchant_accounts_users_and_webhooks(sandbox):
    truth = overview(sandbox)
    first = truth["corporate_accounts"][0]
    email = first["authorized_buyers"][0]["email"]

    async def body(c):
        merchant = await c.get_merchant()
        accounts = await c.list_corporate_accounts(per_page=2)
        by_email = await c.list_corporate_accounts(email=email.upper())
        account = await c.get_corporate_account(first["id"])
        user = await c.get_user(first["authorized_buyers"][0]["id"])
        created = await c.create_webhook_endpoint(
            "https://example.com/hook", auth_header="Bearer s3cret"
        )
        listed = await c.list_webhook_endpoints()
        fetched = await c.get_webhook_endpoint(created.id)
        deleted = await c.delete_webhook_endpoint(created.id)
        with pytest.raises(errors.NotFoundError):
            await c.get_webhook_endpoint(created.id)
        with pytest.raises(errors.ValidationError) as bad_url:
            await c.create_webhook_endpoint("ftp://example.com")
        with pytest.raises(errors.NotFoundError):
            await c.get_merchant("0" * 32)
        return (
            merchant,
            accounts,
            by_email,
            account,
            user,
            created,
            listed,
            fetched,
            deleted,
            (bad_url.value),
        )

    merchant, accounts, by_email, account, user, created, listed, fetched, deleted, bad_url = run(
        sandbox.url, body
    )
    assert merchant.id == truth["id"] and merchant.name == truth["name"]
    assert accounts.total == len(truth["corporate_accounts"]) and len(accounts.items) == 2
    assert first["id"] in {a.id for a in by_email.items}
    assert all(a.buyer_by_email(email) for a in by_email.items)
    assert account.name == first["name"] and account.payment_term_strategy
    assert [b.id for b in account.authorized_buyers] == [
        b["id"] for b in first["authorized_buyers"]
    ]
    assert user.email == email and user.name
    assert created.id in {w.id for w in listed} and fetched == created == deleted
    assert created.auth_header == "Bearer s3cret" and "s3cret" not in repr(created)
    assert "url" in bad_url.fields


def test_merchant_id_from_options_is_used_without_asking(sandbox):
    truth = overview(sandbox)
    merchant = run(sandbox.url, lambda c: c.get_merchant(), merchant_id=truth["id"])
    assert merchant.id == truth["id"]


# ---- errors -------------------------------------------------------------------------------------


def test_bad_key_is_an_authentication_error_without_the_key(sandbox):
    secret = "wrong-key-123456"
    with pytest.raises(errors.AuthenticationError) as caught:
        run(sandbox.url, lambda c: c.list_orders(OrderQuery()), key=secret)
    assert caught.value.status == 401
    assert "login" in caught.value.message and secret not in str(caught.value)


def test_unknown_records_are_not_found(sandbox):
    async def body(c):
        for call in (
            c.get_purchase_order("0" * 32),
            c.get_invoice("0" * 32),
            c.list_shipments("0" * 32),
            c.get_return("0" * 32, "1" * 32),
            c.get_user("0" * 32),
            c.get_order("../merchants"),  # refused before any request
        ):
            with pytest.raises(errors.NotFoundError):
                await call

    run(sandbox.url, body)


def _mock(handler) -> ApruveTestConnector:  # type: ignore[no-untyped-def]
    c = ApruveTestConnector(
        account("http://apruve.test", merchant_id="m1"), KEY, transport=httpx.MockTransport(handler)
    )
    c.http.retry = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.001)
    return c


ORDER = {
    "id": "o1",
    "merchant_id": "m1",
    "amount_cents": 12345,
    "currency": "USD",
    "status": "pending",
    "merchant_order_id": "A-1",
    "unexpected_new_field": {"ignored": True},
    "order_items": [{"id": "i1", "title": "Widgets", "price_total_cents": 12345}],
}


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"amount_cents": None}, "body[0].amount_cents", "is missing"),
        ({"amount_cents": "12.3"}, "body[0].amount_cents", "whole number"),
        ({"status": ""}, "body[0].status", "unknown order state"),
        ({"order_items": [{"id": "i1"}]}, "body[0].order_items[0].title", "is missing"),
        ({"created_at": "yesterday"}, "body[0].created_at", "not a date"),
    ],
)
def test_malformed_response_names_the_field(change, field, problem):
    payload = {k: v for k, v in {**ORDER, **change}.items() if v is not None}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[payload])

    with pytest.raises(errors.ResponseFormatError) as caught:
        run_closing(_mock(handler), lambda c: c.list_purchase_orders())
    assert caught.value.field == field and problem in caught.value.problem


def test_a_state_word_apruve_adds_later_is_kept_and_shown_as_itself():
    """A new order or invoice state must not hide the whole listing: it is kept as the word it
    is, read as such, and never taken for a known state."""
    order = {**ORDER, "status": "on_hold"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[order])

    [record] = run_closing(_mock(handler), lambda c: c.list_purchase_orders()).items
    state = record.state
    assert state == "on_hold" and not state.known
    assert state.label == "On hold"
    assert state is not OrderState.PENDING and state is not OrderState.CANCELED
    assert InvoiceState("payment_plan").label == "Payment plan"


def test_unknown_fields_are_ignored_and_headers_are_optional():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[ORDER, {**ORDER, "id": "o2"}])

    listing = run_closing(_mock(handler), lambda c: c.list_purchase_orders(per_page=2))
    assert [o.id for o in listing.items] == ["o1", "o2"]
    assert listing.total is None and listing.has_more  # a full page: there may be more
    assert listing.items[0].amount == Money(Decimal("123.45"), "USD")
    request = seen[0]
    assert request.headers["Apruve-Api-Key"] == KEY
    assert request.headers["Accept"] == "application/json;revision=v4"
    assert request.url.params["page"] == "1" and request.url.params["per_page"] == "2"


def test_link_header_alone_gives_the_last_page():
    def handler(request: httpx.Request) -> httpx.Response:
        link = '<http://apruve.test/api/v4/orders?page=7&per_page=1>; rel="last"'
        return httpx.Response(200, json=[ORDER], headers={"Link": link})

    page = run_closing(_mock(handler), lambda c: c.list_orders(OrderQuery(), page=2, per_page=1))
    assert page.last_page == 7 and page.has_more and page.total >= 2


def test_changes_are_sent_once_reads_are_retried():
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(503, json={"errors": [{"title": "Service Unavailable"}]})

    with pytest.raises(errors.ServerError):
        run_closing(_mock(handler), lambda c: c.finalize_order("o1"))
    assert calls == ["POST"]
    calls.clear()
    with pytest.raises(errors.ServerError):
        run_closing(_mock(handler), lambda c: c.get_invoice("i1"))
    assert calls == ["GET", "GET", "GET"]


def test_request_bodies_carry_exact_cents():
    bodies: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={**ORDER, "status": "new"})

    run_closing(
        _mock(handler),
        lambda c: c.create_order(
            shopper_id="u1",
            items=ITEMS,
            amount=usd("65.83"),
            finalize_on_create=False,
            invoice_on_create=False,
        ),
    )
    sent = bodies[0]
    assert sent["merchant_id"] == "m1" and sent["amount_cents"] == 6583
    assert sent["currency"] == "USD" and sent["finalize_on_create"] is False
    assert [i["price_ea_cents"] for i in sent["order_items"]] == [1999, 7]


# ---- what a real server sends beyond the document's examples ----------------------------------

# Fields apruve-ruby's models know (`lib/apruve/resources/order.rb`, `invoice.rb`,
# `shipment.rb`, `corporate_account.rb`, `webhook_endpoint.rb`) and the document's examples
# lack, with the values a real server would send.
GEM_ORDER_FIELDS = {
    "po_number": "PO-4471",
    "updated_at": "2025-05-03T14:00:00.000Z",
    "accepts_payments_via": ["corporate_account", "credit_card"],
    "secure_hash": "9f" * 32,
}
GEM_ITEM_FIELDS = {"plan_code": None, "line_item_api_url": None, "subscription_url": None}
INVOICE = {
    "id": "v1",
    "order_id": "o1",
    "status": "open",
    "amount_cents": 12345,
    "currency": "USD",
    "invoice_items": [{"id": "vi1", "title": "Widgets", "price_total_cents": 12345}],
}
GEM_INVOICE_FIELDS = {
    "payments": [{"id": "p1", "amount_cents": 5000, "status": "captured"}],
    "links": {"self": "http://apruve.test/api/v4/invoices/v1"},
}
SHIPMENT = {"id": "s1", "invoice_id": "v1", "status": "partial", "shipped_at": "2025-05-02"}
ACCOUNT = {
    "id": "ca1",
    "merchant_uuid": "m1",
    "customer_uuid": "u1",
    "type": "corporate",
    "payment_term_strategy_name": "Net30",
    "name": "Cedar Ridge",
    "authorized_buyers": [{"id": "u1", "name": "Ann Smith", "email": "ann@cedar.example"}],
}
GEM_ACCOUNT_FIELDS = {
    "created_at": "2024-04-01T00:00:00.000Z",
    "updated_at": "2025-05-01T00:00:00.000Z",
    "disabled_at": None,
    "status": "active",
    "trusted_merchant": False,
    "creditor_term_id": "7c" * 16,
    "payment_method_id": None,
    "credit_amount_cents": 5_000_000,
    "credit_balance_cents": 1_250_000,
    "credit_available_cents": 3_750_000,
}
WEBHOOK = {"id": "w1", "version": "v4", "url": "https://shop.example/hook", "auth_header": None}


def _answers(extended: bool, merchant_shipment_id: object = "ZZ1234567"):  # type: ignore[no-untyped-def]
    """A server answering every read the console makes, with or without the gem's fields."""
    order = {**ORDER, "order_items": [{**ORDER["order_items"][0]}]}
    invoice, account = dict(INVOICE), dict(ACCOUNT)
    shipment = {**SHIPMENT, "merchant_shipment_id": merchant_shipment_id}
    webhook = dict(WEBHOOK)
    if extended:
        order.update(GEM_ORDER_FIELDS)
        order["order_items"][0].update(GEM_ITEM_FIELDS)
        invoice.update(GEM_INVOICE_FIELDS)
        account.update(GEM_ACCOUNT_FIELDS)
        webhook["merchant_id"] = "m1"
    bodies = {
        "/api/v4/orders": [order],
        "/api/v4/orders/o1/invoices": [invoice],
        "/api/v4/invoices/v1/shipments": [shipment],
        "/api/v4/merchants/m1/corporate_accounts": [account],
        "/api/v4/merchants/m1/webhook_endpoints": [webhook],
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=bodies[request.url.path])

    async def read(c: ApruveTestConnector):  # type: ignore[no-untyped-def]
        return (
            (await c.list_purchase_orders()).items,
            (await c.list_invoices("o1")).items,
            (await c.list_shipments("v1")).items,
            (await c.list_corporate_accounts()).items,
            await c.list_webhook_endpoints(),
        )

    return run_closing(_mock(handler), read)


def test_fields_the_gem_knows_leave_parsing_unchanged():
    """A real server's `po_number`, `updated_at`, `payments`, credit fields... are read past:
    every record parses exactly as the document's shape does."""
    assert _answers(extended=True) == _answers(extended=False)
    [order], [invoice], [shipment], [account], [hook] = _answers(extended=True)
    assert order.id == "o1" and order.amount == usd("123.45") and order.items[0].title == "Widgets"
    assert invoice.state is InvoiceState.OPEN and invoice.items[0].id == "vi1"
    assert account.name == "Cedar Ridge" and account.authorized_buyers[0].email
    assert hook.url == "https://shop.example/hook"
    assert shipment.merchant_shipment_id == "ZZ1234567"


@pytest.mark.parametrize(("sent", "read"), [("ZZ1234567", "ZZ1234567"), (12345, "12345")])
def test_merchant_shipment_id_is_read_as_text(sent, read):
    """A string in the document's table and the gem's spec; a number in its examples."""
    [_, _, [shipment], _, _] = _answers(extended=True, merchant_shipment_id=sent)
    assert shipment.merchant_shipment_id == read


def test_merchant_shipment_id_is_sent_as_text():
    bodies: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={**SHIPMENT, "merchant_shipment_id": "WH-00917"})

    shipped_at = datetime(2025, 5, 2, tzinfo=UTC)
    shipment = run_closing(
        _mock(handler),
        lambda c: c.create_shipment("v1", shipped_at=shipped_at, merchant_shipment_id="WH-00917"),
    )
    assert bodies[0]["merchant_shipment_id"] == "WH-00917"
    assert shipment.merchant_shipment_id == "WH-00917"


def test_updates_by_patch_and_an_empty_update_is_refused(sandbox, buyer):
    """The test connector updates by PATCH, as apruve-ruby does; an update that names nothing
    to change is the server's 422, with its reason, and changes nothing."""

    async def body(c):
        order = await new_order(c, buyer, finalize_on_create=False, invoice_on_create=False)
        renamed = await c.update_order(order.id, merchant_order_id="PATCHED-1")
        invoice = await c.create_invoice(order.id, amount=usd("10.00"), issue_on_create=False)
        noted = await c.update_invoice(invoice.id, notes="By PATCH")
        with pytest.raises(errors.ValidationError) as empty:
            await c.update_invoice(invoice.id)
        return renamed, noted, empty.value, await c.get_invoice(invoice.id)

    renamed, noted, empty, after = run(sandbox.url, body)
    assert renamed.merchant_order_id == "PATCHED-1"
    assert noted.notes == "By PATCH" and after == noted
    assert "nothing to update" in empty.message and "base" in empty.fields
