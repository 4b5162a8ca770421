"""The All accounts list's filters (account, status by name) and its columns, against the real
sandbox: what the rows show, what the chips say, and what stays in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from approval_console.ui.review_columns import AMOUNT_COLUMN
from approval_console.ui.review_window import ReviewWindow
from approval_console.ui.viewmodels.list_filters import DueWindow, ListFilters
from approval_console.ui.viewmodels.review import QueueMode
from tests.ui.test_review_window import _open_queue, sandbox, window

__all__ = ["sandbox", "window"]

LEFT = Qt.MouseButton.LeftButton
ACCOUNT_COLUMN = 0


def _accounts_listed(queue: ReviewWindow) -> set[str | None]:
    model = queue.vm.model
    return {model.account_at(row) for row in range(model.rowCount())}


def _in_view(queue: ReviewWindow, column: int) -> bool:
    table = queue.table
    left = table.columnViewportPosition(column)
    return left >= 0 and left + table.columnWidth(column) <= table.viewport().width()


def _tick(qtbot, menu: QMenu, text: str) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def test_all_accounts_filters_by_account_and_status_name(qtbot, window):
    queue = _open_queue(qtbot, window)
    assert not queue.filter_bar.isVisible()  # the queues have no such filters
    model, bar = queue.vm.model, queue.filter_bar

    queue.show_all(ListFilters(accounts=("spree-ui", "gone-account")))
    assert queue.mode.currentData() == QueueMode.ALL
    assert bar.isVisible()
    qtbot.waitUntil(lambda: _accounts_listed(queue) == {"spree-ui"}, timeout=10_000)
    assert bar.chips.texts() == ["Account: Spree shop ✕"]  # the gone account dropped
    spree_total = model.rowCount()
    assert queue.count.text() == f"{spree_total:,} orders"

    # Statuses by name, ticked two at once in a menu that stays open.
    menu = bar.status.menu()
    menu.popup(bar.status.mapToGlobal(bar.status.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    _tick(qtbot, menu, "Placed")
    _tick(qtbot, menu, "Canceled")
    assert menu.isVisible()
    menu.close()
    qtbot.waitUntil(lambda: model.rowCount() < spree_total, timeout=10_000)
    names = {model.order_at(row).status.name for row in range(model.rowCount())}
    assert names == {"Placed", "Canceled"}
    assert bar.chips.texts() == ["Account: Spree shop ✕", "Status: Placed, Canceled ✕"]

    # The account chip's ✕: every account's orders of those statuses.
    chip = bar.chips.chip("account")
    assert chip is not None
    qtbot.mouseClick(chip.close_button, LEFT)
    qtbot.waitUntil(lambda: queue.vm.filters.accounts == (), timeout=3000)
    qtbot.waitUntil(lambda: not queue.context.runner.running("review-query"), timeout=10_000)
    assert bar.chips.texts() == ["Status: Placed, Canceled ✕"]
    assert {model.order_at(row).status.name for row in range(model.rowCount())} <= names

    # Back to the queue: its rows are not filtered by the All accounts list's choices.
    queue.mode.setCurrentIndex(queue.mode.findData(QueueMode.REVIEW))
    assert not bar.isVisible()
    qtbot.waitUntil(lambda: len(_accounts_listed(queue)) > 1, timeout=10_000)


def test_overdue_across_accounts_lists_only_late_open_orders(qtbot, window):
    from datetime import date

    queue = _open_queue(qtbot, window)
    queue.show_all(ListFilters(due_window=DueWindow.OVERDUE))
    model = queue.vm.model
    qtbot.waitUntil(lambda: queue.filter_bar.chips.texts() == ["Overdue ✕"], timeout=3000)
    qtbot.waitUntil(lambda: not queue.context.runner.running("review-query"), timeout=10_000)
    assert model.rowCount() > 0
    today = date.today()
    assert all(model.order_at(row).is_overdue(today) for row in range(model.rowCount()))


def test_account_and_amount_stay_in_view_at_the_default_size_and_narrower(qtbot, window):
    queue = _open_queue(qtbot, window)
    queue.show_all(ListFilters())
    qtbot.waitUntil(lambda: queue.vm.model.rowCount() > 300, timeout=10_000)
    table = queue.table
    assert queue.width() == 1280
    for column in (ACCOUNT_COLUMN, AMOUNT_COLUMN):
        assert _in_view(queue, column)
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(a.name) for a in queue.context.console.settings.accounts)
    assert widest + 8 <= table.columnWidth(ACCOUNT_COLUMN)  # every account's name whole
    # A window fitted to a 1600×1000 screen at 150 %: the columns give way, the amount and
    # the account stay in view.
    queue.resize(1040, 640)
    qtbot.waitUntil(lambda: table.viewport().width() < 760, timeout=3000)
    qtbot.waitUntil(lambda: _in_view(queue, AMOUNT_COLUMN), timeout=3000)
    assert _in_view(queue, ACCOUNT_COLUMN)


def test_ctrl_e_exports_the_filtered_all_accounts_list_with_its_accounts(qtbot, window, tmp_path):
    import csv

    from approval_console.ui.dialogs.export import ExportDialog
    from tests.windows import on_screen

    queue = _open_queue(qtbot, window)
    queue.show_all(ListFilters(accounts=("spree-ui",)))
    model = queue.vm.model
    qtbot.waitUntil(lambda: _accounts_listed(queue) == {"spree-ui"}, timeout=10_000)
    listed = {model.order_at(row).id for row in range(model.rowCount())}

    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = on_screen(queue, ExportDialog)
    assert dialog is not None, "Ctrl+E opened no export dialog in the All accounts list"
    target = tmp_path / "all.csv"
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(target))
    qtbot.mouseClick(dialog.export_button, LEFT)
    jobs = queue.context.jobs
    qtbot.waitUntil(lambda: target.exists() and not jobs.jobs[-1].running, timeout=20_000)

    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {row["Order id"] for row in rows} == listed
    assert {(row["Account"], row["Account id"]) for row in rows} == {("Spree shop", "spree-ui")}
