"""Demo account ids and demo keys never overlap, so a search for a key finds only leaks.

The demo accounts used to be called `demo-approvepro`, `demo-apruve`… exactly their keys. Ids
are written everywhere (settings, cache, journal, the log); a leak audit that searched a profile
for the demo keys matched every one of those ids and could not tell a leak from a name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from approval_console.core.backends import BACKENDS
from approval_console.demo import demo_accounts
from tests.windows import demo_console

URL = "http://127.0.0.1:9"  # never contacted here


def _demo_keys() -> set[str]:
    return {secret for _account, secret in demo_accounts(URL)} | {
        backend.demo_key for backend in BACKENDS.values()
    }


@pytest.mark.parametrize(
    "account", [account for account, _key in demo_accounts(URL)], ids=lambda a: a.id
)
def test_no_demo_account_id_is_or_holds_a_demo_key_nor_the_reverse(account):
    for key in _demo_keys():
        assert key not in account.id, (account.id, key)
        assert account.id not in key, (account.id, key)


def test_a_search_of_a_demo_profiles_settings_for_the_keys_finds_nothing(
    tmp_path: Path, memory_keyring: object
):
    """What a leak audit does: every demo account is saved, and no key is in the file."""
    console = demo_console(tmp_path / "profile", URL, start=demo_accounts(URL)[0][0].id)
    try:
        console.save_settings()
        saved = console.paths.settings_file.read_text(encoding="utf-8")
        assert len(console.settings.accounts) == len(BACKENDS)
        assert [key for key in sorted(_demo_keys()) if key in saved] == []
    finally:
        console.close()
