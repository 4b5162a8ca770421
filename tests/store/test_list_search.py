"""Short searches in memory, and queries that stop when a newer one replaces them."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from store_samples import ACCOUNT, make_order

from approval_console.core.domain import Customer, Order, OrderStatus
from approval_console.store import list_search as list_search_module
from approval_console.store.list_search import ListKey, ListSearch
from approval_console.store.order_rows import fold
from approval_console.store.orders import (
    OrderCache,
    OrderFilter,
    QueryCancelled,
    SortKey,
    _where,
)

ALL = OrderFilter()
BY_CUSTOMER: ListKey = (ACCOUNT, ALL, SortKey.CUSTOMER, False)


@pytest.fixture
def filled(cache: OrderCache) -> OrderCache:
    customers = [
        Customer("Zoë Straße", "zoe@example.com"),
        Customer("Ada Smith", "ada.smith@example.com"),
        Customer("bob Smithers", "bob@shop.test"),
        Customer("Émile Zola", "emile@example.com"),
        Customer("Carla", "carla@shop.test"),
    ]
    orders = [
        make_order(
            n,
            customer=customers[n % len(customers)],
            status=OrderStatus("new" if n % 3 else "done", "New" if n % 3 else "Done"),
        )
        for n in range(1, 301)
    ]
    cache.upsert_orders(ACCOUNT, orders)
    return cache


class FlagAfter(threading.Event):
    """A cancel flag that reads as set from its `after`-th look on: what a newer keystroke
    does to a query already running."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.looks = 0
        self.after = after

    def is_set(self) -> bool:
        self.looks += 1
        return self.looks >= self.after


def test_the_search_list_holds_the_listed_orders_in_order_with_their_texts(filled):
    listed = filled.search_list(ACCOUNT, ALL, SortKey.CUSTOMER, False)
    assert listed.rowids.tolist() == filled.query_rowids(ACCOUNT, ALL, SortKey.CUSTOMER, False)
    [order] = filled.rows([listed.rowids[0]])
    fields = (order.name, order.number, order.customer.name, order.customer.email)
    assert listed.texts[0] == "\x1f".join(map(fold, fields))


@pytest.mark.parametrize("typed", ["s", "sm", "smith", "ß", "ss", "é", "É", "@", "zz", "#1"])
def test_a_search_in_memory_finds_what_sql_finds_in_the_same_order(filled, typed):
    search = ListSearch()
    search.prepare(filled, BY_CUSTOMER)
    found = search.search(BY_CUSTOMER, fold(typed))
    expected = filled.query_rowids(ACCOUNT, OrderFilter(search=typed), SortKey.CUSTOMER, False)
    assert found.tolist() == expected


def test_typing_on_narrows_the_previous_matches(filled):
    search = ListSearch()
    search.prepare(filled, BY_CUSTOMER)
    assert search.candidates(BY_CUSTOMER, "s") == 300
    first = search.search(BY_CUSTOMER, "s")
    assert search.candidates(BY_CUSTOMER, "sm") == len(first) < 300
    narrowed = search.search(BY_CUSTOMER, "smith")
    assert narrowed.tolist() == filled.query_rowids(
        ACCOUNT, OrderFilter(search="smith"), SortKey.CUSTOMER, False
    )
    # Another word starts again from the whole list.
    assert search.candidates(BY_CUSTOMER, "zo") == 300


def test_a_list_read_for_another_sort_is_not_searched(filled):
    search = ListSearch()
    search.prepare(filled, BY_CUSTOMER)
    other: ListKey = (ACCOUNT, ALL, SortKey.CREATED, True)
    assert search.candidates(other, "s") is None
    with pytest.raises(LookupError):
        search.search(other, "s")


def test_a_cleared_search_reads_the_list_again(filled):
    search = ListSearch()
    search.prepare(filled, BY_CUSTOMER)
    search.clear()
    assert not search.prepared(BY_CUSTOMER)


def test_a_running_query_stops_when_its_flag_is_set(filled):
    """SQLite looks at the flag while the statement runs; once it reads as set the query
    gives up instead of finishing."""
    flag = FlagAfter(after=2)  # the look before starting passes, the next one stops it
    with pytest.raises(QueryCancelled):
        filled.rowid_array(ACCOUNT, ALL, SortKey.CUSTOMER, False, cancel=flag)
    assert flag.looks >= 2
    # The connection still answers afterwards: the stop was for that query only.
    assert len(filled.rowid_array(ACCOUNT, ALL, cancel=threading.Event())) == 300


@pytest.mark.parametrize("query", ["rowid_array", "count", "search_list"])
def test_a_query_told_to_stop_before_it_starts_never_runs(filled, query):
    flag = threading.Event()
    flag.set()
    with pytest.raises(QueryCancelled):
        getattr(filled, query)(ACCOUNT, ALL, cancel=flag)


def test_a_search_in_memory_stops_when_its_flag_is_set(filled):
    search = ListSearch()
    search.prepare(filled, BY_CUSTOMER)
    flag = threading.Event()
    flag.set()
    with pytest.raises(QueryCancelled):
        search.search(BY_CUSTOMER, "s", cancel=flag)


def test_a_status_filter_lists_the_same_orders_in_every_sort(filled):
    """A status filter reads the status index and sorts; the order is the sort's all the same."""
    done = OrderFilter(status_codes=("done",))
    for key in SortKey:
        for descending in (False, True):
            everything = filled.query_rowids(ACCOUNT, ALL, key, descending)
            wanted = set(filled.query_rowids(ACCOUNT, done, key, descending))
            assert len(wanted) == 100
            expected = [rowid for rowid in everything if rowid in wanted]
            assert filled.query_rowids(ACCOUNT, done, key, descending) == expected, key


def test_a_status_filter_newest_first_reads_only_its_index(filled):
    """The status filter over the list's default sort: its first screen and its whole list
    come from one index, not from each order's row (thousands of scattered reads from disk
    after a restart, over a million orders)."""
    done = OrderFilter(status_codes=("done",))
    for limit in (200, None):
        plan = _plan(
            filled,
            functools.partial(filled.rowid_array, ACCOUNT, done, SortKey.CREATED, True, limit),
        )
        assert "COVERING INDEX orders_status_created" in plan
        assert "TEMP B-TREE" not in plan  # in the index's order, nothing sorted


def test_the_tags_are_read_from_their_index(filled):
    plan = filled._conn.execute(
        "EXPLAIN QUERY PLAN SELECT tags, count(*) FROM orders WHERE account_id = ? "
        "AND tags != '' GROUP BY tags",
        (ACCOUNT,),
    ).fetchall()
    assert "orders_tags" in str(plan)


def _count_plan(cache: OrderCache, flt: OrderFilter) -> str:
    """How SQLite reads the count the store runs for `flt`."""
    return _plan(cache, lambda: cache.count(ACCOUNT, flt))


def _plan(cache: OrderCache, read: Callable[[], object]) -> str:
    """How SQLite reads the last query `read` runs."""
    ran: list[str] = []
    cache._conn.set_trace_callback(ran.append)
    try:
        read()
    finally:
        cache._conn.set_trace_callback(None)
    sql = next(statement for statement in reversed(ran) if statement.startswith("SELECT"))
    return str(cache._conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall())


def test_the_needs_review_and_due_this_week_counts_read_only_their_orders(filled):
    """The views' counts go straight to the few orders they show: over a million orders,
    walking the account's every order took them 70-120 ms each."""
    awaiting = _count_plan(filled, OrderFilter(awaiting=True, review_codes=("done",)))
    assert "orders_awaiting" in awaiting
    assert "INTEGER PRIMARY KEY" in awaiting  # each awaiting order looked up, no account scan
    week = OrderFilter(due_from=date(2026, 12, 7), due_to=date(2026, 12, 13))
    assert "orders_due_window (account_id=? AND <expr>>?)" in _count_plan(filled, week)


def test_an_accounts_whole_count_is_kept_by_its_writes(cache):
    """An account's every order (its list's total, the "All orders" view) is read from a count
    the writes keep, and stays the true count through a sync's new, changed and gone orders,
    a removal and the account forgotten; another account's is its own."""

    def true_count(account_id: str) -> int:
        sql = "SELECT count(*) FROM orders WHERE account_id = ?"
        return int(cache._conn.execute(sql, (account_id,)).fetchone()[0])

    def both(account_id: str) -> tuple[int, int]:
        return cache.count(account_id, OrderFilter()), true_count(account_id)

    cache.upsert_orders(ACCOUNT, [make_order(n) for n in range(1, 31)], generation=1)
    cache.upsert_orders("other", [make_order(n) for n in range(1, 6)])
    assert both(ACCOUNT) == (30, 30)
    renamed = Customer("Renamed", "renamed@example.com")
    cache.upsert_orders(
        ACCOUNT, [make_order(n, customer=renamed) for n in range(11, 41)], generation=2
    )
    assert both(ACCOUNT) == (40, 40)
    assert len(cache.delete_missing(ACCOUNT, 2)) == 10  # gone from the server
    assert both(ACCOUNT) == (30, 30)
    cache.remove(ACCOUNT, [make_order(12).id, make_order(13).id])
    assert both(ACCOUNT) == (28, 28)
    cache.clear_account(ACCOUNT)
    assert both(ACCOUNT) == (0, 0)
    assert both("other") == (5, 5)
    assert "order_counts" in _count_plan(cache, OrderFilter())


def test_the_overdue_count_is_kept_by_its_writes_and_moves_with_the_date(cache):
    """The "Overdue" view's count is read from open orders counted by the day they are due,
    and stays the true count as orders arrive, get a new due date or range, are shipped,
    canceled or reopened, are removed and the account forgotten; tomorrow it counts today's
    orders too, and leaving canceled orders out changes nothing (an overdue order is open)."""
    today = date(2026, 12, 4)

    def due(n: int, day: int, **fields: object) -> Order:
        return make_order(n, due_date=date(2026, 12, day), **fields)

    def both(account_id: str, on: date = today) -> tuple[int, int]:
        source, where, params = _where(account_id, OrderFilter(overdue_on=on))
        sql = f"SELECT count(*) FROM {source} WHERE {where}"
        true_count = int(cache._conn.execute(sql, params).fetchone()[0])
        return cache.count(account_id, OrderFilter(overdue_on=on)), true_count

    cache.upsert_orders(ACCOUNT, [due(n, 1 + n % 6) for n in range(1, 31)], generation=1)
    cache.upsert_orders(ACCOUNT, [make_order(n) for n in range(31, 36)], generation=1)  # no date
    cache.upsert_orders("other", [due(n, 1) for n in range(1, 6)])
    assert both(ACCOUNT) == (15, 15)  # due on the 1st to 3rd
    assert both(ACCOUNT, on=date(2026, 12, 5)) == (20, 20)  # the 4th has passed too
    shipped = OrderStatus("shipped", "Shipped")
    canceled = datetime(2026, 12, 2, tzinfo=UTC)
    cache.upsert_orders(
        ACCOUNT,
        [
            due(1, 20),  # due later now
            make_order(2, due_date=date(2026, 11, 30), due_date_to=date(2026, 12, 20)),
            due(3, 2, status=shipped),  # done, so not overdue
            due(4, 2, canceled_at=canceled),
            due(5, 1),  # was due on the 6th
            due(8, 3, due_date_to=date(2026, 12, 20)),  # due until the 20th now
            *(due(n, 1 + n % 6) for n in range(6, 31) if n != 8),
        ],
        generation=2,
    )
    assert both(ACCOUNT) == (13, 13)
    cache.upsert_orders(ACCOUNT, [due(3, 2)])  # reopened
    assert both(ACCOUNT) == (14, 14)
    assert len(cache.delete_missing(ACCOUNT, 2)) == 5  # the five without a date are gone
    cache.remove(ACCOUNT, [make_order(6).id, make_order(7).id])  # due on the 1st and 2nd
    assert both(ACCOUNT) == (12, 12)
    without_canceled = OrderFilter(overdue_on=today, include_canceled=False)
    assert cache.count(ACCOUNT, without_canceled) == 12
    assert len(cache.query_rowids(ACCOUNT, without_canceled, SortKey.DUE_DATE, False)) == 12
    assert "open_due_days" in _count_plan(cache, without_canceled)
    assert cache.count(ACCOUNT, OrderFilter(overdue_on=today, status_codes=("new",))) == 12
    cache.clear_account(ACCOUNT)
    assert both(ACCOUNT) == (0, 0)
    assert both("other") == (5, 5)


def test_the_first_screen_stops_once_it_has_its_matches(filled, monkeypatch):
    monkeypatch.setattr(list_search_module, "FIRST_SLICE", 8)
    search = ListSearch()
    search.prepare(filled, BY_CUSTOMER)
    scan = search.scan(BY_CUSTOMER, "s")
    scan.first_screen(rows=5, most=300)
    everything = filled.query_rowids(ACCOUNT, OrderFilter(search="s"), SortKey.CUSTOMER, False)
    assert not scan.done and scan.tested < 300
    assert 5 <= len(scan.rowids) < len(everything)
    assert scan.rowids.tolist() == everything[: len(scan.rowids)]  # the list's first ones
    assert scan.run().tolist() == everything  # the rest, after them


def test_the_first_screen_gives_up_after_its_share_of_the_list(filled, monkeypatch):
    monkeypatch.setattr(list_search_module, "FIRST_SLICE", 8)
    search = ListSearch()
    search.prepare(filled, BY_CUSTOMER)
    scan = search.scan(BY_CUSTOMER, "#nothing")
    scan.first_screen(rows=5, most=100)
    assert (scan.tested, len(scan.rowids), scan.done) == (100, 0, False)


@pytest.mark.parametrize("stopped_after", [0, 1, 2, 5])  # slices of the first search
def test_typing_on_after_a_stopped_search_finds_what_sql_finds(filled, monkeypatch, stopped_after):
    """The letters before were tested only part-way: what they found is narrowed, the
    rest of the list is tested afresh, nothing found twice or missed."""
    monkeypatch.setattr(list_search_module, "SLICE", 40)
    search = ListSearch()
    search.prepare(filled, BY_CUSTOMER)
    first = search.scan(BY_CUSTOMER, "s")
    for _ in range(stopped_after):
        first.step()
    assert search.candidates(BY_CUSTOMER, "sm") == 300 - first.tested + len(first.rowids)
    second = search.scan(BY_CUSTOMER, "sm")
    second.step()  # stopped while it retests the first one's matches
    found = search.search(BY_CUSTOMER, "smith")
    assert found.tolist() == filled.query_rowids(
        ACCOUNT, OrderFilter(search="smith"), SortKey.CUSTOMER, False
    )
