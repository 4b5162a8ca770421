"""The frozen app: its bundle size, and its time to the first painted order list beside the
same from source (10,000 cached orders, offscreen). Targets: under 150 MB, within 1.5x source.

    .venv/bin/python tests/benchmarks/frozen.py     # builds dist/approval-console if missing
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))

from startup import build_profile  # noqa: E402

RUNS = 5
ORDERS = 10_000


def bundle() -> Path:
    folder = Path(os.environ.get("APPROVAL_CONSOLE_DIST", ROOT / "dist" / "approval-console"))
    if not (folder / "approval-console").exists():
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, cwd=ROOT)
    return folder


def size_bytes(folder: Path) -> int:
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to the first painted list with orders in it."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if line.startswith("first-paint") and elapsed is None:
            elapsed = time.perf_counter() - started
    if process.wait(timeout=60) != 0 or elapsed is None:
        raise RuntimeError(f"{command[0]} did not paint and exit cleanly")
    return elapsed


def main() -> int:
    folder = bundle()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHON_KEYRING_BACKEND="approval_console.core.memory_keyring.MemoryKeyring",
    )
    profile = build_profile(ORDERS)
    arguments = ["--profile", str(profile), "--report-startup"]
    frozen = [str(folder / "approval-console"), *arguments]
    source = [sys.executable, "-m", "approval_console", *arguments]
    first_paint(frozen, env)  # the first start of a new bundle fills the OS file cache
    frozen_s = statistics.median(first_paint(frozen, env) for _ in range(RUNS))
    source_s = statistics.median(first_paint(source, env) for _ in range(RUNS))
    size = size_bytes(folder)
    print(
        f"bundle size                                  {size / 2**20:7.0f} MiB"
        f"  ({size / 1e6:.0f} MB)"
    )
    print(f"first paint, {ORDERS:,} cached orders, from source {source_s * 1000:7.0f} ms")
    print(
        f"first paint, {ORDERS:,} cached orders, frozen      {frozen_s * 1000:7.0f} ms"
        f"  ({frozen_s / source_s:.2f}x source)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
