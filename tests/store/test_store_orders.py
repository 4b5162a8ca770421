"""The order cache: round trips, upserts, sweeps, filters, sorts and lazy rows."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from store_samples import ACCOUNT, FULL_ORDER, make_order

from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Customer, Money, Order, OrderStatus, Review, Status
from approval_console.core.history import HistoryEvent, HistoryKind, MailLog, Progress, TimelineStep
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache, OrderFilter, SortKey

ALL = OrderFilter()


def ids_of(cache: OrderCache, flt: OrderFilter = ALL, sort: SortKey = SortKey.CREATED,
           descending: bool = False) -> list[str]:  # fmt: skip
    return cache.ids_for_rowids(cache.query_rowids(ACCOUNT, flt, sort, descending))


# -- round trips ---------------------------------------------------------------------------


def test_every_order_field_round_trips(cache: OrderCache) -> None:
    assert cache.upsert_orders(ACCOUNT, [FULL_ORDER]) == [FULL_ORDER.id]
    stored = cache.get(ACCOUNT, FULL_ORDER.id)
    assert stored == FULL_ORDER
    for field in dataclasses.fields(Order):
        assert getattr(stored, field.name) == getattr(FULL_ORDER, field.name), field.name
    assert stored is not None and stored.amount is not None
    assert str(stored.amount.amount) == "1234.50"  # the exponent survives, not just the value


def test_minimal_order_round_trips(cache: OrderCache) -> None:
    bare = Order(id="x", name="", number="", customer=Customer("", ""), status=None)
    cache.upsert_orders(ACCOUNT, [bare])
    assert cache.get(ACCOUNT, "x") == bare


def test_aware_datetimes_in_other_zones_and_naive_ones_round_trip(cache: OrderCache) -> None:
    tokyo = timezone(timedelta(hours=9))
    order = make_order(1, created_at=datetime(2024, 5, 1, 9, 0, tzinfo=tokyo),
                       canceled_at=datetime(2024, 5, 1, 9, 0))  # fmt: skip
    cache.upsert_orders(ACCOUNT, [order])
    stored = cache.get(ACCOUNT, order.id)
    assert stored == order
    assert stored is not None and stored.created_at is not None
    assert stored.created_at.utcoffset() == timedelta(0)  # kept in UTC so text sorts by time
    assert stored.canceled_at is not None and stored.canceled_at.tzinfo is None


def test_accounts_are_separate(cache: OrderCache) -> None:
    cache.upsert_orders("a", [make_order(1, name="in a")])
    cache.upsert_orders("b", [make_order(1, name="in b")])
    assert cache.get("a", make_order(1).id).name == "in a"  # type: ignore[union-attr]
    assert cache.get("b", make_order(1).id).name == "in b"  # type: ignore[union-attr]
    assert cache.count("a", ALL) == 1
    cache.clear_account("a")
    assert cache.get("a", make_order(1).id) is None
    assert cache.count("b", ALL) == 1


def test_get_many_and_missing(cache: OrderCache) -> None:
    orders = [make_order(n) for n in range(1, 4)]
    cache.upsert_orders(ACCOUNT, orders)
    found = cache.get_many(ACCOUNT, [orders[0].id, orders[2].id, "nope"])
    assert found == {orders[0].id: orders[0], orders[2].id: orders[2]}
    assert cache.get(ACCOUNT, "nope") is None
    assert cache.get_many(ACCOUNT, []) == {}


# -- upserts and sweeps --------------------------------------------------------------------


def test_upsert_returns_only_new_or_changed_ids(cache: OrderCache) -> None:
    orders = [make_order(n) for n in range(1, 6)]
    assert cache.upsert_orders(ACCOUNT, orders) == [o.id for o in orders]
    assert cache.upsert_orders(ACCOUNT, orders) == []
    edited = dataclasses.replace(orders[1], status=OrderStatus("done", "Done"))
    renamed = dataclasses.replace(orders[3], customer=Customer("New Name", "new@example.com"))
    assert cache.upsert_orders(ACCOUNT, [orders[0], edited, renamed, make_order(9)]) == [
        edited.id, renamed.id, make_order(9).id,
    ]  # fmt: skip
    assert cache.get(ACCOUNT, edited.id) == edited
    assert cache.get(ACCOUNT, renamed.id) == renamed
    assert ids_of(cache, OrderFilter(search="new name")) == [renamed.id]  # search text updated
    assert ids_of(cache, OrderFilter(search="customer 4")) == []
    assert cache.upsert_orders(ACCOUNT, []) == []


def test_upsert_keeps_rowids_stable(cache: OrderCache) -> None:
    order = make_order(1)
    cache.upsert_orders(ACCOUNT, [order])
    rowid = cache.rowid_of(ACCOUNT, order.id)
    cache.upsert_orders(ACCOUNT, [dataclasses.replace(order, history_count=5)])
    assert cache.rowid_of(ACCOUNT, order.id) == rowid
    assert cache.rowid_of(ACCOUNT, "missing") is None


def test_deleted_rowids_are_never_reused(cache: OrderCache) -> None:
    cache.upsert_orders(ACCOUNT, [make_order(1), make_order(2)])
    old = cache.rowid_of(ACCOUNT, make_order(2).id)
    cache.remove(ACCOUNT, [make_order(2).id])
    cache.upsert_orders(ACCOUNT, [make_order(3)])
    assert cache.rowid_of(ACCOUNT, make_order(3).id) != old
    assert cache.rows([old]) == []  # type: ignore[list-item]


def test_duplicate_ids_in_one_upsert_keep_the_last(cache: OrderCache) -> None:
    first, second = make_order(1, name="first"), make_order(1, name="second")
    assert cache.upsert_orders(ACCOUNT, [first, second]) == [first.id]
    assert cache.get(ACCOUNT, first.id) == second


def test_generation_sweep_removes_orders_not_seen(cache: OrderCache) -> None:
    cache.upsert_orders(ACCOUNT, [make_order(n) for n in range(1, 5)], generation=1)
    cache.upsert_orders("other", [make_order(1)], generation=1)
    # a full listing that no longer has orders 2 and 4; 1 is unchanged but still seen
    changed = cache.upsert_orders(ACCOUNT, [make_order(1), make_order(3)], generation=2)
    assert changed == []
    assert sorted(cache.delete_missing(ACCOUNT, 2)) == [make_order(2).id, make_order(4).id]
    assert sorted(ids_of(cache)) == [make_order(1).id, make_order(3).id]
    assert cache.delete_missing(ACCOUNT, 2) == []
    assert cache.count("other", ALL) == 1  # other accounts untouched


def test_upsert_without_generation_is_swept_by_the_next_sweep(cache: OrderCache) -> None:
    cache.upsert_orders(ACCOUNT, [make_order(1)])
    assert cache.delete_missing(ACCOUNT, 1) == [make_order(1).id]


def test_remove(cache: OrderCache) -> None:
    cache.upsert_orders(ACCOUNT, [make_order(n) for n in range(1, 4)])
    cache.remove(ACCOUNT, [make_order(2).id, "unknown"])
    assert sorted(ids_of(cache)) == [make_order(1).id, make_order(3).id]
    assert ids_of(cache, OrderFilter(search="customer 2")) == []


def test_10000_orders_upsert_in_one_call(cache: OrderCache) -> None:
    """How long it takes is tests/benchmarks/cache_query.py's to print."""
    orders = [make_order(n) for n in range(10_000)]
    assert len(cache.upsert_orders(ACCOUNT, orders, generation=1)) == 10_000
    assert cache.count(ACCOUNT, OrderFilter()) == 10_000


# -- statuses, meta, details ---------------------------------------------------------------


def test_statuses_replace_and_sort_by_position(cache: OrderCache) -> None:
    statuses = [Status("b", "B", position=2), Status("a", "A", "desc", "#123456", position=1)]
    cache.replace_statuses(ACCOUNT, statuses)
    assert cache.statuses(ACCOUNT) == [statuses[1], statuses[0]]
    cache.replace_statuses(ACCOUNT, [Status("c", "C")])
    assert cache.statuses(ACCOUNT) == [Status("c", "C")]
    assert cache.statuses("other") == []


def test_meta(cache: OrderCache) -> None:
    assert cache.meta(ACCOUNT, "last_refresh") is None
    cache.set_meta(ACCOUNT, "last_refresh", "1")
    cache.set_meta(ACCOUNT, "last_refresh", "2")
    assert cache.meta(ACCOUNT, "last_refresh") == "2"
    assert cache.meta("other", "last_refresh") is None
    cache.clear_account(ACCOUNT)
    assert cache.meta(ACCOUNT, "last_refresh") is None


def _detail() -> OrderDetail:
    return OrderDetail(
        order=FULL_ORDER,
        history=(
            HistoryEvent(
                kind=HistoryKind.STATUS_CHANGE,
                created_at=datetime(
                    2024, 3, 1, 12, 30, 15, 123456, tzinfo=timezone(timedelta(hours=-5))
                ),
                status_code="approved",
                status_name="Approved",
                comment="Looks good",
                comment_is_public=True,
                mail=MailLog("shop@example.com", "zoe@example.com", "Approved", "delivered"),
                actor="Mia",
            ),
            HistoryEvent(kind=HistoryKind.COMMENT, created_at=datetime(2024, 2, 1, tzinfo=UTC)),
        ),
        timeline=(
            TimelineStep("Ordered", None, Progress.COMPLETE, "2024-02-29"),
            TimelineStep("Approved", "We checked it", Progress.CURRENT),
            TimelineStep("Shipped", None, Progress.INCOMPLETE),
        ),
    )


def test_detail_round_trips(cache: OrderCache, db_path: Path, db: Database) -> None:
    detail = _detail()
    assert cache.detail(ACCOUNT, FULL_ORDER.id) is None
    cache.save_detail(ACCOUNT, detail)
    assert cache.detail(ACCOUNT, FULL_ORDER.id) == detail
    assert cache.get(ACCOUNT, FULL_ORDER.id) == FULL_ORDER  # saving a detail caches its order
    db.close()
    with Database.open(db_path) as reopened:  # offline: a later session reads it back
        loaded = OrderCache(reopened).detail(ACCOUNT, FULL_ORDER.id)
    assert loaded == detail
    assert loaded is not None
    assert loaded.history[0].created_at.utcoffset() == timedelta(hours=-5)
    assert isinstance(loaded.history[0].kind, HistoryKind)
    assert isinstance(loaded.timeline, tuple)


def test_detail_is_dropped_with_its_order(cache: OrderCache) -> None:
    cache.save_detail(ACCOUNT, _detail())
    cache.remove(ACCOUNT, [FULL_ORDER.id])
    assert cache.detail(ACCOUNT, FULL_ORDER.id) is None
    cache.upsert_orders(ACCOUNT, [FULL_ORDER])
    assert cache.detail(ACCOUNT, FULL_ORDER.id) is None  # no stale history comes back


def test_count_by_status(cache: OrderCache) -> None:
    cache.upsert_orders(ACCOUNT, [
        make_order(1), make_order(2), make_order(3, status=OrderStatus("done", "Done")),
        make_order(4, status=None),
    ])  # fmt: skip
    assert cache.count_by_status(ACCOUNT) == {"new": 2, "done": 1, None: 1}


# -- filters -------------------------------------------------------------------------------


@pytest.fixture
def sample(cache: OrderCache) -> dict[str, Order]:
    """Six orders that differ in every filtered and sorted field."""
    base = datetime(2024, 1, 1, tzinfo=UTC)
    orders = {
        "a": make_order(1, number="#2", name="Alpha 100%", tags=("vip", "rush"),
                        customer=Customer("Émile Zola", "emile@example.com"),
                        status=OrderStatus("new", "New", set_at=base + timedelta(days=3)),
                        financial_status="paid", fulfillment_status="unfulfilled",
                        due_date=date(2024, 2, 1), history_count=3,
                        created_at=base + timedelta(hours=1),
                        amount=Money(Decimal("10.00"), "EUR")),
        "b": make_order(2, number="#10", name="Beta_1", tags=("wholesale",),
                        customer=Customer("bob Smith", "bob@example.com"),
                        status=OrderStatus("approved", "Approved", set_at=base),
                        financial_status="pending", fulfillment_status="fulfilled",
                        due_date=date(2024, 1, 20), due_date_to=date(2024, 1, 25),
                        history_count=10, created_at=base + timedelta(hours=2),
                        amount=Money(Decimal("9.99"), "EUR")),
        "c": make_order(3, number="#1", name="Gamma", tags=("vip%",),
                        customer=Customer("Carla", "carla@shop.test"),
                        status=None, financial_status=None, fulfillment_status=None,
                        due_date=None, history_count=0, created_at=base + timedelta(hours=3),
                        canceled_at=base + timedelta(days=1),
                        amount=Money(Decimal("1000"), "USD")),
        "d": make_order(4, number="#100", name="Delta", tags=(),
                        customer=Customer("Dana", "dana@example.com"),
                        status=OrderStatus("shipped", "Shipped", set_at=base + timedelta(days=1)),
                        financial_status="paid", fulfillment_status="fulfilled",
                        due_date=date(2024, 3, 1), history_count=1,
                        created_at=base + timedelta(hours=4), amount=None),
        "e": make_order(5, number="X-abc", name="Epsilon", tags=("rush",),
                        customer=Customer("Erin", "erin_x@example.com"),
                        status=OrderStatus("mystery", "Mystery"),
                        financial_status="refunded", fulfillment_status="partial",
                        due_date=date(2024, 1, 10), history_count=2,
                        created_at=base + timedelta(hours=5),
                        amount=Money(Decimal("50"), "EUR")),
    }  # fmt: skip
    cache.upsert_orders(ACCOUNT, orders.values())
    cache.replace_statuses(ACCOUNT, [
        Status("shipped", "Shipped", position=3),
        Status("new", "New", position=1),
        Status("approved", "Approved", position=2),
    ])  # fmt: skip
    return orders


def keys_of(cache: OrderCache, sample: dict[str, Order], flt: OrderFilter = ALL,
            sort: SortKey = SortKey.CREATED, descending: bool = False) -> str:  # fmt: skip
    by_id = {order.id: key for key, order in sample.items()}
    return "".join(by_id[i] for i in ids_of(cache, flt, sort, descending))


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("alpha", "a"),
        ("ALPHA", "a"),
        ("émile", "a"),  # non-ASCII case folding
        ("ÉMILE", "a"),
        ("#10", "bd"),  # numbers are substrings: #10 and #100
        ("smith", "b"),  # customer name
        ("shop.test", "c"),  # customer email
        ("100%", "a"),  # % is literal
        ("%", "a"),
        ("_", "be"),  # _ is literal: Beta_1 and erin_x
        ("a_1", "b"),
        ("  beta  ", "b"),  # surrounding spaces ignored
        ("", "abcde"),
        ("nothing like it", ""),
        ("gammacarla", ""),  # a match never spans two fields
    ],
)
def test_search(cache: OrderCache, sample: dict[str, Order], search: str, expected: str) -> None:
    assert keys_of(cache, sample, OrderFilter(search=search)) == expected
    assert cache.count(ACCOUNT, OrderFilter(search=search)) == len(expected)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (OrderFilter(status_codes=("new",)), "a"),
        (OrderFilter(status_codes=("new", "approved")), "ab"),
        (OrderFilter(status_codes=("",)), "c"),
        (OrderFilter(status_codes=("", "shipped")), "cd"),
        (OrderFilter(financial_statuses=("paid",)), "ad"),
        (OrderFilter(financial_statuses=("paid", "refunded")), "ade"),
        (OrderFilter(fulfillment_statuses=("fulfilled", "partial")), "bde"),
        (OrderFilter(tags_any=("vip",)), "a"),  # not "vip%"
        (OrderFilter(tags_any=("vip%",)), "c"),
        (OrderFilter(tags_any=("rush", "wholesale")), "abe"),
        (OrderFilter(tags_any=("ush",)), ""),  # whole tags only
        (OrderFilter(include_canceled=False), "abde"),
        (OrderFilter(due_from=date(2024, 1, 22)), "abd"),  # b's range ends on the 25th
        (OrderFilter(due_to=date(2024, 1, 20)), "be"),  # b's range starts on the 20th
        (OrderFilter(due_from=date(2024, 1, 21), due_to=date(2024, 1, 31)), "b"),
        (OrderFilter(due_from=date(2024, 1, 26), due_to=date(2024, 1, 31)), ""),
        (OrderFilter(due_from=date(2024, 2, 1), due_to=date(2024, 2, 1)), "a"),
        (OrderFilter(ids=(make_order(2).id, make_order(4).id, "zzz")), "bd"),
        (OrderFilter(search="a", status_codes=("new", "shipped"), include_canceled=False), "ad"),
    ],
)
def test_filters(cache: OrderCache, sample: dict[str, Order], flt: OrderFilter,
                 expected: str) -> None:  # fmt: skip
    assert keys_of(cache, sample, flt) == expected
    assert cache.count(ACCOUNT, flt) == len(expected)


def test_filters_are_per_account(cache: OrderCache, sample: dict[str, Order]) -> None:
    assert cache.query_rowids("other", ALL) == []
    assert cache.count("other", OrderFilter(search="alpha")) == 0


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        (SortKey.NUMBER, "ecabd"),  # non-numeric first (NULL), then #1 < #2 < #10 < #100
        (SortKey.CUSTOMER, "bcdea"),  # case-insensitive; "Émile" after ASCII letters
        (SortKey.EMAIL, "bcdae"),  # bob, carla, dana, emile, erin_x
        (SortKey.STATUS, "abdec"),  # workflow position, unknown status, then no status
        (SortKey.FINANCIAL, "cadbe"),  # NULL, paid, paid, pending, refunded
        (SortKey.FULFILLMENT, "cbdea"),  # NULL, fulfilled x2, partial, unf.
        (SortKey.DUE_DATE, "ebadc"),  # nulls last
        (SortKey.STATUS_SET_AT, "cebda"),  # NULL, NULL, then by time
        (SortKey.HISTORY_COUNT, "cdeab"),
        (SortKey.CREATED, "abcde"),
        (SortKey.AMOUNT, "dbaec"),  # NULL, 9.99, 10.00, 50, 1000 (numerically, not as text)
    ],
)
def test_sort_keys(cache: OrderCache, sample: dict[str, Order], sort: SortKey,
                   ascending: str) -> None:  # fmt: skip
    assert keys_of(cache, sample, ALL, sort, descending=False) == ascending
    descending = keys_of(cache, sample, ALL, sort, descending=True)
    if sort is SortKey.DUE_DATE:
        assert descending == "dabec"  # still nulls last
    else:
        assert descending == ascending[::-1]


def test_natural_number_order(cache: OrderCache) -> None:
    numbers = ["#10", "#2", "#1", "#100", "#20", "#3"]
    cache.upsert_orders(ACCOUNT, [make_order(n, number=num) for n, num in enumerate(numbers)])
    got = [o.number for o in cache.rows(cache.query_rowids(ACCOUNT, ALL, SortKey.NUMBER, False))]
    assert got == ["#1", "#2", "#3", "#10", "#20", "#100"]


def test_ties_are_broken_by_rowid(cache: OrderCache) -> None:
    orders = [make_order(n, customer=Customer("Same", "same@example.com")) for n in range(6)]
    cache.upsert_orders(ACCOUNT, orders)
    rowids = [cache.rowid_of(ACCOUNT, o.id) for o in orders]
    assert cache.query_rowids(ACCOUNT, ALL, SortKey.CUSTOMER, False) == rowids
    assert cache.query_rowids(ACCOUNT, ALL, SortKey.CUSTOMER, True) == rowids[::-1]


def test_status_sort_without_known_statuses(cache: OrderCache) -> None:
    cache.upsert_orders(ACCOUNT, [make_order(1, status=None), make_order(2)])
    assert ids_of(cache, ALL, SortKey.STATUS) == [make_order(2).id, make_order(1).id]


# -- lazy rows -----------------------------------------------------------------------------


def test_rows_keep_the_order_asked_and_skip_missing(cache: OrderCache) -> None:
    orders = [make_order(n) for n in range(1, 8)]
    cache.upsert_orders(ACCOUNT, orders)
    rowids = cache.query_rowids(ACCOUNT, ALL, SortKey.CREATED, descending=True)
    window = [rowids[4], rowids[0], 999_999, rowids[2]]
    assert cache.rows(window) == [orders[2], orders[6], orders[4]]
    assert cache.ids_for_rowids(window) == [orders[2].id, orders[6].id, orders[4].id]
    assert cache.rows([]) == []
    assert cache.ids_for_rowids([]) == []


# -- across accounts -------------------------------------------------------------------------


def test_queries_across_accounts_gather_awaiting_and_marked_orders(cache: OrderCache) -> None:
    other = "other-account"
    cache.upsert_orders(
        ACCOUNT,
        [
            make_order(1, review=Review.AWAITING),
            make_order(2, review=Review.APPROVED),
            make_order(3, status=OrderStatus("hold", "Trade hold")),
            make_order(4, customer=Customer("Zed Holt", "zed@example.com")),
        ],
    )
    cache.upsert_orders(other, [make_order(5, review=Review.AWAITING), make_order(6)])
    cache.upsert_orders("removed-account", [make_order(7, review=Review.AWAITING)])
    accounts = [ACCOUNT, other]

    def names(rows: list[tuple[int, str]]) -> list[tuple[str, str]]:
        orders = cache.rows([rowid for rowid, _account in rows])
        return [
            (account, order.name) for (_rowid, account), order in zip(rows, orders, strict=True)
        ]

    awaiting = cache.query_across(accounts, ALL, awaiting=True, descending=False)
    assert names(awaiting) == [(ACCOUNT, "#1"), (other, "#5")]
    marked = cache.query_across(
        accounts, ALL, awaiting=True, review_statuses={ACCOUNT: ("hold",)}, descending=False
    )
    assert names(marked) == [(ACCOUNT, "#1"), (ACCOUNT, "#3"), (other, "#5")]
    # A mark belongs to its account: the other account's orders in "hold" would not join.
    everything = cache.query_across(accounts, ALL, descending=True)
    assert [name for _account, name in names(everything)] == ["#6", "#5", "#4", "#3", "#2", "#1"]
    assert names(cache.query_across(accounts, OrderFilter(search="ze"))) == [(ACCOUNT, "#4")]
    assert names(cache.query_across(accounts, OrderFilter(search="zed hol"))) == [(ACCOUNT, "#4")]
    assert cache.query_across([], ALL) == []
