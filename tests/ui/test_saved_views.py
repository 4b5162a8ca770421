"""Saved views in the window: saved from the filters, counted, chosen, edited, kept.

The window runs on a profile whose cache already holds the orders and whose server is not
there: what the views show and count comes from the cache, as it does at every start.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox

from approval_console.app import Console
from approval_console.core.domain import Customer, Money, Order, OrderStatus, Review, Status
from approval_console.core.paths import Paths
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache, SortKey
from approval_console.ui.dialogs.save_view import SaveViewDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.review_window import ReviewWindow
from approval_console.ui.viewmodels import views as views_module
from approval_console.ui.viewmodels.review import QueueMode
from approval_console.ui.widgets.views_bar import MODIFIED_MARK, VIEW_ID_ROLE
from tests.helpers import DEMO_KEY, approvepro_account
from tests.windows import close_window, open_window

URL = "http://127.0.0.1:9"  # nothing listens: the list is the cache's
ACCOUNT = "ap-views"
STATUSES = [Status("new", "New", position=0), Status("proof", "Proof Sent", position=1)]
PROOFS = 25  # orders in "Proof Sent"; the other 35 are "New"
TOTAL = 60


def _due(n: int, today: date) -> date | None:
    """A third overdue (from before this week), a third due today, a third with no due date."""
    return (today - timedelta(days=10), today, None)[n % 3]


def _orders(count: int = TOTAL) -> list[Order]:
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    now = datetime.now(UTC) - timedelta(minutes=1)
    today = date.today()
    orders = []
    for n in range(count):
        status = STATUSES[1] if n < PROOFS else STATUSES[0]
        created = start + timedelta(hours=n)
        orders.append(
            Order(
                id=f"o{n:03}",
                name=f"#{1000 + n}",
                number=f"#{1000 + n}",
                customer=Customer(f"Customer {n}", f"c{n}@example.com"),
                status=OrderStatus(status.code, status.name, set_at=now if n < 8 else created),
                fulfillment_status="fulfilled" if n % 10 == 0 else None,
                created_at=created,
                due_date=_due(n, today),
                amount=Money(Decimal(100 + n), "EUR"),
                review=Review.AWAITING if n % 5 == 0 else None,
            )
        )
    return orders


# What each default view holds of those orders, counted by hand from the rules above.
DEFAULT_COUNTS = {
    "All orders": TOTAL,
    "Needs review": 12,  # every fifth
    "Overdue": 18,  # every third, but those fulfilled (0 and 30)
    "Due this week": 20,
    "Changed today": 8,
}


@pytest.fixture
def profile(tmp_path: Path, memory_keyring: object) -> Paths:
    paths = Paths.in_profile(tmp_path / "profile")
    paths.ensure()
    database = Database.open(paths.database)
    cache = OrderCache(database)
    cache.replace_statuses(ACCOUNT, STATUSES)
    cache.upsert_orders(ACCOUNT, _orders())
    database.close()
    console = Console(paths)
    console.add_account(approvepro_account(URL, ACCOUNT, rate_window="0"), DEMO_KEY)
    console.close()
    return paths


OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def open_console(qtbot, profile: Paths) -> Iterator[OpenWindow]:
    """Opens the window on the profile; each call is a new start (the last one is closed)."""
    opened: list = []

    def start() -> MainWindow:
        if opened:
            close_window(qtbot, *opened.pop())
        window, context = open_window(qtbot, Console(profile))
        opened.append((window, context))
        qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=10_000)
        return window

    yield start
    if opened:
        close_window(qtbot, *opened.pop())


def _row_of(window: MainWindow, name: str) -> int:
    names = [n.removesuffix(MODIFIED_MARK) for n in window.saved_views.bar.names()]
    return names.index(name)


def _count_of(window: MainWindow, name: str) -> str:
    bar = window.saved_views.bar
    view_id = str(bar.list.item(_row_of(window, name)).data(VIEW_ID_ROLE))
    return bar.count_shown(view_id)


def _click_view(qtbot, window: MainWindow, name: str) -> None:
    bar = window.saved_views.bar
    item = bar.list.item(_row_of(window, name))
    rect = bar.list.visualItemRect(item)
    qtbot.mouseClick(bar.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _tick_status(window: MainWindow, name: str) -> None:
    menu = window.filter_bar.status.menu()
    assert menu is not None
    next(a for a in menu.actions() if a.text() == name).trigger()


def _dialog(kind):
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return shown[-1] if shown else None


def _save_as(qtbot, window: MainWindow, name: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _dialog(SaveViewDialog) is not None, timeout=3000)
    dialog = _dialog(SaveViewDialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def _menu_action(window: MainWindow, name: str, text: str):
    bar = window.saved_views.bar
    menu: QMenu = bar.menu_for(bar.list.item(_row_of(window, name)))
    return next(a for a in menu.actions() if a.text() == text)


def test_a_view_saved_from_the_filters_counts_what_the_list_shows(qtbot, open_console):
    window = open_console()
    qtbot.waitUntil(lambda: _count_of(window, "All orders") == str(TOTAL), timeout=5000)

    _tick_status(window, "Proof Sent")
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == PROOFS, timeout=5000)
    assert window.saved_views.bar.names()[0] == "All orders" + MODIFIED_MARK
    assert window.saved_views.bar.update_button.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _dialog(SaveViewDialog) is not None, timeout=3000)
    dialog = _dialog(SaveViewDialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.name, "all ORDERS")
    assert not save.isEnabled()
    assert "exists already" in dialog.reason.text()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Proofs out")
    assert save.isEnabled() and dialog.reason.text() == ""
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    bar = window.saved_views.bar
    assert bar.names()[-1] == "Proofs out"
    assert bar.names()[0] == "All orders"  # it no longer is the view shown
    assert not bar.update_button.isVisible()
    assert bar.list.currentItem().text() == "Proofs out"
    qtbot.waitUntil(lambda: _count_of(window, "Proofs out") == str(PROOFS), timeout=5000)
    assert window.orders.model.rowCount() == PROOFS


def test_choosing_a_view_puts_its_filters_search_and_sort_on_the_list(qtbot, open_console):
    window = open_console()
    _tick_status(window, "New")
    qtbot.keyClicks(window.search, "customer 4")  # 40-49 (4 is in Proof Sent)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 10, timeout=5000)
    window.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    _save_as(qtbot, window, "New fours")

    _click_view(qtbot, window, "All orders")
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == TOTAL, timeout=5000)
    assert window.search.text() == ""
    assert window.filter_bar.status.text() == "Status: Any"

    _click_view(qtbot, window, "New fours")
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 10, timeout=5000)
    assert window.search.text() == "customer 4"
    assert window.filter_bar.status.text() == "Status: New"
    assert window.orders.sort_key is SortKey.CUSTOMER and not window.orders.descending
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == 1
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    qtbot.waitUntil(lambda: _count_of(window, "New fours") == "10", timeout=5000)


def test_a_changed_view_can_be_updated_with_the_change(qtbot, open_console):
    window = open_console()
    _tick_status(window, "New")
    _save_as(qtbot, window, "Mine")
    _tick_status(window, "Proof Sent")  # now both
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == TOTAL, timeout=5000)
    bar = window.saved_views.bar
    item = bar.list.item(_row_of(window, "Mine"))
    assert item.text() == "Mine" + MODIFIED_MARK and item.font().italic()

    qtbot.mouseClick(bar.update_button, Qt.MouseButton.LeftButton)
    assert bar.names()[-1] == "Mine" and not item.font().italic()
    qtbot.waitUntil(lambda: _count_of(window, "Mine") == str(TOTAL), timeout=5000)


def test_rename_reorder_and_delete_from_the_context_menu(qtbot, open_console):
    window = open_console()
    bar = window.saved_views.bar

    _menu_action(window, "Due this week", "Rename…").trigger()
    dialog = _dialog(SaveViewDialog)
    assert dialog is not None and dialog.windowTitle() == "Rename view"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Overdue")
    assert "exists already" in dialog.reason.text()
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "This week")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert bar.names() == ["All orders", "Needs review", "Overdue", "This week", "Changed today"]

    _menu_action(window, "This week", "Move left").trigger()
    _menu_action(window, "All orders", "Move right").trigger()
    assert bar.names() == ["Needs review", "All orders", "This week", "Overdue", "Changed today"]
    assert not _menu_action(window, "Needs review", "Move left").isEnabled()

    _menu_action(window, "Overdue", "Delete…").trigger()
    confirm = _dialog(QMessageBox)
    assert confirm is not None and "Delete the view “Overdue”?" in confirm.text()
    delete = next(b for b in confirm.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert bar.names() == ["Needs review", "All orders", "This week", "Changed today"]

    restore = _menu_action(window, "All orders", "Restore default views")
    assert restore.isEnabled()
    restore.trigger()
    assert bar.names()[-1] == "Overdue"
    assert not _menu_action(window, "All orders", "Restore default views").isEnabled()


def test_views_and_their_order_survive_a_restart(qtbot, open_console, profile):
    window = open_console()
    _tick_status(window, "Proof Sent")
    _save_as(qtbot, window, "Proofs out")
    _menu_action(window, "Proofs out", "Move left").trigger()
    _menu_action(window, "Changed today", "Delete…").trigger()
    confirm = _dialog(QMessageBox)
    qtbot.mouseClick(
        next(b for b in confirm.buttons() if b.text() == "Delete"), Qt.MouseButton.LeftButton
    )
    names = window.saved_views.bar.names()
    # saved a second after the change, without waiting for the window to close
    saved = profile.settings_file
    qtbot.waitUntil(
        lambda: [v["name"] for v in json.loads(saved.read_text("utf-8")).get("views", [])] == names,
        timeout=5000,
    )

    window = open_console()
    assert window.saved_views.bar.names() == names
    # the list's filters are kept too, and the view they match is the one shown
    assert window.orders.model.rowCount() == PROOFS
    assert window.saved_views.bar.list.currentItem().text() == "Proofs out"
    qtbot.waitUntil(lambda: _count_of(window, "Proofs out") == str(PROOFS), timeout=5000)


def test_a_change_on_the_bus_is_counted_again_once(qtbot, open_console, monkeypatch):
    window = open_console()
    _tick_status(window, "Proof Sent")
    _save_as(qtbot, window, "Proofs out")
    qtbot.waitUntil(lambda: _count_of(window, "Proofs out") == str(PROOFS), timeout=5000)
    calls = []
    count_views = views_module.count_views

    def counting(*args):
        calls.append(args)
        return count_views(*args)

    monkeypatch.setattr(views_module, "count_views", counting)
    console = window.context.console
    changed = [
        Order(**{**{f: getattr(o, f) for f in o.__slots__}, "status": OrderStatus("new", "New")})
        for o in _orders()[:5]
    ]
    console.db_thread.call(console.cache.upsert_orders, ACCOUNT, changed)
    for order in changed:  # five changes said one after the other, as a bulk run says them
        window.context.bus.publish(ACCOUNT, [order.id])
    qtbot.waitUntil(lambda: _count_of(window, "Proofs out") == str(PROOFS - 5), timeout=5000)
    qtbot.wait(400)
    assert len(calls) == 1


def test_alt_and_a_digit_shows_that_view(qtbot, open_console):
    window = open_console()
    _tick_status(window, "Proof Sent")
    _save_as(qtbot, window, "Proofs out")
    for _ in range(len(window.saved_views.vm.views) - 2):
        _menu_action(window, "Proofs out", "Move left").trigger()
    assert window.saved_views.bar.names()[1] == "Proofs out"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == TOTAL, timeout=5000)
    assert window.saved_views.bar.list.currentItem().text() == "All orders"

    window.search.setFocus()  # it works from the search field too
    qtbot.keyClick(window.search, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == PROOFS, timeout=5000)
    assert window.saved_views.bar.list.currentItem().text() == "Proofs out"
    assert window.act_views[1].text() == "&2 Proofs out"


def test_the_default_views_count_what_they_show(qtbot, open_console):
    window = open_console()
    assert window.saved_views.bar.names() == list(DEFAULT_COUNTS)
    for name, expected in DEFAULT_COUNTS.items():
        qtbot.waitUntil(lambda n=name, e=expected: _count_of(window, n) == str(e), timeout=5000)
    for name, expected in DEFAULT_COUNTS.items():
        _click_view(qtbot, window, name)
        qtbot.waitUntil(lambda e=expected: window.orders.model.rowCount() == e, timeout=5000)
        assert window.saved_views.bar.list.currentItem().text() == name


def test_a_view_keeps_its_own_columns(qtbot, open_console):
    window = open_console()
    header = window.table.horizontalHeader()
    default_email = header.sectionSize(2)
    _tick_status(window, "Proof Sent")
    _save_as(qtbot, window, "Wide email")
    header.resizeSection(2, default_email + 150)  # arranged while the view is shown

    _click_view(qtbot, window, "All orders")
    qtbot.waitUntil(lambda: header.sectionSize(2) == default_email, timeout=3000)
    _click_view(qtbot, window, "Wide email")
    qtbot.waitUntil(lambda: header.sectionSize(2) == default_email + 150, timeout=3000)

    window = open_console()  # a restart shows the view last shown, with its columns
    header = window.table.horizontalHeader()
    assert window.saved_views.bar.list.currentItem().text() == "Wide email"
    assert header.sectionSize(2) == default_email + 150
    _click_view(qtbot, window, "All orders")
    qtbot.waitUntil(lambda: header.sectionSize(2) == default_email, timeout=3000)


def test_an_all_accounts_view_opens_the_all_accounts_list_filtered(qtbot, open_console):
    window = open_console()
    _tick_status(window, "Proof Sent")
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == PROOFS, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _dialog(SaveViewDialog) is not None, timeout=3000)
    dialog = _dialog(SaveViewDialog)
    qtbot.keyClicks(dialog.name, "Proofs everywhere")
    dialog.scope.setCurrentIndex(dialog.scope.findText("All accounts"))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _count_of(window, "Proofs everywhere") == str(PROOFS), timeout=5000)

    _click_view(qtbot, window, "All orders")
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == TOTAL, timeout=5000)
    _click_view(qtbot, window, "Proofs everywhere")
    review = window.findChild(ReviewWindow)
    assert review is not None and review.isVisible()
    assert review.mode.currentData() == QueueMode.ALL
    qtbot.waitUntil(lambda: review.vm.model.rowCount() == PROOFS, timeout=5000)
    # the account's list stays on the view it showed
    assert window.orders.model.rowCount() == TOTAL
    assert window.saved_views.bar.list.currentItem().text() == "All orders"


def test_a_view_dragged_to_the_top_stays_there(qtbot, open_console):
    window = open_console()
    bar = window.saved_views.bar
    # What a drop does to the views: Changed today moved before All orders.
    assert bar.list.model().moveRow(QModelIndex(), 4, QModelIndex(), 0)
    expected = ["Changed today", "All orders", "Needs review", "Overdue", "Due this week"]
    assert [view.name for view in window.saved_views.vm.views] == expected
    assert bar.names() == expected
    assert window.act_views[0].text() == "&1 Changed today"


def test_a_sort_is_answered_while_the_views_are_still_counting(qtbot, open_console, monkeypatch):
    """At a million orders the views' counts take a few hundred milliseconds: a sort chosen
    meanwhile is not kept waiting behind them."""
    window = open_console()
    qtbot.waitUntil(lambda: not window.saved_views.vm.counting, timeout=5000)
    release = threading.Event()
    count_views = views_module.count_views

    def slow_counting(*args):
        release.wait(timeout=30)  # a count over a million orders, as long as the test likes
        return count_views(*args)

    monkeypatch.setattr(views_module, "count_views", slow_counting)
    try:
        window.saved_views.vm.count_now()
        assert window.saved_views.vm.counting
        first = window.orders.model.order_at(0)
        qtbot.mouseClick(  # the Customer header, as a person sorts
            window.table.horizontalHeader().viewport(),
            Qt.MouseButton.LeftButton,
            pos=_header_center(window, "Customer"),
        )
        qtbot.waitUntil(lambda: window.orders.model.order_at(0) != first, timeout=5000)
        names = [window.orders.model.order_at(r).customer.name for r in range(5)]
        assert names == sorted(names)
        assert window.saved_views.vm.counting, "the sort came while the counts still ran"
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.saved_views.vm.counting, timeout=5000)


def _header_center(window: MainWindow, title: str):
    header = window.table.horizontalHeader()
    model = window.orders.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)
