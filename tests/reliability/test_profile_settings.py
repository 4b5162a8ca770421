"""A damaged or lost settings file does not orphan the journal.

The journal names accounts by id, and the ids lived only in settings.json: a damaged file was
replaced by empty settings, and every unsent change was left tied to an id nothing knew.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from approval_console.app import Console
from approval_console.core.changes import CommentChange
from approval_console.core.paths import Paths
from approval_console.core.settings import last_good_copy
from tests.helpers import DEMO_KEY, approvepro_account

URL = "http://127.0.0.1:9/"  # never contacted: nothing here talks to a server
CHANGE = CommentChange("Checked by phone")


@pytest.fixture
def paths(tmp_path: Path, memory_keyring: object) -> Iterator[Paths]:
    yield Paths.in_profile(tmp_path / "profile")


def _session_with_unsent_changes(paths: Paths, account_id: str) -> list[int]:
    console = Console(paths)
    try:
        console.add_account(approvepro_account(URL, account_id), DEMO_KEY)
        entries = console.journal.record(account_id, ["o1", "o2", "o3"], CHANGE)
        return [entry.id for entry in entries]
    finally:
        console.close()


def test_a_damaged_settings_file_keeps_the_accounts_and_their_ids(paths: Paths) -> None:
    entry_ids = _session_with_unsent_changes(paths, "ap-shop")
    paths.settings_file.write_text('{ half a file, cut by a crash "accounts": [', "utf-8")

    console = Console(paths)
    try:
        assert [account.id for account in console.settings.accounts] == ["ap-shop"]
        assert [e.id for e in console.journal.unfinished("ap-shop")] == entry_ids
        assert console.orphans == []
        # The damaged file is kept for the person, never silently replaced.
        assert console.settings.set_aside is not None
        assert console.settings.set_aside.read_text("utf-8").startswith("{ half a file")
        assert console.settings.restored_from == last_good_copy(paths.settings_file)
    finally:
        console.close()


def test_changes_of_a_lost_account_are_kept_and_resumed_when_it_is_added_again(
    paths: Paths,
) -> None:
    entry_ids = _session_with_unsent_changes(paths, "ap-shop")
    paths.settings_file.unlink()  # settings and their last-good copy both gone
    last_good_copy(paths.settings_file).unlink()

    console = Console(paths)
    try:
        assert console.settings.accounts == []
        (orphan,) = console.orphans  # still there, and said whose they were
        assert (orphan.account_id, orphan.unfinished) == ("ap-shop", 3)
        assert (orphan.backend, orphan.base_url) == ("approvepro", URL)

        # The person adds the account again: the dialog gives it a new id.
        console.add_account(approvepro_account(URL.rstrip("/"), "ap-new"), DEMO_KEY)
        assert [e.id for e in console.journal.unfinished("ap-new")] == entry_ids
        assert console.journal.unfinished("ap-shop") == []
        assert console.orphans == []
    finally:
        console.close()


def test_an_account_at_another_address_does_not_take_the_changes(paths: Paths) -> None:
    _session_with_unsent_changes(paths, "ap-shop")
    paths.settings_file.unlink()
    last_good_copy(paths.settings_file).unlink()

    console = Console(paths)
    try:
        console.add_account(approvepro_account("http://127.0.0.1:8/", "ap-other"), DEMO_KEY)
        assert console.journal.unfinished("ap-other") == []
        assert [o.account_id for o in console.orphans] == ["ap-shop"]
    finally:
        console.close()
