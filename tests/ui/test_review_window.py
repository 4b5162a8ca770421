"""The review queue across Arlo, Spree, Apruve and ApprovePro accounts, driven by keyboard
against the real sandbox, and checked on the servers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.changes import OrderActionKind
from approval_console.core.paths import Paths
from approval_console.core.settings import load_settings
from approval_console.services.review import (
    APPROVE_STATUS,
    REVIEW_STATUSES,
    chosen_contact,
    chosen_notify,
)
from approval_console.ui.main_window import MainWindow
from approval_console.ui.models.orders import STATUS_COLUMN
from approval_console.ui.review_columns import AMOUNT_COLUMN
from approval_console.ui.review_window import ReviewWindow
from approval_console.ui.viewmodels.review import QueueMode
from tests.helpers import DEMO_KEY
from tests.ui.test_main_window import _close, open_window
from tests.windows import on_screen

LEFT = Qt.MouseButton.LeftButton
TRADE_HOLD, IN_PRODUCTION = "st000007", "st000005"


@pytest.fixture
def sandbox(sandbox_factory):
    # Spree 6.0: the release whose cancel emails the customer when asked, so the queue's notify
    # choice has something to do (5.6's is in test_records_window, which runs both).
    return sandbox_factory(
        "--seed", "21", "--rate-window", "0", "--orders", "300", "--spree-version", "6.0"
    )


def _accounts(url: str) -> list[tuple[Account, str]]:
    return [
        (Account("arlo-ui", "arlo", "Arlo training", url, {"username": "demo"}), "demo-arlo"),
        (Account("spree-ui", "spree", "Spree shop", url), "sk_demo_spree"),
        (Account("apruve-ui", "apruve", "Northwind B2B", url), "demo-apruve"),
        (
            Account(
                "ap-ui",
                "approvepro",
                "Workshop",
                url,
                {
                    "rate_window": "0",
                    REVIEW_STATUSES: TRADE_HOLD,
                    APPROVE_STATUS: IN_PRODUCTION,
                },
            ),
            DEMO_KEY,
        ),
    ]


@pytest.fixture
def window(qtbot, sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    for account, key in _accounts(sandbox.url):
        console.add_account(account, key)
    window, context = open_window(qtbot, console)
    yield window
    _close(qtbot, window, context)


def _open_queue(qtbot, window: MainWindow) -> ReviewWindow:
    window.act_review.trigger()
    queue = on_screen(window, ReviewWindow)
    assert queue is not None
    # Opening it reads every account again: accounts never opened in the window fill it too.
    qtbot.waitUntil(lambda: not queue.refresh.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: queue.refresh.isEnabled(), timeout=60_000)
    qtbot.waitUntil(lambda: queue.vm.model.rowCount() > 0, timeout=10_000)
    return queue


def _in_red(label: QLabel) -> bool:
    """Shown in the error tone: a red, whatever the palette."""
    color = label.palette().color(label.foregroundRole())
    return color.red() > 150 and color.green() < 130 and color.blue() < 130


def _truth(sandbox, api: str, ids: list[str]) -> dict[str, dict]:
    with sandbox.admin() as client:
        response = client.get(f"/_sandbox/{api}/orders", params={"ids": ",".join(ids)})
    response.raise_for_status()
    key = "order_id" if api == "arlo" else "id"
    return {str(item[key]): item for item in response.json()["data"]}


def _rows_of(queue: ReviewWindow, account_id: str) -> list[int]:
    model = queue.vm.model
    return [row for row in range(model.rowCount()) if model.account_at(row) == account_id]


def _box(qtbot, queue: ReviewWindow) -> QMessageBox:
    """The confirmation the queue opened, once it shows."""
    qtbot.waitUntil(
        lambda: bool(list(queue.dialogs)) and list(queue.dialogs)[-1].isVisible(), timeout=3000
    )
    box = list(queue.dialogs)[-1]
    assert isinstance(box, QMessageBox)
    return box


def _answer(qtbot, queue: ReviewWindow, button: str) -> None:
    box = _box(qtbot, queue)
    [chosen] = [b for b in box.buttons() if b.text() == button]
    qtbot.mouseClick(chosen, LEFT)
    _closed(qtbot, box)


def _press_enter(qtbot, box: QMessageBox) -> None:
    """Enter where the keyboard is, as a person presses it: on the box's focused button."""
    qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)
    _closed(qtbot, box)


def _closed(qtbot, box: QMessageBox) -> None:
    """The box went, and its window has the keyboard again: what a window manager does, and
    the offscreen platform (no window manager) leaves undone."""
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    parent = box.parentWidget().window()
    parent.activateWindow()
    qtbot.waitUntil(parent.isActiveWindow, timeout=3000)


def _select(queue: ReviewWindow, rows: list[int]) -> None:
    """Select `rows` as ctrl-clicks would, the first one current."""
    queue.table.selectRow(rows[0])
    selection, model = queue.table.selectionModel(), queue.vm.model
    for row in rows[1:]:
        selection.select(
            model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        )
    queue.table.setFocus()


def _journal(window: MainWindow, account_id: str, order_id: str) -> list[str]:
    return [e.state for e in window.context.console.journal.history(account_id, order_id)]


def test_queue_gathers_every_account_awaiting_a_decision(qtbot, window, sandbox):
    queue = _open_queue(qtbot, window)
    model = queue.vm.model
    accounts = {model.account_at(row) for row in range(model.rowCount())}
    assert accounts == {"arlo-ui", "spree-ui", "ap-ui"}  # Apruve's wait on their buyer
    assert queue.count.text() == f"{model.rowCount():,} awaiting a decision"
    # Closed mid-refresh and opened again, it offers Refresh again.
    qtbot.mouseClick(queue.refresh, LEFT)
    queue.close()
    window.act_review.trigger()
    assert queue.isVisible() and queue.refresh.isEnabled()
    # Refresh reads every account again and shows the same queue.
    before = model.rowCount()
    qtbot.mouseClick(queue.refresh, LEFT)
    assert not queue.refresh.isEnabled()
    qtbot.waitUntil(lambda: queue.refresh.isEnabled(), timeout=60_000)
    qtbot.waitUntil(lambda: model.rowCount() == before, timeout=10_000)
    for row in _rows_of(queue, "ap-ui"):
        assert model.order_at(row).status_code == TRADE_HOLD
    for row in _rows_of(queue, "arlo-ui"):
        assert model.order_at(row).status_code in {"AwaitingApproval", "Pending"}
    assert model.index(0, 0).data() in {"Arlo training", "Spree shop", "Northwind B2B", "Workshop"}

    # Each order says why it is here, where its state alone would not.
    queue.table.selectRow(_rows_of(queue, "spree-ui")[0])
    assert "Considered risky" in queue.reason.text() and queue.approve.isEnabled()
    queue.table.selectRow(_rows_of(queue, "ap-ui")[0])
    assert queue.reason.text() == "“Trade Hold” is marked as needing review."

    # Apruve's orders wait on their buyer: shown apart, with nothing offered to decide.
    queue.mode.setCurrentIndex(queue.mode.findData(QueueMode.WAITING))
    qtbot.waitUntil(lambda: _rows_of(queue, "apruve-ui") == list(range(model.rowCount())))
    assert queue.count.text() == f"{model.rowCount():,} waiting on their buyer"
    queue.table.selectRow(0)
    assert not queue.approve.isEnabled() and not queue.cancel.isEnabled()
    assert queue.why_not.text().startswith("Waiting on the buyer — nothing to decide here.")
    assert queue.reason.text() == "Waiting for its buyer's approval."

    # All accounts: every order, with its account.
    queue.mode.setCurrentIndex(queue.mode.findData(QueueMode.ALL))
    qtbot.waitUntil(lambda: queue.vm.model.rowCount() > 300, timeout=10_000)
    assert queue.count.text().endswith(" orders")


def test_approve_two_orders_by_keyboard_and_the_servers_have_them(qtbot, window, sandbox):
    queue = _open_queue(qtbot, window)
    model = queue.vm.model
    qtbot.waitUntil(lambda: window.act_review.iconText() == f"Needs review ({model.rowCount()})")
    arlo_row = _rows_of(queue, "arlo-ui")[0]
    spree_row = _rows_of(queue, "spree-ui")[0]
    arlo_order = model.order_at(arlo_row)
    spree_order = model.order_at(spree_row)
    before = model.rowCount()

    # J and K move through the queue.
    queue.table.selectRow(0)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_J)
    assert queue.table.currentIndex().row() == 1
    qtbot.keyClick(queue.table, Qt.Key.Key_K)
    assert queue.table.currentIndex().row() == 0
    # The Arlo order first, reached by J, approved without notifying the customer.
    for _ in range(arlo_row):
        qtbot.keyClick(queue.table, Qt.Key.Key_J)
    assert queue.current()[1].id == arlo_order.id
    assert queue.notify.isVisible() and queue.contact.isVisible()
    queue.notify.setChecked(False)
    qtbot.waitUntil(lambda: queue.contact.count() > 1, timeout=10_000)  # Arlo's contacts
    queue.contact.setCurrentIndex(2)
    contact_id = queue.contact.currentData()
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: queue.message.text() == "1 approved.", timeout=10_000)
    qtbot.waitUntil(lambda: model.rowCount() == before - 1, timeout=10_000)
    # The next order is current at once, where the approved one was.
    assert queue.current() is not None and queue.current()[1].id != arlo_order.id

    queue.table.selectRow(_rows_of(queue, "spree-ui")[0])
    assert queue.current()[1].id == spree_order.id
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: model.rowCount() == before - 2, timeout=10_000)
    assert queue.message.text() == "1 approved."
    # News for a moment, not furniture: the success line goes by itself.
    qtbot.waitUntil(lambda: not queue.message.isVisible(), timeout=15_000)

    # The toolbar counts what awaits a decision, decisions taken into account.
    qtbot.waitUntil(lambda: window.act_review.iconText() == f"Needs review ({before - 2})")

    arlo = _truth(sandbox, "arlo", [arlo_order.id])[arlo_order.id]
    assert arlo["status"] == "Approved" and arlo["approved_at"]
    assert arlo["notifications"] == []  # not notified, as chosen
    assert str(arlo["approved_by_contact_id"]) == contact_id
    spree = _truth(sandbox, "spree", [spree_order.id])[spree_order.id]
    assert spree["approved_at"] and not spree["considered_risky"]
    journal = window.context.console.journal
    assert [e.state for e in journal.history("arlo-ui", arlo_order.id)] == ["confirmed"]
    assert [e.state for e in journal.history("spree-ui", spree_order.id)] == ["confirmed"]


def test_notify_and_approver_are_remembered_for_each_account(qtbot, window, tmp_path):
    queue = _open_queue(qtbot, window)
    arlo_row = _rows_of(queue, "arlo-ui")[0]
    spree_row = _rows_of(queue, "spree-ui")[0]
    queue.table.selectRow(arlo_row)
    assert queue.notify.isChecked()  # notifying is where every account starts
    qtbot.waitUntil(lambda: queue.contact.count() > 2, timeout=10_000)  # Arlo's contacts
    queue.contact.setCurrentIndex(2)
    qtbot.mouseClick(queue.notify, LEFT, pos=QPoint(8, queue.notify.height() // 2))
    assert not queue.notify.isChecked()
    queue.contact.setCurrentIndex(1)  # changed her mind about who approves
    approver = queue.contact.currentData()

    queue.table.selectRow(spree_row)
    assert queue.notify.isChecked()  # Spree's own choice, untouched
    queue.table.selectRow(arlo_row)
    assert not queue.notify.isChecked()
    assert queue.contact.currentData() == approver

    # Kept in the settings file, for the next time the app starts.
    arlo = load_settings(Paths.in_profile(tmp_path / "profile").settings_file).account("arlo-ui")
    assert arlo is not None
    assert not chosen_notify(arlo) and chosen_contact(arlo) == approver


def test_bulk_approve_a_selection_and_cancel_with_confirmation(qtbot, window, sandbox):
    queue = _open_queue(qtbot, window)
    model = queue.vm.model
    rows = _rows_of(queue, "ap-ui")[:2]
    ids = [model.order_at(row).id for row in rows]
    queue.table.selectRow(rows[0])
    selection = queue.table.selectionModel()
    selection.select(
        model.index(rows[1], 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
    )
    assert queue.approve.text() == "Approve 2 selected  (A)"
    qtbot.mouseClick(queue.approve, LEFT)
    _answer(qtbot, queue, "Approve 2")
    qtbot.waitUntil(lambda: queue.message.text() == "2 approved.", timeout=20_000)
    qtbot.waitUntil(lambda: not queue.vm.busy, timeout=10_000)  # the queue shows the outcome
    with sandbox.admin() as client:
        truth = client.get("/_sandbox/approvepro/orders", params={"ids": ",".join(ids)}).json()
    assert {item["status"]["code"] for item in truth["data"]} == {IN_PRODUCTION}

    spree_row = _rows_of(queue, "spree-ui")[0]
    order = model.order_at(spree_row)
    queue.table.selectRow(spree_row)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_C)
    _answer(qtbot, queue, "Keep it")
    assert _truth(sandbox, "spree", [order.id])[order.id]["status"] != "canceled"
    # Spree emails a customer about a cancellation when asked: the choice shows, and is kept.
    assert queue.notify.isVisible() and queue.notify.isChecked()
    assert "when an order is canceled" in queue.notify.toolTip()
    qtbot.keyClick(queue.table, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: bool(list(queue.dialogs)), timeout=3000)
    box = list(queue.dialogs)[-1]
    assert box.text() == f"Cancel order {order.name}? The customer is told."
    [go] = [b for b in box.buttons() if b.text() == "Cancel order"]
    qtbot.mouseClick(go, LEFT)
    qtbot.waitUntil(lambda: queue.message.text() == "1 canceled.", timeout=10_000)
    canceled = _truth(sandbox, "spree", [order.id])[order.id]
    assert canceled["status"] == "canceled"
    assert [n["to"] for n in canceled["notifications"]] == [canceled["email"]]


def test_a_and_c_act_on_the_whole_selection_after_one_confirmation(qtbot, window, sandbox):
    queue = _open_queue(qtbot, window)
    model = queue.vm.model
    arlo_rows, spree_rows = _rows_of(queue, "arlo-ui")[:2], _rows_of(queue, "spree-ui")[:3]
    approving = [model.order_at(row) for row in (*arlo_rows, spree_rows[0])]
    canceling = [model.order_at(row) for row in spree_rows[1:]]

    _select(queue, [*arlo_rows, spree_rows[0]])
    assert queue.approve.text() == "Approve 3 selected  (A)"
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    box = _box(qtbot, queue)
    assert box.text() == "Approve 3 orders?"
    assert "2 from Arlo training" in box.informativeText()
    assert "1 from Spree shop" in box.informativeText()
    # A second A as soon as the outcome shows, before the queue is read again, must not act
    # on the orders just approved (they are still selected for that moment).
    again = queue.vm.decided.connect(lambda _decisions: queue.approve_current())
    _press_enter(qtbot, box)  # approving what awaits approval: Enter goes ahead
    qtbot.waitUntil(lambda: queue.message.text() == "3 approved.", timeout=20_000)
    qtbot.waitUntil(lambda: not queue.vm.busy, timeout=10_000)
    queue.vm.decided.disconnect(again)
    assert not list(queue.dialogs)
    assert all(_journal(window, "arlo-ui", order.id) == ["confirmed"] for order in approving[:2])
    arlo = _truth(sandbox, "arlo", [order.id for order in approving[:2]])
    assert {item["status"] for item in arlo.values()} == {"Approved"}
    assert _truth(sandbox, "spree", [approving[2].id])[approving[2].id]["approved_at"]

    rows = [row for row in range(model.rowCount()) if model.order_at(row) in canceling]
    _select(queue, rows)
    qtbot.keyClick(queue.table, Qt.Key.Key_C)
    box = _box(qtbot, queue)
    assert box.text() == "Cancel 2 orders?"
    assert "2 from Spree shop: the customers are told." in box.informativeText()
    _answer(qtbot, queue, "Cancel 2 orders")
    qtbot.waitUntil(lambda: queue.message.text() == "2 canceled.", timeout=20_000)
    spree = _truth(sandbox, "spree", [order.id for order in canceling])
    assert {item["status"] for item in spree.values()} == {"canceled"}


def test_enter_on_a_cancel_confirmation_keeps_the_order(qtbot, window, sandbox):
    queue = _open_queue(qtbot, window)
    row = _rows_of(queue, "spree-ui")[0]
    order = queue.vm.model.order_at(row)
    queue.table.selectRow(row)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_C)
    box = _box(qtbot, queue)
    assert box.defaultButton().text() == "Keep it"
    assert box.focusWidget() is box.defaultButton()
    _press_enter(qtbot, box)
    qtbot.wait(300)
    assert _truth(sandbox, "spree", [order.id])[order.id]["status"] != "canceled"
    assert _journal(window, "spree-ui", order.id) == []
    assert queue.current()[1].id == order.id  # still there, still current

    # The main window's confirmations (cancel an order, close an invoice...) keep on Enter too.
    went: list[bool] = []
    window.confirm("Cancel order", "Cancel order X?", "Cancel order", lambda: went.append(True))
    [main_box] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    _press_enter(qtbot, main_box)
    assert went == []  # kept


def test_escape_closes_the_queue_but_first_a_confirmation_of_it(qtbot, window):
    queue = _open_queue(qtbot, window)
    queue.table.selectRow(_rows_of(queue, "spree-ui")[0])
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_C)
    box = _box(qtbot, queue)
    qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Escape)
    _closed(qtbot, box)
    assert queue.isVisible()  # the Escape closed the confirmation only
    qtbot.keyClick(queue.table, Qt.Key.Key_Escape)
    assert not queue.isVisible()
    window.act_review.trigger()
    qtbot.waitUntil(queue.isActiveWindow, timeout=3000)
    queue.search.setFocus()
    qtbot.keyClick(queue.search, Qt.Key.Key_Escape)  # typing a search: Escape still closes
    assert not queue.isVisible()


def test_orders_nobody_here_decides_are_never_sent_and_never_end_red(qtbot, window, sandbox):
    queue = _open_queue(qtbot, window)
    model = queue.vm.model
    # An Arlo order is approved; in All accounts it still shows, with nothing left to decide.
    arlo_row = _rows_of(queue, "arlo-ui")[0]
    approved = model.order_at(arlo_row)
    queue.table.selectRow(arlo_row)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: queue.message.text() == "1 approved.", timeout=10_000)
    queue.mode.setCurrentIndex(queue.mode.findData(QueueMode.ALL))
    qtbot.waitUntil(lambda: model.rowCount() > 300, timeout=10_000)
    [row] = [r for r in _rows_of(queue, "arlo-ui") if model.order_at(r).id == approved.id]
    queue.table.selectRow(row)
    queue.table.setFocus()
    assert not queue.approve.isEnabled() and not queue.cancel.isEnabled()
    assert queue.why_not.text() == "Already approved — nothing to decide here."
    for key, verb in ((Qt.Key.Key_A, "approve"), (Qt.Key.Key_C, "cancel")):
        qtbot.keyClick(queue.table, key)
        assert not list(queue.dialogs)  # nothing to confirm
        assert queue.message.text() == f"Nothing to {verb} here."  # why: right above it
        assert not _in_red(queue.message)
    assert _journal(window, "arlo-ui", approved.id) == ["confirmed"]  # the approval, only

    # Apruve's orders waiting on their buyer: A and C say so, and send nothing.
    queue.mode.setCurrentIndex(queue.mode.findData(QueueMode.WAITING))
    qtbot.waitUntil(lambda: set(_rows_of(queue, "apruve-ui")) == set(range(model.rowCount())))
    waiting = [model.order_at(row) for row in range(2)]
    _select(queue, [0, 1])
    for key in (Qt.Key.Key_A, Qt.Key.Key_C):
        qtbot.keyClick(queue.table, key)
        assert not list(queue.dialogs)
        assert "Waiting on the buyer — nothing to decide here." in queue.message.text()
        assert not _in_red(queue.message)
    qtbot.wait(300)
    truth = _truth(sandbox, "apruve", [order.id for order in waiting])
    assert {item["status"] for item in truth.values()} == {"pending"}
    assert all(_journal(window, "apruve-ui", order.id) == [] for order in waiting)
    # A selection mixing both: only what can be decided is sent, and the rest is named.
    queue.mode.setCurrentIndex(queue.mode.findData(QueueMode.ALL))
    qtbot.waitUntil(lambda: model.rowCount() > 300, timeout=10_000)
    cancel = OrderActionKind.CANCEL
    spree_row = next(
        r
        for r in _rows_of(queue, "spree-ui")
        if queue.vm.why_not("spree-ui", model.order_at(r), cancel) is None
    )
    apruve_row = next(
        r for r in _rows_of(queue, "apruve-ui") if model.order_at(r).id == waiting[0].id
    )
    spree_order = model.order_at(spree_row)
    _select(queue, [spree_row, apruve_row])
    assert queue.why_not.text() == (
        "2 selected. 1 of them cannot be decided here and is left as it is."
    )
    qtbot.keyClick(queue.table, Qt.Key.Key_C)
    box = _box(qtbot, queue)
    assert box.text() == f"Cancel order {spree_order.name}? The customer is told."
    assert "1 selected is left as it is: Waiting on the buyer" in box.informativeText()
    _answer(qtbot, queue, "Keep it")
    assert _journal(window, "apruve-ui", waiting[0].id) == []
    assert _journal(window, "spree-ui", spree_order.id) == []


def test_a_not_done_line_goes_once_a_refresh_shows_the_order_decided(qtbot, window, sandbox):
    queue = _open_queue(qtbot, window)
    model = queue.vm.model
    row = _rows_of(queue, "arlo-ui")[0]
    order = model.order_at(row)
    # Someone approves it in Arlo itself; the queue does not know yet.
    with sandbox.admin() as client:
        client.post(
            "/_sandbox/arlo/touch", json={"order_id": int(order.id), "status": "Approved"}
        ).raise_for_status()
    queue.table.selectRow(row)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: "Not done" in queue.message.text(), timeout=10_000)
    assert queue.message.text().startswith(f"Not done for {order.name}: changed meanwhile: ")
    assert _in_red(queue.message)
    # The check before sending read the order: the queue drops it, the line stays.
    qtbot.waitUntil(lambda: order.id not in {model.order_at(r).id for r in range(model.rowCount())})
    assert "Not done" in queue.message.text()

    qtbot.mouseClick(queue.refresh, LEFT)
    qtbot.waitUntil(lambda: queue.refresh.isEnabled(), timeout=60_000)
    qtbot.waitUntil(lambda: order.id not in {model.order_at(r).id for r in range(model.rowCount())})
    assert queue.message.text() == ""


def test_amounts_show_whole_with_their_currency_at_the_default_size(qtbot, window):
    queue = _open_queue(qtbot, window)
    table, model = queue.table, queue.vm.model
    metrics = table.fontMetrics()
    assert queue.width() == 1280
    right = table.columnViewportPosition(AMOUNT_COLUMN) + table.columnWidth(AMOUNT_COLUMN)
    assert right <= table.viewport().width()  # the column itself is on screen, not scrolled off
    for mode in (QueueMode.REVIEW, QueueMode.ALL):
        queue.mode.setCurrentIndex(queue.mode.findData(mode))
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
        amounts = [model.index(row, AMOUNT_COLUMN).data() for row in range(model.rowCount())]
        assert any(text.endswith((" USD", " AUD", " EUR")) for text in amounts)
        widest = max(metrics.horizontalAdvance(text) for text in amounts)
        assert widest + 8 <= table.columnWidth(AMOUNT_COLUMN)
    last = max(c for c in range(model.columnCount()) if not table.isColumnHidden(c))
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()


def test_the_across_accounts_model_passes_qtmodeltester(qtbot, window, qtmodeltester):
    """`window` before `qtmodeltester`: the tester lets go of the model before it closes."""
    queue = _open_queue(qtbot, window)
    qtmodeltester.check(queue.vm.model, force_py=True)


def _queued_ids(queue: ReviewWindow) -> set[str]:
    model = queue.vm.model
    return {model.order_at(row).id for row in range(model.rowCount())}


def _listed_status(window: MainWindow, order_id: str) -> str | None:
    row = window.orders.row_for_id(order_id)
    if row is None:
        return None
    return window.orders.model.index(row, STATUS_COLUMN).data()


def test_a_decision_in_the_main_window_leaves_the_open_queue(qtbot, window, sandbox):
    """Approve and cancel from the account's own window: the queue, open beside it, follows."""
    queue = _open_queue(qtbot, window)
    approved, canceled = (queue.vm.model.order_at(r) for r in _rows_of(queue, "arlo-ui")[:2])
    assert window.session.account_id == "arlo-ui"
    window.activateWindow()

    window.select_ids([approved.id])
    qtbot.waitUntil(lambda: window.detail.order_id == approved.id, timeout=10_000)
    window.act_approve.trigger()
    qtbot.waitUntil(lambda: approved.id not in _queued_ids(queue), timeout=10_000)
    assert _truth(sandbox, "arlo", [approved.id])[approved.id]["status"] == "Approved"

    window.select_ids([canceled.id])
    qtbot.waitUntil(lambda: window.detail.order_id == canceled.id, timeout=10_000)
    window.act_cancel_order.trigger()
    [box] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    [go] = [b for b in box.buttons() if b.text() == "Cancel order"]
    qtbot.mouseClick(go, LEFT)
    qtbot.waitUntil(lambda: canceled.id not in _queued_ids(queue), timeout=10_000)
    assert _truth(sandbox, "arlo", [canceled.id])[canceled.id]["status"] == "Cancelled"
    assert queue.count.text() == f"{queue.vm.model.rowCount():,} awaiting a decision"


def test_a_decision_in_the_queue_shows_in_the_main_list_and_pane_without_a_requery(
    qtbot, window, sandbox
):
    queue = _open_queue(qtbot, window)
    order = queue.vm.model.order_at(_rows_of(queue, "arlo-ui")[0])
    window.select_ids([order.id])
    qtbot.waitUntil(lambda: window.detail.order_id == order.id, timeout=10_000)
    qtbot.waitUntil(lambda: window.pane.chip.text() == order.status.name, timeout=10_000)
    qtbot.waitUntil(lambda: not window.orders.querying, timeout=10_000)
    assert _listed_status(window, order.id) == order.status.name != "Approved"
    row_before = window.orders.row_for_id(order.id)
    requeries: list[tuple[int, int]] = []
    window.orders.countChanged.connect(lambda shown, total: requeries.append((shown, total)))

    queue.activateWindow()
    queue.table.selectRow(_rows_of(queue, "arlo-ui")[0])
    assert queue.current()[1].id == order.id
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: queue.message.text() == "1 approved.", timeout=10_000)

    # The account's own list shows the order approved, in its place, as does its detail pane.
    # (The row was read before the decision: without being read again it would show the old.)
    qtbot.waitUntil(lambda: _listed_status(window, order.id) == "Approved", timeout=10_000)
    assert not window.orders.querying  # the changed row was read again, not the whole list
    qtbot.waitUntil(lambda: window.pane.chip.text() == "Approved", timeout=10_000)
    qtbot.wait(1000)  # the pane reads the order from the server again; nothing else follows
    assert requeries == []
    assert window.orders.row_for_id(order.id) == row_before
    assert window.table.current_order_id() == order.id
    assert _truth(sandbox, "arlo", [order.id])[order.id]["status"] == "Approved"


def test_on_spree_5_6_the_queue_offers_no_cancel_email_and_promises_none(
    qtbot, sandbox_factory, memory_keyring, tmp_path
):
    """Spree 5.6.1's cancel never passes `notify_customer` on: the queue offers no choice
    there, its confirmation promises nothing, and indeed no email goes out."""
    old = sandbox_factory("--seed", "21", "--rate-window", "0", "--spree-version", "5.6")
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(Account("spree-ui", "spree", "Spree shop", old.url), "sk_demo_spree")
    window, context = open_window(qtbot, console)
    try:
        queue = _open_queue(qtbot, window)
        spree_row = _rows_of(queue, "spree-ui")[0]
        order = queue.vm.model.order_at(spree_row)
        queue.table.selectRow(spree_row)
        assert not queue.notify.isVisible()
        queue.table.setFocus()
        qtbot.keyClick(queue.table, Qt.Key.Key_C)
        qtbot.waitUntil(lambda: bool(list(queue.dialogs)), timeout=3000)
        box = list(queue.dialogs)[-1]
        assert box.text() == f"Cancel order {order.name}?"
        [go] = [b for b in box.buttons() if b.text() == "Cancel order"]
        qtbot.mouseClick(go, LEFT)
        qtbot.waitUntil(lambda: queue.message.text() == "1 canceled.", timeout=10_000)
        canceled = _truth(old, "spree", [order.id])[order.id]
        assert canceled["status"] == "canceled" and canceled["notifications"] == []
    finally:
        _close(qtbot, window, context)
