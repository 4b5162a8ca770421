"""A 1,000-order bulk change against the sandbox, next to the least time the rate limits allow.

    .venv/bin/python tests/benchmarks/bulk_change.py [--orders 1000] [--window 20] [--timeline]
        [--selection one-status|mixed]

The change takes the newest orders of one status (the common bulk change: everything awaiting
approval, approved), whose listing is read once per burst (`services.bulk_source`); `--selection
mixed` takes the newest orders whatever their statuses instead, checked and confirmed as before.
ApprovePro allows 5 bulk calls and 60 calls in all per window; 1,000 orders are 20 bulk calls,
so at least 3 full windows pass before the last one may leave, and the server's queue then takes
its delay before the change can be seen. A first plan of the orders (no rules learnt) comes
first; the change then plans again and runs. Prints, each beside its floor or target: the time
and its ratio to the floor (<= 1.05), requests per 1,000 orders by endpoint (<= 35), bulk
requests, 429s (0), plan seconds (<= 2) and probe requests (a quarter of the limit at most; none
once the rules are cached). Then a second change runs while a background refresh keeps asking
for requests: the person's requests wait the least, and no background request is let through
while one of the person's waits.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from approval_console.app import Console  # noqa: E402
from approval_console.connectors.ratelimit import Priority  # noqa: E402
from approval_console.core.changes import StatusChange  # noqa: E402
from approval_console.core.memory_keyring import MemoryKeyring  # noqa: E402
from approval_console.core.paths import Paths  # noqa: E402
from approval_console.services.outcomes import Outcome  # noqa: E402
from approval_console.services.viability import PROBE_SHARE  # noqa: E402
from approval_console.store.orders import OrderFilter  # noqa: E402
from tests.conftest import start_sandbox  # noqa: E402
from tests.helpers import DEMO_KEY, approvepro_account  # noqa: E402

TARGET = "st000006"  # Quality Check: open to every order
BULK_LIMIT, GENERAL_LIMIT, BULK_MAX, PAGE_MAX = 5, 60, 50, 100


def floor_seconds(bulk_requests: int, requests: int, window: float, queue_delay: float) -> float:
    """Least time both limits allow for these requests, plus the queue's delay on the last."""
    by_bulk = (math.ceil(bulk_requests / BULK_LIMIT) - 1) * window
    by_all = (math.ceil(requests / GENERAL_LIMIT) - 1) * window
    return max(by_bulk, by_all) + queue_delay


class RequestLog:
    """Every request the connector sends, named by endpoint and by what the change was doing.

    A listing of the target status confirms; a listing of another status checks for changes
    made meanwhile; the phase says whether the plan or the run sent it.
    """

    def __init__(self, connector: Any, target: str) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()
        self.timeline: list[tuple[float, float, str]] = []  # asked, answered, endpoint
        self.phase = "plan"
        self._target = target
        self.source: str | None = None  # the one status a plan reads before each burst
        http = connector.http
        original = http.request

        async def counted(method: str, path: str, **kwargs: Any) -> Any:
            name = self._name(method, path, kwargs.get("params"))
            self.counts[(self.phase, name)] += 1
            asked = time.monotonic()
            try:
                return await original(method, path, **kwargs)
            finally:
                self.timeline.append((asked, time.monotonic(), name))

        http.request = counted

    def _name(self, method: str, path: str, params: Any) -> str:
        template = re.sub(r"/\d+", "/{order}", path)
        if template != "/orders" or method != "GET":
            return f"{method} {template}"
        status = dict(params or []).get("status_code")
        if status is None:
            return "GET /orders (all statuses)"
        if status == self._target:
            return "GET /orders?status_code=<target> (confirm)"
        if status == self.source:
            return "GET /orders?status_code=<source> (check + left)"
        return "GET /orders?status_code=<seen> (meanwhile check)"

    def print_timeline(self, started: float) -> None:
        print("timeline (asked .. answered, seconds from the start of the change):")
        for asked, answered, name in self.timeline:
            print(f"  {asked - started:7.2f} .. {answered - started:7.2f}  {name}")

    def print(self) -> None:
        print("requests by endpoint (phase, endpoint, count):")
        for (phase, name), count in sorted(self.counts.items()):
            print(f"  {phase:<5} {name:<52} {count:4d}")


@dataclass
class Figures:
    """What one run measured."""

    orders: int = 0
    cold_plan_seconds: float = 0.0
    cold_probes: int = 0
    cold_unchecked: int = 0
    warm_plan_seconds: float = 0.0
    warm_probes: int = 0
    elapsed: float = 0.0
    requests: int = 0
    report: Any = None
    log: RequestLog | None = None
    started: float = 0.0
    check_words: str = ""


async def cold_plan(console: Console, ids: list[str], figures: Figures) -> None:
    """The first plan of these orders: no rule learnt yet."""
    connector = console.connector("bench")
    try:
        started = time.monotonic()
        plan = await console.changes.plan_bulk(connector, ids, StatusChange(TARGET))
        figures.cold_plan_seconds = time.monotonic() - started
        assert plan.viability is not None
        figures.cold_probes = plan.viability.requests
        figures.cold_unchecked = plan.viability.unchecked
        print(f"cold plan says: {plan.budget_words()}")
    finally:
        await console.aclose()


async def change(console: Console, ids: list[str], figures: Figures) -> None:
    """The person's change: planned again (from the rules learnt), sent and confirmed."""
    connector = console.connector("bench")
    log = RequestLog(connector, TARGET)
    try:
        sent_before = connector.http.requests_sent
        started = time.monotonic()
        plan = await console.changes.plan_bulk(
            connector, ids, StatusChange(TARGET, email_customer=False)
        )
        figures.warm_plan_seconds = time.monotonic() - started
        figures.warm_probes = plan.viability.requests if plan.viability else 0
        log.source = plan.check.source if plan.check is not None else None
        figures.check_words = plan.check.describe() if plan.check is not None else ""
        log.phase = "run"
        figures.report = await console.changes.run_bulk(connector, plan)
        figures.elapsed = time.monotonic() - started
        figures.requests = connector.http.requests_sent - sent_before
        figures.log = log
        figures.started = started
    finally:
        await console.aclose()


@dataclass
class Contest:
    """The limiter's waits by priority while a change and a background refresh share it."""

    waits: dict[Priority, list[float]] = field(default_factory=dict)
    overtaken: int = 0  # background requests let through while a person's request waited
    applied: int = 0


async def under_load(console: Console, ids: list[str], contest: Contest) -> None:
    """A change and the person's reads while a background refresh keeps asking for requests."""
    connector = console.connector("bench")
    limiter = connector.general
    original, serve = limiter.acquire, limiter._serve

    async def acquire(priority: Priority = Priority.NORMAL) -> None:
        asked = time.monotonic()
        await original(priority)
        contest.waits.setdefault(Priority(priority), []).append(time.monotonic() - asked)

    def watched() -> None:
        before = [(p, f) for p, _n, f in limiter._waiters if not f.done()]
        serve()
        went = {Priority(p) for p, f in before if f.done() and not f.cancelled()}
        left = {Priority(p) for p, f in before if not f.done()}
        if Priority.BACKGROUND in went and Priority.INTERACTIVE in left:
            contest.overtaken += 1

    limiter.acquire = acquire  # type: ignore[method-assign]
    limiter._serve = watched  # type: ignore[method-assign]
    stop = asyncio.Event()

    async def background() -> None:
        while not stop.is_set():
            await console.sync.refresh(connector)

    async def person(done: asyncio.Event) -> None:
        for oid in ids:
            if done.is_set():
                return
            await connector.get_order(oid, priority=Priority.INTERACTIVE)
            await asyncio.sleep(1.0)

    refresher = asyncio.create_task(background())
    try:
        await asyncio.sleep(2.0)  # the refresh has the limiter busy before the person acts
        plan = await console.changes.plan_bulk(connector, ids, StatusChange(TARGET))
        finished = asyncio.Event()
        reader = asyncio.create_task(person(finished))
        report = await console.changes.run_bulk(connector, plan)
        finished.set()
        await reader
        contest.applied = report.counts()[Outcome.APPLIED]
    finally:
        stop.set()
        refresher.cancel()  # a refresh mid-way has nothing left to prove
        with contextlib.suppress(asyncio.CancelledError):
            await refresher
        await console.aclose()


def _waits(values: list[float]) -> str:
    if not values:
        return "none"
    return (
        f"median {statistics.median(values):.2f} s, max {max(values):.2f} s"
        f" ({len(values)} requests)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--window", type=float, default=20.0, help="rate-limit window, seconds")
    parser.add_argument("--queue-delay-ms", type=int, default=1500)
    parser.add_argument("--timeline", action="store_true", help="print every request's time")
    parser.add_argument(
        "--selection",
        choices=("one-status", "mixed"),
        default="one-status",
        help="the newest orders of the commonest status, or the newest whatever their status",
    )
    parser.add_argument(
        "--load-orders",
        type=int,
        default=250,
        help="orders of a second change run beside a background refresh (0: none)",
    )
    args = parser.parse_args()

    keyring.set_keyring(MemoryKeyring())
    sandbox = start_sandbox(
        "--seed",
        "99",
        "--orders",
        str(args.orders * 3),
        "--rate-window",
        str(args.window),
        "--queue-delay-ms",
        str(args.queue_delay_ms),
    )
    console = Console(Paths.in_profile(Path(tempfile.mkdtemp(prefix="bench-"))))
    figures = Figures()
    try:
        console.add_account(
            approvepro_account(sandbox.url, "bench", rate_window=str(args.window)), DEMO_KEY
        )
        # Fill the cache first (its requests spend budget too), then let the windows run out.
        asyncio.run(_sync_only(console))
        rows = console.cache.rows(
            console.cache.query_rowids("bench", OrderFilter(include_canceled=True))
        )
        rows = sorted(rows, key=lambda o: int(o.id), reverse=True)
        candidates = [o for o in rows if o.status_code not in (TARGET, None)]
        if args.selection == "one-status":
            source = Counter(o.status_code for o in candidates).most_common(1)[0][0]
            candidates = [o for o in candidates if o.status_code == source]
        ids = [o.id for o in candidates][: args.orders]
        figures.orders = len(ids)
        time.sleep(args.window + 1)
        asyncio.run(cold_plan(console, ids, figures))
        stats_before = sandbox.stats()
        asyncio.run(change(console, ids, figures))
        stats_after = sandbox.stats()
        contest = Contest()
        if args.load_orders:
            load_ids = [o.id for o in candidates][len(ids) : len(ids) + args.load_orders]
            time.sleep(args.window + 1)
            asyncio.run(under_load(console, load_ids, contest))
    finally:
        console.close()
        sandbox.stop()

    refused = stats_after["responses_by_status"].get("429", 0) - stats_before[
        "responses_by_status"
    ].get("429", 0)
    n = figures.orders
    bulk_requests = math.ceil(n / BULK_MAX)
    floor = floor_seconds(bulk_requests, figures.requests, args.window, args.queue_delay_ms / 1000)
    pages = math.ceil(n / PAGE_MAX)
    counts = figures.report.counts()
    assert figures.log is not None
    if args.timeline:
        figures.log.print_timeline(figures.started)
    figures.log.print()
    bulk_sent = sum(c for (_p, name), c in figures.log.counts.items() if "bulk-status" in name)
    per_1000 = figures.requests * 1000 / n
    print(f"orders                 {n}")
    print(
        f"applied / not applied  {counts[Outcome.APPLIED]} / {counts[Outcome.NOT_APPLIED]}"
        f"  (unknown {counts[Outcome.UNKNOWN]}, changed meanwhile "
        f"{counts[Outcome.CHANGED_MEANWHILE]}, not sent {counts[Outcome.NOT_SENT]})"
    )
    applied = figures.report.ids(Outcome.APPLIED)
    by_leaving = sum(1 for oid in applied if figures.report.results[oid].reason)
    print(
        f"confirmed how          {len(applied) - by_leaving} met in the target's listing,"
        f" {by_leaving} by having left the source once their request ran"
    )
    if figures.check_words:
        print(f"the plan said          {figures.check_words}")
    print(f"window                 {args.window:.0f} s (5 bulk, 60 in all per window)")
    print(f"{'figure':<34}{'measured':>10}  floor / target")
    rows_out = [
        ("time, s", f"{figures.elapsed:.1f}", f"floor {floor:.1f} (incl. queue delay)"),
        ("ratio to the floor", f"{figures.elapsed / floor:.3f}", "target <= 1.05"),
        (
            "requests per 1000 orders",
            f"{per_1000:.0f}",
            f"target <= 35; floor {(bulk_requests + pages) * 1000 / n:.0f} (bulk + every order"
            f" read once), {(bulk_requests + 2 * pages) * 1000 / n:.0f} read before and after",
        ),
        ("bulk requests", f"{bulk_sent}", f"floor {bulk_requests} ({BULK_MAX} orders each)"),
        ("429s received", f"{refused}", "target 0"),
        ("plan seconds, first plan", f"{figures.cold_plan_seconds:.2f}", "target <= 2"),
        (
            "probe requests, first plan",
            f"{figures.cold_probes}",
            f"cap {int(GENERAL_LIMIT * PROBE_SHARE)} ({PROBE_SHARE:.0%} of the limit);"
            f" {figures.cold_unchecked} orders left unchecked",
        ),
        ("plan seconds, second plan", f"{figures.warm_plan_seconds:.2f}", "target <= 2"),
        ("probe requests, second plan", f"{figures.warm_probes}", "target 0 (rules cached)"),
    ]
    for name, value, floor_text in rows_out:
        print(f"{name:<34}{value:>10}  {floor_text}")
    if args.load_orders:
        print(
            f"under load: a {args.load_orders}-order change ({contest.applied} applied) and"
            " the person's reads while a background refresh keeps asking"
        )
        print(
            f"  person's requests waited    {_waits(contest.waits.get(Priority.INTERACTIVE, []))}"
        )
        print(f"  background requests waited  {_waits(contest.waits.get(Priority.BACKGROUND, []))}")
        print(
            f"  background let through while a person's request waited: {contest.overtaken}"
            " (target 0)"
        )
    return 0


async def _sync_only(console: Console) -> None:
    try:
        await console.sync.sync(console.connector("bench"))
    finally:
        await console.aclose()


if __name__ == "__main__":
    sys.exit(main())
