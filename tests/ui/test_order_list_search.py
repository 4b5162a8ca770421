"""The order list's search: a keystroke typed while an older query runs stops that query, and
the stale result is never shown; short searches answer from the list's texts in memory."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from approval_console.app import Console
from approval_console.core.domain import Customer, OrderStatus
from approval_console.core.paths import Paths
from approval_console.store.orders import OrderCache, OrderFilter, QueryCancelled, SortKey
from approval_console.ui.context import UiContext
from approval_console.ui.viewmodels import orders as list_module
from approval_console.ui.viewmodels.orders import OrderListViewModel
from tests.helpers import approvepro_account

ACCOUNT = "ap-list"
UNREACHABLE = "http://127.0.0.1:9"
NAMES = ["Ada Smith", "Bo Novak", "Cai Berg", "Dora Smithers", "Eli Tanaka"]


@pytest.fixture
def context(tmp_path: Path) -> Iterator[UiContext]:
    from tests.store.store_samples import make_order

    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.settings.accounts.append(approvepro_account(UNREACHABLE, ACCOUNT))
    console.save_settings()
    orders = [
        make_order(
            n,
            customer=Customer(NAMES[n % 5], f"{NAMES[n % 5].split()[0].lower()}{n}@example.com"),
            status=OrderStatus("new", "New"),
        )
        for n in range(1, 401)
    ]
    console.cache.upsert_orders(ACCOUNT, orders)
    context = UiContext.create(console)
    yield context
    context.close()
    console.close()


@pytest.fixture
def orders(qtbot, context: UiContext) -> OrderListViewModel:
    orders = OrderListViewModel(context)
    orders.set_account(ACCOUNT)
    qtbot.waitUntil(lambda: orders.model.rowCount() == 400 and not orders.querying)
    return orders


class HeldQuery:
    """Wraps the query thread's `rowid_array`: the first call waits (as a slow query over a
    million orders would) until it is told to stop, then goes on into SQLite with its flag
    set; later calls run at once. Records how each call ended."""

    def __init__(self, cache: OrderCache) -> None:
        self._real = cache.rowid_array
        self.started = threading.Event()
        self.endings: list[str] = []

    def __call__(self, *args, cancel: threading.Event | None = None, **kwargs):  # type: ignore[no-untyped-def]
        first = not self.started.is_set()
        self.started.set()
        if first:
            assert cancel is not None
            cancel.wait(timeout=10)
        try:
            result = self._real(*args, cancel=cancel, **kwargs)
        except QueryCancelled:
            self.endings.append("stopped")
            raise
        self.endings.append("finished")
        return result


def shown(orders: OrderListViewModel) -> list[str]:
    return orders.ids_for_rows(list(range(orders.model.rowCount())))


def expected(context: UiContext, search: str) -> list[str]:
    reader = context.reader
    return reader.ids_for_rowids(reader.query_rowids(ACCOUNT, OrderFilter(search=search)))


def test_a_keystroke_stops_the_older_query_and_its_result_is_never_shown(
    qtbot, context, orders, monkeypatch
):
    # As over a million orders: a search of three letters is the trigram index's, on the thread.
    monkeypatch.setattr(list_module, "MEMORY_SEARCH", 0)
    held = HeldQuery(context.query_cache)
    monkeypatch.setattr(context.query_cache, "rowid_array", held)
    counts: list[int] = []
    orders.countChanged.connect(lambda shown_count, _total: counts.append(shown_count))
    orders.set_search("novak")
    qtbot.waitUntil(held.started.is_set)
    orders.set_search("smith")  # typed while the older query still runs
    qtbot.waitUntil(lambda: len(held.endings) == 2 and not orders.querying, timeout=10_000)
    assert held.endings == ["stopped", "finished"]
    assert shown(orders) == expected(context, "smith")
    assert counts == [len(expected(context, "smith"))]  # "novak" never reached the list


def test_the_first_letters_answer_from_memory_in_the_lists_order(qtbot, context, orders):
    orders.set_sort(SortKey.CUSTOMER, False)
    qtbot.waitUntil(lambda: not orders.querying)
    for typed in ("s", "sm", "smi", "smith", "smithe"):
        orders.set_search(typed)
        qtbot.waitUntil(lambda typed=typed: not orders.querying)
        reader = context.reader
        rowids = reader.query_rowids(
            ACCOUNT, OrderFilter(search=typed), SortKey.CUSTOMER, descending=False
        )
        assert orders.model.rowids() == rowids, typed
    assert orders.model.rowCount() == 80  # Dora Smithers only


def test_a_changed_order_is_found_by_its_new_name(qtbot, context, orders):
    from approval_console.ui.change_bus import OrderChanges

    orders.set_search("zz")
    qtbot.waitUntil(lambda: not orders.querying)
    assert orders.model.rowCount() == 0
    [order] = context.console.cache.rows(
        context.console.cache.query_rowids(ACCOUNT, OrderFilter())[:1]
    )
    renamed = order.__class__(
        **{
            **{f: getattr(order, f) for f in order.__slots__},
            "customer": Customer("Zz Top", "zz@x.test"),
        }
    )
    context.console.cache.upsert_orders(ACCOUNT, [renamed])
    context.bus.changed.emit(OrderChanges(ACCOUNT, frozenset({order.id})))
    qtbot.waitUntil(lambda: orders.model.rowCount() == 1 and not orders.querying)
    assert shown(orders) == [order.id]


def test_a_long_list_shows_its_first_screen_and_count_then_the_rest_in_place(
    qtbot, context, orders, monkeypatch
):
    """Over an account of many orders a sort shows the first rows and the right count at
    once; the rest arrives without resetting the view (its placeholders become rows)."""
    monkeypatch.setattr(list_module, "STAGED_FROM", 100)
    monkeypatch.setattr(list_module, "FIRST_ROWS", 10)
    seen: list[tuple[int, int]] = []
    orders.countChanged.connect(
        lambda count, _total: seen.append((count, len(orders.model.rowids())))
    )
    resets: list[int] = []
    orders.model.modelReset.connect(lambda: resets.append(orders.model.rowCount()))
    orders.set_sort(SortKey.CUSTOMER, False)
    qtbot.waitUntil(lambda: not orders.querying and len(seen) == 2)
    assert seen == [(400, 10), (400, 400)]  # the count first, with the first screen read
    assert resets == [400]  # one reset, for the first screen; the rest came in place
    assert orders.model.rowids() == context.reader.query_rowids(
        ACCOUNT, OrderFilter(), SortKey.CUSTOMER, descending=False
    )


def test_rows_past_the_first_screen_read_as_placeholders_until_the_rest_arrives(qtbot, orders):
    from PySide6.QtCore import Qt

    model = orders.model
    whole = model.rowids()
    model.set_rowids(whole[:5], total=len(whole))
    assert model.rowCount() == 400
    assert model.index(100, 1).data(Qt.ItemDataRole.DisplayRole) == "…"
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.set_rowids(whole)
    assert changed == [5]
    assert model.index(100, 1).data(Qt.ItemDataRole.DisplayRole) != "…"


@pytest.mark.parametrize("asked", [3, 40])  # one by one, and in one pass
def test_the_row_of_each_listed_order_is_found(orders, asked):
    model = orders.model
    listed = model.rowids()
    wanted = [listed[row] for row in range(0, 400, 400 // asked)][:asked]
    missing = max(listed) + 1
    found = model.rows_of([*wanted, missing])
    assert found == {**{rowid: listed.index(rowid) for rowid in wanted}, missing: None}
    assert [model.row_of(rowid) for rowid in wanted] == [listed.index(r) for r in wanted]
