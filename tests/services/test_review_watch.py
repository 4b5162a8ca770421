"""New orders to review are told once: found by a refresh, remembered across a restart."""

from __future__ import annotations

import asyncio

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.paths import Paths
from approval_console.services.review_watch import ANNOUNCED, ReviewWatch, take_new
from approval_console.store.orders import OrderFilter

ACCOUNT = "arlo-watch"


def _console(profile, url: str | None = None) -> Console:  # type: ignore[no-untyped-def]
    console = Console(Paths.in_profile(profile))
    if url is not None:
        console.add_account(
            Account(ACCOUNT, "arlo", "Arlo training", url, {"username": "demo"}), "demo-arlo"
        )
    return console


def _refresh(console: Console) -> None:
    async def go() -> None:
        try:
            await console.sync.sync(console.connector(ACCOUNT))
        finally:
            await console.aclose()

    asyncio.run(go())


def _approved_order(console: Console):  # type: ignore[no-untyped-def]
    rowids = console.cache.query_rowids(ACCOUNT, OrderFilter(status_codes=("Approved",)))
    return console.cache.rows(rowids[:1])[0]


def test_orders_newly_awaiting_are_named_once_and_not_again_after_a_restart(
    sandbox_factory, tmp_path, memory_keyring
):
    sandbox = sandbox_factory("--seed", "5", "--orders", "120", "--rate-window", "0")
    profile = tmp_path / "profile"
    console = _console(profile, sandbox.url)
    try:
        _refresh(console)
        account = console.settings.account(ACCOUNT)
        assert account is not None
        waiting = console.cache.count(ACCOUNT, OrderFilter(awaiting=True))
        assert waiting > 0
        # The first look records what already waits: it is what the person finds, not news.
        assert take_new(console.cache, account).count == 0
        assert console.cache.meta(ACCOUNT, ANNOUNCED) is not None

        order = _approved_order(console)
        with sandbox.admin() as client:
            client.post(
                "/_sandbox/arlo/touch",
                json={"order_id": int(order.id), "status": "AwaitingApproval"},
            ).raise_for_status()
        assert take_new(console.cache, account).count == 0  # not read yet: nothing known
        _refresh(console)
        found = take_new(console.cache, account)
        assert found.numbers == (order.name,)
        assert (found.account_id, found.account_name) == (ACCOUNT, "Arlo training")
        assert take_new(console.cache, account).count == 0  # told once
    finally:
        console.close()

    again = _console(profile)  # a restart: same profile, same cache
    try:
        account = again.settings.account(ACCOUNT)
        assert account is not None
        watch = ReviewWatch(again.db_thread, again.cache)
        assert asyncio.run(watch.new_since_last_look(account)).count == 0
    finally:
        again.close()


def test_an_order_back_in_review_is_news_again(sandbox_factory, tmp_path, memory_keyring):
    sandbox = sandbox_factory("--seed", "5", "--orders", "120", "--rate-window", "0")
    console = _console(tmp_path / "profile", sandbox.url)
    try:
        _refresh(console)
        account = console.settings.account(ACCOUNT)
        assert account is not None
        take_new(console.cache, account)
        order = _approved_order(console)
        with sandbox.admin() as client:
            for status in ("AwaitingApproval", "Approved", "AwaitingApproval"):
                client.post(
                    "/_sandbox/arlo/touch", json={"order_id": int(order.id), "status": status}
                ).raise_for_status()
                _refresh(console)
                found = take_new(console.cache, account)
                assert found.numbers == ((order.name,) if status == "AwaitingApproval" else ())
    finally:
        console.close()
