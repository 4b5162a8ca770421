"""Moves the journal out of a cache file written before the journal had a file of its own.

Runs at every start and does its work once: rows are copied with their own ids (so a copy
interrupted before the cache was emptied is recognised the next time, not doubled), and only
once the journal file has committed them are they deleted from the cache. An id already taken by
a different entry (a cache file restored from a backup, say) gets a new id: nothing is dropped.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from approval_console.store.db import Database

log = logging.getLogger(__name__)

_BATCH_COLUMNS = "id, account_id, description, created_at, finished_at"
_ENTRY_COLUMNS = (
    "id, account_id, batch_id, order_id, kind, payload, state, reason, attempts, "
    "created_at, sent_at, resolved_at, before_status"
)


def move_journal_out_of_cache(cache: Database, journal: Database) -> int:
    """Move every batch and entry the cache file still holds into the journal file.

    Returns how many entries moved (0 on every start after the first).
    """
    source = cache.connection
    tables = {
        row[0]
        for row in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('journal', 'batches')"
        )
    }
    if tables != {"journal", "batches"}:
        return 0
    batches = source.execute(f"SELECT {_BATCH_COLUMNS} FROM batches").fetchall()
    entries = source.execute(f"SELECT {_ENTRY_COLUMNS} FROM journal").fetchall()
    if not batches and not entries:
        return 0
    with journal.transaction() as target:
        target.executemany(
            f"INSERT OR IGNORE INTO batches ({_BATCH_COLUMNS}) VALUES (?, ?, ?, ?, ?)", batches
        )
        for entry in entries:
            _copy_entry(target, entry)
    with cache.transaction() as emptied:
        emptied.execute("DELETE FROM journal")
        emptied.execute("DELETE FROM batches")
    log.info("Moved %d journal entries out of the cache file into %s", len(entries), journal.path)
    return len(entries)


def _copy_entry(target: sqlite3.Connection, entry: tuple[Any, ...]) -> None:
    """Insert with its own id; skip it if already copied; a new id if that one is taken."""
    existing = target.execute(
        "SELECT account_id, order_id, kind, created_at FROM journal WHERE id = ?", (entry[0],)
    ).fetchone()
    if existing is None:
        target.execute(
            f"INSERT INTO journal ({_ENTRY_COLUMNS}) VALUES ({', '.join('?' * 13)})", entry
        )
    elif existing != (entry[1], entry[3], entry[4], entry[9]):
        target.execute(
            f"INSERT INTO journal ({_ENTRY_COLUMNS}) VALUES (NULL, {', '.join('?' * 12)})",
            entry[1:],
        )
