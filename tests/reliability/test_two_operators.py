"""Two operators on the same orders: a decision taken on a stale list is held back, never
applied silently over the other operator's, and can still be applied on purpose.

Operator A and operator B are two consoles on their own profiles, against one sandbox. B reads
its list, A changes orders, then B acts on what it saw.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.changes import Change, OrderAction, OrderActionKind, StatusChange
from approval_console.core.domain import Order, Review
from approval_console.services.outcomes import Outcome
from approval_console.store.journal import EntryState
from approval_console.store.orders import OrderFilter
from tests.conftest import SandboxProcess
from tests.helpers import server_orders
from tests.reliability.conftest import ACCOUNT_ID
from tests.services.test_billing_changes import new_order_ids

APPROVE, CANCEL = OrderActionKind.APPROVE, OrderActionKind.CANCEL
RECEIVED = "st000001"
SEEN = (RECEIVED, "st000006", "st000008")  # where B's fifty are: received, checked, packed
OTHERS = {
    "arlo-r": (Account("arlo-r", "arlo", "Arlo", "", {"username": "demo"}), "demo-arlo"),
    "spree-r": (Account("spree-r", "spree", "Spree", ""), "sk_demo_spree"),
    "apruve-r": (Account("apruve-r", "apruve", "B2B", ""), "demo-apruve"),
}


@pytest.fixture
def sandbox(sandbox_factory) -> SandboxProcess:
    return sandbox_factory(
        "--seed", "31", "--orders", "600", "--rate-window", "0", "--queue-delay-ms", "150"
    )


@pytest.fixture
def operators(console_factory, sandbox, tmp_path: Path) -> Iterator[tuple[Console, Console]]:
    """Operator A and operator B, each with every account that takes changes."""
    pair = []
    for name in ("a", "b"):
        console = console_factory(sandbox.url, profile=tmp_path / name, rate_window="0")
        for account, key in OTHERS.values():
            console.add_account(
                Account(account.id, account.backend, account.name, sandbox.url, account.options),
                key,
            )
        pair.append(console)
    yield pair[0], pair[1]


def _run(*consoles: Console, body) -> object:  # type: ignore[no-untyped-def]
    async def go() -> object:
        try:
            return await body()
        finally:
            for console in consoles:
                await console.aclose()

    return asyncio.run(go())


async def _sync(console: Console, account_id: str) -> None:
    await console.sync.sync(await console.connector_async(account_id))


def _cached(console: Console, account_id: str) -> list[Order]:
    return console.cache.rows(console.cache.query_rowids(account_id, OrderFilter()))


async def _apply(console: Console, account_id: str, order_id: str, change: Change, **options):  # type: ignore[no-untyped-def]
    connector = await console.connector_async(account_id)
    return await console.changes.apply(connector, order_id, change, **options)


async def _server(console: Console, account_id: str, order_id: str) -> Order:
    connector = await console.connector_async(account_id)
    return (await connector.get_order(order_id)).order


def _held_entry(console: Console, account_id: str, order_id: str):  # type: ignore[no-untyped-def]
    [entry] = console.journal.history(account_id, order_id)
    return entry


@pytest.mark.parametrize("account_id", ["arlo-r", "spree-r"])
def test_a_stale_cancel_of_an_order_approved_meanwhile_is_held_back(operators, account_id):
    """B's list still shows the order awaiting review; A approved it. B's cancel would undo
    A's decision and email the customer: it is held back and says what happened instead."""
    a, b = operators

    async def body():  # type: ignore[no-untyped-def]
        await _sync(a, account_id)
        await _sync(b, account_id)
        order = next(o for o in _cached(b, account_id) if o.review is Review.AWAITING)
        approved = await _apply(a, account_id, order.id, OrderAction(APPROVE, notify=False))
        held = await _apply(b, account_id, order.id, OrderAction(CANCEL, notify=False))
        after_held = await _server(b, account_id, order.id)
        entry = _held_entry(b, account_id, order.id)
        anyway = await _apply(
            b, account_id, order.id, OrderAction(CANCEL, notify=False), check=False
        )
        return approved, held, after_held, entry, anyway, await _server(b, account_id, order.id)

    approved, held, after_held, entry, anyway, final = _run(a, b, body=body)
    assert approved.result.outcome is Outcome.APPLIED
    assert held.result.outcome is Outcome.CHANGED_MEANWHILE
    assert held.result.reason.startswith("changed meanwhile: now approved, at ")
    assert after_held.review is Review.APPROVED  # A's decision stands
    assert entry.state is EntryState.FAILED and entry.reason == held.result.reason
    assert anyway.result.outcome is Outcome.APPLIED
    assert final.review is Review.CANCELED


def test_a_stale_approve_of_an_arlo_order_canceled_meanwhile_is_held_back(operators):
    a, b = operators

    async def body():  # type: ignore[no-untyped-def]
        await _sync(a, "arlo-r")
        await _sync(b, "arlo-r")
        order = next(o for o in _cached(b, "arlo-r") if o.review is Review.AWAITING)
        await _apply(a, "arlo-r", order.id, OrderAction(CANCEL, notify=False))
        held = await _apply(b, "arlo-r", order.id, OrderAction(APPROVE, notify=False))
        return held, await _server(b, "arlo-r", order.id)

    held, final = _run(a, b, body=body)
    assert held.result.outcome is Outcome.CHANGED_MEANWHILE
    assert held.result.reason.startswith("changed meanwhile: now canceled")
    assert final.review is Review.CANCELED


def test_a_stale_apruve_cancel_of_an_order_finalized_meanwhile_is_held_back(operators, sandbox):
    a, b = operators
    order_id = next(new_order_ids(sandbox))

    async def body():  # type: ignore[no-untyped-def]
        await _sync(a, "apruve-r")
        await _sync(b, "apruve-r")
        finalized = await _apply(a, "apruve-r", order_id, OrderAction(OrderActionKind.FINALIZE))
        held = await _apply(b, "apruve-r", order_id, OrderAction(CANCEL))
        between = await _server(b, "apruve-r", order_id)
        anyway = await _apply(b, "apruve-r", order_id, OrderAction(CANCEL), check=False)
        return finalized, held, between, anyway, await _server(b, "apruve-r", order_id)

    finalized, held, between, anyway, final = _run(a, b, body=body)
    assert finalized.result.outcome is Outcome.APPLIED
    assert held.result.outcome is Outcome.CHANGED_MEANWHILE
    assert held.result.reason.startswith(f"changed meanwhile: now “{between.status.name}”")
    assert between.status_code == "pending"
    assert anyway.result.outcome is Outcome.APPLIED and final.status_code == "canceled"


def test_a_stale_approvepro_status_change_does_not_overwrite_the_other_operators(
    operators, sandbox
):
    """B would overwrite A's status and email the customer about it; it is held back, the
    customer gets no email from B, and Apply anyway still sends it."""
    a, b = operators

    async def body():  # type: ignore[no-untyped-def]
        await _sync(a, ACCOUNT_ID)
        await _sync(b, ACCOUNT_ID)
        order = next(o for o in _cached(b, ACCOUNT_ID) if o.status_code == RECEIVED)
        connector = await a.connector_async(ACCOUNT_ID)
        first, second = (await connector.viable_statuses(order.id))[:2]
        done = await _apply(a, ACCOUNT_ID, order.id, StatusChange(first.code))
        count = server_orders(sandbox, [order.id])[order.id]["history_count"]
        held = await _apply(b, ACCOUNT_ID, order.id, StatusChange(second.code))
        truth = server_orders(sandbox, [order.id])[order.id]
        anyway = await _apply(b, ACCOUNT_ID, order.id, StatusChange(second.code), check=False)
        return first, second, done, count, held, truth, anyway, order.id

    first, second, done, count, held, truth, anyway, order_id = _run(a, b, body=body)
    assert done.result.outcome is Outcome.APPLIED
    assert held.result.outcome is Outcome.CHANGED_MEANWHILE
    assert held.result.reason.startswith(f"changed meanwhile: now “{first.name}”, at ")
    assert truth["status"]["code"] == first.code
    assert truth["history_count"] == count  # nothing written, no email from B
    assert anyway.result.outcome is Outcome.APPLIED
    assert server_orders(sandbox, [order_id])[order_id]["status"]["code"] == second.code


def test_a_stale_bulk_change_of_50_holds_back_the_orders_changed_meanwhile(operators, sandbox):
    """B selected 50 orders; A moved 7 of them on since. The 43 others change, the 7 keep A's
    status and are reported one by one as changed meanwhile, and Apply anyway sends them."""
    a, b = operators

    async def body():  # type: ignore[no-untyped-def]
        await _sync(a, ACCOUNT_ID)
        await _sync(b, ACCOUNT_ID)
        chosen = [o.id for o in _cached(b, ACCOUNT_ID) if o.status_code in SEEN][:50]
        connector_b = await b.connector_async(ACCOUNT_ID)
        plan = await b.changes.plan_bulk(connector_b, chosen, StatusChange("st000003"))
        moved = chosen[::7]
        for order_id in moved:
            await _apply(a, ACCOUNT_ID, order_id, StatusChange("st000005"))
        report = await b.changes.run_bulk(connector_b, plan)
        truth = server_orders(sandbox, chosen)
        held = report.ids(Outcome.CHANGED_MEANWHILE)
        again = await b.changes.run_bulk(connector_b, plan.anyway(held))
        return chosen, plan, moved, report, truth, again

    chosen, plan, moved, report, truth, again = _run(a, b, body=body)
    assert len(chosen) == 50
    assert plan.check is not None and set(plan.check.statuses) == set(SEEN)
    assert plan.check.checked == 50 and "held back" in plan.check.describe()
    assert sorted(report.ids(Outcome.CHANGED_MEANWHILE)) == sorted(moved)
    assert sorted(report.ids(Outcome.APPLIED)) == sorted(set(chosen) - set(moved))
    for order_id in moved:
        assert truth[order_id]["status"]["code"] == "st000005"
        assert report.results[order_id].reason.startswith("changed meanwhile: ")
    entries = {e.order_id: e for e in b.journal.entries(report.batch_id)}
    assert {entries[o].state for o in moved} == {EntryState.FAILED}
    assert again.counts()[Outcome.APPLIED] == len(moved)


def test_a_bulk_change_whose_check_cannot_be_read_sends_nothing_unchecked(operators, sandbox):
    """The listing the check reads keeps failing (a 500 through every retry): those orders
    are not sent as if unchanged, which could overwrite another operator's work; each says
    it could not be checked, and the server has none of them changed."""
    _a, b = operators

    async def body():  # type: ignore[no-untyped-def]
        await _sync(b, ACCOUNT_ID)
        chosen = [o.id for o in _cached(b, ACCOUNT_ID) if o.status_code == RECEIVED]
        connector_b = await b.connector_async(ACCOUNT_ID)
        plan = await b.changes.plan_bulk(connector_b, chosen, StatusChange("st000003"))
        with sandbox.admin() as client:
            client.post(
                "/_sandbox/faults",
                json={"method": "GET", "path": "/api/v1/orders", "fault": "error_500", "count": 40},
            ).raise_for_status()
        return chosen, await b.changes.run_bulk(connector_b, plan)

    chosen, report = _run(b, body=body)
    assert len(chosen) >= 5
    assert report.counts()[Outcome.NOT_SENT] == len(chosen)
    assert all("could not check" in (r.reason or "") for r in report.results.values())
    truth = server_orders(sandbox, chosen)
    assert all(truth[o]["status"]["code"] == RECEIVED for o in chosen)
    assert {e.state for e in b.journal.entries(report.batch_id)} == {EntryState.FAILED}
