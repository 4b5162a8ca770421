"""A long first sync: stopped and resumed where it stopped, limited to recent open orders, and
telling its progress as pages land. Against the sandbox."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from approval_console.app import Console
from approval_console.core.accounts import HISTORY_DAYS_OPTION, Account
from approval_console.core.paths import Paths
from approval_console.services.sync import CONCURRENT_PAGES
from approval_console.services.sync_pass import PASS_STATE, PassState, SyncProgress
from approval_console.store.orders import OrderFilter
from tests.helpers import DEMO_KEY
from tests.services.conftest import ACCOUNT_ID


class Stop(Exception):
    """The app closing in the middle of a pass."""


def _server_orders(url: str) -> list[dict]:
    """Every order the sandbox lists now, newest first (rate limits off)."""
    found: list[dict] = []
    headers = {"Authorization": f"Bearer {DEMO_KEY}"}
    with httpx.Client(base_url=url + "/api/v1", headers=headers, timeout=30) as client:
        page = 1
        while True:
            body = client.get("/orders", params={"page": page, "per_page": 100}).json()
            found.extend(body["data"])
            if page >= body["meta"]["last_page"]:
                return found
            page += 1


def _sync(console: Console, progress: list[SyncProgress] | None = None, stop_after: int = 0):
    async def go():
        def told(step: SyncProgress) -> None:
            if progress is not None:
                progress.append(step)
            if stop_after and step.pages_read >= stop_after:
                raise Stop

        try:
            return await console.sync.sync(console.connector(ACCOUNT_ID), on_pass=told)
        finally:
            await console.aclose()

    return asyncio.run(go())


def _stop_midway(console: Console, pages: int) -> PassState:
    with pytest.raises(Stop):
        _sync(console, stop_after=pages)
    state = PassState.from_json(console.cache.meta(ACCOUNT_ID, PASS_STATE))
    # Kept after each page stored: at most the pages still being read are lost.
    assert state is not None and state.next_page > pages - 4
    return state


def test_a_first_sync_stopped_midway_resumes_where_it_stopped(
    sandbox_factory, console_factory, tmp_path
):
    sandbox = sandbox_factory("--seed", "21", "--orders", "3000", "--rate-window", "0")
    profile = tmp_path / "profile"
    state = _stop_midway(console_factory(sandbox.url, profile=profile), pages=10)
    stored = state.next_page - 1
    # Orders placed while the app was closed push every page down by a page and a half.
    with sandbox.admin() as admin:
        admin.post("/_sandbox/approvepro/arrivals", json={"count": 150}).raise_for_status()

    again = console_factory(sandbox.url, profile=profile)
    told: list[SyncProgress] = []
    result = _sync(again, told)

    assert result.full and told[0].resumed and told[0].pages_read > 1
    # The page read again on resuming is not counted twice.
    assert told[-1].orders_read == 3000
    server = _server_orders(sandbox.url)
    cached = again.cache.count(ACCOUNT_ID, OrderFilter())
    # Every order there was when the pass began, none read twice beyond a page: the pages
    # stored before the stop are not read again (30 pages in all, 10 stored).
    original = {str(order["id"]) for order in server[150:]}
    assert cached == 3000
    assert all(again.cache.get(ACCOUNT_ID, order_id) for order_id in original)
    assert result.requests <= 1 + (30 - stored) + 3
    assert again.cache.meta(ACCOUNT_ID, PASS_STATE) == ""  # the pass is over
    # The orders placed meanwhile come with the next refresh, at the top.
    _sync(again)
    assert again.cache.count(ACCOUNT_ID, OrderFilter()) == 3150


def test_orders_deleted_while_stopped_make_the_resume_step_back(
    sandbox_factory, console_factory, tmp_path
):
    sandbox = sandbox_factory("--seed", "22", "--orders", "2000", "--rate-window", "0")
    profile = tmp_path / "profile"
    _stop_midway(console_factory(sandbox.url, profile=profile), pages=8)
    # 250 of the orders already read are deleted: the listing moves up two and a half pages,
    # and the page where the pass stopped now begins below orders it has not read.
    deleted = [str(order["id"]) for order in _server_orders(sandbox.url)[100:350]]
    with sandbox.admin() as admin:
        admin.post("/_sandbox/approvepro/removals", json={"ids": deleted}).raise_for_status()

    again = console_factory(sandbox.url, profile=profile)
    result = _sync(again)

    assert result.full
    for order in _server_orders(sandbox.url):
        assert again.cache.get(ACCOUNT_ID, str(order["id"])) is not None, order["id"]
    # Deletions during a pass forbid its sweep (it cannot tell them from pages it skipped):
    # the deleted orders go with a later count that differs, not by guesswork now.
    assert again.cache.count(ACCOUNT_ID, OrderFilter()) == 2000


def test_an_account_limited_to_recent_open_orders_reads_and_keeps_only_those(
    sandbox_factory, console_factory
):
    sandbox = sandbox_factory("--seed", "23", "--orders", "2000", "--rate-window", "0")
    console = console_factory(sandbox.url, **{HISTORY_DAYS_OPTION: "60"})
    progress: list[SyncProgress] = []
    full = _sync(console, progress)

    horizon = datetime.now(UTC) - timedelta(days=60)
    wanted = {
        str(order["id"])
        for order in _server_orders(sandbox.url)
        if order["cancelled_at"] is None and datetime.fromisoformat(order["created_at"]) >= horizon
    }
    cached_ids = set(
        console.cache.ids_for_rowids(console.cache.query_rowids(ACCOUNT_ID, OrderFilter()))
    )
    assert 100 < len(wanted) < 400  # about 60 days of 18 months
    assert cached_ids == wanted
    statuses = len(console.cache.statuses(ACCOUNT_ID))
    # statuses, the pages down to the horizon and the first one wholly beyond it (with those
    # the other readers had under way when it came), then a count per status
    pages = -(-len(wanted) // 100)
    assert full.requests <= 1 + pages + CONCURRENT_PAGES + statuses
    assert full.total == len(wanted)
    assert progress[-1].limited and progress[-1].pages_read == progress[-1].pages_total
    # A refresh asks the same listing and no status is read again for its old orders.
    quiet = _sync(console)
    assert not quiet.full and quiet.changed_ids == set() and quiet.removed_ids == set()
    assert quiet.requests == 2 + statuses


def test_choosing_a_limit_later_starts_a_pass_that_lets_the_history_go(
    sandbox_factory, console_factory, tmp_path
):
    sandbox = sandbox_factory("--seed", "24", "--orders", "1200", "--rate-window", "0")
    profile = tmp_path / "profile"
    _sync(console_factory(sandbox.url, profile=profile))
    limited = console_factory(sandbox.url, profile=profile, **{HISTORY_DAYS_OPTION: "30"})
    result = _sync(limited)
    assert result.full
    left = limited.cache.count(ACCOUNT_ID, OrderFilter())
    assert 0 < left < 150 and len(result.removed_ids) == 1200 - left


def test_progress_tells_pages_orders_and_time_left_as_pages_land(sandbox_factory, console_factory):
    # 60 requests a second: the pass is bound by the limit, as at ApprovePro's 60 a minute.
    sandbox = sandbox_factory("--seed", "25", "--orders", "1500", "--rate-window", "1")
    console = console_factory(sandbox.url, rate_window="1")
    progress: list[SyncProgress] = []
    _sync(console, progress)

    assert [step.pages_read for step in progress] == sorted(step.pages_read for step in progress)
    assert {step.pages_total for step in progress} == {15}
    assert {step.orders_total for step in progress} == {1500}
    assert progress[-1].orders_read == 1500 and progress[-1].done
    estimates = [step.seconds_left for step in progress]
    assert all(value is not None for value in estimates)
    # Never more optimistic than the limit allows: 60 pages a second at most.
    assert all(
        step.seconds_left >= (step.pages_total - step.pages_read) / 60 - 1e-9 for step in progress
    )
    assert estimates[-1] == 0


def test_a_delta_backend_limited_reads_what_changed_since_its_horizon(
    sandbox_factory, tmp_path, memory_keyring
):
    # The wholesale portal lists what changed since a moment: a limited account's first pass
    # asks from its horizon, and keeps the open orders placed since.
    sandbox = sandbox_factory("--seed", "26", "--rate-window", "0")
    profile = tmp_path / "profile"

    def sync(days: str):  # type: ignore[no-untyped-def]
        console = Console(Paths.in_profile(profile))
        options = {HISTORY_DAYS_OPTION: days} if days else {}
        console.add_account(
            Account("portal", "wholesale", "Wholesale portal", sandbox.url, options),
            "demo-wholesale",
        )

        async def go():  # type: ignore[no-untyped-def]
            try:
                return await console.sync.sync(console.connector("portal"))
            finally:
                await console.aclose()

        return console, asyncio.run(go())

    console, everything = sync("")
    every = console.cache.rows(console.cache.query_rowids("portal", OrderFilter()))
    console.close()
    console, limited = sync("30")  # the choice changed: a full pass again, from the horizon
    kept = console.cache.rows(console.cache.query_rowids("portal", OrderFilter()))
    console.close()

    horizon = datetime.now(UTC) - timedelta(days=30)
    wanted = {
        order.id
        for order in every
        if not order.is_canceled and (order.created_at is None or order.created_at >= horizon)
    }
    assert limited.full and limited.requests <= everything.requests
    assert {order.id for order in kept} == wanted
    assert 0 < len(wanted) < len(every)
