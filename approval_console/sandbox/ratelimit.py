"""Fixed-window rate limiting as Laravel's `throttle` middleware does it.

A window opens at the first counted request of a key and lasts `window()` seconds; refused
requests are not counted. The window length is read on every hit so it can change at run time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    """The outcome of one hit, with what the response headers must say."""

    allowed: bool
    limit: int
    remaining: int
    retry_after: int  # whole seconds until the window resets; 0 when allowed
    reset_at: float  # wall-clock epoch seconds when the window ends

    def headers(self) -> dict[str, str]:
        """`X-RateLimit-*` headers, plus `Retry-After` when refused (as Laravel sends them)."""
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
        }
        if not self.allowed:
            headers["Retry-After"] = str(self.retry_after)
            headers["X-RateLimit-Reset"] = str(math.ceil(self.reset_at))
        return headers


class FixedWindowLimiter:
    """`limit` requests per key per window; a window of 0 seconds turns the limiter off."""

    def __init__(
        self,
        limit: int,
        window: Callable[[], float],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self._window = window
        self._clock = clock
        self._windows: dict[str, tuple[float, int]] = {}  # key -> (window end, count)

    def hit(self, key: str) -> Decision:
        """Count one request for `key` unless the window is full."""
        window = self._window()
        now = self._clock()
        if window <= 0:
            return Decision(True, self.limit, self.limit, 0, time.time())
        end, count = self._windows.get(key, (0.0, 0))
        if now >= end:
            end, count = now + window, 0
        reset_at = time.time() + (end - now)
        if count >= self.limit:
            retry_after = max(1, math.ceil(end - now))
            return Decision(False, self.limit, 0, retry_after, reset_at)
        count += 1
        self._windows[key] = (end, count)
        return Decision(True, self.limit, self.limit - count, 0, reset_at)

    def reset(self) -> None:
        """Forget every window (used when the window length changes)."""
        self._windows.clear()
