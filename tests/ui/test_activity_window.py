"""The activity log window: opened with Ctrl+Shift+L over a journal of real changes made in the
window against the sandbox; filtered, retried, followed to the list, exported."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from approval_console.app import Console
from approval_console.core.changes import DueDateChange
from approval_console.core.paths import Paths
from approval_console.ui.activity_window import CSV_EXCEL, ActivityWindow
from approval_console.ui.main_window import MainWindow
from approval_console.ui.models.activity import OUTCOME, WHY
from tests.helpers import DEMO_KEY, approvepro_account, server_orders
from tests.ui.test_main_window import ACCOUNT, _click_row, _wait_filled
from tests.windows import close_window, on_screen, open_window

SECOND = "ap-ui-second"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "65", "--rate-window", "0")


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    first = approvepro_account(sandbox.url, ACCOUNT, rate_window="0")
    second = approvepro_account(sandbox.url, SECOND, rate_window="0")
    console.add_account(first, DEMO_KEY)
    console.add_account(dataclasses.replace(second, name="Second Store"), DEMO_KEY)
    console.settings.last_account = ACCOUNT
    window, context = open_window(qtbot, console)
    yield window
    close_window(qtbot, window, context)


def _await(qtbot, coroutine) -> Any:  # type: ignore[no-untyped-def]
    task = asyncio.ensure_future(coroutine)
    qtbot.waitUntil(task.done, timeout=30_000)
    return task.result()


def _fail_comments(sandbox, order_id: str) -> None:  # type: ignore[no-untyped-def]
    """The server answers 500 to every try of a comment on this order, until it is fixed."""
    path = f"/api/v1/orders/{order_id}/comment"
    with sandbox.admin() as admin:
        body = {"method": "POST", "path": path, "fault": "error_500", "count": 4}
        admin.post("/_sandbox/faults", json=body).raise_for_status()


def _comment(qtbot, window: MainWindow, row: int, text: str) -> str:
    """Write a comment on the order at `row` as a person does; the order's id."""
    _click_row(qtbot, window, row)
    order_id = window.detail.order_id
    assert order_id is not None
    pane = window.pane
    qtbot.keyClicks(pane.comment.text_edit(), text)
    qtbot.mouseClick(pane.add_comment, LEFT)
    qtbot.waitUntil(lambda: pane.message.isVisible(), timeout=30_000)
    return order_id


def _open_log(qtbot, window: MainWindow) -> ActivityWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_L, mods)
    log = on_screen(window, ActivityWindow)
    assert log is not None
    return log


def _column(log: ActivityWindow, column: int) -> list[str]:
    model = log.vm.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _click(qtbot, log: ActivityWindow, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = log.table.visualRect(log.vm.model.index(row, 2))
    qtbot.mouseClick(log.table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, rect.center())


def _choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findText(text))


def test_open_filter_by_outcome_and_retry_what_failed(qtbot, window, sandbox):
    _wait_filled(qtbot, window)
    failing = window.orders.ids_for_rows([1])[0]
    _fail_comments(sandbox, failing)
    assert _comment(qtbot, window, 1, "Called the workshop") == failing
    _comment(qtbot, window, 2, "Proof sent again")

    log = _open_log(qtbot, window)
    qtbot.waitUntil(lambda: log.vm.model.rowCount() == 2, timeout=10_000)
    assert log.count.text() == "2 changes"
    assert _column(log, OUTCOME) == ["Applied", "Not applied"]

    _choose(log.outcome, "Not applied")
    qtbot.waitUntil(lambda: log.vm.model.rowCount() == 1, timeout=10_000)
    assert "gave up" in _column(log, WHY)[0]
    assert not log.retry.isEnabled()  # nothing chosen yet
    _click(qtbot, log, 0)
    assert log.retry.isEnabled()
    qtbot.mouseClick(log.retry, LEFT)
    qtbot.waitUntil(lambda: log.message.text().startswith("Retried"), timeout=30_000)
    assert log.message.text() == "Retried 1 change: 1 applied."
    history = server_orders(sandbox, [failing])[failing]["history"]
    assert history[0]["comment"] == "Called the workshop"
    # The failed entry stays as it was; the retry is a new, applied one.
    assert _column(log, OUTCOME) == ["Not applied"]
    qtbot.waitUntil(lambda: _column(log, WHY)[0].endswith("applied on a later try"), timeout=5000)
    assert not log.retry.isEnabled()  # nothing left to retry there
    _choose(log.outcome, "Applied")
    qtbot.waitUntil(lambda: log.vm.model.rowCount() == 2, timeout=10_000)
    assert log.vm.model.activity_at(0).entry.order_id == failing

    # It follows changes made while it is open.
    _comment(qtbot, window, 3, "Checked the artwork")
    qtbot.waitUntil(lambda: log.vm.model.rowCount() == 3, timeout=10_000)


def test_show_in_list_switches_to_the_orders_account_and_selects_them(qtbot, window):
    _wait_filled(qtbot, window)
    ops = window.context.console.ops
    ids = window.orders.ids_for_rows([4, 7])
    for order_id in ids:  # the same orders' ids, in the other account
        _await(qtbot, ops.apply(SECOND, order_id, DueDateChange(None)))
    log = _open_log(qtbot, window)
    _choose(log.account, "Second Store")
    qtbot.waitUntil(lambda: log.vm.model.rowCount() == 2, timeout=10_000)
    log.table.selectAll()
    qtbot.mouseClick(log.show_in_list, LEFT)
    qtbot.waitUntil(lambda: window.session.account_id == SECOND, timeout=5000)
    qtbot.waitUntil(
        lambda: sorted(window.orders.ids_for_rows(window.table.selected_rows())) == sorted(ids),
        timeout=20_000,
    )
    assert window.accounts_combo.currentText() == "Second Store"
    assert log.message.text() == "2 orders selected in the list."


def test_export_writes_the_rows_the_filters_show(qtbot, window, sandbox, tmp_path):
    _wait_filled(qtbot, window)
    _fail_comments(sandbox, window.orders.ids_for_rows([1])[0])
    _comment(qtbot, window, 1, "Called the workshop")  # not applied: left out of the file
    _comment(qtbot, window, 2, "Artwork approved by phone")
    log = _open_log(qtbot, window)
    _choose(log.outcome, "Applied")
    qtbot.waitUntil(lambda: log.vm.model.rowCount() == 1, timeout=10_000)
    shown = log.vm.model.activity_at(0)

    qtbot.mouseClick(log.export, LEFT)
    dialog = on_screen(log, QFileDialog)
    assert dialog is not None
    target = tmp_path / "activity.csv"
    dialog.selectNameFilter(CSV_EXCEL)  # Excel reads UTF-8 only after a byte order mark
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: log.message.text().startswith("1 change exported"), timeout=10_000)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:6] == ["When", "Account", "Order", "Change", "Outcome", "Why"]
    assert len(rows) == 2
    assert rows[1][1:5] == ["Northwind Workshop", shown.order, "Comment", "Applied"]
    assert rows[1][7] == shown.entry.order_id

    # Canceled while it runs: the file already there stays as it was.
    written = target.read_bytes()
    log.export_to(target)
    assert log.export.text() == "Cancel e&xport"
    qtbot.mouseClick(log.export, LEFT)
    qtbot.waitUntil(lambda: log.message.text().startswith("Export canceled"), timeout=10_000)
    assert target.read_bytes() == written
    assert log.export.text() == "&Export…"


@pytest.fixture
def offline(qtbot, memory_keyring, tmp_path):  # type: ignore[no-untyped-def]
    """A console whose journal holds 1,000 changes and whose accounts are out of reach."""
    from approval_console.core.changes import CommentChange
    from approval_console.ui.context import UiContext

    console = Console(Paths.in_profile(tmp_path / "profile"))
    account = approvepro_account("http://127.0.0.1:9", ACCOUNT)
    console.add_account(account, DEMO_KEY)
    ids = [f"o-{number}" for number in range(1000)]
    console.journal.record(ACCOUNT, ids, CommentChange("Checked by phone"))
    context = UiContext.create(console)
    yield context
    _await(qtbot, context.runner.shutdown())
    context.close()
    console.close()


def test_a_long_log_reads_a_page_at_a_time_as_it_scrolls(qtbot, offline, qtmodeltester):
    log = ActivityWindow(offline)
    qtbot.addWidget(log)
    log.show()
    model = log.vm.model
    qtbot.waitUntil(lambda: log.count.text() == "1,000 changes", timeout=10_000)
    assert model.rowCount() == 200
    assert model.activity_at(0).order == "o-999"  # newest first; no number cached
    assert _column(log, OUTCOME)[0] == "Interrupted"
    log.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=10_000)
    assert model.activity_at(399).order == "o-600"
    qtmodeltester.check(model, force_py=True)
    _choose(log.day, "Yesterday")
    qtbot.waitUntil(lambda: log.count.text() == "0 changes", timeout=10_000)
    assert model.rowCount() == 0
    _choose(log.day, "On a day…")
    assert log.picked_day.isVisible()
    qtbot.keyClick(log.picked_day, Qt.Key.Key_Down)  # a day earlier: nothing then
    qtbot.waitUntil(lambda: log.count.text() == "0 changes", timeout=10_000)
    qtbot.keyClick(log.picked_day, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: log.count.text() == "1,000 changes", timeout=10_000)
    log.close()
