"""A console killed mid-change is recovered at the next start, with no duplicate on the server."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.services.outcomes import Outcome
from approval_console.store.journal import EntryState
from tests.helpers import DEMO_KEY, approvepro_account, server_orders

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("interrupt_worker.py")
ACCOUNT_ID = "ap-test"
TARGET = "st000006"  # Quality Check: open to every order


def _journal_states(profile: Path) -> list[str]:
    database = Paths.in_profile(profile).journal
    if not database.exists():
        return []
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
            return [row[0] for row in connection.execute("SELECT state FROM journal")]
    except sqlite3.Error:
        return []


def _wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def _start_worker(profile: Path, url: str, mode: str, ids: list[str]) -> subprocess.Popen[str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="approval_console.core.memory_keyring.MemoryKeyring",
    )
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(profile), url, mode, TARGET, *ids],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _candidates(sandbox, count: int) -> list[str]:
    import httpx

    headers = {"Authorization": f"Bearer {DEMO_KEY}"}
    with httpx.Client(base_url=sandbox.url + "/api/v1", headers=headers) as client:
        ids: list[str] = []
        page = 1
        while len(ids) < count:
            body = client.get("/orders", params={"per_page": 100, "page": page}).json()
            ids += [str(o["id"]) for o in body["data"] if o["status"]["code"] not in (TARGET, None)]
            page += 1
    return ids[:count]


def _recover(profile: Path, url: str, memory_keyring) -> tuple[Console, object, object]:
    console = Console(Paths.in_profile(profile))
    console.add_account(approvepro_account(url, ACCOUNT_ID, rate_window="0"), DEMO_KEY)

    async def go():
        connector = console.connector(ACCOUNT_ID)
        try:
            reconciled = await console.changes.reconcile(connector)
            pending = [
                entry
                for entry in console.journal.unfinished(ACCOUNT_ID)
                if entry.state is EntryState.PENDING
            ]
            resumed = await console.changes.resume(connector, pending)
            return reconciled, resumed
        finally:
            await console.aclose()

    reconciled, resumed = asyncio.run(go())
    return console, reconciled, resumed


def _status_changes_since(order: dict, since: datetime) -> int:
    return sum(
        1
        for event in order["history"]
        if event["event"] == "STATUS_CHANGE"
        and event["status"]["code"] == TARGET
        and datetime.fromisoformat(event["created_at"]) >= since
    )


@pytest.mark.slow
@pytest.mark.parametrize("reached_server", [True, False])
def test_single_change_killed_in_flight(sandbox_factory, memory_keyring, tmp_path, reached_server):
    sandbox = sandbox_factory("--seed", "41", "--rate-window", "0", "--latency-ms", "3000")
    [order_id] = _candidates(sandbox, 1)
    since = datetime.now(UTC).replace(microsecond=0)
    profile = tmp_path / "profile"
    worker = _start_worker(profile, sandbox.url, "single", [order_id])
    try:
        _wait_for(lambda: "sent" in _journal_states(profile))
        if reached_server:
            _wait_for(
                lambda: server_orders(sandbox, [order_id])[order_id]["status"]["code"] == TARGET
            )
        else:
            time.sleep(0.3)  # inside the first half of the latency: not handled yet
        worker.kill()
        worker.wait()
    finally:
        if worker.poll() is None:
            worker.kill()
    sandbox.configure(latency_ms=0)
    time.sleep(2)  # let a request that is still inside the server finish, if it will
    assert _journal_states(profile) == ["sent"]

    console, reconciled, resumed = _recover(profile, sandbox.url, memory_keyring)
    try:
        truth = server_orders(sandbox, [order_id])[order_id]
        assert truth["status"]["code"] == TARGET
        assert _status_changes_since(truth, since) == 1
        if reached_server:
            assert reconciled.results[order_id].outcome is Outcome.APPLIED
            assert not resumed.results
        else:
            assert reconciled.results[order_id].outcome is Outcome.NOT_SENT
            assert resumed.results[order_id].outcome is Outcome.APPLIED
        assert console.cache.get(ACCOUNT_ID, order_id).status_code == TARGET
        assert console.journal.unfinished(ACCOUNT_ID) == []
    finally:
        console.close()


@pytest.mark.slow
def test_bulk_change_killed_midway_is_finished_after_restart(
    sandbox_factory, memory_keyring, tmp_path
):
    sandbox = sandbox_factory(
        "--seed",
        "42",
        "--orders",
        "1500",
        "--rate-window",
        "0",
        "--queue-delay-ms",
        "200",
        "--latency-ms",
        "600",
    )
    ids = _candidates(sandbox, 200)
    since = datetime.now(UTC).replace(microsecond=0)
    profile = tmp_path / "profile"
    worker = _start_worker(profile, sandbox.url, "bulk", ids)
    try:
        # Kill once some chunks went out and others are still waiting to be sent.
        _wait_for(lambda: _journal_states(profile).count("sent") >= 100, timeout=60)
        worker.kill()
        worker.wait()
    finally:
        if worker.poll() is None:
            worker.kill()
    sandbox.configure(latency_ms=0)
    time.sleep(1.5)
    states = _journal_states(profile)
    assert "pending" in states or "sent" in states

    console, reconciled, resumed = _recover(profile, sandbox.url, memory_keyring)
    try:
        truth = server_orders(sandbox, ids)
        for order_id in ids:
            assert _status_changes_since(truth[order_id], since) <= 1, order_id
            assert (
                console.cache.get(ACCOUNT_ID, order_id).status_code
                == (truth[order_id]["status"]["code"])
            )
        outcomes = {**reconciled.results, **resumed.results}
        applied = {i for i in ids if truth[i]["status"]["code"] == TARGET}
        assert applied == {i for i, r in outcomes.items() if r.outcome is Outcome.APPLIED}
        assert len(applied) == len(ids)
        assert console.journal.unfinished(ACCOUNT_ID) == []
    finally:
        console.close()
