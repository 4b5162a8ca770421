"""A profile the console cannot use stops the start with a dialog saying why, not a traceback.

A read-only profile or an unreadable settings file ended the start with a traceback on stderr
only: started from a desktop menu, the person saw nothing at all. Each test launches the real
console on such a profile, offscreen, where the dialog is shown and closed at once.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.core.settings import Settings, save_settings
from approval_console.start_problems import EXIT_CODE
from tests.reliability.console_process import ConsoleProcess

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="POSIX")]

DIALOG_SHOWN = "Told the person in a dialog that the console cannot start"


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Path]:
    """A profile a console has already used: settings, cache and journal on disk."""
    root = tmp_path / "profile"
    paths = Paths.in_profile(root)
    Console(paths).close()
    save_settings(paths.settings_file, Settings(ui={"filters": {}}))
    yield root
    for path in [root, *root.rglob("*")]:  # writable again, for the clean-up
        path.chmod(0o755 if path.is_dir() else 0o644)


def _cannot_start(console: ConsoleProcess) -> str:
    """The process ends promptly and cleanly, having said why; returns what it said."""
    assert console.wait(timeout=60) == EXIT_CODE
    said = console.stderr
    assert "Traceback" not in said, said
    assert DIALOG_SHOWN in said
    return said


def test_a_read_only_profile_is_told_in_a_dialog(profile: Path, tmp_path: Path) -> None:
    for path in [profile, *profile.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)

    said = _cannot_start(ConsoleProcess(profile, tmp_path / "out", bound_by_permissions=True))
    assert f"The profile folder {profile / 'data'} cannot be written" in said


def test_an_unreadable_settings_file_is_told_and_left_alone(profile: Path, tmp_path: Path) -> None:
    settings = Paths.in_profile(profile).settings_file
    content = settings.read_bytes()
    settings.chmod(0o000)

    said = _cannot_start(ConsoleProcess(profile, tmp_path / "out", bound_by_permissions=True))
    assert f"The settings file {settings} cannot be read (Permission denied)" in said
    settings.chmod(0o644)
    assert settings.read_bytes() == content  # not replaced by empty settings
    assert not list(settings.parent.glob("*.damaged-*"))  # nor moved aside as "damaged"


def test_a_journal_from_a_newer_version_is_told_and_left_alone(
    profile: Path, tmp_path: Path
) -> None:
    import sqlite3

    journal = Paths.in_profile(profile).journal
    with sqlite3.connect(journal) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()
    content = journal.read_bytes()

    said = _cannot_start(ConsoleProcess(profile, tmp_path / "out"))
    assert f"The change journal {journal} is from a newer version" in said
    assert journal.read_bytes() == content
