"""Undo in the window: after a status change the notice offers it; Undo (or Ctrl+Z) puts each
order back, and the list, the pane and the sandbox show it. Changes a backend keeps for good
offer nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from approval_console.app import Console
from approval_console.core.domain import Order
from approval_console.core.paths import Paths
from approval_console.services.outcomes import OrderResult, Outcome
from approval_console.services.undo import UndoReport
from approval_console.ui import undo_notice
from approval_console.ui.dialogs.change_status import ChangeStatusDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.review_window import ReviewWindow
from approval_console.ui.undo_notice import UndoNotice, describe_undo
from tests.helpers import server_orders
from tests.ui.test_bulk_jobs import _bulk_dialog
from tests.ui.test_main_window import _click_row, _close, _make_window, _open_dialog, _wait_filled
from tests.ui.test_review_window import _accounts, _answer, _open_queue, _rows_of, _truth
from tests.windows import choose_account, close_window, demo_console, open_window

LEFT = Qt.MouseButton.LeftButton
QUALITY = "st000006"  # Quality Check: internal, open to every order
TRADE_HOLD = "st000007"
APPROVEPRO = "approvepro-demo"
WHOLESALE = "wholesale-demo"


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "71", "--rate-window", "0", "--queue-delay-ms", "200")


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    window, context = _make_window(qtbot, tmp_path / "profile", sandbox.url)
    yield window
    _close(qtbot, window, context)


def _notice(window: MainWindow) -> UndoNotice:
    return window.order_actions.undo_notice


def _status_in_list(window: MainWindow, order_id: str) -> str | None:
    model = window.orders.model
    for row in range(model.rowCount()):
        order = model.order_at(row)
        if order.id == order_id:
            return order.status_code
    return None


def _change_one_to_quality_check(qtbot, window: MainWindow) -> Order:
    """Click the first order not in Quality Check, and change it to Quality Check through the
    Change status dialog, as a person does; the order as it was."""
    model = window.orders.model
    row = next(r for r in range(model.rowCount()) if model.order_at(r).status_code != QUALITY)
    order = model.order_at(row)
    _click_row(qtbot, window, row)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    window.act_change.trigger()
    dialog = _open_dialog(ChangeStatusDialog)
    assert dialog is not None
    combo = dialog.options.status
    qtbot.waitUntil(lambda: combo.findData(QUALITY) >= 0, timeout=10_000)
    combo.setCurrentIndex(combo.findData(QUALITY))
    qtbot.mouseClick(dialog.apply, LEFT)
    return order


def test_a_status_change_is_undone_from_the_notice(qtbot, window, sandbox):
    _wait_filled(qtbot, window)
    assert not window.act_undo.isEnabled()  # nothing to undo yet
    before = _change_one_to_quality_check(qtbot, window)

    notice = _notice(window)
    qtbot.waitUntil(notice.isVisible, timeout=10_000)
    assert notice.text.text() == f"Changed {before.name} to Quality Check."
    assert notice.undo_button.isVisible() and notice.undo_button.text().startswith("Undo (")
    assert window.act_undo.isEnabled()
    assert server_orders(sandbox, [before.id])[before.id]["status"]["code"] == QUALITY
    qtbot.waitUntil(lambda: _status_in_list(window, before.id) == QUALITY, timeout=5000)

    qtbot.mouseClick(notice.undo_button, LEFT)
    qtbot.waitUntil(lambda: notice.text.text().startswith("Put back"), timeout=15_000)
    assert notice.text.text() == "Put back 1 order."
    assert not notice.undo_button.isVisible() and not window.act_undo.isEnabled()
    assert server_orders(sandbox, [before.id])[before.id]["status"]["code"] == before.status_code
    qtbot.waitUntil(lambda: _status_in_list(window, before.id) == before.status_code, timeout=5000)
    assert before.status is not None
    qtbot.waitUntil(lambda: window.pane.chip.text() == before.status.name, timeout=5000)


def test_the_offer_names_its_account_beside_another_accounts_list(
    qtbot, sandbox, memory_keyring, tmp_path
):
    """A change offered to undo, then another account's list: the notice and Edit ▸ Undo say
    which account the change was made in, so Undo is not taken for the orders in view; back
    on that account they say the change alone again."""
    console = demo_console(tmp_path / "profile", sandbox.url, start=APPROVEPRO)
    window, context = open_window(qtbot, console, demo=True)
    try:
        qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
        order = _change_one_to_quality_check(qtbot, window)
        notice = _notice(window)
        change = f"Changed {order.name} to Quality Check."
        qtbot.waitUntil(lambda: notice.text.text() == change, timeout=10_000)
        assert window.act_undo.text() == f"&Undo: {change}"

        made_in = console.settings.account(APPROVEPRO)
        assert made_in is not None
        choose_account(qtbot, window, WHOLESALE)
        assert notice.isVisible()
        assert notice.text.text() == f"In {made_in.name}: {change}"
        assert window.act_undo.text() == f"&Undo: In {made_in.name}: {change}"
        choose_account(qtbot, window, APPROVEPRO)
        assert notice.text.text() == change
        assert window.act_undo.text() == f"&Undo: {change}"
    finally:
        close_window(qtbot, window, context)


def test_the_offer_ends_after_its_seconds_and_ctrl_z_then_does_nothing(
    qtbot, window, sandbox, monkeypatch
):
    monkeypatch.setattr(undo_notice, "OFFER_SECONDS", 2)
    _wait_filled(qtbot, window)
    order = _change_one_to_quality_check(qtbot, window)

    notice = _notice(window)
    qtbot.waitUntil(notice.isVisible, timeout=10_000)
    assert notice.undo_button.text() == "Undo (2 s)"
    qtbot.waitUntil(lambda: notice.undo_button.text() == "Undo (1 s)", timeout=3000)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=3000)
    assert not window.act_undo.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(500)
    assert not notice.isVisible()
    assert server_orders(sandbox, [order.id])[order.id]["status"]["code"] == QUALITY


def test_a_bulk_change_of_two_statuses_is_undone_by_ctrl_z(qtbot, window, sandbox):
    _wait_filled(qtbot, window)
    model = window.orders.model
    by_status: dict[str, list[int]] = {}
    for row in range(model.rowCount()):
        code = model.order_at(row).status_code
        if code not in (None, QUALITY):
            by_status.setdefault(code, []).append(row)
    first, second = sorted(by_status.values(), key=len, reverse=True)[:2]
    rows = sorted(first[:4] + second[:4])
    window.table.select_rows(rows, current=rows[0])
    ids = window.orders.ids_for_rows(rows)
    before = {oid: model.order_at(row).status_code for oid, row in zip(ids, rows, strict=True)}

    dialog = _bulk_dialog(qtbot, window, QUALITY)
    qtbot.mouseClick(dialog.start, LEFT)
    notice = _notice(window)
    qtbot.waitUntil(notice.isVisible, timeout=30_000)
    assert notice.text.text() == "Changed 8 orders to Quality Check."
    assert {o["status"]["code"] for o in server_orders(sandbox, ids).values()} == {QUALITY}
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)

    # Ctrl+Z while typing in the search field undoes the typing, not the change.
    window.search.setFocus()
    qtbot.keyClicks(window.search, "ab")
    qtbot.keyClick(window.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.search.text() != "ab"
    assert notice.undo_button.isVisible()
    window.search.clear()

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: notice.text.text().startswith("Put back"), timeout=30_000)
    assert notice.text.text() == "Put back 8 orders."
    truth = server_orders(sandbox, ids)
    assert {oid: truth[oid]["status"]["code"] for oid in ids} == before
    qtbot.waitUntil(
        lambda: all(_status_in_list(window, oid) == before[oid] for oid in ids), timeout=10_000
    )


def _only(queue: ReviewWindow, row: int) -> None:
    """Make `row` the one selected and current row (whatever modifier keys an earlier key
    press left the offscreen platform believing held)."""
    selection, index = queue.table.selectionModel(), queue.vm.model.index(row, 0)
    flags = selection.SelectionFlag
    selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)


@pytest.fixture
def queue_window(qtbot, sandbox_factory, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    sandbox = sandbox_factory(
        "--seed", "21", "--rate-window", "0", "--orders", "300", "--spree-version", "6.0"
    )
    console = Console(Paths.in_profile(tmp_path / "queue"))
    for account, key in _accounts(sandbox.url):
        console.add_account(account, key)
    window, context = open_window(qtbot, console)
    window.sandbox = sandbox  # type: ignore[attr-defined]
    yield window
    _close(qtbot, window, context)


def test_an_approvepro_decision_is_undone_and_a_spree_cancel_offers_nothing(qtbot, queue_window):
    window = queue_window
    sandbox = window.sandbox  # type: ignore[attr-defined]
    queue = _open_queue(qtbot, window)
    model = queue.vm.model
    row = _rows_of(queue, "ap-ui")[0]
    order = model.order_at(row)
    _only(queue, row)
    queue.activateWindow()
    qtbot.waitUntil(queue.isActiveWindow, timeout=3000)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: queue.message.text() == "1 approved.", timeout=10_000)
    notice = queue.findChild(UndoNotice)
    assert notice is not None
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert notice.text.text() == "Approved 1 order."
    assert window.act_undo.isEnabled()  # the main window offers it too
    qtbot.waitUntil(lambda: not queue.vm.busy, timeout=10_000)

    queue.activateWindow()
    qtbot.waitUntil(queue.isActiveWindow, timeout=3000)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: notice.text.text() == "Put back 1 order.", timeout=15_000)
    truth = _truth(sandbox, "approvepro", [order.id])
    assert truth[order.id]["status"]["code"] == TRADE_HOLD
    # Back in the queue: it awaits a decision again.
    qtbot.waitUntil(
        lambda: any(model.order_at(r).id == order.id for r in range(model.rowCount())),
        timeout=10_000,
    )

    spree_row = _rows_of(queue, "spree-ui")[0]
    spree_order = model.order_at(spree_row)
    _only(queue, spree_row)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_C)
    _answer(qtbot, queue, "Cancel order")
    qtbot.waitUntil(lambda: queue.message.text() == "1 canceled.", timeout=10_000)
    assert _truth(sandbox, "spree", [spree_order.id])[spree_order.id]["status"] == "canceled"
    assert not notice.isVisible() and not notice.undo_button.isVisible()
    assert not window.act_undo.isEnabled()


def test_what_undo_did_is_said_per_order_in_one_line():
    report = UndoReport("ap", total=7)
    for oid in "abcd":
        report.report.add(OrderResult(oid, Outcome.APPLIED))
    report.report.add(
        OrderResult("e", Outcome.CHANGED_MEANWHILE, "changed meanwhile: now “Shipped”, by Ann")
    )
    report.report.add(
        OrderResult("f", Outcome.CHANGED_MEANWHILE, "changed meanwhile: now “Packed”")
    )
    report.report.add(OrderResult("g", Outcome.NOT_APPLIED, "it had no status before"))
    names = {oid: f"#{ord(oid)}" for oid in "abcdefg"}
    assert describe_undo([report], names) == (
        "Put back 4 of 7; 2 had changed since (#101: now “Shipped”, by Ann; #102: now “Packed”)"
        "; 1 could not be put back (#103: it had no status before)."
    )
    everything = UndoReport("ap", total=2)
    everything.report.add(OrderResult("a", Outcome.APPLIED))
    everything.report.add(OrderResult("b", Outcome.APPLIED))
    assert describe_undo([everything], names) == "Put back 2 orders."
