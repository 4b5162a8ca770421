"""A person changes an order another operator changed while they were looking at it: the
window says so instead of overwriting, and one click applies it anyway."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.domain import Review
from approval_console.core.paths import Paths
from approval_console.ui.dialogs.bulk_action import BulkActionDialog
from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
from approval_console.ui.dialogs.change_status import ChangeStatusDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.review_window import ReviewWindow
from tests.helpers import DEMO_KEY, server_orders
from tests.ui.test_main_window import _click_row, _make_window, _open_dialog, _wait_filled
from tests.windows import close_window, on_screen, open_window

LEFT = Qt.MouseButton.LeftButton
QUALITY_CHECK, IN_PRODUCTION = "st000006", "st000005"


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "57", "--orders", "120", "--rate-window", "0")


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    window, context = _make_window(qtbot, tmp_path / "profile", sandbox.url)
    yield window
    close_window(qtbot, window, context)


def _other_operator_sets(sandbox, order_id: str, code: str) -> None:
    """A colleague, with their own client, changes the order on the same server."""
    with httpx.Client(
        base_url=f"{sandbox.url}/api/v1", headers={"Authorization": f"Bearer {DEMO_KEY}"}
    ) as client:
        client.post(
            f"/orders/{order_id}/status",
            json={"status_code": code, "email_customer": False, "email_additional": False},
        ).raise_for_status()


def test_a_status_change_on_an_order_changed_meanwhile_waits_for_apply_anyway(
    qtbot, window, sandbox
):
    _wait_filled(qtbot, window, 120)
    model = window.orders.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.order_at(r).status_code not in (QUALITY_CHECK, IN_PRODUCTION)
    )
    _click_row(qtbot, window, row)
    order_id = window.detail.order_id
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    # While the person looks at the order, a colleague moves it to In Production.
    _other_operator_sets(sandbox, order_id, IN_PRODUCTION)

    window.act_change.trigger()
    dialog = _open_dialog(ChangeStatusDialog)
    assert dialog is not None
    combo = dialog.options.status
    qtbot.waitUntil(lambda: combo.findData(QUALITY_CHECK) >= 0, timeout=10_000)
    combo.setCurrentIndex(combo.findData(QUALITY_CHECK))
    qtbot.mouseClick(dialog.apply, LEFT)

    pane = window.pane
    qtbot.waitUntil(lambda: "changed meanwhile" in pane.message.text(), timeout=10_000)
    assert "now “In Production”" in pane.message.text()
    assert pane.apply_anyway.isVisible()
    assert server_orders(sandbox, [order_id])[order_id]["status"]["code"] == IN_PRODUCTION
    # The pane now shows the order as it is.
    qtbot.waitUntil(lambda: pane.chip.text() == "In Production", timeout=5000)

    qtbot.mouseClick(pane.apply_anyway, LEFT)
    qtbot.waitUntil(lambda: pane.message.text() == "Status change saved.", timeout=10_000)
    assert not pane.apply_anyway.isVisible()
    assert server_orders(sandbox, [order_id])[order_id]["status"]["code"] == QUALITY_CHECK


@pytest.fixture
def arlo_window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = Console(Paths.in_profile(tmp_path / "arlo"))
    console.add_account(
        Account("arlo-ui", "arlo", "Arlo training", sandbox.url, {"username": "demo"}),
        "demo-arlo",
    )
    window, context = open_window(qtbot, console)
    yield window
    close_window(qtbot, window, context)


def _arlo_status(sandbox, order_id: str) -> str:
    with sandbox.admin() as client:
        response = client.get("/_sandbox/arlo/orders", params={"ids": order_id})
    response.raise_for_status()
    [item] = response.json()["data"]
    return item["status"]


def test_a_cancel_from_the_queue_on_an_order_approved_meanwhile_waits_for_cancel_anyway(
    qtbot, arlo_window, sandbox
):
    """The queue still lists the order as awaiting; a colleague approved it meanwhile. The
    cancel is not sent: the line says so, and Cancel anyway sends it on purpose."""
    window = arlo_window
    window.act_review.trigger()
    queue = on_screen(window, ReviewWindow)
    assert queue is not None
    qtbot.waitUntil(
        lambda: queue.refresh.isEnabled() and queue.vm.model.rowCount() > 0, timeout=60_000
    )
    queue.table.selectRow(0)
    _account, order = queue.current()
    with httpx.Client(base_url=sandbox.url, auth=("demo", "demo-arlo")) as colleague:
        colleague.post(
            f"/api/2012-02-01/auth/resources/orders/{order.id}/approverequests/",
            content=b"<ApproveOrderRequest><CommunicationWorkflow>None</CommunicationWorkflow>"
            b"</ApproveOrderRequest>",
            headers={"Content-Type": "application/xml"},
        ).raise_for_status()

    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: on_screen(queue, QMessageBox) is not None, timeout=3000)
    box = on_screen(queue, QMessageBox)
    assert box is not None
    [go] = [b for b in box.buttons() if b.text() == "Cancel order"]
    qtbot.mouseClick(go, LEFT)

    qtbot.waitUntil(lambda: "changed meanwhile" in queue.message.text(), timeout=10_000)
    assert f"{order.name}: changed meanwhile: now approved" in queue.message.text()
    assert queue.apply_anyway.isVisible() and queue.apply_anyway.text() == "Cancel anyway"
    assert _arlo_status(sandbox, order.id) == "Approved"  # the colleague's decision stands

    qtbot.waitUntil(queue.apply_anyway.isEnabled, timeout=10_000)  # once the queue shows it
    qtbot.mouseClick(queue.apply_anyway, LEFT)
    qtbot.waitUntil(lambda: queue.message.text() == "1 canceled.", timeout=10_000)
    assert not queue.apply_anyway.isVisible()
    assert _arlo_status(sandbox, order.id) == "Cancelled"


def test_a_bulk_change_holds_back_the_orders_changed_meanwhile_until_apply_anyway(
    qtbot, window, sandbox
):
    """Six orders selected and planned; a colleague moves two of them on before Start. Four
    change, the two are listed as changed meanwhile with their colleague's status, and one
    click sends them too."""
    _wait_filled(qtbot, window, 120)
    model = window.orders.model
    rows = [
        r
        for r in range(model.rowCount())
        if model.order_at(r).status_code not in (QUALITY_CHECK, IN_PRODUCTION)
    ][:6]
    window.table.select_rows(rows, current=rows[0])
    ids = [model.order_at(r).id for r in rows]
    window.act_change.trigger()
    dialog = _open_dialog(BulkChangeDialog)
    combo = dialog.options.status
    combo.setCurrentIndex(combo.findData(QUALITY_CHECK))
    qtbot.waitUntil(dialog.start.isEnabled, timeout=10_000)
    assert "still as you saw them" in dialog.preview.text()  # the plan says what is checked
    for order_id in ids[:2]:
        _other_operator_sets(sandbox, order_id, IN_PRODUCTION)

    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.progress_text.text() == "Done.", timeout=30_000)
    assert dialog.summary.text() == "4 applied, 2 changed meanwhile by someone else: not sent"
    held_rows = [
        r
        for r in range(dialog.results.rowCount())
        if dialog.results.item(r, 1).text() == "Changed meanwhile"
    ]
    assert len(held_rows) == 2
    assert all(
        dialog.results.item(r, 2).text().startswith("changed meanwhile: ") for r in held_rows
    )
    truth = server_orders(sandbox, ids)
    assert [truth[i]["status"]["code"] for i in ids[:2]] == [IN_PRODUCTION] * 2

    assert dialog.apply_anyway.isVisible()
    assert dialog.apply_anyway.text() == "Apply anyway to 2 orders changed meanwhile"
    qtbot.mouseClick(dialog.apply_anyway, LEFT)
    qtbot.waitUntil(lambda: dialog.summary.text() == "6 applied", timeout=30_000)
    truth = server_orders(sandbox, ids)
    assert all(truth[i]["status"]["code"] == QUALITY_CHECK for i in ids)
    dialog.close()


@pytest.fixture
def spree_window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = Console(Paths.in_profile(tmp_path / "spree"))
    console.add_account(Account("spree-ui", "spree", "Spree shop", sandbox.url), "sk_demo_spree")
    window, context = open_window(qtbot, console)
    yield window
    close_window(qtbot, window, context)


def test_cancelling_several_orders_holds_back_one_approved_meanwhile(qtbot, spree_window, sandbox):
    """Three risky orders selected; a colleague approves one before the person cancels. Two
    are canceled, the approved one is listed as changed meanwhile, and one click cancels it."""
    window = spree_window
    model = window.orders.model

    def risky() -> list[int]:
        return [r for r in range(model.rowCount()) if model.order_at(r).review is Review.AWAITING]

    qtbot.waitUntil(lambda: len(risky()) >= 3, timeout=30_000)
    rows = risky()[:3]
    ids = [model.order_at(r).id for r in rows]
    window.table.select_rows(rows, current=rows[0])
    qtbot.waitUntil(lambda: window.detail.order_id == ids[0], timeout=5000)
    with httpx.Client(
        base_url=f"{sandbox.url}/api/v3/admin", headers={"X-Spree-Api-Key": "sk_demo_spree"}
    ) as colleague:
        colleague.patch(f"/orders/{ids[1]}/approve", json={}).raise_for_status()

    qtbot.mouseClick(window.pane.cancel_order, LEFT)  # several selected: all of them
    dialog = _open_dialog(BulkActionDialog)
    assert dialog is not None
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.apply_anyway.isVisible(), timeout=30_000)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(problems) == 1 and "changed meanwhile: now approved" in problems[0]
    assert dialog.apply_anyway.text() == "Cancel anyway: 1 order changed meanwhile"
    truth = _spree_truth(sandbox, ids[1])
    assert truth["approved_at"] and not truth["canceled_at"]  # the colleague's approval stands

    qtbot.mouseClick(dialog.apply_anyway, LEFT)
    qtbot.waitUntil(lambda: not dialog.problems.isVisible(), timeout=30_000)
    assert all(_spree_truth(sandbox, i)["canceled_at"] for i in ids)
    dialog.close()


def _spree_truth(sandbox, order_id: str) -> dict:
    with sandbox.admin() as client:
        response = client.get("/_sandbox/spree/orders", params={"ids": order_id})
    response.raise_for_status()
    [item] = response.json()["data"]
    return item
