"""Billing changes (finalize, invoice, issue, ship, return, close) through the journal, against
the real Apruve sandbox: each one recorded, sent once, confirmed, and read back into the cache."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from approval_console.app import Console
from approval_console.connectors.apruve import ApruveConnector
from approval_console.core.accounts import Account
from approval_console.core.billing import (
    InvoiceState,
    OrderState,
    PurchaseOrder,
    ShipmentState,
    invoice_from_order,
)
from approval_console.core.changes import (
    CreateInvoice,
    InvoiceAction,
    InvoiceActionKind,
    OrderAction,
    OrderActionKind,
    RecordReturn,
    RecordShipment,
    change_from_json,
    change_to_json,
)
from approval_console.core.domain import Money
from approval_console.core.paths import Paths
from approval_console.services.outcomes import Outcome
from approval_console.store.journal import EntryState
from tests.conftest import SandboxProcess, start_sandbox

ACCOUNT = "apruve-svc"
KEY = "demo-apruve"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox("--seed", "13", "--rate-window", "0")
    yield process
    process.stop()


class DropAfterSend(httpx.AsyncBaseTransport):
    """Forwards to the sandbox; the first change's answer is lost after the server applied it."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.dropped = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.method == "POST" and self.dropped == 0:
            await response.aread()
            self.dropped += 1
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def make_console(
    tmp_path: Path, url: str, transport: httpx.AsyncBaseTransport | None = None
) -> Console:
    console = Console(Paths.in_profile(tmp_path / "profile"), transport=transport)
    account = Account(id=ACCOUNT, backend="apruve", name="Northwind", base_url=url, options={})
    console.add_account(account, KEY)
    return console


def new_order_ids(sandbox: SandboxProcess) -> Iterator[str]:
    """Seeded orders still new, whose corporate account has credit for them."""
    with sandbox.admin() as client:
        overview = client.get("/_sandbox/apruve/overview").json()["merchants"]
    merchant = next(m for m in overview if m["api_key"] == KEY)
    credit = {a["id"]: a["credit_available_cents"] for a in merchant["corporate_accounts"]}

    async def listed() -> list[PurchaseOrder]:
        connector = ApruveConnector(
            Account(id="probe", backend="apruve", name="", base_url=sandbox.url, options={}), KEY
        )
        try:
            orders: list[PurchaseOrder] = []
            page = 1
            while True:
                listing = await connector.list_purchase_orders(page=page)
                orders += listing.items
                if not listing.has_more:
                    return orders
                page += 1
        finally:
            await connector.aclose()

    for order in asyncio.run(listed()):
        account = order.payment_term.corporate_account_id if order.payment_term else None
        cents = int(order.amount.amount * 100)
        if order.state is OrderState.NEW and credit.get(account or "", 0) > cents * 2:
            yield order.id


@pytest.fixture(scope="module")
def new_orders(sandbox: SandboxProcess) -> Iterator[str]:
    return new_order_ids(sandbox)


def test_billing_changes_survive_the_journal_round_trip():
    moment = datetime(2026, 11, 2, 14, 30, tzinfo=UTC)
    changes = [
        OrderAction(OrderActionKind.FINALIZE),
        CreateInvoice("NW-1-1", item_ids=("a", "b"), issue=False, due_date=moment.date()),
        InvoiceAction("inv", InvoiceActionKind.CLOSE),
        RecordShipment("inv", moment, "UPS", "1Z999", complete=False, delivered_at=moment),
        RecordReturn("inv", 1250, "USD", "DAMAGED"),
    ]
    for change in changes:
        assert change_from_json(change.kind, change_to_json(change)) == change


def test_new_order_to_issued_shipped_returned_and_closed_invoice(
    sandbox, new_orders, tmp_path, memory_keyring
):
    console = make_console(tmp_path, sandbox.url)
    order_id = next(new_orders)
    shipped_at = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)

    async def walk():
        connector = console.connector(ACCOUNT)
        apply = console.changes.apply
        try:
            steps = [await apply(connector, order_id, OrderAction(OrderActionKind.FINALIZE))]
            number = f"INV-{order_id[:6]}"
            steps.append(await apply(connector, order_id, CreateInvoice(number, issue=False)))
            invoice = steps[-1].detail.billing.invoices[0].invoice
            for change in (
                InvoiceAction(invoice.id, InvoiceActionKind.ISSUE),
                RecordShipment(invoice.id, shipped_at, "UPS", "1Z42TEST"),
                RecordReturn(invoice.id, 1_000, "USD", "DAMAGED"),
                InvoiceAction(invoice.id, InvoiceActionKind.CLOSE),
            ):
                steps.append(await apply(connector, order_id, change))
            refused = await apply(
                connector, order_id, InvoiceAction(invoice.id, InvoiceActionKind.ISSUE)
            )
            return steps, refused
        finally:
            await console.aclose()

    try:
        steps, refused = asyncio.run(walk())
        assert [step.result.outcome for step in steps] == [Outcome.APPLIED] * 6
        finalized = steps[0].detail.billing
        assert finalized.purchase_order.state is OrderState.PENDING
        created = steps[1].detail.billing.invoices[0].invoice
        assert created.state is InvoiceState.PENDING and created.number == f"INV-{order_id[:6]}"
        # Every item of the order is billed, with the order's own totals.
        draft = invoice_from_order(finalized.purchase_order)
        assert created.amount == draft.amount and len(created.items) == len(draft.items)
        final = steps[-1].detail.billing.invoices[0]
        assert final.invoice.state is InvoiceState.CLOSED
        [shipment] = final.shipments
        assert shipment.tracking_number == "1Z42TEST" and shipment.shipper == "UPS"
        assert shipment.status is ShipmentState.FULFILLED and shipment.shipped_at == shipped_at
        [credit] = final.returns
        assert credit.amount == Money(Decimal("10.00"), "USD")

        # A closed invoice cannot be issued: refused by the server, said in words, never retried.
        assert refused.result.outcome is Outcome.NOT_APPLIED
        assert "cannot issue an invoice that is closed" in refused.result.reason

        entries = console.journal.history(ACCOUNT, order_id)
        assert [entry.state for entry in entries].count(EntryState.CONFIRMED) == 6
        assert [entry.state for entry in entries].count(EntryState.FAILED) == 1
        # The cache keeps the billing for offline reading.
        cached = console.cache.detail(ACCOUNT, order_id)
        assert cached is not None and cached.billing == steps[-1].detail.billing
    finally:
        console.close()


def test_invoice_whose_answer_is_lost_is_found_not_sent_twice(
    sandbox, new_orders, tmp_path, memory_keyring
):
    transport = DropAfterSend()
    console = make_console(tmp_path, sandbox.url, transport)
    order_id = next(new_orders)
    number = f"LOST-{order_id[:6]}"

    async def create():
        connector = console.connector(ACCOUNT)
        try:
            return await console.changes.apply(connector, order_id, CreateInvoice(number))
        finally:
            await console.aclose()

    try:
        outcome = asyncio.run(create())
        assert transport.dropped == 1
        assert outcome.result.outcome is Outcome.APPLIED
        numbers = [record.invoice.number for record in outcome.detail.billing.invoices]
        assert numbers.count(number) == 1
        [entry] = console.journal.history(ACCOUNT, order_id)
        assert entry.state is EntryState.CONFIRMED and entry.attempts == 1
    finally:
        console.close()


def test_partial_invoice_bills_chosen_items_with_their_share_of_tax(
    sandbox, new_orders, tmp_path, memory_keyring
):
    console = make_console(tmp_path, sandbox.url)

    async def bill():
        connector = console.connector(ACCOUNT)
        try:
            for order_id in new_orders:
                order = (await connector.get_billing(order_id)).purchase_order
                if len(order.items) >= 2:
                    break
            first = order.items[0]
            change = CreateInvoice(f"P-{order_id[:6]}", item_ids=(first.id,))
            return order, await console.changes.apply(connector, order_id, change)
        finally:
            await console.aclose()

    try:
        order, outcome = asyncio.run(bill())
        [record] = outcome.detail.billing.invoices
        first = order.items[0]
        assert [item.title for item in record.invoice.items] == [first.title]
        whole = sum(item.total.amount for item in order.items)
        tax = (order.tax.amount * first.total.amount / whole).quantize(Decimal("0.01"))
        assert record.invoice.tax == Money(tax, "USD")
        assert record.invoice.amount == Money(first.total.amount + tax, "USD")
        assert record.invoice.shipping == Money(Decimal(0), "USD")
    finally:
        console.close()


def test_bulk_finalize_sends_each_order_once_and_reports_refusals(
    sandbox, new_orders, tmp_path, memory_keyring
):
    console = make_console(tmp_path, sandbox.url)
    ids = [next(new_orders) for _ in range(3)]
    progress: list[tuple[int, int]] = []

    async def finalize():
        connector = console.connector(ACCOUNT)
        try:
            first = await console.changes.apply(
                connector, ids[0], OrderAction(OrderActionKind.FINALIZE)
            )
            assert first.result.outcome is Outcome.APPLIED
            report = await console.changes.apply_many(
                connector,
                ids,
                OrderAction(OrderActionKind.FINALIZE),
                description="Finalize 3 orders",
                on_progress=lambda done, total: progress.append((done, total)),
            )
            states = [(await connector.get_billing(i)).purchase_order.state for i in ids]
            return report, states
        finally:
            await console.aclose()

    try:
        report, states = asyncio.run(finalize())
        assert states == [OrderState.PENDING] * 3
        assert report.results[ids[0]].outcome is Outcome.NOT_APPLIED
        assert "cannot finalize an order that is pending" in report.results[ids[0]].reason
        assert [report.results[i].outcome for i in ids[1:]] == [Outcome.APPLIED] * 2
        assert progress == [(1, 3), (2, 3), (3, 3)]
        batch = console.journal.batch(report.batch_id)
        assert batch.description == "Finalize 3 orders" and batch.finished_at is not None
        assert console.cache.get(ACCOUNT, ids[2]).status_code == "pending"
    finally:
        console.close()
