"""The journal is not a cache: a damaged or newer cache file never takes the unsent changes.

Cache and journal once shared one SQLite file, so moving an unreadable (or newer) cache aside
also moved every pending and in-doubt change out of the app's sight: 35 of 35 vanished. Each
test builds a real profile on disk and opens it as the app does, through `Console`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from approval_console.app import Console
from approval_console.core.changes import CommentChange
from approval_console.core.paths import Paths
from approval_console.store.db import Database, UnusableFileError
from approval_console.store.journal import EntryState, Journal

ACCOUNT = "ap-test"
CHANGE = CommentChange("Checked by phone")


@pytest.fixture
def paths(tmp_path: Path, memory_keyring: object) -> Iterator[Paths]:
    yield Paths.in_profile(tmp_path / "profile")


def _leave_unfinished(journal: Journal) -> list[tuple[int, EntryState]]:
    """35 changes: 25 never sent, 10 sent with no answer (in doubt)."""
    entries = journal.record(ACCOUNT, [f"o{n}" for n in range(35)], CHANGE)
    doubtful = [entry.id for entry in entries[25:]]
    journal.transition(doubtful, EntryState.SENT)
    journal.transition(doubtful, EntryState.UNKNOWN, reason="connection lost")
    return [(entry.id, entry.state) for entry in journal.unfinished()]


def _unfinished(console: Console) -> list[tuple[int, EntryState]]:
    return [(entry.id, entry.state) for entry in console.journal.unfinished()]


def _session_with_unfinished_changes(paths: Paths) -> list[tuple[int, EntryState]]:
    console = Console(paths)
    try:
        return _leave_unfinished(console.journal)
    finally:
        console.close()


def _set_user_version(path: Path, version: int) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {version}")
    connection.close()


def test_a_damaged_cache_keeps_the_unsent_changes(paths: Paths) -> None:
    before = _session_with_unfinished_changes(paths)
    assert len(before) == 35
    paths.database.write_bytes(b"this is not a database" * 200)
    console = Console(paths)
    try:
        assert console.database.rebuilt_from is not None  # the cache was rebuilt...
        assert _unfinished(console) == before  # ...and every change is still there
    finally:
        console.close()


def test_a_cache_from_a_newer_version_keeps_the_unsent_changes(paths: Paths) -> None:
    before = _session_with_unfinished_changes(paths)
    _set_user_version(paths.database, 99)
    console = Console(paths)
    try:
        assert console.database.rebuilt_from is not None
        assert _unfinished(console) == before
    finally:
        console.close()


@pytest.mark.parametrize("damage", ["garbage", "newer"])
def test_an_unusable_journal_is_refused_and_left_as_it_is(paths: Paths, damage: str) -> None:
    _session_with_unfinished_changes(paths)
    if damage == "garbage":
        paths.journal.write_bytes(b"this is not a database" * 200)
    else:
        _set_user_version(paths.journal, 99)
    files_before = _files_beside(paths.journal)
    content_before = paths.journal.read_bytes()

    with pytest.raises(UnusableFileError) as refused:
        Console(paths)

    message = refused.value.message
    assert str(paths.journal) in message and "left as it is" in message
    assert ("newer version" in message) == (damage == "newer")
    assert paths.journal.read_bytes() == content_before  # not moved, not overwritten
    assert _files_beside(paths.journal) == files_before  # nothing renamed or set aside


def _files_beside(path: Path) -> list[str]:
    """The folder's files, but for SQLite's own -wal/-shm and the clean-close marks."""
    own = ("-wal", "-shm", ".clean")
    return sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(own))


def test_changes_in_an_old_cache_file_move_to_the_journal_file_once(paths: Paths) -> None:
    # A profile from before the journal had its own file: entries in the cache file.
    paths.ensure()
    with Database.open(paths.database) as old_cache:
        before = _leave_unfinished(Journal(old_cache))
    assert not paths.journal.exists()

    for _start in range(2):  # the move happens once: a second start finds no duplicates
        console = Console(paths)
        try:
            assert _unfinished(console) == before
            left = console.database.connection.execute("SELECT count(*) FROM journal")
            assert left.fetchone()[0] == 0
        finally:
            console.close()

    # And a cache that is now damaged no longer takes them along.
    paths.database.write_bytes(b"this is not a database" * 200)
    console = Console(paths)
    try:
        assert _unfinished(console) == before
    finally:
        console.close()


@pytest.mark.parametrize("answer", [True, False])
def test_a_damaged_journal_is_set_aside_only_when_the_person_says_so(
    paths: Paths, answer: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from approval_console import launcher, start_problems
    from approval_console.core.settings import load_settings

    _session_with_unfinished_changes(paths)
    paths.journal.write_bytes(b"this is not a database" * 200)
    asked: list[tuple[str, str]] = []

    def ask(path: str, reason: str) -> bool:
        asked.append((path, reason))
        return answer

    monkeypatch.setattr(start_problems, "ask_to_set_aside", ask)
    settings = load_settings(paths.settings_file)
    database = Database.open(paths.database)
    if not answer:
        with pytest.raises(UnusableFileError):
            launcher._open_console(paths, database, settings)
        assert paths.journal.read_bytes() == b"this is not a database" * 200
        assert asked == [(str(paths.journal), "not a database (file is not a database)")]
        return
    console = launcher._open_console(paths, database, settings)
    try:
        assert console.journal.unfinished() == []  # a new journal, in use
        console.journal.record(ACCOUNT, ["o1"], CHANGE)
    finally:
        console.close()
    [kept] = [name for name in _files_beside(paths.journal) if ".corrupt-" in name]
    assert kept.startswith("journal.sqlite3.corrupt-")
    assert (paths.journal.parent / kept).read_bytes() == b"this is not a database" * 200


def test_a_journal_from_a_newer_version_is_never_offered_to_be_set_aside(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from approval_console import launcher, start_problems
    from approval_console.core.settings import load_settings

    _session_with_unfinished_changes(paths)
    _set_user_version(paths.journal, 99)
    monkeypatch.setattr(start_problems, "ask_to_set_aside", lambda *_: pytest.fail("asked"))
    with pytest.raises(UnusableFileError):
        launcher._open_console(
            paths, Database.open(paths.database), load_settings(paths.settings_file)
        )


def test_enter_on_the_question_sets_the_journal_aside_and_escape_quits(qtbot) -> None:
    from PySide6.QtCore import Qt

    from approval_console.start_problems import set_aside_question

    for key, chosen in ((Qt.Key.Key_Return, "setAsideButton"), (Qt.Key.Key_Escape, "quitButton")):
        box = set_aside_question("/profile/data/journal.sqlite3", "not a database")
        qtbot.addWidget(box)
        assert box.windowTitle() == "The change journal cannot be read"
        assert "/profile/data/journal.sqlite3 cannot be read" in box.text()
        assert "kept beside it, renamed" in box.informativeText()
        box.open()
        qtbot.keyClick(box, key)
        clicked = box.clickedButton()
        assert clicked is not None and clicked.objectName() == chosen, key
