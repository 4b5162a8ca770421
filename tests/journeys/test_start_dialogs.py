"""A logout or a `kill` while the start asks a question ends the launch as Quit would.

The start's dialogs (a damaged journal's question, then why the console cannot start) wait in
Qt's loop for a person. A SIGTERM or SIGINT there used to do nothing at all: the process waited
for an answer nobody would give, and only a second signal killed it outright.
"""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from approval_console.core.paths import Paths
from approval_console.start_problems import EXIT_CODE
from tests.journeys.running_app import RunningApp

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform != "linux", reason="POSIX signals on X11"),
]

DAMAGED = b"this is not a database" * 200


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_answers_the_damaged_journal_question_with_quit(
    launched, tmp_path, number: int
) -> None:
    paths = Paths.in_profile(tmp_path / "profile")
    paths.ensure()
    paths.journal.write_bytes(DAMAGED)

    app: RunningApp = launched()
    app.window("^The change journal cannot be read$")  # the question, waiting for the person
    app.process.send_signal(number)

    try:
        code = app.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("the launch kept waiting for an answer after the signal")
    assert code == EXIT_CODE  # refused to start, as Quit does: not killed by the signal
    assert paths.journal.read_bytes() == DAMAGED, "the journal is left as it was, not set aside"
    assert not [p for p in paths.journal.parent.iterdir() if ".corrupt-" in p.name]
