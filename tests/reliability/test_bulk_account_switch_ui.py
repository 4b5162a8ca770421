"""In the window: going to another account and back while a bulk change runs.

Coming back to an account reconciles its interrupted changes. A running bulk change is not
interrupted, whether its dialog is open or closed; it used to be taken for one, its entries
moved under it, and the run crashed with a quarter of its orders applied.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.store.journal import EntryState
from approval_console.ui.jobs import JobState
from approval_console.ui.main_window import MainWindow
from tests.helpers import BASIC_KEY, DEMO_KEY, approvepro_account, server_orders
from tests.qt_loop import garbage_collection, qasync_loop, qloop
from tests.ui.test_bulk_jobs import _bulk_dialog, _select
from tests.ui.test_main_window import ACCOUNT, _wait_filled
from tests.windows import close_window, open_window

__all__ = ["garbage_collection", "qasync_loop", "qloop"]

QUALITY = "st000006"  # Quality Check: internal, open to every order
OTHER = "ap-kiln"


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "53", "--rate-window", "0", "--queue-delay-ms", "2500")


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    main = approvepro_account(sandbox.url, ACCOUNT, rate_window="0", timezone="Europe/London")
    console.add_account(main, DEMO_KEY)
    other = approvepro_account(sandbox.url, OTHER, rate_window="0")
    console.add_account(replace(other, name="Little Kiln"), BASIC_KEY)
    console.settings.last_account = ACCOUNT
    window, context = open_window(qtbot, console)
    yield window
    close_window(qtbot, window, context)


def _choose_account(qtbot, window: MainWindow, account_id: str) -> None:
    """Pick the account in the toolbar, and wait until its orders are read again."""
    combo = window.accounts_combo
    index = combo.findData(account_id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: window.session.account_id == account_id, timeout=5000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)


@pytest.mark.parametrize("dialog_open", [False, True], ids=["dialog closed", "dialog open"])
def test_leaving_and_coming_back_leaves_a_running_bulk_change_alone(
    qtbot, window, sandbox, dialog_open
):
    _wait_filled(qtbot, window)
    ids = _select(window, 200, QUALITY)
    dialog = _bulk_dialog(qtbot, window, QUALITY)
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    [job] = window.context.jobs.jobs
    journal = window.context.console.journal
    qtbot.waitUntil(
        lambda: any(e.state is EntryState.SENT for e in journal.unfinished(ACCOUNT)),
        timeout=10_000,
    )
    if not dialog_open:
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    _choose_account(qtbot, window, OTHER)
    _choose_account(qtbot, window, ACCOUNT)
    assert job.running, "the queue's delay outlasts the switch"

    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert job.state is JobState.DONE and job.detail == "200 applied"
    assert window.banner.isHidden(), "a running change was reported as interrupted"
    assert journal.unfinished(ACCOUNT) == []
    truth = server_orders(sandbox, ids)
    assert all(truth[i]["status"]["code"] == QUALITY for i in ids)
