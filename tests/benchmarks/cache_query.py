"""Benchmark of the order cache over 100,000 orders: run on purpose, not by pytest.

    PYTHONPATH=. .venv/bin/python tests/benchmarks/cache_query.py [--orders N]

Prints timings only; the targets (query under ~150 ms, 100 rows under 5 ms, 10,000 upserts
well under a second) are for a person to compare against, not asserts.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from array import array
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from approval_console.core.domain import Customer, Money, Order, OrderStatus, Status
from approval_console.store.db import Database
from approval_console.store.list_search import ListKey, ListSearch
from approval_console.store.orders import OrderCache, OrderFilter, SortKey

ACCOUNT = "bench"
STATUSES = [Status(f"s{i}", f"Status {i}", position=i) for i in range(12)]
FIRST = ["Ada", "Bo", "Cai", "Dora", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]
LAST = ["Smith", "Novak", "Berg", "Okafor", "Tanaka", "Silva", "Moreau", "Kowalski", "Ng"]
TAGS = ["rush", "vip", "wholesale", "gift", "b2b", "fragile", "repeat"]


def make_orders(count: int, seed: int = 1) -> list[Order]:
    return list(iter_orders(count, seed))


def iter_orders(count: int, seed: int = 1) -> Iterator[Order]:
    """`count` orders, the same ones for the same seed, made one at a time: a million of them
    never need to be held at once."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for n in range(1, count + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        status = rng.choice(STATUSES) if rng.random() > 0.05 else None
        created = start + timedelta(minutes=rng.randrange(600_000))
        due = created.date() + timedelta(days=rng.randrange(40)) if rng.random() > 0.3 else None
        yield Order(
            id=str(1_000_000_000_000 + n),
            name=f"#{n}",
            number=f"#{n}",
            customer=Customer(f"{first} {last}", f"{first}.{last}{n}@example.com".lower()),
            status=OrderStatus(status.code, status.name, set_at=created) if status else None,
            financial_status=rng.choice(["paid", "pending", "refunded", None]),
            fulfillment_status=rng.choice(["fulfilled", "unfulfilled", "partial", None]),
            tags=tuple(rng.sample(TAGS, rng.randrange(3))),
            canceled_at=created if rng.random() < 0.03 else None,
            created_at=created,
            due_date=due,
            due_date_to=due + timedelta(days=2) if due and rng.random() < 0.2 else None,
            history_count=rng.randrange(20),
            amount=Money(Decimal(rng.randrange(100, 1_000_000)).scaleb(-2), "EUR"),
        )


def timed(label: str, action: Callable[[], object], repeat: int = 5) -> None:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    size = f"{len(result)} rows" if isinstance(result, list | array) else f"= {result}"
    print(
        f"  {label:<44} median {statistics.median(times):7.1f} ms  max {max(times):7.1f} ms"
        f"  ({size})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "cache.sqlite3")
        cache = OrderCache(db)
        cache.replace_statuses(ACCOUNT, STATUSES)
        orders = make_orders(args.orders)

        print(f"Writing {len(orders):,} orders")
        chunks = []
        for chunk in range(0, len(orders), 10_000):
            started = time.perf_counter()
            cache.upsert_orders(ACCOUNT, orders[chunk : chunk + 10_000], generation=1)
            chunks.append((time.perf_counter() - started) * 1000)
        figures = ", ".join(f"{t:.0f}" for t in chunks)
        print(f"  insert 10,000 new (per chunk, ms)            {figures}")
        batch = orders[:10_000]
        timed("upsert 10,000 unchanged", lambda: cache.upsert_orders(ACCOUNT, batch), 3)
        edited = [
            Order(**{**{f: getattr(o, f) for f in o.__slots__}, "history_count": 99}) for o in batch
        ]
        timed("upsert 10,000 changed", lambda: cache.upsert_orders(ACCOUNT, edited), 1)

        print(f"Queries over {args.orders:,} orders")
        every = OrderFilter()
        timed("query_rowids, no filter, by created", lambda: cache.query_rowids(ACCOUNT, every))
        for key in SortKey:
            timed(
                f"query_rowids, sort {key}",
                lambda key=key: cache.query_rowids(ACCOUNT, every, key, descending=False),
            )
        timed(
            "query_rowids, sort due_date desc",
            lambda: cache.query_rowids(ACCOUNT, every, SortKey.DUE_DATE, descending=True),
        )
        search = OrderFilter(search="smith")
        timed("query_rowids, search 'smith'", lambda: cache.query_rowids(ACCOUNT, search))
        timed(
            "query_rowids, search 'smith', sort customer",
            lambda: cache.query_rowids(ACCOUNT, search, SortKey.CUSTOMER),
        )
        rare = OrderFilter(search="ada.ng12")
        timed("query_rowids, search 'ada.ng12'", lambda: cache.query_rowids(ACCOUNT, rare))
        mixed = OrderFilter(
            status_codes=("s1", "s2", ""),
            tags_any=("vip", "rush"),
            include_canceled=False,
            due_from=date(2024, 3, 1),
            due_to=date(2024, 6, 30),
        )
        timed(
            "query_rowids, status+tags+due+canceled",
            lambda: cache.query_rowids(ACCOUNT, mixed, SortKey.STATUS),
        )
        timed("rowid_array, no filter, by created", lambda: cache.rowid_array(ACCOUNT, every))
        listed = ListSearch()
        key: ListKey = (ACCOUNT, every, SortKey.CREATED, True)
        timed("search_list (rowids and texts)", lambda: listed.prepare(cache, key) or [], 1)
        for typed in ("s", "sm", "smith"):
            timed(f"short search {typed!r} in memory", lambda t=typed: listed.search(key, t))
        timed("count, search 'smith'", lambda: cache.count(ACCOUNT, search))
        timed("count_by_status", lambda: len(cache.count_by_status(ACCOUNT)))

        rowids = cache.query_rowids(ACCOUNT, every, SortKey.CUSTOMER)
        window = rowids[50_000:50_100]
        timed("rows(100 rowids)", lambda: cache.rows(window), 20)
        timed("ids_for_rowids(100 rowids)", lambda: cache.ids_for_rowids(window), 20)
        db.close()


if __name__ == "__main__":
    main()
