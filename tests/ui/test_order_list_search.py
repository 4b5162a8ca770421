"""The order list's search: a keystroke typed while an older query runs stops that query, and
the stale result is never shown; short searches answer from the list's texts in memory, a long
list's first screen of matches at once and the rest in place, the count saying it is counting."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from approval_console.app import Console
from approval_console.core.domain import Customer, OrderStatus
from approval_console.core.paths import Paths
from approval_console.store import list_search as list_search_module
from approval_console.store.list_search import ListKey, ListSearch, Scan
from approval_console.store.orders import OrderCache, OrderFilter, QueryCancelled, SortKey
from approval_console.ui.change_bus import OrderChanges
from approval_console.ui.context import UiContext
from approval_console.ui.main_window import MainWindow
from approval_console.ui.viewmodels import orders as list_module
from approval_console.ui.viewmodels.orders import OrderListViewModel
from tests.helpers import DEMO_KEY, approvepro_account
from tests.windows import close_window, open_window

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


def test_a_filter_over_a_long_list_starts_at_once_and_shows_its_first_screen_counted(
    qtbot, context, orders, monkeypatch
):
    """Filtering a long list starts reading before the window repaints the filter bar, shows
    the first rows with the filtered count, then the rest of them in place."""
    from tests.store.store_samples import make_order

    monkeypatch.setattr(list_module, "STAGED_FROM", 100)
    monkeypatch.setattr(list_module, "FIRST_ROWS", 10)
    done = [make_order(n, status=OrderStatus("done", "Done")) for n in range(1, 401, 4)]
    context.console.cache.upsert_orders(ACCOUNT, done)
    context.bus.changed.emit(OrderChanges(ACCOUNT, frozenset(order.id for order in done)))
    qtbot.waitUntil(lambda: not orders.querying)
    started = threading.Event()
    real = context.query_cache.rowid_array

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        return real(*args, **kwargs)

    monkeypatch.setattr(context.query_cache, "rowid_array", watched)
    seen: list[tuple[int, int, int]] = []
    orders.countChanged.connect(
        lambda count, total: seen.append((count, total, len(orders.model.rowids())))
    )
    orders.set_filters(replace(orders.filters, status_codes=("done",)))
    assert started.wait(5)  # on its way with no turn of the event loop
    qtbot.waitUntil(lambda: not orders.querying and len(seen) == 2)
    assert seen == [(100, 400, 10), (100, 400, 100)]
    assert orders.model.rowids() == context.reader.query_rowids(
        ACCOUNT, OrderFilter(status_codes=("done",)), SortKey.CREATED, descending=True
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


# -- the first screen of a long short search, then the rest --------------------------------


class HeldRest:
    """Holds a search's background slices (the first screen is tested at once) until
    `release`: what a person sees while a million texts are still being tested."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.scans: list[Scan] = []
        real_step, real_scan = Scan.step, ListSearch.scan

        def step(scan: Scan, *size: int) -> None:
            if size or self.gate.is_set():  # only the slices after the first screen wait
                real_step(scan, *size)

        def scan(search: ListSearch, key: ListKey, needle: str) -> Scan:
            made = real_scan(search, key, needle)
            self.scans.append(made)
            return made

        monkeypatch.setattr(Scan, "step", step)
        monkeypatch.setattr(ListSearch, "scan", scan)
        # As over a million orders: no search runs whole at once, a screen is ten rows.
        monkeypatch.setattr(list_module, "INLINE_SEARCH", 0)
        monkeypatch.setattr(list_module, "FIRST_ROWS", 10)
        monkeypatch.setattr(list_search_module, "SLICE", 50)
        monkeypatch.setattr(list_search_module, "FIRST_SLICE", 8)

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def window(qtbot, memory_keyring, tmp_path: Path) -> Iterator[MainWindow]:
    from tests.store.store_samples import make_order

    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(approvepro_account(UNREACHABLE, ACCOUNT), DEMO_KEY)
    console.settings.last_account = ACCOUNT
    console.cache.upsert_orders(
        ACCOUNT,
        [
            make_order(n, customer=Customer(NAMES[n % 5], f"c{n}@example.com"))
            for n in range(1, 401)
        ],
    )
    window, context = open_window(qtbot, console)
    qtbot.waitUntil(
        lambda: window.orders.model.rowCount() == 400 and not window.orders.querying,
        timeout=10_000,
    )
    yield window
    close_window(qtbot, window, context)


def type_search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the search box as a person does; the debounce passes on its own."""
    window.search.setFocus()
    qtbot.keyClicks(window.search, text)


def searched(window: MainWindow, text: str) -> list[str]:
    """What SQL lists for `text` in the window's sort: the answer the list must show."""
    reader, orders = window.context.reader, window.orders
    rowids = reader.query_rowids(
        ACCOUNT, OrderFilter(search=text), orders.sort_key, orders.descending
    )
    return reader.ids_for_rowids(rowids)


def test_a_short_search_shows_its_first_screen_then_every_match_in_place(
    qtbot, window, monkeypatch
):
    held = HeldRest(monkeypatch)
    orders, model, table = window.orders, window.orders.model, window.table
    label = window.status.count_label
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    type_search(qtbot, window, "s")
    qtbot.waitUntil(lambda: "counting" in label.text(), timeout=5_000)
    everything = searched(window, "s")
    first = shown(orders)
    # The first matches, in the list's order, at once; the count says it is not done.
    assert 10 <= len(first) < len(everything)
    assert first == everything[: len(first)]
    assert label.text() == f"{len(first)}+ of 400 orders, counting…"
    assert orders.querying

    table.select_rows([3], current=3)  # the person picks an order meanwhile
    picked = table.current_order_id()
    held.release()
    qtbot.waitUntil(lambda: not orders.querying, timeout=5_000)
    assert shown(orders) == everything
    assert label.text() == f"{len(everything)} of 400 orders"
    assert resets == [len(first)]  # the rest came in below the first screen
    assert table.current_order_id() == picked == everything[3]
    assert table.currentIndex().row() == 3


def test_a_keystroke_typed_meanwhile_stops_the_background_search(qtbot, window, monkeypatch):
    held = HeldRest(monkeypatch)
    orders, label = window.orders, window.status.count_label
    exact: list[int] = []
    orders.countChanged.connect(lambda count, _total: exact.append(count))
    type_search(qtbot, window, "s")
    qtbot.waitUntil(lambda: len(held.scans) == 1 and "counting" in label.text(), timeout=5_000)
    type_search(qtbot, window, "m")  # "sm", typed while the rest of "s" is still tested
    qtbot.waitUntil(lambda: len(held.scans) == 2, timeout=5_000)
    held.release()
    qtbot.waitUntil(lambda: not orders.querying and held.scans[1].done, timeout=5_000)
    assert not held.scans[0].done  # the older search stopped where it was
    assert shown(orders) == searched(window, "sm")
    assert exact == [len(searched(window, "sm"))]  # "s" never counted to its end
    assert label.text() == f"{len(searched(window, 'sm'))} of 400 orders"


def test_a_cleared_search_shows_the_whole_list_again_at_once(qtbot, context, orders, monkeypatch):
    orders.set_sort(SortKey.CUSTOMER, False)
    qtbot.waitUntil(lambda: not orders.querying)
    whole = shown(orders)
    orders.set_search("sm")
    qtbot.waitUntil(lambda: not orders.querying)
    assert orders.model.rowCount() < 400

    def no_query(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the list is known: no query")

    monkeypatch.setattr(context.query_cache, "rowid_array", no_query)
    counts: list[tuple[int, int]] = []
    orders.countChanged.connect(lambda count, total: counts.append((count, total)))
    orders.set_search("")
    assert shown(orders) == whole  # at once, in the list's order
    assert counts == [(400, 400)]
    assert not orders.querying
