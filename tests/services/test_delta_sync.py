"""The wholesale portal syncs as its document advises: one full pass, then deltas."""

from __future__ import annotations

import asyncio
import time

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.paths import Paths
from approval_console.services.sync import DELTA_CURSOR
from approval_console.store.orders import OrderFilter

ACCOUNT = "portal"


def test_full_pass_then_deltas_read_only_what_changed(sandbox_factory, tmp_path, memory_keyring):
    sandbox = sandbox_factory("--seed", "19", "--rate-window", "0")
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(
        Account(ACCOUNT, "wholesale", "Wholesale portal", sandbox.url), "demo-wholesale"
    )

    def sync():  # type: ignore[no-untyped-def]
        async def go():  # type: ignore[no-untyped-def]
            try:
                return await console.sync.sync(console.connector(ACCOUNT))
            finally:
                await console.aclose()

        return asyncio.run(go())

    try:
        full = sync()
        total = console.cache.count(ACCOUNT, OrderFilter())
        cursor = console.cache.meta(ACCOUNT, DELTA_CURSOR)
        assert full.full and total == len(full.changed_ids) and total >= 100
        assert full.requests == -(-total // 250)  # pages of 250
        assert cursor is not None

        quiet = sync()
        assert not quiet.full and quiet.requests == 1 and quiet.changed_ids == set()

        [touched] = console.cache.rows(console.cache.query_rowids(ACCOUNT, OrderFilter())[-1:])
        time.sleep(1.1)  # the portal counts in whole seconds
        with sandbox.admin() as client:
            numeric_id = touched.id
            client.post(
                "/_sandbox/wholesale/touch", json={"order_id": numeric_id, "status": "canceled"}
            ).raise_for_status()
        delta = sync()
        assert delta.changed_ids == {touched.id} and delta.requests == 1
        assert console.cache.get(ACCOUNT, touched.id).status_code == "canceled"
        assert console.cache.meta(ACCOUNT, DELTA_CURSOR) > cursor
        assert console.cache.count(ACCOUNT, OrderFilter()) == total
    finally:
        console.close()
