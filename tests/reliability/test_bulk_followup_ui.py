"""In the window: a bulk change whose server queue is slower than the run waits ends with its
orders unknown, and the job's line and the dialog's report then catch up with the server,
without the person doing anything."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from approval_console.services.outcomes import Outcome
from approval_console.ui.jobs import JobState
from approval_console.ui.main_window import MainWindow
from tests.qt_loop import garbage_collection, qasync_loop, qloop
from tests.ui.test_bulk_jobs import _bulk_dialog, _select
from tests.ui.test_main_window import _close, _make_window, _wait_filled

__all__ = ["garbage_collection", "qasync_loop", "qloop"]

QUALITY = "st000006"  # Quality Check: internal, open to every order


@pytest.fixture
def window(qtbot, sandbox_factory, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    sandbox = sandbox_factory("--seed", "52", "--rate-window", "0", "--queue-delay-ms", "6000")
    window, context = _make_window(qtbot, tmp_path / "profile", sandbox.url)
    changes = context.console.changes
    changes.settle_timeout = 2.0  # shorter than the queue's delay
    changes.follow_first = 2.0
    yield window
    _close(qtbot, window, context)


def test_a_slow_queue_s_orders_turn_applied_in_the_job_and_the_report(qtbot, window):
    _wait_filled(qtbot, window)
    _select(window, 60, QUALITY)
    dialog = _bulk_dialog(qtbot, window, QUALITY)
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    [job] = window.context.jobs.jobs

    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    assert job.state is JobState.DONE
    assert job.detail == "60 unknown · still checking" and not job.needs_attention
    assert "still checking" in dialog.progress_text.text()

    qtbot.waitUntil(lambda: job.detail == "60 applied", timeout=30_000)
    assert not job.needs_attention
    assert dialog.summary.text() == "60 applied"
    assert dialog.progress_text.text() == "Done."
    outcomes = {dialog.results.item(row, 1).text() for row in range(dialog.results.rowCount())}
    assert outcomes == {"Applied"}
    report = dialog.vm.report
    assert report is not None and report.counts()[Outcome.APPLIED] == 60
