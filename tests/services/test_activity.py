"""The activity log: the journal of real changes made through the sandbox, read back with its
filters, and retried once what stopped a change is gone."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import date, timedelta

from approval_console.core.changes import CommentChange, DueDateChange, StatusChange
from approval_console.services.activity import (
    ActivityFilter,
    ActivityLog,
    ActivityOutcome,
    DayRange,
)
from approval_console.services.outcomes import Outcome
from approval_console.store.journal import EntryState
from approval_console.store.orders import OrderFilter
from tests.helpers import DEMO_KEY, approvepro_account, server_orders
from tests.services.conftest import ACCOUNT_ID

SECOND = "ap-second"
QUALITY = "st000006"  # Quality Check: open to every order


def _run(console, work):  # type: ignore[no-untyped-def]
    async def go():  # type: ignore[no-untyped-def]
        try:
            return await work()
        finally:
            await console.aclose()

    return asyncio.run(go())


def _log(console, **options) -> ActivityLog:  # type: ignore[no-untyped-def]
    def name(account_id: str) -> str | None:
        account = console.settings.account(account_id)
        return account.name if account else None

    return ActivityLog(
        console.db_thread, console.journal, console.cache, console.changes.live, name, **options
    )


def _orders(console, account_id: str = ACCOUNT_ID):  # type: ignore[no-untyped-def]
    flt = OrderFilter(status_codes=("st000001",))
    return console.cache.rows(console.cache.query_rowids(account_id, flt))


def _fault(sandbox, path: str, count: int) -> None:  # type: ignore[no-untyped-def]
    with sandbox.admin() as admin:
        body = {"method": "POST", "path": path, "fault": "error_500", "count": count}
        admin.post("/_sandbox/faults", json=body).raise_for_status()


def test_the_log_lists_every_accounts_changes_newest_first_and_filters_them(
    sandbox_factory, console_factory
):
    sandbox = sandbox_factory("--seed", "61", "--rate-window", "0")
    console = console_factory(sandbox.url)
    second = dataclasses.replace(approvepro_account(sandbox.url, SECOND), name="Second Store")
    console.add_account(second, DEMO_KEY)
    ops = console.ops

    async def work():  # type: ignore[no-untyped-def]
        await ops.sync(ACCOUNT_ID)
        await ops.sync(SECOND)
        first, other = _orders(console)[:2]
        await ops.apply(ACCOUNT_ID, first.id, StatusChange(QUALITY))
        await ops.apply(ACCOUNT_ID, first.id, CommentChange("Hi"))  # too short: refused
        await ops.apply(SECOND, other.id, DueDateChange(date(2026, 12, 10)))
        log = _log(console)
        everything = await log.page(ActivityFilter(), count=True)
        refused = await log.page(ActivityFilter(outcome=ActivityOutcome.NOT_APPLIED))
        applied = await log.page(ActivityFilter(outcome=ActivityOutcome.APPLIED))
        second_only = await log.page(ActivityFilter(account_id=SECOND))
        today = await log.page(ActivityFilter(day=DayRange.TODAY))
        yesterday = await log.page(ActivityFilter(day=DayRange.YESTERDAY))
        tomorrow = _log(console, today=lambda: date.today() + timedelta(days=1))
        seen_tomorrow = await tomorrow.page(ActivityFilter(day=DayRange.YESTERDAY))
        picked = await log.page(ActivityFilter(day=date.today() - timedelta(days=3)))
        by_number = await log.page(ActivityFilter(number=first.number[-3:]))
        in_second = await log.page(ActivityFilter(account_id=SECOND, number=first.number))
        paged = await log.page(ActivityFilter(), limit=2)
        older = await log.page(ActivityFilter(), before_id=paged.entries[-1].id, limit=2)
        statuses = {s.code: s.name for s in console.cache.statuses(ACCOUNT_ID)}
        return (
            first,
            other,
            everything,
            refused,
            applied,
            second_only,
            today,
            yesterday,
            (seen_tomorrow, picked, by_number, in_second, paged, older, statuses),
        )

    first, other, everything, refused, applied, second_only, today, yesterday, rest = _run(
        console, work
    )
    seen_tomorrow, picked, by_number, in_second, paged, older, statuses = rest
    # Newest first, each in words a person reads.
    assert everything.total == 3 and not everything.more
    due, comment, status = everything.entries
    assert (due.account, due.order, due.what) == (
        "Second Store",
        other.name,
        "Due date 10 Dec 2026",
    )
    assert due.outcome is ActivityOutcome.APPLIED and due.outcome_text == "Applied"
    assert (comment.account, comment.order, comment.what) == (
        "Northwind Workshop",
        first.name,
        "Comment",
    )
    assert comment.outcome_text == "Not applied" and "3" in comment.reason
    assert status.what == f"Status → {statuses[QUALITY]}" and status.order.startswith("#")
    assert status.when.split()[1:3] == [date.today().strftime("%b"), str(date.today().year)]
    # Filters: outcome, account, day, order number.
    assert [a.id for a in refused.entries] == [comment.id]
    assert [a.id for a in applied.entries] == [due.id, status.id]
    assert [a.id for a in second_only.entries] == [due.id]
    assert len(today.entries) == 3 and yesterday.entries == [] and picked.entries == []
    assert len(seen_tomorrow.entries) == 3
    assert [a.id for a in by_number.entries] == [comment.id, status.id]
    assert in_second.entries == []  # the same number is another account's order there
    # Pages: older entries follow on.
    assert [a.id for a in paged.entries] == [due.id, comment.id] and paged.more
    assert [a.id for a in older.entries] == [status.id] and not older.more


def test_a_failed_change_retried_succeeds_once_the_cause_is_gone(sandbox_factory, console_factory):
    sandbox = sandbox_factory("--seed", "62", "--rate-window", "0")
    console = console_factory(sandbox.url)
    ops = console.ops

    async def work():  # type: ignore[no-untyped-def]
        await ops.sync(ACCOUNT_ID)
        order = _orders(console)[0]
        # The server fails every try of this status change: the console gives up.
        _fault(sandbox, f"/api/v1/orders/{order.id}/status", 4)
        failed = await ops.apply(ACCOUNT_ID, order.id, StatusChange(QUALITY))
        refused = await ops.apply(ACCOUNT_ID, order.id, CommentChange("Hi"))
        log = _log(console)
        before = await log.page(ActivityFilter(outcome=ActivityOutcome.NOT_APPLIED))
        retried = await log.retry(ops, before.entries)
        after = await log.page(ActivityFilter(), count=True)
        return order, failed, refused, before, retried, after

    order, failed, refused, before, retried, after = _run(console, work)
    assert failed.result.outcome is Outcome.NOT_APPLIED
    assert refused.result.outcome is Outcome.NOT_APPLIED
    assert len(before.entries) == 2
    outcomes = {r.activity.what.split()[0]: r for r in retried.results}
    assert outcomes["Status"].outcome is Outcome.APPLIED
    # Refused again: it says why, again.
    assert outcomes["Comment"].outcome is Outcome.NOT_APPLIED
    assert "3" in (outcomes["Comment"].reason or "")
    assert server_orders(sandbox, [order.id])[order.id]["status"]["code"] == QUALITY
    # The retries are new entries; the failed ones stay as they were.
    assert after.total == 4
    newest = after.entries[:2]
    assert {a.outcome for a in newest} == {ActivityOutcome.APPLIED, ActivityOutcome.NOT_APPLIED}
    assert {a.outcome for a in after.entries[2:]} == {ActivityOutcome.NOT_APPLIED}
    # The failed status change was applied on its retry: it needs no other; the comment does.
    earlier = {a.what.split()[0]: a for a in after.entries[2:]}
    assert earlier["Status"].reason.endswith("· applied on a later try")
    assert not earlier["Status"].retryable
    assert earlier["Comment"].retryable and "later" not in earlier["Comment"].reason
    assert retried.changed() == {ACCOUNT_ID: {order.id}}


def test_an_interrupted_change_is_settled_first_and_sent_on_retry(sandbox_factory, console_factory):
    sandbox = sandbox_factory("--seed", "63", "--rate-window", "0")
    console = console_factory(sandbox.url)
    ops = console.ops

    async def work():  # type: ignore[no-untyped-def]
        await ops.sync(ACCOUNT_ID)
        order, carried = _orders(console)[:2]
        # Journaled, then the console stopped before sending: what a crash leaves.
        [entry] = console.journal.record(ACCOUNT_ID, [order.id], StatusChange(QUALITY))
        # One a run of this process carries right now is in flight, not interrupted.
        [busy] = console.journal.record(ACCOUNT_ID, [carried.id], CommentChange("Checked"))
        console.changes.live.add(busy.id)
        log = _log(console)
        interrupted = await log.page(ActivityFilter(outcome=ActivityOutcome.INTERRUPTED))
        in_flight = await log.page(ActivityFilter(outcome=ActivityOutcome.IN_FLIGHT))
        retried = await log.retry(ops, [*interrupted.entries, *in_flight.entries])
        after = await log.page(ActivityFilter(outcome=ActivityOutcome.APPLIED))
        return order, entry, busy, interrupted, in_flight, retried, after

    order, entry, busy, interrupted, in_flight, retried, after = _run(console, work)
    [shown] = interrupted.entries
    assert shown.id == entry.id and shown.outcome_text == "Interrupted"
    assert shown.reason == "interrupted before sending"
    [carried] = in_flight.entries
    assert carried.id == busy.id and carried.outcome_text == "Pending"
    results = {r.activity.id: r for r in retried.results}
    assert results[entry.id].outcome is Outcome.APPLIED
    assert results[busy.id].outcome is Outcome.SKIPPED
    assert results[busy.id].reason == "still being sent"
    # Resent as the same entry (it was proven never sent), now applied on the server.
    assert [a.id for a in after.entries] == [entry.id]
    assert console.journal.get(entry.id).state is EntryState.CONFIRMED
    assert server_orders(sandbox, [order.id])[order.id]["status"]["code"] == QUALITY
