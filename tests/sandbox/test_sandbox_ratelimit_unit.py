"""The fixed-window limiter on its own, with a fake clock."""

from __future__ import annotations

from approval_console.sandbox.ratelimit import FixedWindowLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_counts_down_then_refuses_until_the_window_ends() -> None:
    clock = FakeClock()
    limiter = FixedWindowLimiter(3, lambda: 10.0, clock)
    assert [limiter.hit("k").remaining for _ in range(3)] == [2, 1, 0]
    clock.now += 4.2
    refused = limiter.hit("k")
    assert not refused.allowed
    assert refused.remaining == 0
    assert refused.retry_after == 6  # 5.8 s left, rounded up
    headers = refused.headers()
    assert headers["Retry-After"] == "6"
    assert headers["X-RateLimit-Limit"] == "3"
    assert headers["X-RateLimit-Remaining"] == "0"
    clock.now += 5.8
    again = limiter.hit("k")
    assert again.allowed and again.remaining == 2


def test_refused_requests_do_not_extend_or_count() -> None:
    clock = FakeClock()
    limiter = FixedWindowLimiter(1, lambda: 2.0, clock)
    assert limiter.hit("k").allowed
    for _ in range(5):
        assert not limiter.hit("k").allowed
    clock.now += 2.0
    assert limiter.hit("k").allowed


def test_retry_after_is_at_least_one_second() -> None:
    clock = FakeClock()
    limiter = FixedWindowLimiter(1, lambda: 2.0, clock)
    limiter.hit("k")
    clock.now += 1.9999
    assert limiter.hit("k").retry_after == 1


def test_keys_are_independent_and_window_zero_turns_it_off() -> None:
    clock = FakeClock()
    window = [5.0]
    limiter = FixedWindowLimiter(1, lambda: window[0], clock)
    assert limiter.hit("a").allowed
    assert limiter.hit("b").allowed
    assert not limiter.hit("a").allowed
    window[0] = 0
    assert all(limiter.hit("a").allowed for _ in range(10))
    assert "Retry-After" not in limiter.hit("a").headers()
