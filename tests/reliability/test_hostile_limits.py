"""What a server's Retry-After and X-RateLimit headers may do to an account: slow it down, for a
bounded time, and never stop it for good or make it hammer the server."""

from __future__ import annotations

import asyncio
import itertools
import time

import pytest

from approval_console.connectors.approvepro import ApproveProConnector
from approval_console.core import errors
from tests.helpers import approvepro
from tests.reliability.hostile_server import (
    ENDS_WITHIN,
    Reply,
    Request,
    hostile_server,
    json_reply,
    run_bounded,
)

STATUSES = [{"code": "st1", "name": "New"}, {"code": "st2", "name": "Approved"}]
LONGEST_WAIT = 120.0  # the most a server may make the account wait (as openai-python)


@pytest.mark.parametrize(
    ("status", "retry_after"),
    [
        (429, "999999"),
        (429, "inf"),
        (429, "1e400"),
        (429, "Thu, 31 Dec 2099 23:59:59 GMT"),
        (503, "999999"),
    ],
)
def test_an_endless_retry_after_fails_the_request_instead_of_hanging(
    status: int, retry_after: str
) -> None:
    """A server asking for days of patience used to freeze the account (its limiter blocked,
    the window showing "Refreshing…" for ever): now the request fails at once, saying why, and
    the account waits at most the cap before its next request."""

    def handler(request: Request) -> Reply:
        return json_reply({"message": "Slow down"}, status, **{"Retry-After": retry_after})

    async def body(connector: ApproveProConnector) -> tuple[errors.ApiError, float, float]:
        started = time.monotonic()
        with pytest.raises(errors.ApiError) as caught:
            await connector.list_statuses()
        return caught.value, time.monotonic() - started, connector.general.delay()

    with hostile_server(handler) as server:
        error, elapsed, next_delay = run_bounded(approvepro(server.url), body)
    assert "asked the console to wait" in error.message and "Try again later" in error.message
    assert elapsed < ENDS_WITHIN
    assert next_delay <= LONGEST_WAIT
    assert len(server.requests) == 1  # not retried into the same answer


@pytest.mark.parametrize("retry_after", ["-5", "nan", "Mon, 01 Jan 2001 00:00:00 GMT"])
def test_a_meaningless_retry_after_backs_off_instead_of_hammering(retry_after: str) -> None:
    """A negative, NaN or past Retry-After used to mean "now": nine requests in a tenth of a
    second. Now the client backs off as if no Retry-After had been given, and still gets
    through once the server answers."""
    arrivals: list[float] = []

    def handler(request: Request) -> Reply:
        arrivals.append(time.monotonic())
        if len(arrivals) < 3:
            return json_reply({"message": "Slow down"}, 429, **{"Retry-After": retry_after})
        return json_reply(STATUSES)

    with hostile_server(handler) as server:
        statuses = run_bounded(approvepro(server.url), lambda c: c.list_statuses())
    assert [status.code for status in statuses] == ["st1", "st2"]
    assert len(server.requests) == 3
    gaps = [later - earlier for earlier, later in itertools.pairwise(arrivals)]
    # The default policy's first backoff is at least 0.2 s, the second at least 0.4 s.
    assert gaps[0] >= 0.15 and gaps[1] >= 0.3, gaps


def test_one_tiny_rate_limit_header_slows_the_account_only_for_a_window() -> None:
    """`X-RateLimit-Limit: 1` used to lower the account's limit to one request per window for
    the life of the app. Now it holds for one window, never below a tenth of the documented
    limit, and the full limit comes back."""
    answers = iter(["1"])

    def handler(request: Request) -> Reply:
        limit = next(answers, None)
        headers = {"X-RateLimit-Limit": limit} if limit else {}
        return json_reply(STATUSES, **headers)

    async def body(connector: ApproveProConnector) -> tuple[int, int, float, int]:
        configured = connector.general.limit
        await connector.list_statuses()
        lowered = connector.general.limit
        # Five more reads start at once: the lowered limit still leaves room for them.
        await asyncio.gather(*(connector.list_statuses() for _ in range(5)))
        waited = connector.general.delay()
        await asyncio.sleep(connector.general.window + 0.5)
        return configured, lowered, waited, connector.general.limit

    with hostile_server(handler) as server:
        configured, lowered, waited, recovered = run_bounded(
            approvepro(server.url, rate_window="1"), body
        )
    assert configured == 60
    assert lowered == 6  # a tenth of ApprovePro's 60 a minute, not 1
    assert waited > 0  # six requests used the lowered window up
    assert recovered == configured
    assert len(server.requests) == 6


@pytest.mark.slow  # waits out the console's own deadline of a minute, in real time
def test_a_server_that_keeps_saying_later_gets_two_minutes_in_all() -> None:
    """Each Retry-After: 61 is under the cap, but five of them in a row held a read (and the
    window's "Refreshing…") for five minutes. A request now waits at most two minutes in all
    between its attempts, then says the server kept putting it off."""

    def handler(request: Request) -> Reply:
        return json_reply({"message": "Maintenance"}, 503, **{"Retry-After": "61"})

    async def body(connector: ApproveProConnector) -> errors.ApiError:
        with pytest.raises(errors.ServerError) as caught:
            await connector.list_statuses()
        return caught.value

    started = time.monotonic()
    with hostile_server(handler) as server:
        error = run_bounded(approvepro(server.url), body)
    assert "kept asking the console to wait" in error.message
    assert time.monotonic() - started < ENDS_WITHIN
    assert len(server.requests) == 2
