"""Orders found by the number typed, closest first, fast over 100,000 orders."""

from __future__ import annotations

import dataclasses
import time

from approval_console.store.order_numbers import looks_like_number, orders_numbered
from approval_console.store.orders import OrderCache
from tests.benchmarks.cache_query import make_orders

ACCOUNT = "bench"


def _names(cache: OrderCache, typed: str, limit: int = 5) -> list[str]:
    return [order.name for order in orders_numbered(cache, ACCOUNT, typed, limit)]


def test_what_reads_as_a_number():
    for typed in ("1040", "#1040", " # 1040 ", "R123", "SO-77"):
        assert looks_like_number(typed), typed
    for typed in ("change status", "10 40", "", "#", "R"):
        assert not looks_like_number(typed), typed


def test_numbers_are_found_closest_first_with_or_without_their_prefix(cache: OrderCache):
    orders = make_orders(30)
    prefixed = [
        dataclasses.replace(o, id=f"r{o.id}", name=f"R{o.number[1:]}0", number=f"R{o.number[1:]}0")
        for o in orders[:3]
    ]
    cache.upsert_orders(ACCOUNT, [*orders, *prefixed])
    assert _names(cache, "#2") == ["#2", "#20", "R20", "#21", "#22"]
    assert _names(cache, "R2") == ["R20"]
    assert _names(cache, "r1") == ["R10"]
    assert _names(cache, "#29") == ["#29"]
    assert _names(cache, "31") == []
    assert orders_numbered(cache, "another account", "2") == []


def test_a_number_is_found_by_index_seeks_not_a_scan(cache: OrderCache):
    # 5,000 orders keep the test quick to set up; the plan below is what holds at 100,000.
    cache.upsert_orders(ACCOUNT, make_orders(5_000))
    started = time.perf_counter()
    for typed in ("1", "10", "104", "1040", "4", "#5000", "123456"):
        found = _names(cache, typed)
        assert len(found) == {"123456": 0, "#5000": 1, "1040": 1}.get(typed, 5), typed
    elapsed = time.perf_counter() - started
    assert _names(cache, "104")[:3] == ["#104", "#1040", "#1041"]
    assert _names(cache, "#5000") == ["#5000"]
    # Each keystroke's lookup is a few index seeks: seven of them take milliseconds.
    assert elapsed < 0.1, elapsed
    plan = cache._conn.execute(
        "EXPLAIN QUERY PLAN SELECT id, name, number, customer_name FROM orders "
        "WHERE account_id = ? AND number_sort BETWEEN ? AND ? ORDER BY number_sort, number "
        "LIMIT 20",
        (ACCOUNT, 1040, 1049),
    ).fetchall()
    assert any("orders_number" in str(row) for row in plan), plan
