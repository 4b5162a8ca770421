"""Spree Admin API v3 rate limits as each release's code has them (see sandbox/spree/throttle.py):
6.0 refuses the 601st request of a secret key in a window with a 429; 5.6 counts 300 per key and
controller and, its refusal never halting the request, only says so in headers."""

from __future__ import annotations

import time

import httpx

# Long enough that no machine is too slow to fit 601 requests in one window; that a window ends
# is checked in a sandbox of its own with a short one.
WINDOW = 120.0
SHORT_WINDOW = 1.0
KEY = {"X-Spree-Api-Key": "sk_demo_spree"}
ONE = {"limit": 1, "fields": "id"}


def test_60_refuses_past_600_per_window(sandbox_factory) -> None:
    sandbox = sandbox_factory(
        "--orders", "10", "--rate-window", str(WINDOW), "--spree-version", "6.0"
    )
    base = sandbox.url + "/api/v3/admin"
    with httpx.Client(base_url=base, headers=KEY, timeout=10) as client:
        # Errors a `rescue_from` renders count, but carry no rate-limit headers.
        missing = client.get("/orders/or_none")
        assert missing.status_code == 404 and "x-ratelimit-limit" not in missing.headers
        last = None
        for _ in range(599):
            last = client.get("/orders", params=ONE)
        assert last is not None and last.status_code == 200
        assert last.headers["x-ratelimit-limit"] == "600"
        assert last.headers["x-ratelimit-remaining"] == "0"
        assert last.headers["retry-after"] == str(int(WINDOW))  # from the limit on
        refused = client.get("/orders")
        assert refused.status_code == 429
        # `render_rate_limited`: code and message, no details; Retry-After is the window.
        assert refused.json() == {
            "error": {
                "code": "rate_limit_exceeded",
                "message": "Too many requests. Please retry later.",
            }
        }
        assert refused.headers["x-ratelimit-limit"] == "600"
        assert refused.headers["x-ratelimit-remaining"] == "0"
        assert refused.headers["retry-after"] == str(int(WINDOW))
        # A request without a key has a bucket of its own; its 401 carries no headers.
        anonymous = httpx.get(base + "/orders", timeout=10)
        assert anonymous.status_code == 401 and "x-ratelimit-limit" not in anonymous.headers


def test_56_counts_per_controller_and_never_refuses(sandbox_factory) -> None:
    sandbox = sandbox_factory("--orders", "10", "--rate-window", str(WINDOW))
    with httpx.Client(base_url=sandbox.url + "/api/v3/admin", headers=KEY, timeout=10) as client:
        answers = [client.get("/orders", params=ONE) for _ in range(305)]
        assert {answer.status_code for answer in answers} == {200}
        assert answers[0].headers["x-ratelimit-limit"] == "300"
        assert answers[0].headers["x-ratelimit-remaining"] == "299"
        assert "retry-after" not in answers[0].headers
        for past in answers[299:]:
            assert past.headers["x-ratelimit-remaining"] == "0"
            assert past.headers["retry-after"] == str(int(WINDOW))
        order_id = answers[0].json()["data"][0]["id"]
        items = client.get(f"/orders/{order_id}/items")
        assert items.status_code == 200 and items.headers["x-ratelimit-remaining"] == "299"


def test_a_window_ends_and_counting_starts_again(sandbox_factory) -> None:
    sandbox = sandbox_factory(
        "--orders", "10", "--rate-window", str(SHORT_WINDOW), "--spree-version", "6.0"
    )
    with httpx.Client(base_url=sandbox.url + "/api/v3/admin", headers=KEY, timeout=10) as client:
        assert client.get("/orders", params=ONE).headers["x-ratelimit-remaining"] == "599"
        assert client.get("/orders", params=ONE).headers["x-ratelimit-remaining"] == "598"
        time.sleep(SHORT_WINDOW + 0.05)
        again = client.get("/orders", params=ONE)
        assert again.status_code == 200
        assert again.headers["x-ratelimit-remaining"] == "599"
