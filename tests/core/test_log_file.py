"""The log file: what is logged before it opens is written first, secrets masked."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from approval_console.core.log import MASK, open_log_file, register_secret, setup_logging
from approval_console.store.db import Database


@pytest.fixture
def root_logging() -> Iterator[None]:
    """Leave the root logger as the test found it (pytest's own handlers included)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_a_cache_moved_aside_before_the_window_paints_is_in_the_log_file(
    root_logging, tmp_path: Path
):
    log_file = tmp_path / "logs" / "console.log"
    cache = tmp_path / "data" / "console.sqlite3"
    cache.parent.mkdir()
    cache.write_bytes(b"this is not a database" * 100)
    setup_logging(log_file)

    Database.open(cache).close()  # warns that the damaged file was moved aside
    assert not log_file.exists()  # held: the list paints before the file opens

    open_log_file()
    logging.getLogger("later").warning("After the first paint")
    open_log_file()  # a second call changes nothing

    lines = log_file.read_text().splitlines()
    assert "moved it to" in lines[0] and "corrupt" in lines[0]
    assert any(line.endswith("Cache schema migrated to version 1") for line in lines)
    assert lines[-1].endswith("After the first paint")
    assert len(lines) == len(set(lines))  # each record once


def test_held_records_are_masked_like_the_rest(root_logging, tmp_path: Path):
    log_file = tmp_path / "console.log"
    secret = "held-secret-4821"
    register_secret(secret)
    setup_logging(log_file)

    logging.getLogger("early").warning("Trying key %s", secret)
    open_log_file()

    text = log_file.read_text()
    assert secret not in text
    assert f"Trying key {MASK}" in text


def test_without_stderr_the_log_goes_to_the_file_alone(root_logging, tmp_path: Path, monkeypatch):
    """The windowed app on Windows runs with no stderr."""
    monkeypatch.setattr("sys.stderr", None)
    log_file = tmp_path / "console.log"
    setup_logging(log_file)
    open_log_file()
    logging.getLogger("windowed").warning("Started without a console")
    assert log_file.read_text().rstrip().endswith("Started without a console")
    assert not any(type(h) is logging.StreamHandler for h in logging.getLogger().handlers)
