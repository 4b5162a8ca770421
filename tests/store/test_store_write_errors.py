"""A locked or full disk is told to the person in words, not as "Something went wrong".

`BEGIN` and `COMMIT` used to sit outside the transaction's error handling, so another program
holding the file surfaced as a bare `OperationalError`, which the window can only summarise as
"Something went wrong (OperationalError)".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from approval_console.core.changes import CommentChange
from approval_console.core.errors import CacheError
from approval_console.store.db import Database
from approval_console.store.journal import Journal
from approval_console.ui.runtime import explain


def test_a_cache_locked_by_another_program_says_so_and_recovers(db_path: Path) -> None:
    db = Database.open(db_path)
    db.connection.execute("PRAGMA busy_timeout = 50")  # wait 50 ms for the lock, not 5 s
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CacheError) as caught, db.transaction() as conn:
            conn.execute("INSERT INTO meta (account_id, key, value) VALUES ('a', 'k', 'v')")
        shown = explain(caught.value)  # what the window's error line shows
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert shown.startswith("The local cache is locked by another program")
    assert "OperationalError" not in shown
    with db.transaction() as conn:  # once the other program lets go, writing works again
        conn.execute("INSERT INTO meta (account_id, key, value) VALUES ('a', 'k', 'v')")
    assert db.connection.execute("SELECT count(*) FROM meta").fetchone()[0] == 1
    db.close()


def test_a_full_disk_says_so_and_writes_nothing(journal: Journal, journal_db: Database) -> None:
    conn = journal_db.connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: SQLITE_FULL
    with pytest.raises(CacheError) as caught:
        journal.record("acct", [f"o{n}" for n in range(500)], CommentChange("x" * 500))
    shown = explain(caught.value)
    assert shown.startswith("The disk is full")
    assert "change journal" in shown
    assert journal.unfinished() == []  # all or nothing
    assert not conn.in_transaction
