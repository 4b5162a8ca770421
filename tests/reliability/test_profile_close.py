"""SIGTERM or SIGINT (a logout, a `kill`, Ctrl+C) closes the console on a real profile cleanly.

The demo's tests show a signal closes the window and removes the throwaway profile; a person's
own profile must, in addition, be left closed cleanly: both SQLite files checkpointed and marked
clean (else the next start runs a full check of every page), the journal's entries intact, the
profile's lock released for the next launch.
"""

from __future__ import annotations

import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from approval_console.app import Console
from approval_console.core.changes import CommentChange
from approval_console.core.paths import Paths
from tests.reliability.console_process import WINDOW_OPEN, ConsoleProcess, wait_for_log

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="POSIX")]


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_a_real_profile_cleanly(tmp_path: Path, number: int) -> None:
    profile = tmp_path / "profile"
    paths = Paths.in_profile(profile)
    console = Console(paths)
    try:  # an unsent change, of an account this profile no longer has: nothing sends it
        console.journal.record("ap-gone", ["o1"], CommentChange("Checked by phone"))
    finally:
        console.close()

    running = ConsoleProcess(profile, tmp_path / "out")
    try:
        wait_for_log(running, WINDOW_OPEN)
        running.process.send_signal(number)
        assert running.wait() == 0  # closed through its window, not killed by the signal
    finally:
        running.stop()

    assert "Traceback" not in running.stderr
    for database in (paths.database, paths.journal):
        assert Path(f"{database}.clean").exists(), database  # closed, not abandoned
        assert not Path(f"{database}-wal").exists(), database  # everything in the file itself
    assert not paths.instance_lock.exists()  # the next launch starts at once
    with sqlite3.connect(f"file:{paths.journal}?mode=ro", uri=True) as journal:
        rows = journal.execute("SELECT account_id, state FROM journal").fetchall()
    journal.close()
    assert rows == [("ap-gone", "pending")]
