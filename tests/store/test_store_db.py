"""Opening, migrating and rebuilding the cache file."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from approval_console.core.changes import CommentChange
from approval_console.core.errors import CacheError
from approval_console.store.db import APPLICATION_ID, Database, FileKind
from approval_console.store.journal import Journal
from approval_console.store.schema import MIGRATIONS


def test_open_creates_parent_dirs_and_sets_pragmas(db_path: Path) -> None:
    db = Database.open(db_path)
    try:
        conn = db.connection
        assert db_path.exists()
        assert db.path == db_path
        assert db.rebuilt_from is None
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    finally:
        db.close()


def test_reopen_keeps_data_and_does_not_migrate_again(db_path: Path) -> None:
    with Database.open(db_path) as db:
        Journal(db).record("a", ["1"], CommentChange("hello"))
    with Database.open(db_path) as db:
        assert db.rebuilt_from is None
        assert db.user_version == len(MIGRATIONS)
        assert len(Journal(db).unfinished()) == 1


def test_an_empty_file_is_initialised_in_place(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    with Database.open(db_path) as db:
        assert db.rebuilt_from is None
        assert db.user_version == len(MIGRATIONS)


def _assert_rebuilt(db_path: Path, original: bytes, why: str = "corrupt") -> None:
    with Database.open(db_path) as db:
        moved = db.rebuilt_from
        assert moved is not None
        assert moved.parent == db_path.parent
        assert moved.name.startswith(f"{db_path.name}.{why}-")
        assert db.rebuilt_from_newer == (why == "newer")
        assert moved.read_bytes() == original  # the user's file is kept, untouched
        assert db.user_version == len(MIGRATIONS)
        Journal(db).record("a", ["1"], CommentChange("works"))  # the fresh file is usable
    with Database.open(db_path) as db:
        assert db.rebuilt_from is None


def test_garbage_file_is_moved_aside_and_rebuilt(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = b"this is not a database at all\x00\xff" * 200
    db_path.write_bytes(garbage)
    _assert_rebuilt(db_path, garbage)


def test_foreign_sqlite_file_is_moved_aside(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    other = sqlite3.connect(db_path)
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    other.execute("INSERT INTO photos (path) VALUES ('holiday.jpg')")
    other.commit()
    other.close()
    original = db_path.read_bytes()
    _assert_rebuilt(db_path, original)


def test_foreign_application_id_is_moved_aside(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    other = sqlite3.connect(db_path)
    other.execute("PRAGMA application_id = 12345")
    other.execute("CREATE TABLE orders (id TEXT)")
    other.commit()
    other.close()
    _assert_rebuilt(db_path, db_path.read_bytes())


def test_too_new_user_version_is_moved_aside_named_as_newer_not_corrupt(db_path: Path) -> None:
    with Database.open(db_path) as db:
        db.connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
        db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _assert_rebuilt(db_path, db_path.read_bytes(), why="newer")


def test_damaged_pages_are_detected(db_path: Path) -> None:
    with Database.open(db_path) as db:
        Journal(db).record("a", [str(n) for n in range(2000)], CommentChange("x" * 200))
        db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db_path.read_bytes())
    for offset in range(page_size * 3, len(data) - page_size, page_size * 2):
        data[offset : offset + 64] = b"\xa5" * 64  # scribble over b-tree page headers
    db_path.write_bytes(bytes(data))
    _assert_rebuilt(db_path, bytes(data))


def test_wal_and_shm_move_with_the_file(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"garbage" * 100)
    Path(f"{db_path}-wal").write_bytes(b"wal bytes")
    Path(f"{db_path}-shm").write_bytes(b"shm bytes")
    with Database.open(db_path) as db:
        assert db.rebuilt_from is not None
        assert Path(f"{db.rebuilt_from}-wal").read_bytes() == b"wal bytes"
        # -shm is SQLite's rebuildable index of the WAL: it moves along, its bytes may not.
        assert Path(f"{db.rebuilt_from}-shm").exists()


def test_two_rebuilds_in_the_same_second_keep_both_files(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    moved = []
    for content in (b"first garbage" * 100, b"second garbage" * 100):
        db_path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        db_path.write_bytes(content)
        with Database.open(db_path) as db:
            assert db.rebuilt_from is not None
            moved.append(db.rebuilt_from)
    assert moved[0] != moved[1]
    assert moved[0].read_bytes() == b"first garbage" * 100
    assert moved[1].read_bytes() == b"second garbage" * 100


def test_transaction_commits_and_rolls_back(db: Database) -> None:
    conn = db.connection
    with db.transaction():
        conn.execute("INSERT INTO meta (account_id, key, value) VALUES ('a', 'k', 'v')")
    with pytest.raises(RuntimeError), db.transaction():
        conn.execute("INSERT INTO meta (account_id, key, value) VALUES ('a', 'k2', 'v')")
        raise RuntimeError("boom")
    keys = [row[0] for row in conn.execute("SELECT key FROM meta")]
    assert keys == ["k"]
    assert not conn.in_transaction


def test_nested_transaction_rolls_back_only_the_inner_part(db: Database) -> None:
    conn = db.connection
    with db.transaction():
        conn.execute("INSERT INTO meta (account_id, key, value) VALUES ('a', 'outer', 'v')")
        with pytest.raises(ValueError), db.transaction():
            conn.execute("INSERT INTO meta (account_id, key, value) VALUES ('a', 'inner', 'v')")
            raise ValueError("inner fails")
    assert [row[0] for row in conn.execute("SELECT key FROM meta")] == ["outer"]


def test_sqlite_errors_in_a_transaction_become_cache_errors(db: Database) -> None:
    with pytest.raises(CacheError), db.transaction() as conn:
        conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert not db.connection.in_transaction


def test_a_locked_file_is_not_treated_as_corrupt(db_path: Path) -> None:
    with Database.open(db_path) as db:
        Journal(db).record("a", ["1"], CommentChange("keep me"))
    locker = sqlite3.connect(db_path, isolation_level=None)
    locker.execute("PRAGMA locking_mode = EXCLUSIVE")
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CacheError):
            _open_quickly(db_path)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert not list(db_path.parent.glob("*.corrupt-*"))
    with Database.open(db_path) as db:
        assert len(Journal(db).unfinished()) == 1


def _open_quickly(path: Path) -> Database:
    """Open with a short busy timeout so the locked-file test does not wait 5 s."""
    import approval_console.store.db as db_module

    original = sqlite3.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        kwargs["timeout"] = 0.1
        return original(*args, **kwargs)  # type: ignore[arg-type]

    db_module.sqlite3.connect = connect  # type: ignore[assignment]
    try:
        return Database.open(path)
    finally:
        db_module.sqlite3.connect = original


def test_a_clean_close_lets_the_next_open_skip_the_full_check(db_path: Path, monkeypatch) -> None:
    """The full page check runs after a crash, not after every clean exit (start-up speed)."""
    statements: list[str] = []
    original = sqlite3.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = original(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    def full_checks() -> int:
        return sum("quick_check" in statement for statement in statements)

    monkeypatch.setattr(sqlite3, "connect", traced)
    db = Database.open(db_path)
    db.reader().close()
    db.close()
    assert Path(f"{db_path}.clean").exists()
    before = full_checks()
    Database.open(db_path)  # opened and never closed: the process "crashed"
    assert full_checks() == before  # after a clean close: no full check
    assert not Path(f"{db_path}.clean").exists()
    Database.open(db_path).close()
    assert full_checks() == before + 1  # after the crash: one


def test_a_function_migration_runs_with_its_version_bump_or_not_at_all(tmp_path: Path) -> None:
    """A rewrite SQL cannot say runs as a function, in the same transaction as its bump."""
    calls: list[int] = []

    def add_row(conn: sqlite3.Connection) -> None:
        calls.append(1)
        conn.execute("INSERT INTO t VALUES ('added')")
        if len(calls) == 1:
            raise RuntimeError("interrupted")

    kind = FileKind("test file", 0x54455354, ("CREATE TABLE t (v TEXT);", add_row), True, "Test")
    path = tmp_path / "t.sqlite3"
    with pytest.raises(RuntimeError, match="interrupted"):
        Database.open(path, kind)
    with sqlite3.connect(path) as raw:  # the failed function left nothing behind
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        assert raw.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    with Database.open(path, kind) as db:
        assert db.user_version == 2
        assert db.connection.execute("SELECT v FROM t").fetchall() == [("added",)]
