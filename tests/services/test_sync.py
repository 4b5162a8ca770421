"""Filling the cache and refreshing it cheaply, against the sandbox."""

from __future__ import annotations

import asyncio

import httpx

from approval_console.store.orders import OrderFilter, SortKey
from tests.services.conftest import ACCOUNT_ID


def test_full_sync_fills_the_cache_then_refresh_is_cheap(sandbox_factory, console_factory):
    sandbox = sandbox_factory("--seed", "11", "--orders", "900", "--rate-window", "0")
    console = console_factory(sandbox.url)

    async def go():
        connector = console.connector(ACCOUNT_ID)
        try:
            progress: list[tuple[int, int]] = []
            full = await console.sync.sync(connector, on_progress=lambda *p: progress.append(p))
            quiet = await console.sync.sync(connector)
            return full, quiet, progress
        finally:
            await console.aclose()

    full, quiet, progress = asyncio.run(go())
    assert full.full and full.total == 900 and len(full.changed_ids) == 900
    assert full.requests == 1 + 9
    assert progress[-1] == (900, 900)
    assert console.cache.count(ACCOUNT_ID, OrderFilter()) == 900
    assert len(console.cache.statuses(ACCOUNT_ID)) >= 6
    assert not quiet.full and quiet.changed_ids == set()
    # statuses + one newest page + one count per status, nothing re-read
    assert quiet.requests == 2 + len(console.cache.statuses(ACCOUNT_ID))


def test_refresh_picks_up_a_change_made_elsewhere(sandbox_factory, console_factory):
    sandbox = sandbox_factory("--seed", "12", "--orders", "700", "--rate-window", "0")
    console = console_factory(sandbox.url)

    async def first():
        try:
            await console.sync.sync(console.connector(ACCOUNT_ID))
        finally:
            await console.aclose()

    asyncio.run(first())
    oldest_rowid = console.cache.query_rowids(
        ACCOUNT_ID, OrderFilter(), SortKey.CREATED, descending=False
    )[0]
    oldest = console.cache.rows([oldest_rowid])[0]
    headers = {"Authorization": "Bearer demo-approvepro"}
    with httpx.Client(base_url=sandbox.url + "/api/v1", headers=headers) as other:
        viable = other.get(f"/orders/{oldest.id}/viable-statuses").json()
        target = viable[-1]["code"]
        other.post(f"/orders/{oldest.id}/status", json={"status_code": target}).raise_for_status()

    async def second():
        try:
            return await console.sync.sync(console.connector(ACCOUNT_ID))
        finally:
            await console.aclose()

    result = asyncio.run(second())
    assert oldest.id in result.changed_ids
    assert console.cache.get(ACCOUNT_ID, oldest.id).status_code == target
    # statuses, newest page, a count per status, and only the two moved statuses re-read
    assert result.requests < 30


def test_two_syncs_of_one_account_at_once_keep_every_order(sandbox_factory, console_factory):
    # The window's own refresh and the review queue's "refresh all" can overlap: the second
    # must wait, or each full pass would sweep away the other's rows as missing.
    sandbox = sandbox_factory("--seed", "14", "--orders", "600", "--rate-window", "0")
    console = console_factory(sandbox.url)

    async def go():
        connector = console.connector(ACCOUNT_ID)
        try:
            return await asyncio.gather(console.sync.sync(connector), console.sync.sync(connector))
        finally:
            await console.aclose()

    first, second = asyncio.run(go())
    assert first.full and not second.full
    assert console.cache.count(ACCOUNT_ID, OrderFilter()) == 600
