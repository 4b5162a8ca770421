"""A demo leaves nothing behind however it ends: no throwaway profile, no sandbox process.

Each test runs `python -m approval_console --demo` as a person's desktop would, with the
temporary folder (where the throwaway profile goes) pointed at the test's own folder.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="/proc")]


def start_demo(tmp_path: Path, *args: str, platform: str = "offscreen") -> subprocess.Popen[str]:
    env = dict(os.environ, TMPDIR=str(tmp_path), QT_QPA_PLATFORM=platform)
    return subprocess.Popen(
        [sys.executable, "-m", "approval_console", "--demo", *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def processes_mentioning(folder: Path) -> list[int]:
    """Live processes whose command line names `folder` (the demo's sandbox does)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(folder).encode() in cmdline.read_bytes():
                found.append(int(cmdline.parent.name))
        except OSError:
            continue
    return [pid for pid in found if pid != os.getpid()]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("approval-console-"))


def assert_nothing_left(folder: Path, timeout: float = 20.0) -> None:
    """The profile and the sandbox go; after a crash that takes the sandbox a moment."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and (leftovers(folder) or processes_mentioning(folder)):
        time.sleep(0.1)
    assert leftovers(folder) == []
    assert processes_mentioning(folder) == []


def wait_for_window(process: subprocess.Popen[str], folder: Path, timeout: float = 60.0) -> None:
    """Until the window runs: its demo accounts are saved and it has asked the sandbox."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        for settings in folder.glob("approval-console-demo-*/config/settings.json"):
            try:
                url = json.loads(settings.read_text())["accounts"][0]["base_url"]
                stats = httpx.get(f"{url}/_sandbox/stats", timeout=5).json()
            except (ValueError, KeyError, IndexError, OSError, httpx.HTTPError):
                continue
            if stats["requests"] > 0:
                return
        time.sleep(0.1)
    raise AssertionError("the demo window never started")


def finish(process: subprocess.Popen[str]) -> int:
    try:
        process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return process.returncode


def test_a_normal_close(tmp_path: Path) -> None:
    # --report-startup closes the window once the list is loaded, as a click on its close would.
    process = start_demo(tmp_path, "--report-startup")
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err[-2000:]
    assert "loaded rss-mb" in out
    assert_nothing_left(tmp_path)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_window_cleanly(tmp_path: Path, number: int) -> None:
    process = start_demo(tmp_path)
    wait_for_window(process, tmp_path)
    process.send_signal(number)
    assert finish(process) == 0  # closed through its window, not killed by the signal
    assert_nothing_left(tmp_path)


def test_a_signal_while_the_sandbox_starts(tmp_path: Path) -> None:
    process = start_demo(tmp_path)
    deadline = time.monotonic() + 30
    while not processes_mentioning(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    assert finish(process) == 0
    assert_nothing_left(tmp_path)


def test_a_crash_at_start(tmp_path: Path) -> None:
    # Qt aborts the process when it cannot load the platform plugin, as it did on a desktop
    # lacking libxcb-icccm4: no code in the console runs after that.
    process = start_demo(tmp_path, platform="no-such-platform")
    assert finish(process) == -signal.SIGABRT
    assert_nothing_left(tmp_path)


def test_killed_outright(tmp_path: Path) -> None:
    process = start_demo(tmp_path)
    wait_for_window(process, tmp_path)
    process.kill()
    assert finish(process) == -signal.SIGKILL
    assert_nothing_left(tmp_path)
