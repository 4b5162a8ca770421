"""A bulk status change whose requests are lost, whose queue is slow, or whose account the person
leaves and comes back to: every order still ends applied once and reported truthfully.

Faults are scripted in the sandbox ("lose the next two bulk POSTs"), so each case is the same
every run; the server's own record (status history per order) is the judge.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime

from approval_console.core.changes import StatusChange
from approval_console.services.bulk import NOT_VIABLE, BulkProgress
from approval_console.services.outcomes import Outcome
from approval_console.store.journal import EntryState
from tests.helpers import server_orders
from tests.reliability.bulk_support import (
    QUALITY,
    orders_not_in,
    script_fault,
    status_changes,
    synced,
    with_connector,
)
from tests.services.conftest import ACCOUNT_ID


def test_two_lost_chunks_are_sent_again_and_every_order_applied_once(
    sandbox_factory, console_factory
):
    """Two bulk requests lost in flight used to be re-sent as one request of 100 orders, which
    the connector refuses (50 at most): the run died with "Something went wrong", 100 journal
    entries stayed `sent` though never re-sent, and 150 orders were neither applied nor
    reported. Each lost chunk must go out again on its own, and the counter must not count
    an order twice because it was sent twice."""
    sandbox = sandbox_factory(
        "--seed", "41", "--orders", "600", "--rate-window", "0", "--queue-delay-ms", "200"
    )
    console = console_factory(sandbox.url, rate_window="0")
    synced(console)
    chosen = orders_not_in(console, QUALITY, 200)
    since = datetime.now(UTC).replace(microsecond=0)
    time.sleep(1)
    script_fault(sandbox, "lose", 2)
    progress: list[BulkProgress] = []

    async def go(connector):
        change = StatusChange(QUALITY, comment="Lost twice", email_customer=False)
        plan = await console.changes.plan_bulk(connector, chosen, change)
        return await console.changes.run_bulk(connector, plan, on_progress=progress.append)

    report = with_connector(console, go)

    assert sandbox.stats()["faults"]["dropped"] == 2
    assert report.counts() == Counter({Outcome.APPLIED: 200})
    truth = server_orders(sandbox, chosen)
    assert all(status_changes(truth[i], QUALITY, since) == 1 for i in chosen)
    assert console.journal.unfinished(ACCOUNT_ID) == []
    states = Counter(entry.state for entry in console.journal.entries(report.batch_id))
    assert states == Counter({EntryState.CONFIRMED: 200})
    assert max(p.sent for p in progress) == 200, "an order sent twice is still one order"


def test_the_counter_counts_an_order_sent_again_once(sandbox_factory, console_factory):
    """A lost chunk's orders go out twice; the person was shown "150 sent" of 100."""
    sandbox = sandbox_factory(
        "--seed", "42", "--orders", "300", "--rate-window", "0", "--queue-delay-ms", "200"
    )
    console = console_factory(sandbox.url, rate_window="0")
    synced(console)
    chosen = orders_not_in(console, QUALITY, 100)
    script_fault(sandbox, "lose", 1)
    progress: list[BulkProgress] = []

    async def go(connector):
        plan = await console.changes.plan_bulk(connector, chosen, StatusChange(QUALITY))
        return await console.changes.run_bulk(connector, plan, on_progress=progress.append)

    report = with_connector(console, go)

    assert report.counts() == Counter({Outcome.APPLIED: 100})
    assert [p.sent for p in progress if p.sent > 100] == []
    assert progress[-1].sent == 100


def test_a_queue_slower_than_the_settle_time_is_followed_until_it_applies(
    sandbox_factory, console_factory
):
    """When the server's queue takes longer than the run waits, the run ends with every order
    unknown; they used to stay unknown until the next start. The run's report (the one the
    dialog and the job show) and the journal now catch up when the queue applies them, and
    the following costs a few background reads, not the minute's budget."""
    sandbox = sandbox_factory(
        "--seed", "43", "--orders", "300", "--rate-window", "0", "--queue-delay-ms", "6000"
    )
    console = console_factory(sandbox.url, rate_window="0")
    synced(console)
    chosen = orders_not_in(console, QUALITY, 100)
    console.changes.settle_timeout = 2.0
    console.changes.follow_first = 2.0
    updates: list[Counter] = []

    async def go(connector):
        plan = await console.changes.plan_bulk(connector, chosen, StatusChange(QUALITY))
        report = await console.changes.run_bulk(
            connector, plan, on_late=lambda r: updates.append(r.counts())
        )
        at_end = report.counts()
        sent = connector.http.requests_sent
        await console.changes.followed()
        return report, at_end, connector.http.requests_sent - sent

    report, at_end, follow_requests = with_connector(console, go)

    assert at_end == Counter({Outcome.UNKNOWN: 100}), "the queue is slower than the run"
    assert report.counts() == Counter({Outcome.APPLIED: 100})
    assert updates and updates[-1] == Counter({Outcome.APPLIED: 100})
    assert follow_requests <= 6
    entries = console.journal.entries(report.batch_id)
    assert Counter(e.state for e in entries) == Counter({EntryState.CONFIRMED: 100})
    assert console.journal.batch(report.batch_id).finished_at is not None
    assert all(console.cache.get(ACCOUNT_ID, i).status_code == QUALITY for i in chosen)


def test_an_order_our_queue_just_changed_does_not_make_its_tags_not_viable(
    sandbox_factory, console_factory, monkeypatch
):
    """The viability probe asks the server which statuses an order may move to, a list that
    never holds the order's own status. Probing an order of the run that the queue had just
    changed answered "not available" for every order with its tags: those whose request was
    lost were never sent again and were reported "This status is not available" — a reason
    the server never gave. The probe lands here exactly when it used to by waiting for the
    queue, as an unlucky interleaving does under faults."""
    sandbox = sandbox_factory(
        "--seed", "26", "--orders", "300", "--rate-window", "0", "--queue-delay-ms", "3500"
    )
    console = console_factory(sandbox.url, rate_window="0")
    synced(console)
    chosen = orders_not_in(console, QUALITY, 100)
    console.changes.settle_timeout = 8.0
    script_fault(sandbox, "lose", 1, skip=1)  # the second chunk is lost
    since = datetime.now(UTC).replace(microsecond=0)
    time.sleep(1)

    async def go(connector):
        real_probe = connector.viable_statuses
        waited: list[str] = []

        async def probe_after_the_queue(order_id: str):
            for _ in range(0 if waited else 100):  # the first probe waits for the queue
                truth = await asyncio.to_thread(server_orders, sandbox, [order_id])
                if truth[order_id]["status"]["code"] == QUALITY:
                    break
                await asyncio.sleep(0.1)
            waited.append(order_id)
            return await real_probe(order_id)

        plan = await console.changes.plan_bulk(connector, chosen, StatusChange(QUALITY))
        monkeypatch.setattr(connector, "viable_statuses", probe_after_the_queue)
        unprobed = replace(plan, viable={}, not_viable={})  # every order probed during the run
        return await console.changes.run_bulk(connector, unprobed)

    report = with_connector(console, go)

    assert [r for r in report.results.values() if r.reason == NOT_VIABLE] == []
    assert report.counts() == Counter({Outcome.APPLIED: 100})
    truth = server_orders(sandbox, chosen)
    assert all(status_changes(truth[i], QUALITY, since) == 1 for i in chosen)


def test_a_reconcile_while_a_bulk_change_runs_leaves_its_orders_to_it(
    sandbox_factory, console_factory
):
    """Switching to another account and back reconciles the account's unfinished changes; it
    took a running bulk change's entries for interrupted ones, moved them under the run, and
    the run crashed with a quarter applied and many left `sent`. A live run's entries are its
    own: the reconcile and a resume leave them, and the run ends with every order applied."""
    sandbox = sandbox_factory(
        "--seed", "44", "--orders", "600", "--rate-window", "0", "--queue-delay-ms", "1500"
    )
    console = console_factory(sandbox.url, rate_window="0")
    synced(console)
    chosen = orders_not_in(console, QUALITY, 200)

    async def go(connector):
        plan = await console.changes.plan_bulk(connector, chosen, StatusChange(QUALITY))
        run = asyncio.create_task(console.changes.run_bulk(connector, plan))
        while not any(
            e.state is EntryState.SENT
            for e in await console.db_thread.run(console.journal.unfinished, ACCOUNT_ID)
        ):
            await asyncio.sleep(0.02)
        reconciled = await console.changes.reconcile(connector)
        pending = await console.db_thread.run(console.journal.unfinished, ACCOUNT_ID)
        resumed = await console.changes.resume(connector, pending)
        return reconciled, resumed, await run

    reconciled, resumed, report = with_connector(console, go)

    assert reconciled.results == {} and resumed.results == {}
    assert report.counts() == Counter({Outcome.APPLIED: 200})
    assert console.journal.unfinished(ACCOUNT_ID) == []
    truth = server_orders(sandbox, chosen)
    assert all(truth[i]["status"]["code"] == QUALITY for i in chosen)


def test_a_fault_in_the_program_while_confirming_still_ends_with_every_order_told(
    sandbox_factory, console_factory, monkeypatch
):
    """An error that is not the server's (here the status listing cannot be read into orders,
    as a bug in reading a new field would do) used to kill the run with "Something went
    wrong": no report at all, and the journal claiming requests in flight. The run now ends
    with a result for every order, and each journal entry says what is known: sent and
    unconfirmed is unknown, for the next start to read back."""
    sandbox = sandbox_factory(
        "--seed", "45", "--orders", "300", "--rate-window", "0", "--queue-delay-ms", "200"
    )
    console = console_factory(sandbox.url, rate_window="0")
    synced(console)
    chosen = orders_not_in(console, QUALITY, 100)

    reads_listing = console.sync.orders_in_status

    async def unreadable(connector, code, **options):
        if code != QUALITY:  # the check before sending reads the statuses the orders were in
            return await reads_listing(connector, code, **options)
        raise KeyError("status")

    async def go(connector):
        plan = await console.changes.plan_bulk(connector, chosen, StatusChange(QUALITY))
        monkeypatch.setattr(console.sync, "orders_in_status", unreadable)
        return await console.changes.run_bulk(connector, plan)

    report = with_connector(console, go)

    assert report.counts() == Counter({Outcome.UNKNOWN: 100})
    assert all("error in this program" in (r.reason or "") for r in report.results.values())
    states = Counter(entry.state for entry in console.journal.entries(report.batch_id))
    assert states == Counter({EntryState.UNKNOWN: 100})


def test_a_reconcile_while_a_single_change_is_in_flight_leaves_it_to_its_sender(
    sandbox_factory, console_factory
):
    """The same switch back during one order's change: the reconcile took the entry `sent`
    for a crash's, read the order back and settled it under the sender's feet, whose own end
    was then refused by the journal. The entry is the sender's while it carries it."""
    sandbox = sandbox_factory("--seed", "46", "--orders", "60", "--rate-window", "0")
    console = console_factory(sandbox.url, rate_window="0")
    synced(console)
    [order_id] = orders_not_in(console, QUALITY, 1)
    sandbox.configure(latency_ms=1500)  # time enough to switch away and back mid-request

    async def go(connector):
        change = asyncio.create_task(
            console.changes.apply(connector, order_id, StatusChange(QUALITY))
        )
        while not any(
            e.state is EntryState.SENT
            for e in await console.db_thread.run(console.journal.unfinished, ACCOUNT_ID)
        ):
            await asyncio.sleep(0.02)
        reconciled = await console.changes.reconcile(connector)
        return reconciled, await change

    reconciled, single = with_connector(console, go)

    assert reconciled.results == {}
    assert single.result.outcome is Outcome.APPLIED
    assert console.journal.unfinished(ACCOUNT_ID) == []
    truth = server_orders(sandbox, [order_id])
    assert truth[order_id]["status"]["code"] == QUALITY
