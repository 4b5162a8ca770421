"""Fixtures for the store tests: real SQLite files under `tmp_path`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from approval_console.store.db import Database
from approval_console.store.journal import Journal
from approval_console.store.journal_schema import JOURNAL
from approval_console.store.orders import OrderCache


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "cache.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def cache(db: Database) -> OrderCache:
    return OrderCache(db)


@pytest.fixture
def journal_db(tmp_path: Path) -> Iterator[Database]:
    """The journal's own file, as the app opens it."""
    database = Database.open(tmp_path / "profile" / "journal.sqlite3", JOURNAL)
    yield database
    database.close()


@pytest.fixture
def journal(journal_db: Database) -> Journal:
    return Journal(journal_db)
