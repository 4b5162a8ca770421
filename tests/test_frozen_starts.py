"""Which starts of the frozen executable are multiprocessing's (approval_console/frozen.py).

Only the copies multiprocessing starts import it before anything else; if it changed how it
starts them and the app missed one, that copy would open a second console instead of exporting
(tests/packaging/test_frozen_journey.py shows it on a desktop). So the command lines here are
the ones multiprocessing itself builds, not copies of them.
"""

from __future__ import annotations

import os
import sys
from multiprocessing import resource_tracker, spawn, util

import pytest

from approval_console.frozen import SANDBOX_FLAG, started_by_multiprocessing


class _Started(Exception):
    """Raised in place of starting the resource tracker, with its command line."""


def _resource_tracker_command(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    def spawnv_passfds(path: str, args: list[str], passfds: object) -> int:
        raise _Started(args)

    monkeypatch.setattr(util, "spawnv_passfds", spawnv_passfds)
    with pytest.raises(_Started) as started:
        resource_tracker.ResourceTracker().ensure_running()
    return [os.fsdecode(arg) for arg in started.value.args[0]]  # as the process gets them


def test_only_the_processes_multiprocessing_starts_import_it_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    export_process = spawn.get_command_line(tracker_fd=9, pipe_handle=12)
    tracker = _resource_tracker_command(monkeypatch)
    assert export_process[0] == tracker[0] == sys.executable
    assert started_by_multiprocessing(export_process)
    assert started_by_multiprocessing(tracker)

    person = [
        [sys.executable],
        [sys.executable, "--demo"],
        [sys.executable, "--profile", "/home/ops/console", "--verbose"],
        [sys.executable, "--check-bundle"],
        [sys.executable, SANDBOX_FLAG, "--port", "0"],
        [sys.executable, "--version"],
    ]
    assert not [argv for argv in person if started_by_multiprocessing(argv)]
