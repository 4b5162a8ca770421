"""Spree and wholesale-portal accounts in the window: their orders' items, shipments, payments,
refunds and status history, as the servers hold them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.domain import Review
from approval_console.core.paths import Paths
from approval_console.ui.dialogs.bulk_action import BulkActionDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.models.orders import AMOUNT_COLUMN, DUE_COLUMN
from approval_console.ui.review_window import ReviewWindow
from approval_console.ui.widgets.billing_tabs import (
    INVOICES_TAB,
    ITEMS_TAB,
    PAYMENTS_TAB,
    SHIPMENTS_TAB,
)
from tests.ui.test_main_window import _click_row, _close, _open_dialog, open_window
from tests.windows import on_screen

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(params=["5.6", "6.0"])
def spree_version(request) -> str:
    """Each Spree release the console is tested against (the README lists them)."""
    return request.param


@pytest.fixture
def sandbox(sandbox_factory, spree_version):
    return sandbox_factory(
        "--seed", "23", "--rate-window", "0", "--orders", "100", "--spree-version", spree_version
    )


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(Account("spree-ui", "spree", "Spree shop", sandbox.url), "sk_demo_spree")
    console.add_account(Account("ws-ui", "wholesale", "Portal", sandbox.url), "demo-wholesale")
    console.settings.last_account = "spree-ui"
    window, context = open_window(qtbot, console)
    yield window
    _close(qtbot, window, context)


def _truth(sandbox, api: str, order_id: str) -> dict:
    with sandbox.admin() as client:
        response = client.get(f"/_sandbox/{api}/orders", params={"ids": order_id})
    [order] = response.json()["data"]
    return order


def _wait_synced(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)


def _show_row_where(qtbot, window: MainWindow, wanted) -> str:  # type: ignore[no-untyped-def]
    model = window.orders.model
    row = next(r for r in range(model.rowCount()) if wanted(model.order_at(r)))
    _click_row(qtbot, window, row)
    order_id = window.detail.order_id
    qtbot.waitUntil(
        lambda: (
            window.detail.detail is not None
            and window.detail.detail.records is not None
            and window.detail.detail.order.id == order_id
        ),
        timeout=10_000,
    )
    return order_id


def test_a_spree_order_fills_items_shipments_and_payments(qtbot, window, sandbox):
    _wait_synced(qtbot, window)
    assert not window.table.isColumnHidden(AMOUNT_COLUMN)
    assert window.table.isColumnHidden(DUE_COLUMN)
    order_id = _show_row_where(qtbot, window, lambda o: o.status_code == "placed")
    truth = _truth(sandbox, "spree", order_id)
    tabs = window.pane.billing
    assert tabs.isVisible() and not tabs.isTabVisible(INVOICES_TAB)
    assert tabs.items.rowCount() == len(truth["items"])
    assert tabs.tabText(ITEMS_TAB) == f"Items ({len(truth['items'])})"
    assert tabs.items.item(0, 0).text().startswith(truth["items"][0]["name"])
    assert tabs.shipments.rowCount() == len(truth["fulfillments"])
    assert tabs.payments.rowCount() == len(truth["payments"])
    assert truth["payments"] and tabs.isTabVisible(PAYMENTS_TAB)
    assert tabs.payments.item(0, 2).text().startswith(truth["payments"][0]["amount"])


def test_spree_orders_are_approved_and_canceled_from_the_detail_pane(
    qtbot, window, sandbox, spree_version
):
    """6.0 emails the customer a cancel when asked; 5.6's cancel action never passes the
    choice on, so there the console promises nothing and no email goes out."""
    _wait_synced(qtbot, window)
    risky = _show_row_where(qtbot, window, lambda o: o.review is Review.AWAITING)
    assert window.pane.approve.isVisible() and window.pane.cancel_order.isVisible()
    qtbot.mouseClick(window.pane.approve, LEFT)
    qtbot.waitUntil(lambda: _truth(sandbox, "spree", risky)["approved_at"] is not None)

    other = _show_row_where(qtbot, window, lambda o: o.review is Review.AWAITING and o.id != risky)
    qtbot.mouseClick(window.pane.cancel_order, LEFT)
    qtbot.waitUntil(lambda: _open_dialog(QMessageBox) is not None, timeout=3000)
    box = _open_dialog(QMessageBox)
    name = window.orders.model.order_at(window.table.currentIndex().row()).name
    told = spree_version == "6.0"
    assert box.text() == f"Cancel order {name}?" + (" The customer is told." if told else "")
    [go] = [b for b in box.buttons() if b.text() == "Cancel order"]
    qtbot.mouseClick(go, LEFT)
    qtbot.waitUntil(lambda: _truth(sandbox, "spree", other)["status"] == "canceled")
    canceled = _truth(sandbox, "spree", other)
    emailed = [n["to"] for n in canceled["notifications"]]
    assert emailed == ([canceled["email"]] if told else [])


def test_a_bulk_cancel_keeps_the_notify_choice_made_in_the_review_queue(
    qtbot, window, sandbox, spree_version
):
    _wait_synced(qtbot, window)
    _show_row_where(qtbot, window, lambda o: o.review is Review.AWAITING)
    if spree_version == "5.6":
        # 5.6 emails no cancel whatever is asked: no choice is offered, nothing promised.
        assert window.pane.decision_note.text() == ""
        window.act_review.trigger()
        queue = on_screen(window, ReviewWindow)
        assert queue is not None
        qtbot.waitUntil(lambda: queue.vm.model.rowCount() > 0, timeout=20_000)
        queue.table.selectRow(0)
        assert queue.current()[0] == "spree-ui" and not queue.notify.isVisible()
        return
    assert window.pane.decision_note.text().startswith("Canceling tells the customer.")
    # In the review queue, the person stops emailing this store's customers.
    window.act_review.trigger()
    queue = on_screen(window, ReviewWindow)
    assert queue is not None
    qtbot.waitUntil(lambda: queue.vm.model.rowCount() > 0, timeout=20_000)
    queue.table.selectRow(0)
    assert queue.current()[0] == "spree-ui" and queue.notify.isChecked()
    qtbot.mouseClick(queue.notify, LEFT, pos=QPoint(8, queue.notify.height() // 2))
    queue.close()
    assert window.pane.decision_note.text().startswith("Canceling does not tell the customer.")

    model = window.orders.model
    rows = [r for r in range(model.rowCount()) if model.order_at(r).review is Review.AWAITING][:2]
    _click_row(qtbot, window, rows[0])
    _click_row(qtbot, window, rows[1], Qt.KeyboardModifier.ControlModifier)
    ids = [model.order_at(row).id for row in rows]
    window.act_cancel_order.trigger()
    dialog = _open_dialog(BulkActionDialog)
    assert dialog is not None and "Customers are not told." in dialog.preview.text()
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.summary.text() == "2 applied", timeout=20_000)
    for order_id in ids:
        canceled = _truth(sandbox, "spree", order_id)
        assert canceled["status"] == "canceled" and canceled["notifications"] == []
    dialog.close()


def test_a_portal_order_shows_who_changed_its_status_and_its_shipments(qtbot, window, sandbox):
    _wait_synced(qtbot, window)
    window.accounts_combo.setCurrentIndex(window.accounts_combo.findData("ws-ui"))
    window.accounts_combo.activated.emit(window.accounts_combo.currentIndex())
    qtbot.waitUntil(lambda: window.detail.account_id == "ws-ui", timeout=5000)
    model = window.orders.model
    qtbot.waitUntil(
        lambda: model.rowCount() > 0 and model.order_at(0).number.startswith("SO-"),
        timeout=20_000,
    )
    _wait_synced(qtbot, window)
    assert not window.pane.change_status.isVisible() and not window.pane.comment.isVisible()
    order_id = _show_row_where(qtbot, window, lambda o: o.status_code == "shipped")
    truth = _truth(sandbox, "wholesale", order_id)
    tabs = window.pane.billing
    assert tabs.items.rowCount() == len(truth["items"])
    assert tabs.shipments.rowCount() == len(truth["shipments"]) > 0
    assert tabs.tabText(SHIPMENTS_TAB) == f"Shipments ({len(truth['shipments'])})"
    assert tabs.shipments.item(0, 2).text() == (truth["shipments"][0]["tracking_number"] or "")
    history = window.detail.detail.history
    assert len(history) == len(truth["status_history"]) > 0
    assert window.pane.timeline.isVisible()
