"""Exporting 100,000 orders to CSV with the window up: how long, and the worst GUI stall.

    .venv/bin/python tests/benchmarks/export.py [--orders N] [--runs N]

The window opens on a profile whose cache holds the orders (the server unreachable, as on a
train), the list fills, and the whole list is exported as a person does it: Ctrl+E's dialog,
the view, a file, Export. A timer ticking every few milliseconds on the GUI thread records
the longest gap between its ticks while the export runs: the longest the window could not
answer a click or paint. Target: no stall over 50 ms. Prints figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import csv
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1].parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from gui_bench import StallWatch, open_window  # noqa: E402
from startup import ACCOUNT, build_profile  # noqa: E402

SHOW_GAPS = False  # --gaps: when the window stalled, not only how long at worst
PROFILE_GUI: cProfile.Profile | None = None  # to see what the GUI thread does meanwhile
STALL_TARGET_MS = 50


def run(profile: Path, out: Path, runs: int) -> list[tuple[float, float, int]]:
    _app, loop, console, context, window = open_window(profile, ACCOUNT)
    figures: list[tuple[float, float, int]] = []

    async def export_once(number: int) -> None:
        target = out / f"orders-{number}.csv"
        dialog = window.exports.export_list(window.table, "Benchmark shop")
        assert dialog is not None
        dialog.view_choice.setChecked(True)
        dialog.path.setText(str(target))
        await asyncio.sleep(0.3)  # the dialog painted, as a person sees it
        heartbeat.start()
        started = time.perf_counter()
        gui_cpu = time.thread_time()
        if PROFILE_GUI is not None:
            PROFILE_GUI.enable()
        dialog.export_button.click()
        clicked = time.perf_counter() - started
        job = context.jobs.jobs[-1]
        ended = asyncio.Event()  # told by the job, not polled: polling is GUI work too
        job.changed.connect(lambda: None if job.running else ended.set())
        await ended.wait()
        elapsed = time.perf_counter() - started
        gui_cpu = time.thread_time() - gui_cpu
        if PROFILE_GUI is not None:
            PROFILE_GUI.disable()
        stall = heartbeat.stop()
        print(
            f"  starting it took the GUI thread {clicked * 1000:.0f} ms; "
            f"GUI thread CPU during the export {gui_cpu * 1000:.0f} ms"
        )
        if SHOW_GAPS:
            gaps = [(round((t - started) * 1000), round(g * 1000)) for t, g in heartbeat.gaps]
            print(f"  gaps over 30 ms (ms after the click, length): {gaps}")
        assert job.detail.endswith(f"written to {target.name}"), job.detail
        with target.open(encoding="utf-8", newline="") as stream:
            rows = sum(1 for _ in csv.reader(stream)) - 1
        figures.append((elapsed, stall, rows))

    async def main() -> None:
        window.start()
        while window.orders.model.rowCount() == 0:
            await asyncio.sleep(0.01)
        await asyncio.sleep(1.0)  # the list settles; its background work is done
        heartbeat.start()
        await asyncio.sleep(1.0)
        idle = heartbeat.stop()
        print(f"idle window: worst stall {idle * 1000:.0f} ms over 1 s")
        for number in range(runs):
            await export_once(number)
        window.close_now()
        await context.runner.shutdown()
        await console.aclose()

    heartbeat = StallWatch()
    with loop:
        loop.run_until_complete(main())
    context.close()
    console.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gaps", action="store_true", help="list every stall over 30 ms")
    parser.add_argument(
        "--profile-gui", action="store_true", help="what the GUI thread spent its time on"
    )
    options = parser.parse_args()
    global SHOW_GAPS, PROFILE_GUI
    SHOW_GAPS = options.gaps
    PROFILE_GUI = cProfile.Profile() if options.profile_gui else None
    print(f"building a cache of {options.orders:,} orders…", flush=True)
    profile = build_profile(options.orders)
    out = Path(tempfile.mkdtemp(prefix="export-bench-"))
    try:
        figures = run(profile, out, options.runs)
    finally:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)
    if PROFILE_GUI is not None:
        pstats.Stats(PROFILE_GUI).sort_stats("tottime").print_stats(15)
    for elapsed, stall, rows in figures:
        print(f"exported {rows:,} rows in {elapsed:.2f} s; worst GUI stall {stall * 1000:.0f} ms")
    times = [f[0] for f in figures]
    worst = max(f[1] for f in figures)
    verdict = "within" if worst * 1000 <= STALL_TARGET_MS else "OVER"
    print(
        f"median export {statistics.median(times):.2f} s; worst stall {worst * 1000:.0f} ms "
        f"({verdict} the {STALL_TARGET_MS} ms target)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
