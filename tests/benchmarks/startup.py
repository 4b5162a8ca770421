"""Start-up and search figures for the console window, beside a bare PySide6 window.

    .venv/bin/python tests/benchmarks/startup.py [--sizes 10000 100000]

For each cache size: wall time from process start to the first painted order list (the app is
started with a profile whose cache already holds the orders and whose server is unreachable, as
on a train); its peak memory once the whole window runs with the whole list loaded; and the
latency of search keystrokes over the list, from the query's start to the model showing the
result, then the paint. A bare PySide6 window with a ten-row table, started the same way, gives
the floor. Targets: first paint within 2x the bare window; a keystroke's filter under 50 ms;
under 300 MB with 100,000 cached orders.

Both windows start with Python's bytecode cache, as an installed app does (pip compiles a wheel's
modules, the frozen app carries them compiled, and any Python keeps a cache for an editable
install). A machine that sets PYTHONDONTWRITEBYTECODE would otherwise compile every module of
the app from source on every start, a cost no user pays twice; the cache lives in a temporary
folder, filled by a first round that is not counted. The figure without any cache is printed too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1].parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from cache_query import make_orders  # noqa: E402

from approval_console.core.accounts import Account  # noqa: E402
from approval_console.core.paths import Paths  # noqa: E402
from approval_console.core.settings import Settings, save_settings  # noqa: E402
from approval_console.services.sync import LAST_FULL_SYNC  # noqa: E402
from approval_console.store.db import Database  # noqa: E402
from approval_console.store.orders import OrderCache  # noqa: E402

ACCOUNT = "bench"
UNREACHABLE = "http://127.0.0.1:9"
RUNS = 15

# The list paints from the cache before any key is read, so the app runs as a user starts it;
# an in-memory keyring only keeps the benchmark away from the real one.
APP = """
from approval_console.__main__ import main
raise SystemExit(main(["--profile", PROFILE, "--report-startup"]))
"""

BARE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication([])
window = QMainWindow()
table = QTableWidget(10, 5)
for row in range(10):
    for column in range(5):
        table.setItem(row, column, QTableWidgetItem(f"{row}:{column}"))
window.setCentralWidget(table)
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("first-paint", flush=True)
            QTimer.singleShot(0, app.quit)
            watched.removeEventFilter(self)
        return False
probe = Probe()
table.viewport().installEventFilter(probe)
window.show()
app.exec()
"""


def build_profile(count: int) -> Path:
    profile = Path(tempfile.mkdtemp(prefix=f"startup-{count}-"))
    paths = Paths.in_profile(profile)
    paths.ensure()
    database = Database.open(paths.database)
    cache = OrderCache(database)
    orders = make_orders(count)
    statuses = sorted(
        {o.status.code: o.status for o in orders if o.status}.values(), key=lambda s: s.code
    )
    from approval_console.core.domain import Status

    cache.replace_statuses(
        ACCOUNT,
        [
            Status(s.code, s.name, s.description or "", s.color or "#6B7280", i)
            for i, s in enumerate(statuses)
        ],
    )
    for start in range(0, count, 10_000):
        cache.upsert_orders(ACCOUNT, orders[start : start + 10_000])
    cache.set_meta(ACCOUNT, LAST_FULL_SYNC, str(time.time()))
    database.close()
    account = Account(ACCOUNT, "approvepro", "Benchmark shop", UNREACHABLE, {"rate_window": "0"})
    save_settings(paths.settings_file, Settings(accounts=[account], last_account=ACCOUNT))
    return profile


def cached_bytecode(env: dict[str, str], folder: str) -> dict[str, str]:
    """`env` with Python's bytecode cache on, kept in `folder`, away from the source tree."""
    env = {name: value for name, value in env.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return dict(env, PYTHONPYCACHEPREFIX=folder)


def time_start(code: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - started
            if code == BARE:
                break
        if line.startswith("loaded") and elapsed is not None:
            process.wait(timeout=30)
            return elapsed, line.strip()
    process.wait(timeout=30)
    if elapsed is None:
        raise RuntimeError("the window never painted")
    return elapsed, ""


def keystroke_latency(profile: Path, text: str) -> list[tuple[float, float]]:
    """Type `text` a character at a time: each keystroke's filter (query to model) and paint."""
    import asyncio

    from gui_bench import open_window

    _app, loop, console, context, window = open_window(profile, ACCOUNT)
    latencies: list[tuple[float, float]] = []

    async def run() -> None:
        window.start()
        while window.orders.model.rowCount() == 0:
            await asyncio.sleep(0.01)
        await asyncio.sleep(1.0)  # a person looks at the list for a moment before typing
        for end in range(1, len(text) + 1):
            done = asyncio.Event()

            def counted(*_: object, done: asyncio.Event = done) -> None:
                done.set()

            window.orders.countChanged.connect(counted)
            started = time.perf_counter()
            # What a keystroke in the search box sets off once the debounce has passed: the
            # debounce is a choice, not a cost, so the search goes straight to the list.
            window.orders.set_search(text[:end])
            await done.wait()
            filtered = time.perf_counter()
            window.table.viewport().repaint()  # paint the new rows, now
            latencies.append((filtered - started, time.perf_counter() - filtered))
            window.orders.countChanged.disconnect(counted)
        window.close()
        await context.runner.shutdown()
        await console.aclose()

    with loop:
        loop.run_until_complete(run())
    context.close()
    console.close()
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="approval_console.core.memory_keyring.MemoryKeyring",
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # Rounds interleave the bare window and each profile, so that what else the machine does
    # weighs on all of them alike; the figure is the median over the rounds.
    profiles = {size: build_profile(size) for size in args.sizes}
    uncached = env
    env = cached_bytecode(env, tempfile.mkdtemp(prefix="startup-bytecode-"))
    starts = {size: APP.replace("PROFILE", repr(str(p))) for size, p in profiles.items()}
    time_start(BARE, env)
    for code in starts.values():
        time_start(code, env)  # fills the bytecode cache
    bare: list[float] = []
    app: dict[int, list[tuple[float, str]]] = {size: [] for size in args.sizes}
    for _ in range(RUNS):
        bare.append(time_start(BARE, env)[0])
        for size, code in starts.items():
            app[size].append(time_start(code, env))
    bare_s = statistics.median(bare)
    print(f"bare PySide6 window, first paint      {bare_s * 1000:7.0f} ms")
    for size in args.sizes:
        profile = profiles[size]
        runs = app[size]
        app_s = statistics.median(t for t, _ in runs)
        ratio = statistics.median(t / b for (t, _), b in zip(runs, bare, strict=True))
        rss = max(float(line.split()[-1]) for _, line in runs)
        print(
            f"{size:>7,} cached orders, first paint   {app_s * 1000:7.0f} ms"
            f"  ({ratio:.2f}x bare)   peak memory, list loaded {rss:.0f} MB"
        )
        if size == min(args.sizes):
            ratios = [
                time_start(starts[size], uncached)[0] / time_start(BARE, uncached)[0]
                for _ in range(RUNS)
            ]
            print(
                f"{size:>7,} cached orders, no bytecode cache       "
                f"({statistics.median(ratios):.2f}x bare)"
            )
        if size == max(args.sizes):
            text = "smith.j"
            latencies = keystroke_latency(profile, text)
            print(f"{size:>7,} orders, search keystrokes (filter + paint, ms):")
            for end, (filtered, painted) in enumerate(latencies, start=1):
                print(f"    {text[:end]!r:<10} {filtered * 1000:6.0f} + {painted * 1000:4.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
