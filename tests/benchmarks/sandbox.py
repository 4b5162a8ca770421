"""Benchmark of the sandbox: start-up with many orders, and request round trips.

    PYTHONPATH=. .venv/bin/python tests/benchmarks/sandbox.py [--orders N] [--requests N]

Prints timings only; the targets are for a person to compare against, not asserts:
100,000 orders start in well under 10 s; with no latency configured, a control request and an
API request each answer in well under 0.25 s; with `--latency-ms 300`, an API request takes
0.3 s more and a control request no longer. The functional tests (tests/sandbox) check what
happens, not how fast.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import httpx

from tests.conftest import SandboxProcess, start_sandbox

MAIN = {"Authorization": "Bearer demo-approvepro"}


def timed(label: str, action: Callable[[], object], repeat: int) -> None:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"  {label:<44} median {statistics.median(times):7.1f} ms  max {max(times):7.1f} ms"
        f"  ({repeat} requests)"
    )


def round_trips(sandbox: SandboxProcess, repeat: int, latency_ms: float) -> None:
    sandbox.configure(latency_ms=latency_ms)
    print(f"Round trips, latency {latency_ms:.0f} ms")
    with (
        httpx.Client(base_url=sandbox.url, timeout=30) as admin,
        httpx.Client(base_url=sandbox.url + "/api/v1", headers=MAIN, timeout=30) as client,
    ):
        timed("control: GET /_sandbox/health", lambda: admin.get("/_sandbox/health"), repeat)
        timed("API: GET /statuses", lambda: client.get("/statuses"), repeat)
        timed("API: GET /orders?per_page=100", lambda: client.get("/orders?per_page=100"), repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()

    started = time.perf_counter()
    sandbox = start_sandbox("--orders", str(args.orders), "--rate-window", "0")
    print(f"Start with {args.orders:,} orders: {time.perf_counter() - started:.2f} s (target < 10)")
    try:
        round_trips(sandbox, args.requests, latency_ms=0)
        round_trips(sandbox, max(3, args.requests // 4), latency_ms=300)
    finally:
        sandbox.stop()


if __name__ == "__main__":
    main()
