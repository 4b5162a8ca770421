"""A full sync against servers that lie about their extent, fail pages or hang some of them:
it ends, keeps every real order, and leaves nothing running behind it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from approval_console.app import Console
from approval_console.connectors import common
from approval_console.connectors.http import RetryPolicy
from approval_console.connectors.registry import create_connector
from approval_console.core import errors
from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS
from approval_console.core.listing import OrderQuery
from approval_console.store.orders import OrderFilter
from tests.reliability.conftest import ACCOUNT_ID
from tests.reliability.hostile_server import Reply, Request, hostile_server, json_reply

ENDS_WITHIN = 90.0
BILLION = 10**9


def _sync(
    console: Console,
    before: Callable[[Any], None] = lambda connector: None,
    *,
    account_id: str = ACCOUNT_ID,
) -> Any:
    """A sync as the window runs it; returns its result, or the error it raised, and the
    tasks still alive on the loop once it is over."""

    async def go() -> tuple[Any, set[asyncio.Task[Any]]]:
        connector = console.connector(account_id)
        before(connector)
        try:
            async with asyncio.timeout(ENDS_WITHIN):
                try:
                    outcome: Any = await console.sync.sync(connector)
                except errors.ApiError as error:
                    outcome = error
            leftover = {task for task in asyncio.all_tasks() if task is not asyncio.current_task()}
            return outcome, leftover
        finally:
            await console.aclose()

    return asyncio.run(go())


def _is_listing(request: Request, page: str) -> bool:
    query = request.query
    return request.path.endswith("/orders") and query.get("page") == page and len(query) == 2


def _billion_pages(backend: str, answer: httpx.Response) -> tuple[Reply, int]:
    """The first page of a listing, claiming a billion pages; and the true total."""
    if backend == "apruve":  # the extent is in headers: `Total` and `Per-Page`
        keep = {"content-type", "per-page"}
        headers = {k: v for k, v in answer.headers.items() if k.lower() in keep}
        headers["Total"] = str(BILLION * 100)
        return Reply(200, headers, answer.content), int(answer.headers["Total"])
    body = answer.json()
    if backend == "spree":  # Pagy's `count` and `pages`
        true_total = body["meta"]["count"]
        body["meta"].update(pages=BILLION, count=BILLION * 100)
    else:  # Laravel's `last_page` and `total`
        true_total = body["meta"]["total"]
        body["meta"].update(last_page=BILLION, total=BILLION)
    return json_reply(body), true_total


@pytest.mark.parametrize("backend", ["approvepro", "apruve", "spree"])
def test_a_page_count_of_a_billion_costs_a_few_requests(
    backend: str, sandbox_factory, console_factory
):
    """A page count of 10^9 (`last_page`, `Total`, `pages`) used to make the sync build a list
    and a task per page: MemoryError, or 7.9 GB for Apruve. Now a few workers read pages in
    turn and stop at the first empty one, with every real order cached."""
    sandbox = sandbox_factory("--seed", "41", "--orders", "250", "--rate-window", "0")
    truth: dict[str, int] = {}

    def handler(request: Request) -> Reply:
        if request.method != "GET" or not request.path.endswith("/orders"):
            return server.relay(request)
        if request.query.get("page") != "1" or request.query.get("per_page") == "1":
            return server.relay(request)
        reply, truth["total"] = _billion_pages(backend, server.forward(request))
        return reply

    with hostile_server(handler, upstream=sandbox.url) as server:
        console = console_factory(server.url)
        account_id = ACCOUNT_ID
        if backend != "approvepro":
            account_id = f"{backend}-test"
            account = Account(id=account_id, backend=backend, name=backend, base_url=server.url)
            console.add_account(account, BACKENDS[backend].demo_key)
        result, leftover = _sync(console, account_id=account_id)
    assert not isinstance(result, Exception), result
    assert truth["total"] > 0
    assert console.cache.count(account_id, OrderFilter(include_canceled=True)) == truth["total"]
    assert result.total == truth["total"]  # what was found, not the claimed billion
    assert result.requests < truth["total"] // 100 + 20
    assert not leftover


def test_a_failed_page_cancels_the_pages_still_being_read(sandbox_factory, console_factory):
    """With `asyncio.gather`, the pages still in flight went on after the sync had failed,
    reading (and writing to the cache) for nobody. Now the failure cancels them."""
    sandbox = sandbox_factory("--seed", "42", "--orders", "120", "--rate-window", "0")
    release = threading.Event()

    def handler(request: Request) -> Reply:
        if _is_listing(request, "1"):
            body = server.forward(request).json()
            body["meta"].update(last_page=6, total=600)
            return json_reply(body)
        if _is_listing(request, "2"):
            return json_reply({"message": "The page parameter is invalid."}, 400)
        if request.path.endswith("/orders"):
            release.wait(ENDS_WITHIN)  # pages 3 and on hang until the test is over
        return server.relay(request)

    with hostile_server(handler, upstream=sandbox.url) as server:
        console = console_factory(server.url)
        try:
            result, leftover = _sync(console)
        finally:
            release.set()
    assert isinstance(result, errors.BadRequestError)
    assert not leftover


def test_a_full_sync_at_30_percent_faults_keeps_every_order(sandbox_factory, console_factory):
    """At a 30 % fault rate some page fails through all of the client's HTTP retries, and it
    used to fail the whole sync. The sync now reads such a page again. The client's retries
    are cut to two here so that an unlucky page is all but certain in every run."""
    sandbox = sandbox_factory(
        "--seed", "43", "--orders", "3000", "--rate-window", "0", "--fault-rate", "0.3"
    )
    console = console_factory(sandbox.url)

    def fewer_retries(connector: Any) -> None:
        connector.http.retry = RetryPolicy(attempts=2, base_delay=0.05, max_delay=0.2)

    result, leftover = _sync(console, fewer_retries)
    assert not isinstance(result, Exception), result
    assert result.total == 3000
    assert console.cache.count(ACCOUNT_ID, OrderFilter(include_canceled=True)) == 3000
    assert not leftover
    faults = sandbox.stats()["faults"]
    assert faults["error_500"] + faults["dropped"] > 0


def test_a_listing_that_always_says_more_ends_with_a_clear_error(sandbox_factory, monkeypatch):
    """Spree's record listings were read while the server said there were more pages, for
    ever if it always did, holding every repeated row. They now stop past the page bound
    (10,000; lowered here so that the test need not send that many requests)."""
    monkeypatch.setattr(common, "MAX_PAGES", 5)
    sandbox = sandbox_factory("--seed", "44", "--rate-window", "0")

    def handler(request: Request) -> Reply:
        if not request.path.endswith("/items"):
            return server.relay(request)
        first = Request(request.method, f"{request.path}?page=1&limit=100", request.headers, b"")
        body = server.forward(first).json()
        body["meta"].update(pages=BILLION, count=BILLION)
        return json_reply(body)

    async def go(url: str) -> tuple[errors.ApiError, int]:
        account = Account(id="spree-test", backend="spree", name="Spree", base_url=url)
        connector = create_connector(account, BACKENDS["spree"].demo_key)
        try:
            async with asyncio.timeout(ENDS_WITHIN):
                orders = (await connector.list_orders(OrderQuery())).items
                requests_before = len(server.requests)
                with pytest.raises(errors.ApiError) as caught:
                    await connector.list_items(orders[0].id)
                return caught.value, len(server.requests) - requests_before
        finally:
            await connector.aclose()

    with hostile_server(handler, upstream=sandbox.url) as server:
        error, requests = asyncio.run(go(server.url))
    assert isinstance(error, errors.ResponseFormatError)
    assert "goes on past 5 pages" in error.message
    assert requests == 5
