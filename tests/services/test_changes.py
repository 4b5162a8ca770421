"""Single and bulk changes through the journal, confirmed against the sandbox's truth."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import pytest

from approval_console.connectors.base import RateBudget
from approval_console.core import errors
from approval_console.core.accounts import Account
from approval_console.core.changes import (
    CommentChange,
    DueDateChange,
    OrderAction,
    OrderActionKind,
    StatusChange,
)
from approval_console.services.bulk import BulkPlan
from approval_console.services.change_desk import idempotency_key
from approval_console.services.outcomes import Outcome
from approval_console.store.journal import EntryState
from approval_console.store.orders import OrderFilter
from tests.helpers import server_orders
from tests.services.conftest import ACCOUNT_ID


def _synced(console):
    async def go():
        try:
            await console.sync.sync(console.connector(ACCOUNT_ID))
        finally:
            await console.aclose()

    asyncio.run(go())


def _orders_in(console, code: str | None = None, include_canceled: bool = False):
    flt = OrderFilter(status_codes=(code,) if code else (), include_canceled=include_canceled)
    return console.cache.rows(console.cache.query_rowids(ACCOUNT_ID, flt))


def test_single_changes_are_journalled_confirmed_and_cached(sandbox_factory, console_factory):
    sandbox = sandbox_factory("--seed", "21", "--rate-window", "0")
    console = console_factory(sandbox.url)
    _synced(console)
    order = _orders_in(console, "st000001")[0]

    async def go():
        connector = console.connector(ACCOUNT_ID)
        try:
            target = (await connector.viable_statuses(order.id))[0].code
            status = await console.changes.apply(
                connector, order.id, StatusChange(target, comment="Ready for the next step")
            )
            comment = await console.changes.apply(connector, order.id, CommentChange("Hi"))
            due = await console.changes.apply(connector, order.id, DueDateChange(None))
            return target, status, comment, due
        finally:
            await console.aclose()

    target, status, comment, due = asyncio.run(go())
    assert status.result.outcome is Outcome.APPLIED
    assert status.detail is not None and status.detail.history[0].status_code == target
    assert console.cache.get(ACCOUNT_ID, order.id).status_code == target
    assert comment.result.outcome is Outcome.NOT_APPLIED
    assert "3" in (comment.result.reason or "")
    assert due.result.outcome is Outcome.APPLIED
    states = [entry.state for entry in console.journal.history(ACCOUNT_ID, order.id)]
    assert sorted(states) == sorted([EntryState.CONFIRMED, EntryState.FAILED, EntryState.CONFIRMED])
    assert server_orders(sandbox, [order.id])[order.id]["status"]["code"] == target


def test_bulk_change_of_300_reports_what_the_server_did(sandbox_factory, console_factory):
    sandbox = sandbox_factory(
        "--seed", "22", "--orders", "900", "--rate-window", "1", "--queue-delay-ms", "300"
    )
    console = console_factory(sandbox.url, rate_window="1")
    _synced(console)
    target = "st000004"  # Engraving: only for orders tagged engraved
    chosen = [o.id for o in _orders_in(console, include_canceled=True)][:300]
    progress = []

    async def go():
        connector = console.connector(ACCOUNT_ID)
        try:
            change = StatusChange(target, comment="Into the engraving queue", email_customer=False)
            plan = await console.changes.plan_bulk(connector, chosen, change)
            report = await console.changes.run_bulk(connector, plan, on_progress=progress.append)
            return plan, report
        finally:
            await console.aclose()

    plan, report = asyncio.run(go())
    truth = server_orders(sandbox, chosen)
    counts = report.counts()
    assert sum(counts.values()) == 300
    assert counts[Outcome.UNKNOWN] == 0 and counts[Outcome.NOT_SENT] == 0
    assert plan.not_viable, "the seed should hold orders that cannot be engraved"
    for order_id in chosen:
        server_status = truth[order_id]["status"]["code"]
        result = report.results[order_id]
        if result.outcome is Outcome.APPLIED:
            assert server_status == target
        elif result.outcome is Outcome.SKIPPED:
            assert server_status == target and order_id in plan.already
        else:
            assert result.outcome is Outcome.NOT_APPLIED and server_status != target
            assert "engraved" not in truth[order_id]["tags"]
            assert result.reason
        assert console.cache.get(ACCOUNT_ID, order_id).status_code == server_status
    applied = report.ids(Outcome.APPLIED)
    assert applied and all("engraved" in truth[i]["tags"] for i in applied)
    assert progress[-1].done and progress[-1].resolved == 300
    assert plan.bulk_requests == -(-len(plan.to_send) // 50)
    entries = console.journal.entries(report.batch_id)
    assert Counter(e.state for e in entries)[EntryState.CONFIRMED] == len(applied)
    assert all(e.state in (EntryState.CONFIRMED, EntryState.FAILED) for e in entries)


def test_stopping_a_bulk_change_while_it_waits_for_the_rate_limit_sends_nothing_more(
    sandbox_factory, console_factory
):
    """Five bulk requests fill the limit's window; the sixth waits for a slot. A stop heard
    during that wait keeps its orders unsent, rather than sending them when the slot comes."""
    sandbox = sandbox_factory("--seed", "23", "--rate-window", "3", "--queue-delay-ms", "200")
    console = console_factory(sandbox.url, rate_window="3")
    _synced(console)
    target = "st000006"  # Quality Check: open to every order
    chosen = [o.id for o in _orders_in(console) if o.status_code != target][:300]
    assert len(chosen) == 300
    cancel = asyncio.Event()

    async def go():
        connector = console.connector(ACCOUNT_ID)
        loop = asyncio.get_running_loop()

        def progressed(progress):
            if progress.sent == 250 and not cancel.is_set():
                loop.call_later(0.5, cancel.set)  # the sixth request is waiting by then

        try:
            plan = await console.changes.plan_bulk(connector, chosen, StatusChange(target))
            report = await console.changes.run_bulk(
                connector, plan, on_progress=progressed, cancel=cancel
            )
            return plan, report
        finally:
            await console.aclose()

    plan, report = asyncio.run(go())
    assert cancel.is_set()
    not_sent = report.ids(Outcome.NOT_SENT)
    assert len(not_sent) == 50 and len(report.ids(Outcome.APPLIED)) == 250
    time.sleep(0.5)  # longer than the queue's delay: anything sent would have been applied
    truth = server_orders(sandbox, chosen)
    for order_id in chosen:
        expected = plan.before[order_id] if order_id in not_sent else target
        assert truth[order_id]["status"]["code"] == expected, order_id
    entries = {e.order_id: e for e in console.journal.entries(report.batch_id)}
    assert all(entries[i].state is EntryState.FAILED for i in not_sent)


def test_a_slow_queue_leaves_the_person_a_third_of_the_minute_budget(
    sandbox_factory, console_factory
):
    """Orders the preview did not probe are probed while their chunk shows nothing; under a
    slow queue that used to spend the minute's budget, stalling the run and every read the
    person made meanwhile until the next minute."""
    sandbox = sandbox_factory("--seed", "11", "--queue-delay-ms", "4000")  # the API's limits
    console = console_factory(sandbox.url)
    _synced(console)
    chosen = [o.id for o in _orders_in(console)][:250]
    budgets: list[RateBudget] = []

    async def go():
        connector = console.connector(ACCOUNT_ID)
        try:
            plan = await console.changes.plan_bulk(connector, chosen, StatusChange("st000008"))
            report = await console.changes.run_bulk(
                connector, plan, on_progress=lambda _p: budgets.append(connector.budget())
            )
            return report, plan.check.pages if plan.check else 0
        finally:
            await console.aclose()

    report, checked_pages = asyncio.run(go())
    assert report.counts()[Outcome.APPLIED] + report.counts()[Outcome.SKIPPED] == 250
    limit = budgets[0].limit
    # A few confirming reads, and the pages the plan said it reads to check for changes
    # made meanwhile (paced to leave a third when they go): no probes beyond that, so the
    # budget never ran out and the run never waited for the next minute.
    assert 0 < checked_pages <= 12
    assert min(b.remaining for b in budgets) >= limit // 3 - 5 - checked_pages


def test_a_plan_sends_any_options_of_its_status_and_no_other_status():
    """A preview depends on the target status only; comment, emails, send time and due date
    ride along, so choosing them needs no new plan (the bulk dialog relies on it)."""
    plan = BulkPlan("ap", StatusChange("st000006"), ("1", "2"), ("1",), already=("2",))
    chosen = StatusChange("st000006", comment="Packed", email_customer=False)
    sending = plan.sending(chosen)
    assert sending.change == chosen
    assert (sending.to_send, sending.already) == (plan.to_send, plan.already)
    with pytest.raises(ValueError):
        plan.sending(StatusChange("st000008"))


def test_a_spree_change_carries_its_entrys_key_on_every_send(sandbox_factory, console_factory):
    """Each journaled change is sent under a key of its own, the same on every send of that
    entry (and derived again alike from the journal after a restart), so a server that honours
    `Idempotency-Key` answers a repeat instead of applying it twice."""
    sandbox = sandbox_factory("--seed", "24", "--rate-window", "0")
    console = console_factory(sandbox.url)
    account = Account("sp-test", "spree", "Shop", sandbox.url)
    console.add_account(account, "sk_demo_spree")
    with sandbox.admin() as client:
        orders = client.get("/_sandbox/spree/orders").json()["data"]
    first, second = [
        o["id"]
        for o in orders
        if o["considered_risky"] and o["status"] == "placed" and o["approved_at"] is None
    ][:2]
    sent: list[tuple[str, str | None]] = []

    async def go():
        connector = console.connector("sp-test")
        real = connector.perform

        async def recording(order_id, change, *, idempotency_key=None):
            sent.append((order_id, idempotency_key))
            if len(sent) == 1:  # lost on the way: nothing applied, the answer never came
                raise errors.ApiConnectionError("dropped", maybe_applied=True)
            await real(order_id, change, idempotency_key=idempotency_key)

        connector.perform = recording  # type: ignore[method-assign]
        try:
            one = await console.changes.apply(
                connector, first, OrderAction(OrderActionKind.APPROVE)
            )
            two = await console.changes.apply(
                connector, second, OrderAction(OrderActionKind.APPROVE)
            )
            return one, two
        finally:
            await console.aclose()

    one, two = asyncio.run(go())
    assert one.result.outcome is Outcome.APPLIED and two.result.outcome is Outcome.APPLIED
    assert [order_id for order_id, _ in sent] == [first, first, second]
    keys = [key for _, key in sent]
    assert all(keys) and keys[0] == keys[1] != keys[2]  # one per entry, kept across resends
    [entry] = console.journal.history("sp-test", first)
    assert idempotency_key(entry) == keys[0]  # read back from the journal: the same key
