"""ApprovePro v1 rate limits: 60 per window on every endpoint, 5 more on bulk-status."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import SandboxProcess, start_sandbox

# Long enough that no machine is too slow to fit a test's requests in one window; that a window
# ends is checked in a sandbox of its own with a short one.
WINDOW = 60.0
SHORT_WINDOW = 1.0


@pytest.fixture
def sandbox() -> Iterator[SandboxProcess]:
    """A sandbox per test: every test starts with fresh windows for every key."""
    process = start_sandbox(
        "--orders", "30", "--rate-window", str(WINDOW), "--queue-delay-ms", "50"
    )
    yield process
    process.stop()


def client_for(sandbox: SandboxProcess, key: str) -> httpx.Client:
    return httpx.Client(
        base_url=sandbox.url + "/api/v1", headers={"Authorization": f"Bearer {key}"}, timeout=10
    )


def test_general_limit_with_headers_and_retry_after(sandbox) -> None:
    with client_for(sandbox, "demo-approvepro") as client:
        remaining = []
        for index in range(60):
            # Every kind of answer counts and carries the headers: 200, 404, 422.
            path = ("/statuses", "/orders/1", "/orders?per_page=0")[index % 3]
            response = client.get(path)
            assert response.status_code in (200, 404, 422)
            assert response.headers["x-ratelimit-limit"] == "60"
            remaining.append(int(response.headers["x-ratelimit-remaining"]))
        assert remaining == list(range(59, -1, -1))
        refused = client.get("/statuses")
        assert refused.status_code == 429
        assert refused.json() == {"message": "Too Many Attempts."}
        assert refused.headers["x-ratelimit-limit"] == "60"
        assert refused.headers["x-ratelimit-remaining"] == "0"
        retry_after = int(refused.headers["retry-after"])
        assert 1 <= retry_after <= WINDOW
        # Waiting Retry-After is enough: the window ends no later than it says.
        assert int(refused.headers["x-ratelimit-reset"]) <= time.time() + retry_after + 1
        # Other keys have their own counters; 401s are not limited at all.
        with client_for(sandbox, "demo-approvepro-basic") as other:
            assert other.get("/statuses").headers["x-ratelimit-remaining"] == "59"
        with client_for(sandbox, "wrong") as wrong:
            assert wrong.get("/statuses").status_code == 401


def test_a_window_ends_and_counting_starts_again(sandbox_factory) -> None:
    sandbox = sandbox_factory("--orders", "30", "--rate-window", str(SHORT_WINDOW))
    with client_for(sandbox, "demo-approvepro") as client:
        assert client.get("/statuses").headers["x-ratelimit-remaining"] == "59"
        assert client.get("/statuses").headers["x-ratelimit-remaining"] == "58"
        time.sleep(SHORT_WINDOW + 0.05)
        again = client.get("/statuses")
        assert again.status_code == 200
        assert again.headers["x-ratelimit-remaining"] == "59"


def test_bulk_limit_is_counted_in_both_limiters(sandbox) -> None:
    body = {"order_ids": [1], "status_code": "st000001"}
    with client_for(sandbox, "demo-approvepro-basic") as client:
        remaining = []
        for _ in range(5):
            response = client.post("/orders/bulk-status", json=body)
            assert response.status_code == 202
            assert response.headers["x-ratelimit-limit"] == "5"
            remaining.append(response.headers["x-ratelimit-remaining"])
        assert remaining == ["4", "3", "2", "1", "0"]
        refused = client.post("/orders/bulk-status", json=body)
        assert refused.status_code == 429
        assert refused.headers["x-ratelimit-limit"] == "5"
        assert refused.headers["x-ratelimit-remaining"] == "0"
        assert 1 <= int(refused.headers["retry-after"]) <= WINDOW
        # The refused bulk request still counted in the general limiter: 6 bulk + this one.
        general = client.get("/statuses")
        assert general.headers["x-ratelimit-remaining"] == str(60 - 7)
        invalid = client.post("/orders/bulk-status", json={})
        assert invalid.status_code == 429  # the bulk limiter answers before validation


def test_rate_window_can_be_turned_off_at_run_time(sandbox) -> None:
    sandbox.configure(rate_window=0)
    try:
        with client_for(sandbox, "demo-approvepro") as client:
            for _ in range(70):
                assert client.get("/statuses").status_code == 200
    finally:
        sandbox.configure(rate_window=WINDOW)
