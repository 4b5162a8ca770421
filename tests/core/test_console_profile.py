"""The profile a console writes: a corrupt cache is rebuilt, and no secret is ever written."""

from __future__ import annotations

import asyncio
import logging

import pytest

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.errors import KeyringUnavailableError
from approval_console.core.log import REDACTOR, register_secret
from approval_console.core.paths import Paths
from approval_console.core.settings import Settings, url_problem
from approval_console.store.orders import OrderFilter
from tests.helpers import approvepro_account

ACCOUNT = "ap-test"


def test_a_corrupt_cache_is_set_aside_and_rebuilt(shared_sandbox, memory_keyring, tmp_path):
    paths = Paths.in_profile(tmp_path / "profile")
    paths.ensure()
    paths.database.write_bytes(b"this is not a database" * 100)
    console = Console(paths)
    try:
        assert console.database.rebuilt_from is not None
        assert console.database.rebuilt_from.read_bytes().startswith(b"this is not")
        console.add_account(
            approvepro_account(shared_sandbox.url, ACCOUNT, rate_window="0"), "demo-approvepro"
        )

        async def go():
            try:
                await console.sync.sync(console.connector(ACCOUNT))
            finally:
                await console.aclose()

        asyncio.run(go())
        assert console.cache.count(ACCOUNT, OrderFilter()) == 500
    finally:
        console.close()


def test_keys_stay_out_of_settings_cache_and_logs(shared_sandbox, memory_keyring, tmp_path, caplog):
    secret = "demo-approvepro"
    paths = Paths.in_profile(tmp_path / "profile")
    console = Console(paths)
    caplog.set_level(logging.DEBUG)
    try:
        console.add_account(
            approvepro_account(shared_sandbox.url, ACCOUNT, rate_window="0"), secret
        )

        async def go():
            try:
                connector = console.connector(ACCOUNT)
                await console.sync.sync(connector)
                logging.getLogger("test").info("Authorization: Bearer %s", secret)
            finally:
                await console.aclose()

        asyncio.run(go())
    finally:
        console.close()
    assert memory_keyring.get_password("approval-console", ACCOUNT) == secret
    for path in paths.config_dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    for path in paths.data_dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    for record in caplog.records:
        REDACTOR.filter(record)
        assert secret not in record.getMessage()


def test_redaction_masks_registered_secrets_and_auth_shapes():
    register_secret("sk_live_abcdef123456")
    text = REDACTOR.redact(
        "key sk_live_abcdef123456 and Authorization: Bearer other-token and ?api_key=zzz9"
    )
    assert "sk_live_abcdef123456" not in text and "other-token" not in text and "zzz9" not in text


def test_without_a_keyring_nothing_is_stored(tmp_path):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    console = Console(Paths.in_profile(tmp_path / "profile"))
    try:
        with pytest.raises(KeyringUnavailableError) as caught:
            console.add_account(approvepro_account("https://app.approvepro.com", ACCOUNT), "k")
        assert "keyring" in caught.value.message
        assert console.settings.accounts == []
        assert not console.paths.settings_file.exists()
    finally:
        console.close()
        keyring.set_keyring(previous)


@pytest.mark.parametrize(
    ("url", "refused"),
    [
        ("https://app.approvepro.com", False),
        ("http://127.0.0.1:8765", False),
        ("http://localhost:9000", False),
        ("http://app.approvepro.com", True),
        ("ftp://example.com", True),
        ("app.approvepro.com", True),
    ],
)
def test_plain_http_only_for_loopback(url, refused):
    assert (url_problem(url) is not None) == refused


def test_an_edited_account_keeps_its_place_in_the_switcher():
    settings = Settings(accounts=[Account(name, "approvepro", name, "") for name in "abc"])
    settings.upsert_account(Account("b", "approvepro", "B renamed", ""))
    settings.upsert_account(Account("d", "approvepro", "d", ""))
    assert [(a.id, a.name) for a in settings.accounts] == [
        ("a", "a"), ("b", "B renamed"), ("c", "c"), ("d", "d")
    ]  # fmt: skip
