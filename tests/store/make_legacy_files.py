"""Writes `legacy/journal-v1.sqlite3`, `legacy/cache-v3.sqlite3` and `legacy/cache-v5.sqlite3`
with the code of the time (each file's schema names the version that wrote it).

Kept to show how the files were made, not to be run again: they stand for what users' profiles
hold, so they must stay as that code wrote them. Run from the repository root:
`python tests/store/make_legacy_files.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from legacy_samples import ACCOUNT, CHANGES, DETAILS, STATE_PATHS, V5_ORDERS  # noqa: E402

from approval_console.store.db import Database  # noqa: E402
from approval_console.store.journal import EntryState, Journal  # noqa: E402
from approval_console.store.journal_schema import JOURNAL  # noqa: E402
from approval_console.store.orders import OrderCache  # noqa: E402

JOURNAL_FILE = HERE / "legacy" / "journal-v1.sqlite3"
CACHE_FILE = HERE / "legacy" / "cache-v3.sqlite3"
CACHE_V5_FILE = HERE / "legacy" / "cache-v5.sqlite3"


def _fresh(path: Path) -> None:
    for stale in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm", ".clean"))):
        stale.unlink(missing_ok=True)


def write_journal() -> None:
    _fresh(JOURNAL_FILE)
    with Database.open(JOURNAL_FILE, JOURNAL) as db:
        journal = Journal(db)
        batch = journal.new_batch(ACCOUNT, "every change in every state", at=1_700_000_000.0)
        clock = 1_700_000_000.0
        for number, change in enumerate(CHANGES):
            for state, path in STATE_PATHS.items():
                clock += 1
                (entry,) = journal.record(
                    ACCOUNT,
                    [f"order-{number}"],
                    change,
                    batch_id=batch if number % 2 else None,
                    before={f"order-{number}": "new"} if state != "pending" else None,
                    at=clock,
                )
                for step in path:
                    clock += 1
                    journal.transition([entry.id], EntryState(step), reason=f"to {step}", at=clock)
        db.connection.execute("VACUUM")
        db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _fresh_marks(JOURNAL_FILE)


def write_cache() -> None:
    _fresh(CACHE_FILE)
    with Database.open(CACHE_FILE) as db:
        cache = OrderCache(db)
        for detail in DETAILS:
            cache.save_detail(ACCOUNT, detail)
        db.connection.execute("VACUUM")
        db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _fresh_marks(CACHE_FILE)


def write_cache_v5() -> None:
    """Orders as the schema-5 cache stored them, before it kept whether each is open."""
    _fresh(CACHE_V5_FILE)
    with Database.open(CACHE_V5_FILE) as db:
        OrderCache(db).upsert_orders(ACCOUNT, V5_ORDERS)
        db.connection.execute("VACUUM")
        db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _fresh_marks(CACHE_V5_FILE)


def _fresh_marks(path: Path) -> None:
    for side in ("-wal", "-shm", ".clean"):
        Path(f"{path}{side}").unlink(missing_ok=True)


if __name__ == "__main__":
    write_journal()
    write_cache()
    write_cache_v5()
    print(JOURNAL_FILE, CACHE_FILE, CACHE_V5_FILE)
