"""The client-side limiter keeps under the server's limits without being told."""

from __future__ import annotations

import asyncio
import time

import pytest

from approval_console.connectors.ratelimit import Priority, SlidingWindowLimiter
from approval_console.core.changes import StatusChange
from approval_console.core.domain import OrderQuery
from tests.helpers import approvepro


def test_a_burst_of_200_calls_receives_no_429(sandbox_factory):
    sandbox = sandbox_factory("--seed", "8", "--rate-window", "1")

    async def go():
        connector = approvepro(sandbox.url, rate_window="1")
        try:
            started = time.monotonic()
            await asyncio.gather(*(connector.list_statuses() for _ in range(200)))
            return time.monotonic() - started, connector.http.rate_limited
        finally:
            await connector.aclose()

    elapsed, refused = asyncio.run(go())
    assert refused == 0
    assert sandbox.stats()["responses_by_status"].get("429", 0) == 0
    assert sandbox.stats()["responses_by_status"]["200"] == 200
    assert elapsed >= 3.0  # 200 calls at 60 a window cannot take less than three windows


def test_bulk_calls_keep_under_both_limits(sandbox_factory):
    sandbox = sandbox_factory("--seed", "8", "--rate-window", "1", "--queue-delay-ms", "50")

    async def go():
        connector = approvepro(sandbox.url, rate_window="1")
        try:
            orders = (await connector.list_orders(OrderQuery(), per_page=100)).items
            ids = [o.id for o in orders]
            change = StatusChange("st000009", email_customer=False)
            chunks = [ids[i : i + 10] for i in range(0, 100, 10)] * 2
            await asyncio.gather(*(connector.bulk_change_status(c, change) for c in chunks))
            return connector.http.rate_limited
        finally:
            await connector.aclose()

    assert asyncio.run(go()) == 0
    assert sandbox.stats()["responses_by_status"].get("429", 0) == 0


def test_interactive_requests_go_ahead_of_background_ones():
    async def go():
        limiter = SlidingWindowLimiter(2, 0.3, margin=0.0)
        order: list[str] = []

        async def take(name: str, priority: Priority) -> None:
            await limiter.acquire(priority)
            order.append(name)

        await limiter.acquire()
        await limiter.acquire()
        background = [asyncio.create_task(take(f"bg{i}", Priority.BACKGROUND)) for i in range(3)]
        await asyncio.sleep(0.01)
        click = asyncio.create_task(take("click", Priority.INTERACTIVE))
        await asyncio.gather(*background, click)
        return order

    assert asyncio.run(go())[0] == "click"


def test_a_429_blocks_every_waiter_until_retry_after():
    async def go():
        limiter = SlidingWindowLimiter(100, 10, margin=0.0)
        limiter.block_for(0.3)
        started = time.monotonic()
        await limiter.acquire()
        return time.monotonic() - started

    assert asyncio.run(go()) >= 0.25


def test_estimates_follow_both_windows():
    limiter = SlidingWindowLimiter(5, 60, margin=0.0)
    assert limiter.earliest_start_after(5) == 0
    assert limiter.earliest_start_after(6) == pytest.approx(60)
    assert limiter.earliest_start_after(20) == pytest.approx(180)
