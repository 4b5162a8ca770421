"""Answers that trickle, never end, inflate or nest without end: each request still ends, with
a message a person can read, and costs a bounded amount of memory."""

from __future__ import annotations

import asyncio
import json
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from approval_console.connectors.arlo import ArloConnector
from approval_console.connectors.base import Connector
from approval_console.connectors.registry import create_connector
from approval_console.core import errors
from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS
from approval_console.core.changes import CommentChange
from approval_console.core.listing import OrderQuery
from tests.helpers import approvepro
from tests.reliability.hostile_server import (
    ENDS_WITHIN,
    Reply,
    Request,
    deep_json,
    gzip_bomb,
    hostile_server,
    run_bounded,
    trickled_body,
    zeros,
)

MEMORY_BOUND = 300 * 1024 * 1024
SHORT_DEADLINE = 3.0  # the app's deadline is a minute; these cases need not wait that long
HUGE = 200 * 1024 * 1024


def _failure(connector: Connector, call: Callable[[Any], Awaitable[Any]]) -> errors.ApiError:
    async def body(c: Any) -> errors.ApiError:
        with pytest.raises(errors.ApiError) as caught:
            await call(c)
        return caught.value

    return run_bounded(connector, body)


def _arlo(url: str) -> ArloConnector:
    account = Account(
        id="arlo-test", backend="arlo", name="Arlo", base_url=url, options={"username": "demo"}
    )
    return ArloConnector(account, "secret")


@pytest.mark.slow  # waits out the console's own deadline of a minute, in real time
def test_a_body_trickled_a_byte_at_a_time_times_out_with_the_apps_deadline() -> None:
    """httpx's read timeout restarts with every byte, so a body sent one byte every 5 s never
    timed out. The console's own deadline for the whole answer ends it, within the 90 s a
    person would wait at most."""

    def handler(request: Request) -> Reply:
        body = b'[{"code": "st1", "name": "New"}]'
        return Reply(200, {"Content-Length": str(len(body))}, stream=trickled_body(body, 5.0))

    started = time.monotonic()
    with hostile_server(handler) as server:
        error = _failure(approvepro(server.url), lambda c: c.list_statuses())
    assert isinstance(error, errors.ApiTimeoutError)
    assert "took longer than 60 seconds" in error.message
    assert time.monotonic() - started < ENDS_WITHIN
    assert len(server.requests) == 1  # a read that slow is not tried again at the same cost


def test_trickled_headers_time_out_too() -> None:
    """The same trick on the status line and headers."""

    def handler(request: Request) -> Reply:
        return Reply(200, {"Content-Type": "application/json"}, b"[]", trickle_headers=5.0)

    with hostile_server(handler) as server:
        connector = approvepro(server.url)
        connector.http.deadline = SHORT_DEADLINE
        error = _failure(connector, lambda c: c.list_statuses())
    assert isinstance(error, errors.ApiTimeoutError) and not error.maybe_applied


def test_a_trickled_answer_to_a_change_says_it_may_have_been_applied() -> None:
    """A change whose answer never finished arriving may well have been done: the error says
    so, for the journal to verify it rather than resend it."""

    def handler(request: Request) -> Reply:
        return Reply(200, {"Content-Length": "2"}, stream=trickled_body(b"{}", 5.0))

    with hostile_server(handler) as server:
        connector = approvepro(server.url)
        connector.http.deadline = SHORT_DEADLINE
        error = _failure(connector, lambda c: c.add_comment("1", CommentChange("Hi")))
    assert isinstance(error, errors.ApiTimeoutError) and error.maybe_applied
    assert [request.method for request in server.requests] == ["POST"]


def _measured(connector: Connector, call: Callable[[Any], Awaitable[Any]]) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        error = _failure(connector, call)
        return error, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("declared", [True, False], ids=["with-length", "until-close"])
def test_a_200_mb_answer_is_refused_and_costs_little_memory(declared: bool) -> None:
    """A 200 MB body used to cost 635-830 MB of memory; now reading stops at 32 MB (or before
    the download, when Content-Length gives the size away)."""

    def handler(request: Request) -> Reply:
        headers = {"Content-Type": "application/json"}
        if declared:
            headers["Content-Length"] = str(HUGE)
        return Reply(200, headers, stream=zeros(HUGE))

    with hostile_server(handler) as server:
        error, peak = _measured(approvepro(server.url), lambda c: c.list_statuses())
    assert peak < MEMORY_BOUND
    assert server.bytes_sent < HUGE // 2
    assert isinstance(error, errors.ResponseFormatError)
    assert "larger than 32 MB" in error.message


def test_a_gzip_bomb_is_refused_while_it_inflates() -> None:
    """A quarter-megabyte of gzip that inflates to 256 MB is counted by what it becomes."""
    bomb = gzip_bomb(256)

    def handler(request: Request) -> Reply:
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        return Reply(200, headers, bomb)

    with hostile_server(handler) as server:
        error, peak = _measured(approvepro(server.url), lambda c: c.list_statuses())
    assert peak < MEMORY_BOUND
    assert isinstance(error, errors.ResponseFormatError)
    assert "larger than 32 MB" in error.message


def test_arlo_refuses_an_oversized_answer_before_downloading_it() -> None:
    """Arlo's 32 MB limit was checked after the whole body had been read; now the declared
    length is enough to refuse it."""

    def handler(request: Request) -> Reply:
        headers = {"Content-Type": "application/xml", "Content-Length": str(HUGE)}
        return Reply(200, headers, stream=zeros(HUGE))

    with hostile_server(handler) as server:
        error, peak = _measured(_arlo(server.url), lambda c: c.get_order("1"))
    assert server.bytes_sent < HUGE // 2
    assert peak < MEMORY_BOUND
    assert isinstance(error, errors.ResponseFormatError) and "larger than 32 MB" in error.message


@pytest.mark.parametrize("backend", ["approvepro", "apruve", "spree", "wholesale"])
def test_json_nested_100000_deep_is_an_unexpected_answer_not_a_crash(backend: str) -> None:
    """`RecursionError` used to escape the error tree from every connector; now it is the
    same `ResponseFormatError` as any other malformed answer, with a readable message."""

    def handler(request: Request) -> Reply:
        return Reply(200, {"Content-Type": "application/json"}, deep_json(100_000))

    with hostile_server(handler) as server:
        known = BACKENDS[backend]
        account = Account(id=backend, backend=backend, name=backend, base_url=server.url)
        connector = create_connector(account, known.demo_key)
        error = _failure(connector, lambda c: c.list_orders(OrderQuery()))
    assert isinstance(error, errors.ResponseFormatError)
    assert "nested too deeply" in error.message


def test_a_large_answer_is_parsed_while_the_window_keeps_running() -> None:
    """Bodies used to be parsed on the event loop, which is the window's thread: an 18 MB
    answer froze the window for the whole parse. It is now parsed on a worker thread in a way
    that lets the loop take turns, so the longest pause is well under the parse's length."""
    padding = [{"id": i, "note": "x" * 20, "tags": ["a", "b"]} for i in range(300_000)]
    meta = {"current_page": 1, "last_page": 1, "total": 0, "per_page": 100}
    body = json.dumps({"data": [], "meta": meta, "padding": padding}).encode()
    started = time.perf_counter()
    json.loads(body)
    parse_seconds = time.perf_counter() - started

    def handler(request: Request) -> Reply:
        return Reply(200, {"Content-Type": "application/json"}, body)

    async def watched(connector: Any) -> float:
        longest = 0.0
        done = asyncio.Event()

        async def heartbeat() -> None:
            nonlocal longest
            last = time.perf_counter()
            while not done.is_set():
                await asyncio.sleep(0.01)
                now = time.perf_counter()
                longest = max(longest, now - last)
                last = now

        beating = asyncio.create_task(heartbeat())
        try:
            page = await connector.list_orders(OrderQuery())
        finally:
            done.set()
            await beating
        assert page.items == ()
        return longest

    with hostile_server(handler) as server:
        longest_pause = run_bounded(approvepro(server.url), watched)
    assert longest_pause < parse_seconds / 2, (longest_pause, parse_seconds)
