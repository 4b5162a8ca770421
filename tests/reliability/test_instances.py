"""One console per profile: a second launch brings the first window forward, touching nothing.

Two windows on one profile both ran: the second one's start-up reconcile took the first one's
bulk change in flight for a crash's leftovers, the first one's run then died on a refused journal
transition, and 50 of 1,000 orders were left unapplied.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from tests.reliability.console_process import WINDOW_OPEN, ConsoleProcess, wait_for_log

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="POSIX")]

BROUGHT_FORWARD = "asked for the window; bringing it forward"


def _files(profile: Path) -> dict[str, tuple[int, int]]:
    """Every file of the profile but the log (which the first console writes), with its size
    and modification time: what a second launch must leave as it was."""
    return {
        str(path.relative_to(profile)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(profile.rglob("*"))
        if path.is_file() and "logs" not in path.relative_to(profile).parts
    }


def test_a_second_launch_brings_the_first_forward_and_touches_nothing(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    first = ConsoleProcess(profile, tmp_path / "first")
    try:
        wait_for_log(first, WINDOW_OPEN)
        before = _files(profile)

        second = ConsoleProcess(profile, tmp_path / "second")
        assert second.wait(timeout=30) == 0
        assert "already running on this profile" in second.stderr
        assert "Traceback" not in second.stderr

        wait_for_log(first, BROUGHT_FORWARD)  # the first window got the message
        assert _files(profile) == before  # no cache, journal, lock or settings file touched
        assert first.process.poll() is None  # and the first one runs on

        first.process.send_signal(signal.SIGTERM)
        assert first.wait() == 0
    finally:
        first.stop()


def test_the_lock_of_a_killed_console_is_taken_over(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    killed = ConsoleProcess(profile, tmp_path / "killed")
    try:
        wait_for_log(killed, WINDOW_OPEN)
    finally:
        killed.process.kill()
        killed.wait()
    assert (profile / "data" / "console.lock").exists()  # left behind by the kill

    after = ConsoleProcess(profile, tmp_path / "after")
    try:
        wait_for_log(after, WINDOW_OPEN, count=2)  # it starts, rather than deferring to a ghost
        # ...and it answers the next launch.
        third = ConsoleProcess(profile, tmp_path / "third")
        assert third.wait(timeout=30) == 0
        wait_for_log(after, BROUGHT_FORWARD)
        after.process.send_signal(signal.SIGTERM)
        assert after.wait() == 0
    finally:
        after.stop()
