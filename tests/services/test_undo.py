"""Undo puts orders back as the journal says they were, on the sandbox, and overwrites nobody."""

from __future__ import annotations

import asyncio

import httpx

from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS, can_reverse
from approval_console.core.changes import (
    CommentChange,
    OrderAction,
    OrderActionKind,
    StatusChange,
)
from approval_console.services.outcomes import Outcome
from approval_console.services.undo import UndoRef
from approval_console.store.journal import EntryState
from approval_console.store.orders import OrderFilter
from tests.helpers import DEMO_KEY, server_orders
from tests.services.conftest import ACCOUNT_ID

RECEIVED = "st000001"
QUALITY_CHECK, IN_PRODUCTION = "st000006", "st000005"


def _run(console, work):  # type: ignore[no-untyped-def]
    async def go():  # type: ignore[no-untyped-def]
        try:
            return await work()
        finally:
            await console.aclose()

    return asyncio.run(go())


def _cached(console, code: str):  # type: ignore[no-untyped-def]
    return console.cache.rows(
        console.cache.query_rowids(ACCOUNT_ID, OrderFilter(status_codes=(code,)))
    )


def _other_operator_sets(sandbox, order_id: str, code: str) -> None:  # type: ignore[no-untyped-def]
    with httpx.Client(
        base_url=f"{sandbox.url}/api/v1", headers={"Authorization": f"Bearer {DEMO_KEY}"}
    ) as client:
        client.post(
            f"/orders/{order_id}/status",
            json={"status_code": code, "email_customer": False, "email_additional": False},
        ).raise_for_status()


def test_a_single_status_change_undone_restores_the_previous_status(
    sandbox_factory, console_factory
):
    sandbox = sandbox_factory("--seed", "61", "--rate-window", "0")
    console = console_factory(sandbox.url)
    ops = console.ops

    async def work():  # type: ignore[no-untyped-def]
        await ops.sync(ACCOUNT_ID)
        order = _cached(console, RECEIVED)[0]
        target = (await ops.viable_statuses(ACCOUNT_ID, order.id))[0].code
        single = await ops.apply(ACCOUNT_ID, order.id, StatusChange(target))
        # A comment afterwards adds to the order: undo still puts back the status.
        await ops.apply(ACCOUNT_ID, order.id, CommentChange("Looked at it"))
        changed = server_orders(sandbox, [order.id])[order.id]["status"]["code"]
        undone = await ops.undo(UndoRef(ACCOUNT_ID, order_ids=(order.id,)))
        return order, target, single, changed, undone

    order, target, single, changed, undone = _run(console, work)
    assert single.result.outcome is Outcome.APPLIED and changed == target != RECEIVED
    assert undone.total == 1 and undone.put_back == 1
    assert server_orders(sandbox, [order.id])[order.id]["status"]["code"] == RECEIVED
    assert console.cache.get(ACCOUNT_ID, order.id).status_code == RECEIVED
    # The undo went through the journal like any change: written, sent, confirmed.
    history = console.journal.history(ACCOUNT_ID, order.id)
    last = history[-1]
    assert isinstance(last.change, StatusChange) and last.change.status_code == RECEIVED
    assert last.state is EntryState.CONFIRMED and last.before_status == target
    assert not last.change.email_customer


def test_a_bulk_change_of_two_previous_statuses_undone_restores_each(
    sandbox_factory, console_factory
):
    sandbox = sandbox_factory(
        "--seed", "62", "--orders", "300", "--rate-window", "0", "--queue-delay-ms", "100"
    )
    console = console_factory(sandbox.url)
    ops = console.ops
    before: dict[str, str] = {}

    async def work():  # type: ignore[no-untyped-def]
        await ops.sync(ACCOUNT_ID)
        by_status: dict[str, list[str]] = {}
        for order in console.cache.rows(console.cache.query_rowids(ACCOUNT_ID, OrderFilter())):
            if order.status_code not in (None, QUALITY_CHECK):
                by_status.setdefault(order.status_code, []).append(order.id)
        first, second = sorted(by_status.values(), key=len, reverse=True)[:2]
        chosen = first[:6] + second[:6]
        before.update({oid: console.cache.get(ACCOUNT_ID, oid).status_code for oid in chosen})
        plan = await ops.plan_bulk(ACCOUNT_ID, chosen, StatusChange(QUALITY_CHECK))
        report = await ops.run_bulk(ACCOUNT_ID, plan)
        undo_plan = await ops.undo_plan(UndoRef(ACCOUNT_ID, batch_ids=(report.batch_id,)))
        undone = await ops.undo(UndoRef(ACCOUNT_ID, batch_ids=(report.batch_id,)))
        return chosen, report, undo_plan, undone

    chosen, report, undo_plan, undone = _run(console, work)
    applied = report.ids(Outcome.APPLIED)
    assert len({before[oid] for oid in applied}) == 2
    assert set(undo_plan.by_target()) == {before[oid] for oid in applied}
    assert undone.total == len(applied) and undone.put_back == len(applied)
    truth = server_orders(sandbox, chosen)
    for oid in applied:
        assert truth[oid]["status"]["code"] == before[oid]
        assert console.cache.get(ACCOUNT_ID, oid).status_code == before[oid]
    # Each status went back as a bulk change of its own, journaled in its own batch.
    batches = {e.batch_id for oid in applied for e in console.journal.history(ACCOUNT_ID, oid)}
    assert len(batches) == 3


def test_an_order_changed_meanwhile_is_reported_not_overwritten(sandbox_factory, console_factory):
    sandbox = sandbox_factory(
        "--seed", "63", "--orders", "200", "--rate-window", "0", "--queue-delay-ms", "100"
    )
    console = console_factory(sandbox.url)
    ops = console.ops

    async def work():  # type: ignore[no-untyped-def]
        await ops.sync(ACCOUNT_ID)
        chosen = [o.id for o in _cached(console, RECEIVED)[:5]]
        plan = await ops.plan_bulk(ACCOUNT_ID, chosen, StatusChange(QUALITY_CHECK))
        report = await ops.run_bulk(ACCOUNT_ID, plan)
        applied = report.ids(Outcome.APPLIED)
        # A colleague moves one on; this console has not seen it (its cache is as it left it).
        _other_operator_sets(sandbox, applied[0], IN_PRODUCTION)
        undone = await ops.undo(UndoRef(ACCOUNT_ID, batch_ids=(report.batch_id,)))
        return applied, undone

    applied, undone = _run(console, work)
    moved = applied[0]
    assert undone.total == len(applied) and undone.put_back == len(applied) - 1
    result = undone.report.results[moved]
    assert result.outcome is Outcome.CHANGED_MEANWHILE
    assert "changed meanwhile" in (result.reason or "")
    truth = server_orders(sandbox, applied)
    assert truth[moved]["status"]["code"] == IN_PRODUCTION
    assert all(truth[oid]["status"]["code"] == RECEIVED for oid in applied[1:])


def test_an_order_the_cache_shows_moved_on_is_held_without_a_request(
    sandbox_factory, console_factory
):
    sandbox = sandbox_factory("--seed", "64", "--rate-window", "0")
    console = console_factory(sandbox.url)
    ops = console.ops

    async def work():  # type: ignore[no-untyped-def]
        await ops.sync(ACCOUNT_ID)
        order = _cached(console, RECEIVED)[0]
        await ops.apply(ACCOUNT_ID, order.id, StatusChange(QUALITY_CHECK))
        _other_operator_sets(sandbox, order.id, IN_PRODUCTION)
        await ops.sync(ACCOUNT_ID)  # the list already shows the colleague's change
        undone = await ops.undo(UndoRef(ACCOUNT_ID, order_ids=(order.id,)))
        return order, undone

    order, undone = _run(console, work)
    result = undone.report.results[order.id]
    assert result.outcome is Outcome.CHANGED_MEANWHILE
    assert "In Production" in (result.reason or "")
    assert server_orders(sandbox, [order.id])[order.id]["status"]["code"] == IN_PRODUCTION


def test_only_what_a_backend_can_set_back_is_reversible():
    approvepro = BACKENDS["approvepro"].capabilities
    assert can_reverse(approvepro, StatusChange(RECEIVED))
    assert not can_reverse(approvepro, CommentChange("Hi there"))
    for backend in ("spree", "arlo", "apruve", "wholesale"):
        capabilities = BACKENDS[backend].capabilities
        for action in OrderActionKind:
            assert not can_reverse(capabilities, OrderAction(action)), (backend, action)


def test_irreversible_changes_offer_nothing_to_put_back(sandbox_factory, console_factory):
    """A review decision on an ApprovePro account is a status, undoable; Spree's and Arlo's
    approvals and cancels are not. A change the server refused leaves nothing to put back."""
    sandbox = sandbox_factory("--seed", "65", "--rate-window", "0")
    console = console_factory(
        sandbox.url, review_approve_status=QUALITY_CHECK, review_cancel_status=IN_PRODUCTION
    )
    console.add_account(Account("sp", "spree", "Shop", sandbox.url, {}), "sk_demo_spree")
    console.add_account(
        Account("ar", "arlo", "Courses", sandbox.url, {"username": "demo"}), "demo-arlo"
    )
    ops = console.ops
    assert ops.can_undo_decision(ACCOUNT_ID, OrderActionKind.APPROVE)
    for account_id in ("sp", "ar"):
        for action in (OrderActionKind.APPROVE, OrderActionKind.CANCEL):
            assert not ops.can_undo_decision(account_id, action)
    assert not ops.can_undo(ACCOUNT_ID, CommentChange("Hello"))

    async def work():  # type: ignore[no-untyped-def]
        await ops.sync(ACCOUNT_ID)
        order = _cached(console, RECEIVED)[0]
        refused = await ops.apply(ACCOUNT_ID, order.id, StatusChange("st999999"))
        plan = await ops.undo_plan(UndoRef(ACCOUNT_ID, order_ids=(order.id,)))
        undone = await ops.undo(UndoRef(ACCOUNT_ID, order_ids=(order.id,)))
        return order, refused, plan, undone

    order, refused, plan, undone = _run(console, work)
    assert refused.result.outcome is not Outcome.APPLIED
    assert plan.total == 0 and undone.total == 0 and not undone.report.results
    assert server_orders(sandbox, [order.id])[order.id]["status"]["code"] == RECEIVED
