"""Client-side rate limiting: stay under the server's limits without ever being told.

A sliding log never lets more than `limit` requests start within any `window` seconds, which
keeps under a server's fixed windows wherever they begin. It adapts when the server knows better:
rate-limit headers reporting fewer requests left than we think (another client on the same key)
and 429s with Retry-After. Waiters are served by priority, so a person's click goes ahead of a
background refresh, and background work leaves the last third of every window to the person.

What a server can do to the limiter is bounded, because a broken or hostile one must not stop an
account for good: a lower `X-RateLimit-Limit` holds for one window after it was last reported and
never below a tenth of the configured limit, and a block lasts at most `MAX_BLOCK_SECONDS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import math
import time
from collections import deque
from collections.abc import Callable
from enum import IntEnum

MAX_BLOCK_SECONDS = 120.0  # the longest a server's "wait" is honoured (openai-python's cap)
# Background work (refreshes, review counts, notifications) never takes the last third of a
# window's requests: a queue in priority order is not enough, because a refresh that has
# already spent the window leaves the person's next click waiting for the next window.
BACKGROUND_RESERVE = 1 / 3
LOWEST_LIMIT_FRACTION = 0.1  # a server's lower limit never takes us below this share of ours


class Priority(IntEnum):
    INTERACTIVE = 0
    NORMAL = 1
    BACKGROUND = 2


class SlidingWindowLimiter:
    """At most `limit` acquisitions in any `window` seconds (plus a safety margin)."""

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        margin: float = 0.3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.configured_limit = limit
        self.window = window
        self.margin = margin
        self._clock = clock
        self._starts: deque[float] = deque()
        self._blocked_until = 0.0
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._sequence = itertools.count()
        self._timer: asyncio.TimerHandle | None = None
        self._server_limit: int | None = None
        self._server_limit_until = 0.0

    @property
    def limit(self) -> int:
        """The limit in force: ours, or a lower one a server reported within the last window."""
        if self._server_limit is not None:
            if self._clock() < self._server_limit_until:
                return self._server_limit
            self._server_limit = None
        return self.configured_limit

    @property
    def enabled(self) -> bool:
        return self.window > 0 and self.limit > 0

    def _expire(self, now: float) -> None:
        horizon = now - self.window - self.margin
        while self._starts and self._starts[0] <= horizon:
            self._starts.popleft()

    def remaining(self) -> int:
        """Requests that could start right now."""
        if not self.enabled:
            return self.limit
        now = self._clock()
        self._expire(now)
        if now < self._blocked_until:
            return 0
        return max(0, self.limit - len(self._starts))

    def delay(self, priority: Priority = Priority.INTERACTIVE) -> float:
        """Seconds until one more request of this priority may start."""
        if not self.enabled:
            return 0.0
        now = self._clock()
        self._expire(now)
        wait = max(0.0, self._blocked_until - now)
        cap = self._cap(priority)
        if len(self._starts) >= cap:
            oldest_blocking = self._starts[len(self._starts) - cap]
            wait = max(wait, oldest_blocking + self.window + self.margin - now)
        return wait

    def _cap(self, priority: Priority) -> int:
        """Requests of this priority that may have started within one window."""
        if priority < Priority.BACKGROUND:
            return self.limit
        return max(1, self.limit - math.floor(self.limit * BACKGROUND_RESERVE))

    def earliest_start_after(self, count: int) -> float:
        """Seconds from now until `count` more requests could all have started (for ETAs)."""
        if not self.enabled or count <= 0:
            return 0.0
        now = self._clock()
        self._expire(now)
        starts = list(self._starts)
        t = max(now, self._blocked_until)
        for _ in range(count):
            if len(starts) >= self.limit:
                t = max(t, starts[len(starts) - self.limit] + self.window + self.margin)
            starts.append(t)
        return t - now

    async def acquire(self, priority: Priority = Priority.NORMAL) -> None:
        """Wait for a slot; the slot is taken the moment this returns."""
        if not self.enabled:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (int(priority), next(self._sequence), future))
        self._serve()
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self._release_last()
            raise

    def _release_last(self) -> None:
        if self._starts:
            self._starts.pop()
        self._serve()

    def _serve(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while self._waiters:
            priority, _, future = self._waiters[0]
            if future.done():
                heapq.heappop(self._waiters)
                continue
            wait = self.delay(Priority(priority))
            if wait > 0:
                loop = asyncio.get_running_loop()
                self._timer = loop.call_later(wait, self._serve)
                return
            heapq.heappop(self._waiters)
            self._starts.append(self._clock())
            future.set_result(None)

    def observe(self, limit: int | None, remaining: int | None) -> None:
        """Take the server's view when it is stricter than ours, for the current window only
        and never below a tenth of our limit: one odd header must not slow the account for
        good."""
        if not self.enabled:
            return
        if limit is not None and 0 < limit < self.configured_limit:
            floor = max(1, math.ceil(self.configured_limit * LOWEST_LIMIT_FRACTION))
            self._server_limit = max(floor, limit)
            self._server_limit_until = self._clock() + self.window
        if remaining is None:
            return
        now = self._clock()
        self._expire(now)
        ours = self.limit - len(self._starts)
        missing = ours - max(0, remaining)
        for _ in range(max(0, missing)):
            self._starts.append(now)

    def block_for(self, seconds: float) -> None:
        """A 429 said to wait: nobody starts before then, for at most `MAX_BLOCK_SECONDS`
        (a NaN or negative wait blocks nobody)."""
        if not self.enabled or not seconds > 0:
            return
        seconds = min(seconds, MAX_BLOCK_SECONDS)
        self._blocked_until = max(self._blocked_until, self._clock() + seconds)
        if self._waiters:
            with contextlib.suppress(RuntimeError):
                self._serve()
