"""The review queue, worked through by keyboard on the demo desk, as a new user meets it.

Ctrl+R opens the queue; J and K move; A approves one; Shift+Down selects more and A approves
them after one confirmation; C asks first, and Enter there keeps the order; choosing "Cancel
order" cancels it; Escape closes the window. Every decision is checked on the sandbox's own
record, and orders waiting on their buyer are never offered.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from approval_console.ui.review_columns import AMOUNT_COLUMN
from approval_console.ui.review_window import ReviewWindow
from tests.windows import on_screen

MAIN_TITLE_END = "— Approval Console"


def _truth(desk, api: str, order_id: str) -> dict:
    key = "order_id" if api == "arlo" else "id"
    data = desk.truth(f"/_sandbox/{api}/orders", ids=order_id)["data"]
    [item] = [item for item in data if str(item[key]) == order_id]
    return item


def _box(qtbot, queue) -> QMessageBox:
    """The confirmation on screen, once it is the window the keyboard goes to."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QMessageBox), timeout=5000)
    box = QApplication.activeWindow()
    assert box is on_screen(queue, QMessageBox)  # the queue's own confirmation
    return box


def test_a_new_user_works_through_the_review_queue_by_keyboard(demo_desk, qtbot):
    desk = demo_desk(start="approvepro-demo")
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)

    # Ctrl+R: the queue opens in front, reads every account again, and takes the keyboard.
    person.press("ctrl+r")
    qtbot.waitUntil(lambda: on_screen(window, ReviewWindow) is not None, timeout=5000)
    queue = on_screen(window, ReviewWindow)
    assert queue is not None
    qtbot.waitUntil(lambda: queue.refresh.isEnabled(), timeout=90_000)
    model = queue.vm.model
    qtbot.waitUntil(lambda: model.rowCount() > 10, timeout=10_000)
    qtbot.waitUntil(lambda: person.active_window_title() == queue.windowTitle(), timeout=5000)
    assert queue.windowTitle() == "Needs review — Approval Console"
    person.screenshot("queue-opened")

    def account(row: int) -> str | None:
        return model.account_at(row)

    def current_row() -> int:
        return queue.table.currentIndex().row()

    def go_to(wanted: str) -> str:
        """Press J until the current order is one of `wanted`'s; returns its id."""
        for _ in range(model.rowCount()):
            if account(current_row()) == wanted:
                return model.order_at(current_row()).id
            person.press("j")
        raise AssertionError(f"no {wanted} order reached by J")

    # Only what can be decided here is offered: Arlo's and Spree's orders, none of Apruve's
    # (they wait on their buyer), and the toolbar counts the same queue.
    accounts = {account(row) for row in range(model.rowCount())}
    assert accounts == {"arlo-demo", "spree-demo"}
    assert window.act_review.iconText() == f"Needs review ({model.rowCount()})"
    assert queue.count.text() == f"{model.rowCount()} awaiting a decision"
    # Amounts show whole, currency and all, in a column that is on screen.
    table, metrics = queue.table, queue.table.fontMetrics()
    right = table.columnViewportPosition(AMOUNT_COLUMN) + table.columnWidth(AMOUNT_COLUMN)
    assert right <= table.viewport().width()
    shown = [model.index(row, AMOUNT_COLUMN).data() for row in range(model.rowCount())]
    assert max(metrics.horizontalAdvance(text) for text in shown) < table.columnWidth(AMOUNT_COLUMN)

    # J and K move through the queue.
    assert current_row() == 0
    person.press("j", "j")
    assert current_row() == 2
    person.press("k")
    assert current_row() == 1

    # A approves the current Arlo order at once; the next one becomes current.
    arlo_id = go_to("arlo-demo")
    row = current_row()
    person.press("a")
    qtbot.waitUntil(lambda: queue.message.text() == "1 approved.", timeout=20_000)
    qtbot.waitUntil(lambda: not queue.vm.busy)  # the queue shows the outcome: keys act again
    assert model.order_at(row).id != arlo_id
    assert _truth(desk, "arlo", arlo_id)["status"] == "Approved"
    person.screenshot("approved-one")

    # Shift+Down selects the next one too; A approves both after one confirmation that says
    # how many, from which accounts.
    go_to("spree-demo")
    first = current_row()
    person.press("shift+Down")
    both = [model.entry_at(first), model.entry_at(first + 1)]
    assert len(queue.table.selectionModel().selectedRows()) == 2
    assert queue.approve.text() == "Approve 2 selected  (A)"
    person.press("a")
    box = _box(qtbot, queue)
    assert box.text() == "Approve 2 orders?"
    names = {window.context.console.settings.account(a).name for a, _order in both}
    assert all(name in box.informativeText() for name in names)
    person.screenshot("approve-two-confirmation")
    person.press("Return")
    qtbot.waitUntil(lambda: queue.message.text() == "2 approved.", timeout=20_000)
    qtbot.waitUntil(lambda: not queue.vm.busy)
    for account_id, order in both:
        if account_id == "arlo-demo":
            assert _truth(desk, "arlo", order.id)["status"] == "Approved"
        else:
            assert _truth(desk, "spree", order.id)["approved_at"]
    qtbot.waitUntil(lambda: person.active_window_title() == queue.windowTitle(), timeout=5000)

    # C asks first; Enter there keeps the order (the safe button is the default).
    spree_id = go_to("spree-demo")
    person.press("c")
    box = _box(qtbot, queue)
    assert QApplication.focusWidget() is box.defaultButton()
    assert box.defaultButton().text() == "Keep it"
    person.screenshot("cancel-confirmation")
    person.press("Return")
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    qtbot.wait(500)
    assert _truth(desk, "spree", spree_id)["status"] != "canceled"
    assert window.context.console.journal.history("spree-demo", spree_id) == []
    assert model.order_at(current_row()).id == spree_id  # still there, still current

    # C on an Arlo order, then Tab to "Cancel order" and Enter: canceled.
    arlo_id = go_to("arlo-demo")
    person.press("c")
    box = _box(qtbot, queue)
    person.press("Tab")
    if QApplication.focusWidget().text() != "Cancel order":
        person.press("shift+Tab", "shift+Tab")
    assert QApplication.focusWidget().text() == "Cancel order"
    person.press("Return")
    qtbot.waitUntil(lambda: queue.message.text() == "1 canceled.", timeout=20_000)
    qtbot.waitUntil(lambda: not queue.vm.busy)
    assert _truth(desk, "arlo", arlo_id)["status"] == "Cancelled"
    person.screenshot("canceled-one")

    # Escape closes the queue; the console's window has the keyboard again.
    qtbot.waitUntil(lambda: person.active_window_title() == queue.windowTitle(), timeout=5000)
    person.press("Escape")
    qtbot.waitUntil(lambda: not queue.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: person.active_window_title() == window.windowTitle(), timeout=5000)
    person.screenshot("closed")
