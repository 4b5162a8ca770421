"""Against a failing server: every order's true state known, no status change recorded twice."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from datetime import UTC, datetime

import pytest

from approval_console.core.changes import StatusChange
from approval_console.services.outcomes import Outcome
from approval_console.store.journal import EntryState
from approval_console.store.orders import OrderFilter
from tests.helpers import server_orders
from tests.services.conftest import ACCOUNT_ID

TARGET_SINGLE = "st000005"  # In Production: open to every order
TARGET_BULK = "st000006"  # Quality Check


def _changes_since(order: dict, code: str, since: datetime) -> int:
    return sum(
        1
        for event in order["history"]
        if event["event"] == "STATUS_CHANGE"
        and event["status"]["code"] == code
        and datetime.fromisoformat(event["created_at"]) >= since
    )


@pytest.mark.slow
def test_fault_rate_singles_and_bulk_end_known_and_unduplicated(sandbox_factory, console_factory):
    sandbox = sandbox_factory(
        "--seed", "31", "--orders", "3000", "--rate-window", "0", "--queue-delay-ms", "200"
    )
    console = console_factory(sandbox.url, rate_window="0")

    async def sync():
        try:
            await console.sync.sync(console.connector(ACCOUNT_ID))
        finally:
            await console.aclose()

    asyncio.run(sync())
    rows = console.cache.rows(console.cache.query_rowids(ACCOUNT_ID, OrderFilter()))
    singles = [o.id for o in rows if o.status_code not in (TARGET_SINGLE, None)][:100]
    bulk = [o.id for o in rows if o.id not in set(singles) and o.status_code != TARGET_BULK][:300]
    assert len(singles) == 100 and len(bulk) == 300

    since = datetime.now(UTC).replace(microsecond=0)
    time.sleep(1)
    sandbox.configure(fault_rate=0.1)

    async def go():
        connector = console.connector(ACCOUNT_ID)
        try:
            results = []
            for order_id in singles:
                change = StatusChange(TARGET_SINGLE, comment=f"Into production {order_id}")
                results.append(await console.changes.apply(connector, order_id, change))
            plan = await console.changes.plan_bulk(
                connector, bulk, StatusChange(TARGET_BULK, email_customer=False)
            )
            report = await console.changes.run_bulk(connector, plan)
            return results, report
        finally:
            await console.aclose()

    results, report = asyncio.run(go())
    sandbox.configure(fault_rate=0)
    faults = sandbox.stats()["faults"]
    assert faults["dropped"] > 5 and faults["error_500"] > 5

    truth = server_orders(sandbox, singles + bulk)
    for order_id in singles + bulk:
        cached = console.cache.get(ACCOUNT_ID, order_id)
        assert cached.status_code == truth[order_id]["status"]["code"], order_id
    for outcome in results:
        assert outcome.result.outcome is Outcome.APPLIED, outcome.result
    assert all(truth[i]["status"]["code"] == TARGET_SINGLE for i in singles)
    assert all(_changes_since(truth[i], TARGET_SINGLE, since) == 1 for i in singles)

    counts = report.counts()
    assert counts[Outcome.UNKNOWN] == 0 and counts[Outcome.NOT_SENT] == 0
    for order_id in bulk:
        applied = report.results[order_id].outcome is Outcome.APPLIED
        assert applied == (truth[order_id]["status"]["code"] == TARGET_BULK)
        assert _changes_since(truth[order_id], TARGET_BULK, since) == int(applied)
    states = Counter(entry.state for entry in console.journal.unfinished(ACCOUNT_ID))
    assert states == Counter(), states
    assert console.journal.counts(report.batch_id)[EntryState.UNKNOWN] == 0
