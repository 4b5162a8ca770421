"""Spree Admin API v3 rate limit: 600 requests per key per window, then 429 with headers."""

from __future__ import annotations

import time

import httpx

# Long enough that no machine is too slow to fit 601 requests in one window; that a window ends
# is checked in a sandbox of its own with a short one.
WINDOW = 120.0
SHORT_WINDOW = 1.0
KEY = {"X-Spree-Api-Key": "sk_demo_spree"}


def test_600_per_window_then_429(sandbox_factory) -> None:
    sandbox = sandbox_factory("--orders", "10", "--rate-window", str(WINDOW))
    base = sandbox.url + "/api/v3/admin"
    with httpx.Client(base_url=base, headers=KEY, timeout=10) as client:
        last = None
        for _ in range(600):
            last = client.get("/orders/or_none", params={"fields": "id"})  # 404s count too
        assert last is not None and last.status_code == 404
        assert last.headers["x-ratelimit-limit"] == "600"
        assert last.headers["x-ratelimit-remaining"] == "0"
        refused = client.get("/orders")
        assert refused.status_code == 429
        # `render_rate_limited`: code and message, no details.
        assert refused.json() == {
            "error": {
                "code": "rate_limit_exceeded",
                "message": "Too many requests. Please retry later.",
            }
        }
        assert refused.headers["x-ratelimit-limit"] == "600"
        assert refused.headers["x-ratelimit-remaining"] == "0"
        retry = int(refused.headers["retry-after"])
        assert 1 <= retry <= WINDOW
        # Waiting Retry-After is enough: the window ends no later than it says.
        assert int(refused.headers["x-ratelimit-reset"]) <= time.time() + retry + 1
        # A 401 is answered before the limiter and never counted.
        anonymous = httpx.get(base + "/orders", timeout=10)
        assert anonymous.status_code == 401 and "x-ratelimit-limit" not in anonymous.headers


def test_a_window_ends_and_counting_starts_again(sandbox_factory) -> None:
    sandbox = sandbox_factory("--orders", "10", "--rate-window", str(SHORT_WINDOW))
    with httpx.Client(base_url=sandbox.url + "/api/v3/admin", headers=KEY, timeout=10) as client:
        assert client.get("/orders", params={"limit": 1}).headers["x-ratelimit-remaining"] == "599"
        assert client.get("/orders", params={"limit": 1}).headers["x-ratelimit-remaining"] == "598"
        time.sleep(SHORT_WINDOW + 0.05)
        again = client.get("/orders", params={"limit": 1})
        assert again.status_code == 200
        assert again.headers["x-ratelimit-remaining"] == "599"
