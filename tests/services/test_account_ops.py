"""Account-level entry points: a screen names an account, the service finds its connector."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace

import pytest

import approval_console.app
from approval_console.core.changes import CommentChange, OrderActionKind, StatusChange
from approval_console.core.errors import AuthenticationError
from approval_console.services.account_ops import Decisions
from approval_console.services.outcomes import Outcome
from approval_console.services.review import APPROVE_STATUS
from approval_console.store.journal import EntryState
from approval_console.store.orders import OrderFilter
from tests.helpers import DEMO_KEY, approvepro_account, server_orders
from tests.services.conftest import ACCOUNT_ID


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


def test_reads_by_account_id_fill_and_read_through_the_cache(shared_sandbox, console_factory):
    console = console_factory(shared_sandbox.url)
    ops = console.ops
    assert ops.budget(ACCOUNT_ID) is None  # asking never builds a connector
    progress: list[tuple[int, int]] = []

    async def work():  # type: ignore[no-untyped-def]
        synced = await ops.sync(ACCOUNT_ID, on_progress=lambda *p: progress.append(p))
        order = _cached(console, "st000001")[0]
        detail = await ops.order_detail(ACCOUNT_ID, order.id)
        viable = await ops.viable_statuses(ACCOUNT_ID, order.id)
        return synced, order, detail, viable, ops.budget(ACCOUNT_ID)

    synced, order, detail, viable, budget = _run(console, work)
    assert synced.total > 0 and synced.changed_ids
    assert progress and progress[-1][0] == progress[-1][1]
    assert detail.order.id == order.id
    kept = console.cache.detail(ACCOUNT_ID, order.id)  # kept for offline
    assert kept is not None and (kept.history, kept.timeline) == (detail.history, detail.timeline)
    # The order read gives no status colour (the listing does): the cache keeps the listing's.
    assert detail.order.status is not None and detail.order.status.color is None
    assert kept.order.status == replace(detail.order.status, color=order.status.color)
    assert order.status.color
    assert viable and all(status.code != "st000001" for status in viable)
    assert budget is not None and budget.limit > 0


def test_changes_by_account_id_go_through_the_journal(sandbox_factory, console_factory):
    sandbox = sandbox_factory("--seed", "31", "--rate-window", "0")
    console = console_factory(sandbox.url)
    ops = console.ops

    async def work():  # type: ignore[no-untyped-def]
        await ops.sync(ACCOUNT_ID)
        order = _cached(console, "st000001")[0]
        target = (await ops.viable_statuses(ACCOUNT_ID, order.id))[0].code
        single = await ops.apply(ACCOUNT_ID, order.id, StatusChange(target))
        others = [o.id for o in _cached(console, "st000001")[:3]]
        many = await ops.apply_many(ACCOUNT_ID, others, CommentChange("Checked"), description="c")
        return order, target, single, others, many

    order, target, single, others, many = _run(console, work)
    assert single.result.outcome is Outcome.APPLIED
    assert server_orders(sandbox, [order.id])[order.id]["status"]["code"] == target
    assert [e.state for e in console.journal.history(ACCOUNT_ID, order.id)] == [
        EntryState.CONFIRMED
    ]
    assert set(many.results) == set(others)


def test_decisions_use_each_accounts_own_change_and_say_why_not(sandbox_factory, console_factory):
    sandbox = sandbox_factory("--seed", "32", "--rate-window", "0")
    console = console_factory(sandbox.url)

    async def work():  # type: ignore[no-untyped-def]
        await console.ops.sync(ACCOUNT_ID)
        order = _cached(console, "st000001")[0]
        target = (await console.ops.viable_statuses(ACCOUNT_ID, order.id))[0].code
        # Review settings: approving moves this account's orders to `target`.
        account = approvepro_account(sandbox.url, ACCOUNT_ID, **{APPROVE_STATUS: target})
        console.add_account(account, DEMO_KEY)
        entries = [(ACCOUNT_ID, order.id), ("gone", "o-1")]
        decided = await console.ops.decide(entries, Decisions(OrderActionKind.APPROVE))
        return order, target, decided

    order, target, decided = _run(console, work)
    assert decided.results[(ACCOUNT_ID, order.id)].outcome is Outcome.APPLIED
    assert server_orders(sandbox, [order.id])[order.id]["status"]["code"] == target
    refused = decided.results[("gone", "o-1")]
    assert refused.outcome is Outcome.NOT_SENT
    assert refused.reason == "This account no longer exists."


def test_one_accounts_failed_sync_does_not_stop_the_others(shared_sandbox, console_factory):
    console = console_factory(shared_sandbox.url)
    refused = approvepro_account(shared_sandbox.url, "ap-wrong-key")
    console.add_account(refused, "wrong-key")
    started: list[tuple[str, int, int]] = []

    problems = _run(
        console,
        lambda: console.ops.sync_each(
            console.settings.accounts, lambda a, n, total: started.append((a.id, n, total))
        ),
    )
    assert started == [(ACCOUNT_ID, 1, 2), ("ap-wrong-key", 2, 2)]
    [(account, error)] = problems
    assert account.id == "ap-wrong-key" and isinstance(error, AuthenticationError)
    assert console.cache.count(ACCOUNT_ID, OrderFilter()) > 0


def test_interrupted_changes_are_offered_then_resumed(sandbox_factory, console_factory):
    sandbox = sandbox_factory("--seed", "33", "--rate-window", "0")
    console = console_factory(sandbox.url)

    async def work():  # type: ignore[no-untyped-def]
        nothing = await console.ops.interrupted(ACCOUNT_ID)
        await console.ops.sync(ACCOUNT_ID)
        order = _cached(console, "st000001")[0]
        target = (await console.ops.viable_statuses(ACCOUNT_ID, order.id))[0].code
        # A change journaled, then the console stopped before sending it.
        [never_sent] = await console.db_thread.run(
            console.journal.record, ACCOUNT_ID, [order.id], StatusChange(target)
        )
        found = await console.ops.interrupted(ACCOUNT_ID)
        resumed = await console.ops.resume(ACCOUNT_ID, found.pending)
        return nothing, order, target, never_sent, found, resumed

    nothing, order, target, never_sent, found, resumed = _run(console, work)
    assert not nothing.report.results and nothing.pending == []
    assert [entry.id for entry in found.pending] == [never_sent.id]
    assert resumed.results[order.id].outcome is Outcome.APPLIED
    assert server_orders(sandbox, [order.id])[order.id]["status"]["code"] == target


def test_test_connection_builds_a_throwaway_on_the_consoles_builder_thread(
    shared_sandbox, console_factory, monkeypatch
):
    console = console_factory(shared_sandbox.url)
    built_on: list[str] = []
    create = approval_console.app.create_connector

    def recording(*args):  # type: ignore[no-untyped-def]
        built_on.append(threading.current_thread().name)
        return create(*args)

    monkeypatch.setattr(approval_console.app, "create_connector", recording)
    unsaved = approvepro_account(shared_sandbox.url, "not-saved")
    count = _run(console, lambda: console.ops.test_connection(unsaved, DEMO_KEY))
    assert count > 0
    assert built_on and built_on[0].startswith("connector-build")
    assert console.peek_connector("not-saved") is None  # thrown away, not kept
    with pytest.raises(AuthenticationError):
        _run(console, lambda: console.ops.test_connection(unsaved, "wrong-key"))
