"""The SQLite files behind the cache and the journal: opening, checking, migrating.

Both files are opened the same way, but they are not worth the same. A cache can always be
rebuilt from the servers, so a cache file we cannot use is moved aside (never deleted) and a
fresh one is built. The journal holds changes that may not have reached a server yet: nothing
can rebuild it, so a journal file we cannot use is refused (`UnusableFileError`) and left
exactly where and as it is, for a person (or a newer version of the app) to deal with.
A file that is merely busy is *not* unusable: that raises `CacheError` and touches nothing.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from approval_console.core.errors import CacheError
from approval_console.store import schema

__all__ = ["APPLICATION_ID", "CACHE", "Database", "FileKind", "UnusableFileError"]

APPLICATION_ID = schema.APPLICATION_ID

log = logging.getLogger(__name__)

# Primary result codes that mean "this file is damaged or not a database". Busy, locked,
# read-only or I/O errors are deliberately absent: moving a file aside for those would hide
# a second running instance or a full disk behind a silently emptied cache.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_DAMAGE_CODES = {_SQLITE_CORRUPT, _SQLITE_NOTADB}
_SIDE_FILES = ("-wal", "-shm", "-journal")
# No memory-mapped reads: every page a connection ever read through a map stays in the
# process's resident memory (three connections over a million orders held ~250 MB of the file
# that way). Pages are read from the OS's file cache into each connection's own page cache
# instead, which is bounded: a large one for the writer (a sync rewrites indexes all over the
# file), small ones for the readers, whose queries walk an index once and move on.
_MMAP_BYTES = 0
_CACHE_KIB = 32 * 1024
_READER_CACHE_KIB = 4 * 1024


@dataclass(frozen=True, slots=True)
class FileKind:
    """What a file holds: its mark, its migrations, and what to do when it cannot be used."""

    label: str  # for people: "local cache", "change journal"
    application_id: int
    migrations: tuple[schema.Migration, ...]
    rebuildable: bool  # True: move an unusable file aside and start afresh; False: refuse
    log_name: str  # in log lines: "Cache", "Journal"


CACHE = FileKind(
    "local cache", schema.APPLICATION_ID, schema.MIGRATIONS, rebuildable=True, log_name="Cache"
)


class UnusableFileError(CacheError):
    """A file that cannot be rebuilt (the journal) is damaged, foreign or from a newer version.

    The file was left where it is, untouched; the message says where and why.
    """

    def __init__(self, message: str, path: Path, reason: str, *, newer: bool = False) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.newer = newer  # written by a newer version: that version reads it, never set aside


# SQLite primary result codes, and what each means to a person.
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOMEM = 7
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14


def explain_sqlite(exc: sqlite3.Error, label: str, doing: str) -> str:
    """A sentence a person understands for an SQLite error met while `doing` (e.g. "saved").

    The raw SQLite text stays in the exception chain (and the log), not in the message.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return (
            f"The {label} is locked by another program, so nothing could be {doing}. "
            "Close any other program using it and try again."
        )
    if primary == _SQLITE_FULL:
        return f"The disk is full, so nothing could be {doing} in the {label}. Free some space."
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
        return (
            f"The {label} cannot be written (the file or its folder is read-only, or not yours), "
            f"so nothing could be {doing}."
        )
    if primary == _SQLITE_IOERR:
        return (
            f"The disk failed to read or write the {label}, so nothing could be {doing}. "
            "Check the disk, then try again."
        )
    if primary == _SQLITE_NOMEM:
        return f"The computer ran out of memory, so nothing could be {doing} in the {label}."
    return f"The {label} could not be {doing} ({exc})."


class _Unusable(Exception):
    """The file is corrupt, foreign or from a newer version; `reason` says which."""

    def __init__(self, reason: str, *, newer: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.newer = newer  # written by a newer version, not damaged


class Database:
    """One open connection, checked and migrated; use it from one thread at a time."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        rebuilt_from: Path | None = None,
        kind: FileKind = CACHE,
        *,
        rebuilt_from_newer: bool = False,
    ) -> None:
        self._connection = connection
        self._path = path
        self.rebuilt_from = rebuilt_from  # where the unusable file it replaced was moved
        self.rebuilt_from_newer = rebuilt_from_newer  # that file was a newer version's, sound
        self.kind = kind
        self._writer = True
        self._closed = False

    @classmethod
    def open(cls, path: Path, kind: FileKind = CACHE) -> Database:
        """Open (creating, migrating, or for a rebuildable kind rebuilding) the file at `path`.

        An unusable file of a kind that cannot be rebuilt raises `UnusableFileError`.
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CacheError(f"Cannot create the folder {path.parent}: {exc}") from exc
        try:
            return cls(_connect(path, kind), path, kind=kind)
        except _Unusable as problem:
            if not kind.rebuildable:
                log.error("The %s %s is %s; left as it is", kind.label, path, problem.reason)
                advice = (
                    "Use the newer version of Approval Console that wrote it."
                    if problem.newer
                    else "Move it elsewhere only once nothing in it is needed."
                )
                raise UnusableFileError(
                    f"The {kind.label} {path} is {problem.reason}. It was left as it is, "
                    "because it may hold changes not yet sent, and Approval Console cannot "
                    f"start without it. {advice}",
                    path,
                    problem.reason,
                    newer=problem.newer,
                ) from problem
            from_newer = problem.newer
            moved = move_aside(path, "newer" if from_newer else "corrupt")
            log.warning(
                "The %s %s is %s; moved it to %s and built a new one",
                kind.label, path, problem.reason, moved,
            )  # fmt: skip
        try:
            return cls(_connect(path, kind), path, moved, kind, rebuilt_from_newer=from_newer)
        except _Unusable as problem:  # pragma: no cover - a fresh file we just made is unusable
            raise CacheError(
                f"Cannot build a new {kind.label} at {path}: {problem.reason}"
            ) from problem

    def reader(self) -> Database:
        """Another connection to this already checked file, for reading on another thread.

        The checks and migrations ran when this one opened; repeating them (a full
        `quick_check` over 100,000 orders) for every extra connection would slow start-up.
        """
        try:
            conn = sqlite3.connect(
                self._path, timeout=5.0, isolation_level=None, check_same_thread=False
            )
            conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
            conn.execute(f"PRAGMA cache_size = -{_READER_CACHE_KIB}")
            conn.execute("PRAGMA query_only = ON")
        except sqlite3.Error as exc:
            raise CacheError(explain_sqlite(exc, self.kind.label, "read")) from exc
        reader = Database(conn, self._path, kind=self.kind)
        reader._writer = False
        return reader

    @property
    def connection(self) -> sqlite3.Connection:
        return self._connection

    @property
    def path(self) -> Path:
        return self._path

    @property
    def user_version(self) -> int:
        return int(self._connection.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close; the writer also leaves a mark that the file was shut down cleanly."""
        if self._closed:
            return
        self._closed = True
        self._connection.close()
        if self._writer:
            with contextlib.suppress(OSError):
                _clean_mark(self._path).touch()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error; nested use becomes a savepoint.

        IMMEDIATE takes the write lock up front, so a read-check-write sequence inside (the
        journal's state checks) cannot be overtaken by another writer between its steps.
        Every SQLite error — from BEGIN (another program holds the lock), the body, COMMIT (the
        disk filled up) or ROLLBACK — leaves as a `CacheError` a person can read; other
        exceptions pass through unchanged.
        """
        conn = self._connection
        nested = conn.in_transaction
        try:
            conn.execute("SAVEPOINT nested" if nested else "BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        try:
            yield conn
        except BaseException as exc:
            self._roll_back(nested)
            if isinstance(exc, sqlite3.Error):
                raise self._error(exc) from exc
            raise
        try:
            conn.execute("RELEASE nested" if nested else "COMMIT")
        except sqlite3.Error as exc:
            self._roll_back(nested)
            raise self._error(exc) from exc

    def _roll_back(self, nested: bool) -> None:
        """Undo the open transaction (or savepoint); a failure to do so is logged, not raised,
        so the error that caused the rollback is the one reported."""
        conn = self._connection
        if not conn.in_transaction:  # SQLite may already have rolled back (e.g. disk full)
            return
        try:
            if nested:
                conn.execute("ROLLBACK TO nested")
                conn.execute("RELEASE nested")
            else:
                conn.execute("ROLLBACK")
        except sqlite3.Error:
            log.exception("Rolling back the %s failed", self.kind.label)

    def _error(self, exc: sqlite3.Error) -> CacheError:
        log.warning("The %s could not be written: %s", self.kind.label, exc)
        return CacheError(explain_sqlite(exc, self.kind.label, "saved"))

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _connect(path: Path, kind: FileKind) -> sqlite3.Connection:
    """Check the file is ours and sound, then connect, configure and migrate it."""
    if path.exists() and path.stat().st_size > 0:
        # A full quick_check reads every page (~100 ms for 100,000 orders): run it only when
        # the last session did not close the file cleanly, the case where damage comes from.
        mark = _clean_mark(path)
        thorough = not mark.exists()
        with contextlib.suppress(OSError):
            mark.unlink()
        _inspect(path, kind, thorough=thorough)
    try:
        conn = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise CacheError(f"{explain_sqlite(exc, kind.label, 'opened')} ({path})") from exc
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # A page cache big enough for the indexes a sync rewrites; no map (see _MMAP_BYTES).
        conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        _migrate(conn, kind)
    except sqlite3.Error as exc:
        conn.close()
        if _is_damage(exc):
            raise _Unusable(f"corrupt ({exc})") from exc
        raise CacheError(f"{explain_sqlite(exc, kind.label, 'opened')} ({path})") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _clean_mark(path: Path) -> Path:
    return path.with_name(path.name + ".clean")


def _inspect(path: Path, kind: FileKind, *, thorough: bool = True) -> None:
    """Run `_check` on a read-only connection.

    Read-only, because closing a read-write connection on a file that is not a database
    deletes its -wal and -shm: the checks must not destroy what they are about to move aside.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        raise CacheError(f"{explain_sqlite(exc, kind.label, 'opened')} ({path})") from exc
    try:
        _check(conn, kind, thorough=thorough)
    except sqlite3.Error as exc:
        raise CacheError(f"{explain_sqlite(exc, kind.label, 'read')} ({path})") from exc
    finally:
        conn.close()


def _check(conn: sqlite3.Connection, kind: FileKind = CACHE, *, thorough: bool = True) -> None:
    """Raise `_Unusable` for a file that is damaged, not ours, or newer than this code."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_objects = conn.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master)").fetchone()[0]
    except sqlite3.Error as exc:
        if _is_damage(exc):
            raise _Unusable(f"not a database ({exc})") from exc
        raise
    if app_id != kind.application_id and (has_objects or version):
        raise _Unusable(f"a foreign SQLite file (application_id {app_id:#x})")
    if version > len(kind.migrations):
        raise _Unusable(
            f"from a newer version (schema {version} > {len(kind.migrations)})", newer=True
        )
    if not thorough:
        return
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.Error as exc:
        if _is_damage(exc):
            raise _Unusable(f"corrupt ({exc})") from exc
        raise
    if result != ["ok"]:
        raise _Unusable(f"corrupt ({'; '.join(map(str, result[:3]))})")


def _migrate(conn: sqlite3.Connection, kind: FileKind) -> None:
    """Apply each missing migration and its version bump in one transaction per migration."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, migration in enumerate(kind.migrations[version:], start=version + 1):
        try:
            if isinstance(migration, str):
                conn.executescript(
                    f"BEGIN IMMEDIATE;\n{migration}\nPRAGMA user_version = {number};\nCOMMIT;"
                )
            else:
                conn.execute("BEGIN IMMEDIATE")
                migration(conn)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("%s schema migrated to version %d", kind.log_name, number)


def _is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _DAMAGE_CODES
    return type(exc) is sqlite3.DatabaseError  # no code: only the bare class means damage


def move_aside(path: Path, why: str = "corrupt") -> Path:
    """Rename the file (and its -wal/-shm/-journal) to `<name>.<why>-<stamp>`; never delete:
    a damaged cache when it is rebuilt, a damaged journal when the person chooses to start
    without it, each kept for support to read. `why` is "newer" for a cache a newer version
    wrote, which is sound: its name must not call it damaged."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{why}-{stamp}")
    counter = 1
    while target.exists() or any(Path(f"{target}{suffix}").exists() for suffix in _SIDE_FILES):
        counter += 1
        target = path.with_name(f"{path.name}.{why}-{stamp}-{counter}")
    try:
        path.rename(target)
        for suffix in _SIDE_FILES:
            side = Path(f"{path}{suffix}")
            if side.exists():
                side.rename(Path(f"{target}{suffix}"))
    except OSError as exc:
        raise CacheError(f"Cannot move the unusable file {path} aside: {exc}") from exc
    return target
