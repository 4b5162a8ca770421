"""The sandbox process: start-up, control endpoints, latency, faults, determinism."""

from __future__ import annotations

import re
import signal
import sys
import time

import httpx
import pytest

from approval_console import demo

pytestmark = pytest.mark.e2e  # every test here starts a sandbox process, some without a fixture

MAIN = {"Authorization": "Bearer demo-approvepro"}


def api(sandbox, headers=MAIN) -> httpx.Client:
    return httpx.Client(base_url=sandbox.url + "/api/v1", headers=headers, timeout=10)


def test_listening_line_and_clean_stop_on_sigterm(sandbox_factory) -> None:
    sandbox = sandbox_factory("--orders", "20")
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", sandbox.url)
    deadline = time.monotonic() + 10
    while not sandbox.output and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sandbox.output[0] == f"Sandbox listening on {sandbox.url}\n"
    sandbox.process.send_signal(signal.SIGTERM)
    assert sandbox.process.wait(timeout=10) == 0


def test_a_sandbox_without_stdout_is_found_through_its_ready_file(monkeypatch) -> None:
    """The windowed app on Windows runs the sandbox from its own executable, with no stdout."""
    without_stdout = (
        "import runpy, sys; sys.stdout = None; sys.argv[0] = 'sandbox'; "
        "runpy.run_module('approval_console.sandbox', run_name='__main__')"
    )
    monkeypatch.setattr(
        demo, "sandbox_command", lambda *args: [sys.executable, "-c", without_stdout, *args]
    )
    sandbox = demo.start_sandbox("--port", "0", "--orders", "20")
    try:
        with httpx.Client(base_url=sandbox.url, timeout=10) as client:
            assert client.get("/_sandbox/health").json() == {"ok": True}
        assert not any("listening" in line for line in sandbox.output)
    finally:
        sandbox.stop()


def test_a_sandbox_that_cannot_start_says_why(monkeypatch) -> None:
    with pytest.raises(RuntimeError, match=r"The sandbox did not start:[\s\S]*--orders"):
        demo.start_sandbox("--orders", "-5")


def test_stops_cleanly_on_sigint(sandbox_factory) -> None:
    sandbox = sandbox_factory("--orders", "20")
    sandbox.process.send_signal(signal.SIGINT)
    assert sandbox.process.wait(timeout=10) == 0


def test_control_endpoints(shared_sandbox) -> None:
    with shared_sandbox.admin() as admin:
        assert admin.get("/_sandbox/health").json() == {"ok": True}
        config = admin.get("/_sandbox/config").json()
        assert set(config) == {"fault_rate", "latency_ms", "queue_delay_ms", "rate_window"}
        assert config["rate_window"] == 0
        assert config["queue_delay_ms"] == 200
        assert admin.post("/_sandbox/config", json={"fault_rate": 2}).status_code == 422
        assert admin.post("/_sandbox/config", json={"nope": 1}).status_code == 422
        assert admin.post("/_sandbox/config", content=b"{").status_code == 400
        assert admin.get("/_sandbox/config").json() == config
    stats = shared_sandbox.stats()
    assert set(stats) == {"requests", "responses_by_status", "faults", "bulk_jobs_pending"}
    assert set(stats["faults"]) == {"error_500", "dropped"}
    with api(shared_sandbox) as client:
        client.get("/statuses")
        client.get("/statuses", headers={"Authorization": "Bearer wrong"})
    after = shared_sandbox.stats()
    assert after["requests"] == stats["requests"] + 2
    assert after["responses_by_status"]["200"] >= 1
    assert after["responses_by_status"]["401"] >= 1


def test_latency_applies_to_api_only(sandbox_factory) -> None:
    """Told apart by timeouts far from any machine's speed: a delayed answer would take 30 s
    more than a 5 s timeout allows. How fast an undelayed answer is, tests/benchmarks/sandbox.py
    prints."""
    sandbox = sandbox_factory("--orders", "20", "--latency-ms", "300")
    with api(sandbox) as client, sandbox.admin() as admin:
        started = time.perf_counter()
        assert client.get("/statuses").status_code == 200
        assert time.perf_counter() - started >= 0.3
        sandbox.configure(latency_ms=60_000)
        assert admin.get("/_sandbox/health", timeout=5).status_code == 200
        sandbox.configure(latency_ms=0)
        assert client.get("/statuses", timeout=5).status_code == 200


def test_faults_500_has_no_effect_and_drop_applies(sandbox_factory) -> None:
    sandbox = sandbox_factory("--orders", "60", "--fault-rate", "1")
    with sandbox.admin() as admin:
        assert admin.get("/_sandbox/health").status_code == 200  # control paths never fault
        sandbox.configure(fault_rate=0)
        with api(sandbox) as client:
            order_ids = [o["id"] for o in client.get("/orders?per_page=50").json()["data"]]
        sandbox.configure(fault_rate=1)
        seen = {"error_500": 0, "dropped": 0}
        for attempt, order_id in enumerate(order_ids):
            comment = f"fault probe {attempt}"
            before = sandbox.stats()["faults"]
            try:
                with api(sandbox) as client:
                    response = client.post(f"/orders/{order_id}/comment", json={"comment": comment})
                assert response.status_code == 500
                assert response.json() == {"message": "Server Error"}
                outcome = "error_500"
            except httpx.TransportError:
                outcome = "dropped"
            after = sandbox.stats()["faults"]
            assert after[outcome] == before[outcome] + 1
            detail = admin.get("/_sandbox/approvepro/orders", params={"ids": str(order_id)}).json()[
                "data"
            ][0]
            comments = [event["comment"] for event in detail["history"]]
            assert (comment in comments) == (outcome == "dropped"), outcome
            seen[outcome] += 1
            if all(seen.values()):
                break
    assert all(seen.values()), seen


def test_same_seed_same_data_other_seed_other_data(sandbox_factory) -> None:
    first = sandbox_factory("--orders", "40", "--seed", "3")
    second = sandbox_factory("--orders", "40", "--seed", "3")
    other = sandbox_factory("--orders", "40", "--seed", "4")

    def snapshot(sandbox) -> list[dict]:
        with api(sandbox) as client:
            rows = client.get("/orders", params={"per_page": 100}).json()["data"]
            details = [client.get(f"/orders/{row['id']}").json() for row in rows[:10]]
        return [rows, details]

    assert snapshot(first) == snapshot(second)
    assert snapshot(first) != snapshot(other)


@pytest.mark.slow
def test_hundred_thousand_orders_are_seeded_and_served(sandbox_factory) -> None:
    """How long the start takes (target: well under ten seconds), tests/benchmarks/sandbox.py
    prints."""
    sandbox = sandbox_factory("--orders", "100000")
    with api(sandbox) as client:
        body = client.get("/orders", params={"per_page": 100, "page": 1000}).json()
        assert body["meta"]["total"] == 100_000
        assert body["meta"]["last_page"] == 1000
        assert len(body["data"]) == 100
        oldest = body["data"][-1]
        assert oldest["name"] == "#1001"
        detail = client.get(f"/orders/{oldest['id']}").json()
        assert len(detail["history"]) == detail["history_count"] == oldest["history_count"]
