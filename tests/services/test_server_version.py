"""The server's version, shown where the account is: learnt by the connector as it reads."""

from __future__ import annotations

import asyncio

import pytest

from approval_console.core.accounts import Account
from approval_console.core.listing import OrderQuery


@pytest.mark.parametrize("version", ["5.6", "6.0"])
def test_the_account_shows_its_spree_version_once_it_is_known(
    sandbox_factory, console_factory, version
):
    sandbox = sandbox_factory("--seed", "25", "--rate-window", "0", "--spree-version", version)
    console = console_factory(sandbox.url)
    console.add_account(Account("sp-v", "spree", "Shop", sandbox.url), "sk_demo_spree")

    async def go():
        before = console.ops.server_version("sp-v")  # no connector yet: nothing is asked
        connector = await console.connector_async("sp-v")
        unread = console.ops.server_version("sp-v")
        await connector.list_orders(OrderQuery(), per_page=1)  # the fields tell first
        guessed = console.ops.server_version("sp-v")
        await connector.list_orders(OrderQuery(exclude_canceled=True), per_page=1)
        try:
            return before, unread, guessed, console.ops.server_version("sp-v")
        finally:
            await console.aclose()

    before, unread, guessed, known = asyncio.run(go())
    assert before == unread == ""
    assert guessed == known == f"Spree {version}"
    assert console.ops.server_version("ap-test") == ""  # ApprovePro tells no version
