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
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from approval_console.app import Console  # noqa: E402
from approval_console.core.changes import StatusChange  # noqa: E402
from approval_console.core.memory_keyring import MemoryKeyring  # noqa: E402
from approval_console.core.paths import Paths  # noqa: E402
from approval_console.services.outcomes import Outcome  # noqa: E402
from approval_console.store.orders import OrderFilter  # noqa: E402
from tests.conftest import start_sandbox  # noqa: E402
from tests.helpers import DEMO_KEY, approvepro_account  # noqa: E402

TARGET = "st000006"  # Quality Check: open to every order
BULK_LIMIT, GENERAL_LIMIT, BULK_MAX = 5, 60, 50


def floor_seconds(bulk_requests: int, requests: int, window: float, queue_delay: float) -> float:
    """Least time both limits allow for these requests, plus the queue's delay on the last."""
    by_bulk = (math.ceil(bulk_requests / BULK_LIMIT) - 1) * window
    by_all = (math.ceil(requests / GENERAL_LIMIT) - 1) * window
    return max(by_bulk, by_all) + queue_delay


async def run(console: Console, ids: list[str]) -> tuple[float, object, int]:
    connector = console.connector("bench")
    try:
        sent_before = connector.http.requests_sent
        started = time.monotonic()
        plan = await console.changes.plan_bulk(
            connector, ids, StatusChange(TARGET, email_customer=False)
        )
        report = await console.changes.run_bulk(connector, plan)
        elapsed = time.monotonic() - started
        return elapsed, report, connector.http.requests_sent - sent_before
    finally:
        await console.aclose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--window", type=float, default=20.0, help="rate-limit window, seconds")
    parser.add_argument("--queue-delay-ms", type=int, default=1500)
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
    try:
        console.add_account(
            approvepro_account(sandbox.url, "bench", rate_window=str(args.window)), DEMO_KEY
        )
        # Fill the cache first (its requests spend budget too), then let the windows run out.
        asyncio.run(_sync_only(console))
        rows = console.cache.rows(console.cache.query_rowids("bench", OrderFilter()))
        ids = [o.id for o in rows if o.status_code not in (TARGET, None)][: args.orders]
        time.sleep(args.window + 1)
        stats_before = sandbox.stats()
        elapsed, report, requests = asyncio.run(run(console, ids))
        stats_after = sandbox.stats()
    finally:
        console.close()
        sandbox.stop()

    refused = stats_after["responses_by_status"].get("429", 0) - stats_before[
        "responses_by_status"
    ].get("429", 0)
    bulk_requests = math.ceil(len(ids) / BULK_MAX)
    floor = floor_seconds(bulk_requests, requests, args.window, args.queue_delay_ms / 1000)
    counts = report.counts()
    print(f"orders                 {len(ids)}")
    print(
        f"applied / not applied  {counts[Outcome.APPLIED]} / {counts[Outcome.NOT_APPLIED]}"
        f"  (unknown {counts[Outcome.UNKNOWN]})"
    )
    print(f"window                 {args.window:.0f} s (5 bulk, 60 in all per window)")
    print(f"time                   {elapsed:.1f} s")
    print(f"rate-limit floor       {floor:.1f} s (incl. the {args.queue_delay_ms} ms queue delay)")
    print(f"ratio                  {elapsed / floor:.3f}")
    print(f"requests used          {requests} ({bulk_requests} bulk)")
    print(f"429s received          {refused}")
    return 0


async def _sync_only(console: Console) -> None:
    try:
        await console.sync.sync(console.connector("bench"))
    finally:
        await console.aclose()


if __name__ == "__main__":
    sys.exit(main())
