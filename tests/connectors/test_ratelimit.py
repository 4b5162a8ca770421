"""The client-side limiter keeps under the server's limits without being told."""

from __future__ import annotations

import asyncio

import pytest

from approval_console.connectors.ratelimit import Priority, SlidingWindowLimiter
from approval_console.core.changes import StatusChange
from approval_console.core.listing import OrderQuery
from tests.helpers import approvepro


def test_a_burst_of_200_calls_receives_no_429(sandbox_factory):
    sandbox = sandbox_factory("--seed", "8", "--rate-window", "1")

    async def go():
        connector = approvepro(sandbox.url, rate_window="1")
        try:
            await asyncio.gather(*(connector.list_statuses() for _ in range(200)))
            return connector.http.rate_limited
        finally:
            await connector.aclose()

    # No 429: the sandbox enforces the limit. The pace itself is checked on a fake clock below.
    assert asyncio.run(go()) == 0
    assert sandbox.stats()["responses_by_status"].get("429", 0) == 0
    assert sandbox.stats()["responses_by_status"]["200"] == 200


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


class FakeClock:
    """The limiter's `clock=`: time moves only when the test says, so no test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def settle() -> None:
    """Let every task that can run, run (the limiter hands out slots without waiting)."""
    for _ in range(5):
        await asyncio.sleep(0)


def test_never_more_than_the_limit_start_within_a_window():
    clock = FakeClock()
    limiter = SlidingWindowLimiter(60, 1.0, margin=0.0, clock=clock)

    async def go() -> list[float]:
        starts: list[float] = []
        for _ in range(200):
            clock.now += limiter.delay()
            await limiter.acquire()
            starts.append(clock.now)
        return starts

    starts = asyncio.run(go())
    for first, start in enumerate(starts):
        within_a_window = [later for later in starts[first:] if later < start + 1.0]
        assert len(within_a_window) <= 60
    assert starts[-1] >= 3.0  # 200 calls at 60 a window cannot take less than three windows


def test_interactive_requests_go_ahead_of_background_ones():
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, 0.3, margin=0.0, clock=clock)

    async def go() -> list[str]:
        order: list[str] = []

        async def take(name: str, priority: Priority) -> None:
            await limiter.acquire(priority)
            order.append(name)

        await limiter.acquire()
        await limiter.acquire()
        background = [asyncio.create_task(take(f"bg{i}", Priority.BACKGROUND)) for i in range(3)]
        await settle()
        click = asyncio.create_task(take("click", Priority.INTERACTIVE))
        await settle()
        assert order == []  # the window is full: everyone waits
        clock.now = 0.3
        # One more background request finds the window open again, and serves the queue.
        late = asyncio.create_task(take("late", Priority.BACKGROUND))
        await settle()
        for task in (*background, click, late):
            task.cancel()
        return order

    assert asyncio.run(go()) == ["click", "bg0"]


def test_background_requests_leave_the_last_third_of_a_window_to_the_person():
    """A refresh asking for more than the window holds stops at two thirds of it: the person's
    next clicks start at once instead of waiting for the next window."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(6, 1.0, margin=0.0, clock=clock)

    async def go() -> tuple[list[str], list[str]]:
        order: list[str] = []

        async def take(name: str, priority: Priority) -> None:
            await limiter.acquire(priority)
            order.append(name)

        refresh = [asyncio.create_task(take(f"bg{i}", Priority.BACKGROUND)) for i in range(8)]
        await settle()
        first = list(order)
        clicks = [asyncio.create_task(take(f"click{i}", Priority.INTERACTIVE)) for i in range(2)]
        await settle()
        after_clicks = list(order)
        for task in (*refresh, *clicks):
            task.cancel()
        return first, after_clicks

    first, after_clicks = asyncio.run(go())
    assert first == ["bg0", "bg1", "bg2", "bg3"]
    assert after_clicks == [*first, "click0", "click1"]


def test_a_429_blocks_every_waiter_until_retry_after():
    clock = FakeClock()
    limiter = SlidingWindowLimiter(100, 10, margin=0.0, clock=clock)

    async def go() -> tuple[bool, bool]:
        limiter.block_for(0.3)
        assert limiter.remaining() == 0
        assert limiter.delay() == pytest.approx(0.3)
        waiter = asyncio.create_task(limiter.acquire())
        clock.now = 0.29
        another = asyncio.create_task(limiter.acquire())
        await settle()
        blocked = not waiter.done() and not another.done()
        clock.now = 0.3
        third = asyncio.create_task(limiter.acquire())
        await settle()
        through = waiter.done() and another.done() and third.done()
        return blocked, through

    assert asyncio.run(go()) == (True, True)


def test_estimates_follow_both_windows():
    limiter = SlidingWindowLimiter(5, 60, margin=0.0)
    assert limiter.earliest_start_after(5) == 0
    assert limiter.earliest_start_after(6) == pytest.approx(60)
    assert limiter.earliest_start_after(20) == pytest.approx(180)
