"""What a bulk change costs of the rate budget, against the sandbox: every request counted.

A person's change is twenty bulk requests per thousand orders and a listing page per hundred
orders confirmed (plus the pages checking for changes made meanwhile); a second plan of the
same orders answers from the rules learnt by the first and asks the server nothing; the
person's own requests are served before a background refresh's when both wait for the limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import re
from collections import Counter
from typing import Any

import httpx

from approval_console.app import Console
from approval_console.connectors.ratelimit import Priority
from approval_console.core.changes import StatusChange
from approval_console.core.paths import Paths
from approval_console.services.outcomes import Outcome
from approval_console.store.orders import OrderFilter
from approval_console.store.status_rules import tag_key
from tests.helpers import DEMO_KEY, approvepro_account, server_orders
from tests.services.conftest import ACCOUNT_ID

ENGRAVING = "st000004"  # only for orders tagged "engraved"
QUALITY = "st000006"  # open to every order


def _synced(console) -> None:
    async def go():
        try:
            await console.sync.sync(console.connector(ACCOUNT_ID))
        finally:
            await console.aclose()

    asyncio.run(go())


def _count_requests(connector) -> Counter[str]:
    """Every request the connector sends, by endpoint (a listing named by its status filter)."""
    counts: Counter[str] = Counter()
    original = connector.http.request

    async def counted(method: str, path: str, **kwargs: Any) -> Any:
        name = f"{method} {re.sub(r'/[0-9]+', '/{order}', path)}"
        status = dict(kwargs.get("params") or []).get("status_code")
        counts[f"{name} {status}" if status else name] += 1
        return await original(method, path, **kwargs)

    connector.http.request = counted
    return counts


def _rows(console) -> dict[str, Any]:
    return {
        o.id: o for o in console.cache.rows(console.cache.query_rowids(ACCOUNT_ID, OrderFilter()))
    }


def _ids_newest_first(console, code: str | None = None) -> list[str]:
    rows = console.cache.rows(console.cache.query_rowids(ACCOUNT_ID, OrderFilter()))
    return sorted(
        (o.id for o in rows if code is None or o.status_code == code), key=int, reverse=True
    )


def test_a_bulk_change_costs_its_bulk_requests_and_a_page_per_hundred(
    sandbox_factory, console_factory
):
    sandbox = sandbox_factory(
        "--seed", "31", "--orders", "1200", "--rate-window", "0", "--queue-delay-ms", "200"
    )
    console = console_factory(sandbox.url, rate_window="0")
    _synced(console)
    rows = _rows(console)
    # Orders of the ten commonest tag sets: the first plan asks once for each set.
    common = {key for key, _n in Counter(tag_key(o.tags) for o in rows.values()).most_common(10)}
    chosen = [
        oid
        for oid in _ids_newest_first(console)
        if rows[oid].status_code not in (QUALITY, None) and tag_key(rows[oid].tags) in common
    ][:400]
    assert len(chosen) == 400
    in_target = set(_ids_newest_first(console, QUALITY))
    moved = chosen[7]  # another operator moves it after the plan

    async def go():
        connector = console.connector(ACCOUNT_ID)
        try:
            first = await console.changes.plan_bulk(connector, chosen, StatusChange(QUALITY))
            counts = _count_requests(connector)
            plan = await console.changes.plan_bulk(connector, chosen, StatusChange(QUALITY))
            planned = sum(counts.values())
            other = next(
                s.code
                for s in await connector.viable_statuses(moved)
                if s.code not in (QUALITY, rows[moved].status_code)
            )
            async with httpx.AsyncClient(base_url=sandbox.url + "/api/v1") as client:
                answer = await client.post(
                    f"/orders/{moved}/status",
                    json={"status_code": other},
                    headers={"Authorization": "Bearer demo-approvepro"},
                )
                answer.raise_for_status()
            counts.clear()
            report = await console.changes.run_bulk(connector, plan)
            return first, plan, planned, counts, report, other
        finally:
            await console.aclose()

    first, plan, planned, counts, report, other = asyncio.run(go())

    # The second plan answers from the rules the first one learnt: no request at all.
    assert first.viability is not None and first.viability.requests == 10
    assert planned == 0 and plan.viability is not None and plan.viability.requests == 0
    assert plan.viability.unchecked == 0
    assert "no request was needed" in plan.budget_words()

    # Every order ends with its own result: the moved one held back, the rest applied.
    truth = server_orders(sandbox, chosen)
    assert report.results[moved].outcome is Outcome.CHANGED_MEANWHILE
    assert truth[moved]["status"]["code"] == other
    applied = report.ids(Outcome.APPLIED)
    assert len(applied) == len(chosen) - 1
    assert all(truth[oid]["status"]["code"] == QUALITY for oid in applied)

    # The cost: 8 bulk requests of 50; the pages of the listing of every status down to the
    # oldest order chosen (the check for changes made meanwhile: the chosen orders are among
    # the newest, denser there than in each status's own listing) and one read of the order
    # found moved, to say where it is now; and one read of the target's listing down to the
    # oldest order changed: those applied and those already in the status above them.
    assert plan.check is not None and plan.check.everything
    oldest_chosen = min(int(oid) for oid in chosen)
    check_rows = sum(1 for oid in rows if int(oid) >= oldest_chosen)
    oldest = min(int(oid) for oid in applied)
    confirm_rows = len(applied) + sum(1 for oid in in_target if int(oid) >= oldest)
    assert counts == Counter(
        {
            "POST /orders/bulk-status": 8,
            "GET /orders/{order}": 1,
            "GET /orders": math.ceil(check_rows / 100),
            f"GET /orders {QUALITY}": math.ceil(confirm_rows / 100),
        }
    )
    assert plan.check.pages == math.ceil(check_rows / 100)
    # Fewer than the statuses' own listings would have taken.
    assert plan.check.pages < sum(_check_pages(rows, chosen, c) for c in plan.check.statuses)


def _check_pages(rows: dict, chosen: list[str], code: str) -> int:
    """Pages a seen status's listing is read for: down to its oldest chosen order."""
    lowest = min(int(oid) for oid in chosen if rows[oid].status_code == code)
    above = sum(1 for o in rows.values() if o.status_code == code and int(o.id) >= lowest)
    return math.ceil(above / 100)


def test_rules_learnt_by_a_plan_are_kept_in_the_cache_for_the_next_start(
    sandbox_factory, memory_keyring, tmp_path
):
    sandbox = sandbox_factory("--seed", "32", "--orders", "600", "--rate-window", "0")
    paths = Paths.in_profile(tmp_path / "p")
    console = Console(paths)
    console.add_account(approvepro_account(sandbox.url, ACCOUNT_ID), DEMO_KEY)
    _synced(console)
    rows = _rows(console)
    # Orders of the eight commonest tag sets: within one plan's share of probes.
    common = {key for key, _n in Counter(tag_key(o.tags) for o in rows.values()).most_common(8)}
    chosen = [oid for oid in _ids_newest_first(console) if tag_key(rows[oid].tags) in common]

    async def plan(c):
        connector = c.connector(ACCOUNT_ID)
        try:
            return await c.changes.plan_bulk(connector, chosen, StatusChange(ENGRAVING))
        finally:
            await c.aclose()

    first = asyncio.run(plan(console))
    assert first.viability is not None and 8 <= first.viability.requests <= 15
    assert first.viability.unchecked == 0
    assert first.not_viable, "the seed holds orders that cannot be engraved"
    assert "%n" not in first.budget_words() and "request" in first.budget_words()
    console.close()

    again = Console(paths)  # the next start: the same profile, its cache file reopened
    try:
        second = asyncio.run(plan(again))
    finally:
        again.close()
    assert second.viability is not None and second.viability.requests == 0
    assert second.viability.unchecked == 0
    # The rules answer each order as the server would: engraving needs the "engraved" tag.
    truth = server_orders(sandbox, chosen)
    for oid in chosen:
        if oid not in second.already:
            assert second.viable[oid] == ("engraved" in truth[oid]["tags"]), oid
    assert set(second.not_viable) == set(first.not_viable)
    assert tag_key(["b", "a", "a"]) == tag_key(["a", "b"])


def test_the_persons_requests_go_before_a_background_refresh_under_load(
    sandbox_factory, console_factory
):
    """A bulk change and the person's reads while a background refresh keeps asking: whenever
    both wait for the limit, the person's request is the one let through."""
    sandbox = sandbox_factory(
        "--seed", "33", "--orders", "900", "--rate-window", "2", "--queue-delay-ms", "200"
    )
    console = console_factory(sandbox.url, rate_window="2")
    _synced(console)
    rows = _rows(console)
    chosen = [oid for oid in _ids_newest_first(console) if rows[oid].status_code != QUALITY][:300]
    # Each time the limiter lets requests through: who went, and who was left waiting.
    rounds: list[tuple[list[Priority], list[Priority]]] = []

    async def go():
        connector = console.connector(ACCOUNT_ID)
        limiter = connector.general
        serve = limiter._serve

        def watched() -> None:
            before = [(priority, future) for priority, _n, future in limiter._waiters]
            before = [(p, f) for p, f in before if not f.done()]
            serve()
            went = [Priority(p) for p, f in before if f.done() and not f.cancelled()]
            left = [Priority(p) for p, f in before if not f.done()]
            if went:
                rounds.append((went, left))

        limiter._serve = watched
        stop = asyncio.Event()

        async def background() -> None:
            while not stop.is_set():
                await console.sync.refresh(connector)

        async def person() -> None:
            for oid in chosen[:12]:
                await connector.get_order(oid, priority=Priority.INTERACTIVE)
                await asyncio.sleep(0.3)

        refresher = asyncio.create_task(background())
        try:
            await asyncio.sleep(0.5)  # the refresh has the limiter full before the person acts
            plan = await console.changes.plan_bulk(connector, chosen, StatusChange(QUALITY))
            report, _ = await asyncio.gather(console.changes.run_bulk(connector, plan), person())
        finally:
            stop.set()
            refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await refresher
            await console.aclose()
        return report

    report = asyncio.run(go())
    assert report.counts()[Outcome.APPLIED] == len(chosen)
    contested = [(went, left) for went, left in rounds if left]
    assert any(Priority.BACKGROUND in left for _went, left in contested), "the limit was full"
    assert any(Priority.INTERACTIVE in went for went, _left in contested)
    # Never a background request let through while a person's request waited.
    for went, left in contested:
        assert not (Priority.BACKGROUND in went and Priority.INTERACTIVE in left), (went, left)


def test_the_statuses_read_for_one_order_answer_a_plan_of_its_tag_set(
    sandbox_factory, console_factory
):
    """Opening an order's status choices asks the server once; a bulk plan of orders with the
    same tags, in the same status, then asks nothing."""
    sandbox = sandbox_factory("--seed", "34", "--orders", "300", "--rate-window", "0")
    console = console_factory(sandbox.url, rate_window="0")
    _synced(console)
    rows = _rows(console)
    # The commonest tag set and status: the person opens one of its orders.
    (tags, status), _n = Counter(
        (tag_key(o.tags), o.status_code) for o in rows.values()
    ).most_common(1)[0]
    alike = [o.id for o in rows.values() if (tag_key(o.tags), o.status_code) == (tags, status)]
    first = rows[alike[0]]
    assert len(alike) > 1
    target = next(code for code in (QUALITY, ENGRAVING) if code != first.status_code)

    async def go():
        connector = await console.connector_async(ACCOUNT_ID)
        try:
            shown = await console.ops.viable_statuses(ACCOUNT_ID, first.id)
            counts = _count_requests(connector)
            plan = await console.changes.plan_bulk(connector, alike, StatusChange(target))
            return shown, plan, sum(counts.values())
        finally:
            await console.aclose()

    shown, plan, planned = asyncio.run(go())
    assert planned == 0 and plan.viability is not None and plan.viability.requests == 0
    expected = target in {status.code for status in shown}
    assert all(plan.viable[oid] is expected for oid in alike)
