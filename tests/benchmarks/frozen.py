"""The frozen app: its bundle size and its `.deb`'s, its time to the first painted order list
beside the same from source (10,000 cached orders, offscreen), and an export in a process of
its own. Targets: bundle at most 120 MB, first paint within 1.0x the source start.

The floor beside the bundle's size is what any PySide6 widgets app bundles: Qt's core, GUI and
widgets libraries with their bindings, and the Python interpreter. The `.deb` is built with
dpkg-deb's default xz compression (about a minute on two cores).

    .venv/bin/python tests/benchmarks/frozen.py     # builds dist/approval-console if missing
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))

from startup import build_profile  # noqa: E402

RUNS = 15
ORDERS = 10_000
TARGET_MB = 120
LARGEST = 12  # the bundle's largest files, listed after the figures
TARGET_RATIO = 1.0
# What every PySide6 widgets app carries, whatever it does: the floor under the bundle's size.
FLOOR_FILES = (
    "_internal/PySide6/Qt/lib/libQt6Core.so.6",
    "_internal/PySide6/Qt/lib/libQt6Gui.so.6",
    "_internal/PySide6/Qt/lib/libQt6Widgets.so.6",
    "_internal/PySide6/QtCore.abi3.so",
    "_internal/PySide6/QtGui.abi3.so",
    "_internal/PySide6/QtWidgets.abi3.so",
    "_internal/libpython3.11.so.1.0",
)


def bundle() -> Path:
    folder = Path(os.environ.get("APPROVAL_CONSOLE_DIST", ROOT / "dist" / "approval-console"))
    if not (folder / "approval-console").exists():
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, cwd=ROOT)
    return folder


def size_bytes(folder: Path) -> int:
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def deb_bytes(folder: Path) -> int:
    """The compressed size of the `.deb` built from `folder` as a release builds it."""
    with tempfile.TemporaryDirectory() as out:
        script = ROOT / "packaging" / "linux" / "build-deb.sh"
        subprocess.run(["bash", str(script), str(folder), out], check=True, capture_output=True)
        return sum(path.stat().st_size for path in Path(out).glob("*.deb"))


def check_bundle(folder: Path, env: dict[str, str]) -> list[str]:
    """What `approval-console --check-bundle` says: the export in a process among it."""
    result = subprocess.run(
        [str(folder / "approval-console"), "--check-bundle"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    return result.stdout.splitlines() or [f"FAILED (exit {result.returncode})"]


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
    first_paint(source, env)
    # In turns, so that both meet the same load on a machine other work shares.
    frozen_runs, source_runs = [], []
    for _ in range(RUNS):
        frozen_runs.append(first_paint(frozen, env))
        source_runs.append(first_paint(source, env))
    frozen_s, source_s = statistics.median(frozen_runs), statistics.median(source_runs)
    size = size_bytes(folder)
    floor = sum((folder / name).stat().st_size for name in FLOOR_FILES)
    deb = deb_bytes(folder)
    ratio = frozen_s / source_s
    print(
        f"bundle size                                  {size / 1e6:7.1f} MB"
        f"  ({size / 2**20:.1f} MiB; target <= {TARGET_MB} MB, floor {floor / 1e6:.1f} MB)"
    )
    print(
        f".deb, xz-compressed                          {deb / 1e6:7.1f} MB"
        f"  ({deb / size:.0%} of the bundle)"
    )
    print(f"first paint, {ORDERS:,} cached orders, from source {source_s * 1000:7.0f} ms  (floor)")
    print(
        f"first paint, {ORDERS:,} cached orders, frozen      {frozen_s * 1000:7.0f} ms"
        f"  ({ratio:.2f}x source; target <= {TARGET_RATIO:.1f}x)"
    )
    for line in check_bundle(folder, env):
        print(f"frozen app: {line}")
    print("largest parts:")
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    for path in sorted(files, key=lambda path: path.stat().st_size, reverse=True)[:LARGEST]:
        print(f"  {path.stat().st_size / 1e6:6.1f} MB  {path.relative_to(folder)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
