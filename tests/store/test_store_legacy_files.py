"""Files written by earlier code stay readable: every journal entry, every saved detail.

`legacy/` holds a journal and cache files as the hand-written codecs of schema 1 (journal) and
3 (cache) wrote them, and a cache of schema 5 (`make_legacy_files.py`); `legacy_samples` holds
the values written.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from legacy_samples import ACCOUNT, CHANGES, DETAILS, DUE, STATE_PATHS, V5_OPEN, V5_ORDERS

from approval_console.core.changes import change_from_json, change_to_json
from approval_console.store.db import Database
from approval_console.store.journal import EntryState, Journal, JournalEntry
from approval_console.store.journal_schema import JOURNAL
from approval_console.store.orders import OrderCache, OrderFilter
from approval_console.store.schema import MIGRATIONS

LEGACY = Path(__file__).parent / "legacy"


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(LEGACY / name, target)
    return target


@pytest.fixture
def old_journal(tmp_path: Path) -> Iterator[Journal]:
    with Database.open(_copy("journal-v1.sqlite3", tmp_path), JOURNAL) as db:
        yield Journal(db)


def _all_entries(journal: Journal) -> list[JournalEntry]:
    """Every entry the generator wrote, in writing order (one order id per change)."""
    return [
        entry
        for number in range(len(CHANGES))
        for entry in journal.history(ACCOUNT, f"order-{number}")
    ]


def test_every_old_journal_entry_reads_back_as_written(old_journal: Journal) -> None:
    entries = _all_entries(old_journal)
    expected = [(change, state) for change in CHANGES for state in STATE_PATHS]
    assert len(entries) == len(expected) == len(CHANGES) * 5
    for entry, (change, state) in zip(entries, expected, strict=True):
        assert entry.account_id == ACCOUNT
        assert entry.state is EntryState(state)
        assert entry.change == change
        assert type(entry.change) is type(change)
        assert repr(entry.change) == repr(change)  # datetimes keep offset or naivety; tuples
        for field in type(change).__dataclass_fields__:
            assert type(getattr(entry.change, field)) is type(getattr(change, field)), field


def test_old_entries_round_trip_through_todays_writer(old_journal: Journal) -> None:
    for entry in _all_entries(old_journal):
        again = change_from_json(entry.change.kind, change_to_json(entry.change))
        assert repr(again) == repr(entry.change)
        (rewritten,) = old_journal.record("acct-new", [entry.order_id], entry.change)
        assert old_journal.get(rewritten.id) == rewritten
        assert rewritten.change == entry.change


def test_an_old_entry_left_mid_flight_is_resumed_and_resolved(old_journal: Journal) -> None:
    in_flight = [e for e in old_journal.unfinished(ACCOUNT) if e.state is EntryState.SENT]
    assert [e.change for e in in_flight] == list(CHANGES)
    assert all(e.attempts == 1 and e.sent_at is not None for e in in_flight)
    confirmed = old_journal.transition([e.id for e in in_flight], EntryState.CONFIRMED, at=5.0)
    assert [e.change for e in confirmed] == list(CHANGES)
    assert all(e.state is EntryState.CONFIRMED and e.resolved_at == 5.0 for e in confirmed)


def test_old_cache_details_are_migrated_and_read_back_as_saved(tmp_path: Path) -> None:
    path = _copy("cache-v3.sqlite3", tmp_path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 3
        assert raw.execute("SELECT count(*) FROM order_details").fetchone()[0] == len(DETAILS)
    with Database.open(path) as db:
        assert db.user_version == len(MIGRATIONS)
        assert db.rebuilt_from is None  # migrated in place, not moved aside
        assert '"$type"' not in "".join(
            str(row) for row in db.connection.execute("SELECT * FROM order_details")
        )
        cache = OrderCache(db)
        for detail in DETAILS:
            back = cache.detail(ACCOUNT, detail.order.id)
            assert back == detail
            assert repr(back) == repr(detail)
            cache.save_detail(ACCOUNT, detail)  # and today's writer round-trips it
            assert repr(cache.detail(ACCOUNT, detail.order.id)) == repr(detail)


def test_a_saved_detail_that_cannot_be_rewritten_is_dropped_not_fatal(tmp_path: Path) -> None:
    path = _copy("cache-v3.sqlite3", tmp_path)
    damaged = DETAILS[1].order.id
    with sqlite3.connect(path) as raw:
        raw.execute(
            "UPDATE order_details SET timeline = '[{\"$mystery\": 1}]' WHERE order_id = ?",
            (damaged,),
        )
    with Database.open(path) as db:
        cache = OrderCache(db)
        assert cache.detail(ACCOUNT, damaged) is None
        assert cache.get(ACCOUNT, damaged) == DETAILS[1].order  # the order itself stays
        assert cache.detail(ACCOUNT, DETAILS[0].order.id) == DETAILS[0]


def test_a_v5_cache_learns_which_orders_are_still_open(tmp_path: Path) -> None:
    path = _copy("cache-v5.sqlite3", tmp_path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 5
    with Database.open(path) as db:
        assert db.user_version == len(MIGRATIONS)
        assert db.rebuilt_from is None  # migrated in place: the orders are still there
        cache = OrderCache(db)
        after = DUE + timedelta(days=1)
        overdue = cache.query_rowids(ACCOUNT, OrderFilter(overdue_on=after), descending=False)
        assert [order.name for order in cache.rows(overdue)] == list(V5_OPEN)
        assert cache.count(ACCOUNT, OrderFilter(overdue_on=after)) == len(V5_OPEN)
        for order in V5_ORDERS:
            assert cache.get(ACCOUNT, order.id) == order
        # Today's writer agrees with what the migration filled in: rewriting changes nothing.
        assert cache.upsert_orders(ACCOUNT, V5_ORDERS) == []
        plan = " ".join(
            str(row)
            for row in db.connection.execute(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM orders o WHERE o.account_id = ? "
                "AND o.is_open = 1 AND coalesce(o.due_date_to, o.due_date) < ?",
                (ACCOUNT, after.isoformat()),
            )
        )
        assert "orders_open_due" in plan
