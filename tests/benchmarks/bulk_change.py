"""A 1,000-order bulk change against the sandbox, next to the least time the rate limits allow.

    .venv/bin/python tests/benchmarks/bulk_change.py [--orders 1000] [--window 20]

ApprovePro allows 5 bulk calls and 60 calls in all per window; 1,000 orders are 20 bulk calls,
so at least 3 full windows pass before the last one may leave, and the server's queue then takes
its delay before the change can be seen. Prints the time, that floor, their ratio, the requests
used and the 429s received. Target: within 10% of the floor, zero 429s.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from approval_console.app import Console  # noqa: E402
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
        log.phase = "run"
        figures.report = await console.changes.run_bulk(connector, plan)
        figures.elapsed = time.monotonic() - started
        figures.requests = connector.http.requests_sent - sent_before
        figures.log = log
        figures.started = started
    finally:
        await console.aclose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--window", type=float, default=20.0, help="rate-limit window, seconds")
    parser.add_argument("--queue-delay-ms", type=int, default=1500)
    parser.add_argument("--timeline", action="store_true", help="print every request's time")
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
        rows = console.cache.rows(console.cache.query_rowids("bench", OrderFilter()))
        ids = [o.id for o in rows if o.status_code not in (TARGET, None)][: args.orders]
        figures.orders = len(ids)
        time.sleep(args.window + 1)
        asyncio.run(cold_plan(console, ids, figures))
        stats_before = sandbox.stats()
        asyncio.run(change(console, ids, figures))
        stats_after = sandbox.stats()
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
    print(f"window                 {args.window:.0f} s (5 bulk, 60 in all per window)")
    print(f"{'figure':<34}{'measured':>10}  floor / target")
    rows_out = [
        ("time, s", f"{figures.elapsed:.1f}", f"floor {floor:.1f} (incl. queue delay)"),
        ("ratio to the floor", f"{figures.elapsed / floor:.3f}", "target <= 1.05"),
        (
            "requests per 1000 orders",
            f"{per_1000:.0f}",
            f"target <= 35; floor {(bulk_requests + pages) * 1000 / n:.0f} (bulk + confirm),"
            f" {(bulk_requests + 2 * pages) * 1000 / n:.0f} with every order checked before",
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
    return 0


async def _sync_only(console: Console) -> None:
    try:
        await console.sync.sync(console.connector("bench"))
    finally:
        await console.aclose()


if __name__ == "__main__":
    sys.exit(main())
