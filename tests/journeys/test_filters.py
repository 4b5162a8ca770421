"""Filtering the list as a person does: tick two statuses in a menu that stays open, read the
chip, remove one chip by its ✕, turn Overdue on with Ctrl+Shift+O; then the All accounts list
with its own filters, its Account and Amount columns in view at the default size."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from approval_console.ui.review_columns import AMOUNT_COLUMN
from approval_console.ui.review_window import ReviewWindow
from approval_console.ui.viewmodels.list_filters import DueWindow, ListFilters
from tests.windows import on_screen

APPROVEPRO = "approvepro-demo"
ACCOUNT_COLUMN = 0


def _click_choice(person, menu: QMenu, text: str) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in menu.actions() if a.text() == text)
    person.click(menu, menu.actionGeometry(action).center())


def _apart(bar) -> None:  # type: ignore[no-untyped-def]
    """The chips and Reset filters side by side, none drawn over another."""
    boxes = [chip.geometry() for chip in bar.chips.chips] + [bar.reset.geometry()]
    for i, box in enumerate(boxes):
        assert all(not box.intersects(other) for other in boxes[i + 1 :]), boxes


def _listed_statuses(window) -> set[str | None]:  # type: ignore[no-untyped-def]
    model = window.orders.model
    return {model.order_at(row).status_code for row in range(model.rowCount())}


def test_chips_say_what_filters_the_list_and_go_one_by_one(demo_desk, qtbot):
    desk = demo_desk(start=APPROVEPRO)
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    bar, model = window.filter_bar, window.orders.model
    qtbot.waitUntil(lambda: model.rowCount() == 500, timeout=10_000)
    counts = window.context.reader.count_by_status(APPROVEPRO)
    # The two statuses most orders are in, in the menu's order.
    busiest = sorted(window.orders.statuses, key=lambda s: -counts.get(s.code, 0))[:2]
    first, second = (s for s in window.orders.statuses if s in busiest)

    # Two statuses ticked in one go: the menu stays open between the ticks.
    person.click(bar.status)
    menu = bar.status.menu()
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    _click_choice(person, menu, first.name)
    assert menu.isVisible()
    _click_choice(person, menu, second.name)
    assert menu.isVisible()
    person.screenshot("two-statuses-ticked")
    person.press("Escape")
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: _listed_statuses(window) == {first.code, second.code}, timeout=5000)
    assert bar.chips.texts() == [f"Status: {first.name}, {second.name} ✕"]
    shown = model.rowCount()
    assert window.count_label.text() == f"{shown} of 500 orders"
    _apart(bar)
    person.screenshot("status-chip")

    # Ctrl+Shift+O: only orders past their due date and still open.
    window.table.setFocus()
    person.press("ctrl+shift+o")
    qtbot.waitUntil(lambda: bar.chips.texts()[-1] == "Overdue ✕", timeout=3000)
    assert bar.overdue.isChecked()
    qtbot.waitUntil(lambda: model.rowCount() < shown, timeout=5000)
    today = date.today()
    assert all(model.order_at(row).is_overdue(today) for row in range(model.rowCount()))
    person.screenshot("overdue-on")

    # The status chip's ✕: the statuses go, Overdue stays.
    chip = bar.chips.chip("status")
    assert chip is not None
    person.click(chip.close_button)
    qtbot.waitUntil(lambda: bar.chips.texts() == ["Overdue ✕"], timeout=3000)
    qtbot.waitUntil(lambda: len(_listed_statuses(window)) > 2, timeout=5000)
    assert all(model.order_at(row).is_overdue(today) for row in range(model.rowCount()))
    assert window.orders.filters == ListFilters(due_window=DueWindow.OVERDUE)
    person.screenshot("status-chip-removed")

    # Ctrl+Shift+O again: every order back.
    person.press("ctrl+shift+o")
    qtbot.waitUntil(lambda: model.rowCount() == 500, timeout=5000)
    assert not bar.chips.isVisible()


def test_all_accounts_filters_by_account_and_status_with_its_columns_in_view(demo_desk, qtbot):
    desk = demo_desk(start=APPROVEPRO)
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)

    person.press("ctrl+shift+a")
    qtbot.waitUntil(lambda: on_screen(window, ReviewWindow) is not None, timeout=5000)
    queue = on_screen(window, ReviewWindow)
    assert queue is not None
    qtbot.waitUntil(lambda: queue.refresh.isEnabled(), timeout=120_000)
    model, table, bar = queue.vm.model, queue.table, queue.filter_bar
    qtbot.waitUntil(lambda: model.rowCount() > 500, timeout=10_000)
    assert bar.isVisible()
    total = model.rowCount()

    # Account and Amount (with its currency) in view at the default size, not scrolled off.
    for column in (ACCOUNT_COLUMN, AMOUNT_COLUMN):
        assert not table.isColumnHidden(column)
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= table.viewport().width()
    person.screenshot("all-accounts")

    # Two accounts, ticked in the account menu that stays open.
    accounts = list(window.context.console.settings.accounts)
    chosen = [accounts[0], accounts[1]]
    person.click(bar.accounts)
    menu = bar.accounts.menu()
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    for account in chosen:
        _click_choice(person, menu, account.name)
    assert menu.isVisible()
    person.press("Escape")
    wanted = {account.id for account in chosen}
    qtbot.waitUntil(
        lambda: {model.account_at(row) for row in range(model.rowCount())} == wanted,
        timeout=5000,
    )
    assert bar.chips.texts() == [f"Account: {chosen[0].name}, {chosen[1].name} ✕"]
    _apart(bar)
    by_accounts = model.rowCount()
    assert by_accounts < total

    # A status by its name, across both accounts.
    person.click(bar.status)
    status_menu = bar.status.menu()
    qtbot.waitUntil(status_menu.isVisible, timeout=3000)
    offered = {action.text() for action in status_menu.actions()}
    listed = [model.order_at(row).status for row in range(model.rowCount())]
    name = next(status.name for status in listed if status and status.name in offered)
    _click_choice(person, status_menu, name)
    person.press("Escape")
    qtbot.waitUntil(lambda: model.rowCount() < by_accounts, timeout=5000)
    assert {model.order_at(row).status.name for row in range(model.rowCount())} == {name}
    assert queue.count.text() == f"{model.rowCount():,} orders"
    person.screenshot("all-accounts-filtered")

    # The account chip's ✕: every account again, the status kept.
    chip = bar.chips.chip("account")
    assert chip is not None
    person.click(chip.close_button, QPoint(4, chip.close_button.height() // 2))
    qtbot.waitUntil(lambda: bar.chips.texts() == [f"Status: {name} ✕"], timeout=3000)
    qtbot.waitUntil(lambda: queue.vm.filters == ListFilters(status_codes=(name,)), timeout=3000)
    qtbot.waitUntil(lambda: queue.count.text() == f"{model.rowCount():,} orders", timeout=5000)
    assert {model.order_at(row).status.name for row in range(model.rowCount())} == {name}
    person.screenshot("all-accounts-status-only")
