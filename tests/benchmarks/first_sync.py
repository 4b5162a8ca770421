"""A first full sync of a large account against the sandbox, beside the least time the rate
limit allows; then the same sync stopped half-way and resumed, and one limited to recent orders.

    .venv/bin/python tests/benchmarks/first_sync.py [--orders 20000] [--window 10] [--days 90]

ApprovePro allows 60 requests a window (a minute on the real server; a few seconds here, the
sandbox and the client both told) and 100 orders a page, so a pass of N orders needs N/100 page
requests and at least (N/100) / 60 windows: that is the floor. Prints, each beside its floor:
requests and time of a straight pass and their ratio; the same pass stopped half-way (the app
closed) and resumed by a new console on the same profile, with the requests the stop cost; a
pass of an account keeping its last `--days` days of open orders; and what the measured ratio
means for a million orders at 60 requests a minute.
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
from approval_console.core.accounts import HISTORY_DAYS_OPTION  # noqa: E402
from approval_console.core.memory_keyring import MemoryKeyring  # noqa: E402
from approval_console.core.paths import Paths  # noqa: E402
from approval_console.services.sync import SyncResult  # noqa: E402
from approval_console.services.sync_pass import SyncProgress  # noqa: E402
from approval_console.store.orders import OrderFilter  # noqa: E402
from tests.conftest import SandboxProcess, start_sandbox  # noqa: E402
from tests.helpers import DEMO_KEY, approvepro_account  # noqa: E402

LIMIT, PAGE = 60, 100
ACCOUNT = "bench"


class Stop(Exception):
    """The app closing in the middle of the pass."""


def floor_seconds(requests: int, window: float) -> float:
    """Least time `requests` take at LIMIT a window: the pages needed divided by the rate,
    less the first window, whose requests all start at once."""
    return (math.ceil(requests / LIMIT) - 1) * window


def console_on(sandbox: SandboxProcess, profile: Path, window: float, **options: str) -> Console:
    console = Console(Paths.in_profile(profile))
    account = approvepro_account(sandbox.url, ACCOUNT, rate_window=str(window), **options)
    console.add_account(account, DEMO_KEY)
    return console


def run(console: Console, stop_at: int = 0) -> tuple[SyncResult | None, float, list[SyncProgress]]:
    """One sync; stopped (as a closed app) once `stop_at` pages are stored, if given."""
    told: list[SyncProgress] = []

    def tell(progress: SyncProgress) -> None:
        told.append(progress)
        if stop_at and progress.pages_read >= stop_at:
            raise Stop

    async def go() -> SyncResult | None:
        try:
            return await console.sync.sync(console.connector(ACCOUNT), on_pass=tell)
        except Stop:
            return None
        finally:
            await console.aclose()

    start = time.perf_counter()
    result = asyncio.run(go())
    return result, time.perf_counter() - start, told


def requests_of(sandbox: SandboxProcess) -> int:
    return int(sandbox.stats()["requests"])


def wait_for_a_fresh_window(window: float) -> None:
    """Each run starts with a window of its own, as after a restart minutes later."""
    time.sleep(window + 0.5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--window", type=float, default=10.0, help="rate window in seconds")
    parser.add_argument("--days", type=int, default=90, help="history kept by the limited run")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    sandbox = start_sandbox(
        "--seed", "5", "--orders", str(args.orders), "--rate-window", str(args.window)
    )
    pages = math.ceil(args.orders / PAGE)
    floor = floor_seconds(pages + 1, args.window)  # the pages and the status list
    rows: list[tuple[str, str, str]] = []
    try:
        # 1. a straight first pass
        before = requests_of(sandbox)
        console = console_on(sandbox, Path(tempfile.mkdtemp(prefix="bench-")), args.window)
        result, seconds, told = run(console)
        assert result is not None
        sent = requests_of(sandbox) - before
        cached = console.cache.count(ACCOUNT, OrderFilter())
        console.close()
        first_eta = next((p.seconds_left for p in told if p.seconds_left), None)
        rows += [
            ("orders cached", f"{cached:,}", f"{args.orders:,}"),
            ("requests, straight pass", f"{sent}", f"floor {pages + 1} (pages + statuses)"),
            ("time, straight pass", f"{seconds:.1f} s", f"floor {floor:.1f} s"),
            (
                "ratio to floor",
                f"{seconds / floor:.3f}" if floor else "-",
                "(a bulk change's target: <= 1.05)",
            ),
            (
                "first time-left said",
                f"{first_eta:.0f} s" if first_eta else "-",
                f"actual {seconds:.0f} s",
            ),
        ]

        # 2. stopped half-way, resumed by a console started again on the same profile
        wait_for_a_fresh_window(args.window)
        profile = Path(tempfile.mkdtemp(prefix="bench-"))
        before = requests_of(sandbox)
        console = console_on(sandbox, profile, args.window)
        _, first_half, _ = run(console, stop_at=pages // 2)
        console.close()
        sent_first = requests_of(sandbox) - before
        wait_for_a_fresh_window(args.window)
        console = console_on(sandbox, profile, args.window)
        result, second_half, told = run(console)
        assert result is not None and told and told[0].resumed
        sent_both = requests_of(sandbox) - before
        # Each run starts with a window of its own: the floor is that of the two runs.
        floor_both = floor_seconds(sent_first, args.window) + floor_seconds(
            sent_both - sent_first, args.window
        )
        cached = console.cache.count(ACCOUNT, OrderFilter())
        console.close()
        both = first_half + second_half
        rows += [
            ("orders cached, resumed", f"{cached:,}", f"{args.orders:,}"),
            ("requests, stopped + resumed", f"{sent_both}", f"straight pass {sent}"),
            ("time, stopped + resumed", f"{both:.1f} s", f"floor {floor_both:.1f} s (two runs)"),
            (
                "ratio to floor, resumed",
                f"{both / floor_both:.3f}" if floor_both else "-",
                "the restart's pause apart",
            ),
        ]

        # 3. an account keeping its recent open orders only
        wait_for_a_fresh_window(args.window)
        before = requests_of(sandbox)
        console = console_on(
            sandbox,
            Path(tempfile.mkdtemp(prefix="bench-")),
            args.window,
            **{HISTORY_DAYS_OPTION: str(args.days)},
        )
        result, seconds, _ = run(console)
        assert result is not None
        sent_recent = requests_of(sandbox) - before
        kept = console.cache.count(ACCOUNT, OrderFilter())
        console.close()
        rows += [
            (f"orders kept, last {args.days} days open", f"{kept:,}", f"of {args.orders:,}"),
            ("requests, limited pass", f"{sent_recent}", f"all history {sent}"),
            ("time, limited pass", f"{seconds:.1f} s", f"all history {floor:.1f} s floor"),
        ]
    finally:
        sandbox.stop()

    million_pages = 1_000_000 // PAGE
    million_floor = floor_seconds(million_pages + 1, 60.0)
    straight = rows[3][1]
    projected = f"{million_floor / 3600 * float(straight):.2f} h" if straight != "-" else "-"
    rows.append(
        (
            "1,000,000 orders at 60/min",
            projected,
            f"floor {million_floor / 3600:.2f} h ({million_pages + 1:,} requests)",
        )
    )
    print(f"first sync: {args.orders:,} orders, {LIMIT} requests per {args.window:g} s window")
    width = max(len(name) for name, _, _ in rows)
    for name, value, beside in rows:
        print(f"  {name:<{width}}  {value:>12}   {beside}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
