"""Answers to a change that are not the documented one: the change is neither taken as done nor
left hanging in the journal, but verified by reading the order again."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from approval_console.connectors.arlo import ArloConnector
from approval_console.core import errors
from approval_console.core.accounts import Account
from approval_console.core.changes import StatusChange
from approval_console.services.outcomes import Outcome
from approval_console.store.orders import OrderFilter
from tests.reliability.conftest import ACCOUNT_ID
from tests.reliability.hostile_server import Reply, Request, deep_json, hostile_server

ENDS_WITHIN = 90.0
SIGN_IN_PAGE = b"<!doctype html><html><body><form>Please sign in</form></body></html>"


def _arlo(url: str) -> ArloConnector:
    account = Account(
        id="arlo-test", backend="arlo", name="Arlo", base_url=url, options={"username": "demo"}
    )
    return ArloConnector(account, "secret")


def _arlo_action(status: int, body: bytes, action: str) -> Any:
    def handler(request: Request) -> Reply:
        return Reply(status, {"Content-Type": "text/html"} if body else {}, body)

    async def go() -> Any:
        connector = _arlo(server.url)
        try:
            async with asyncio.timeout(ENDS_WITHIN):
                if action == "approve":
                    return await connector.approve_order("17")
                return await connector.cancel_order("17")
        except errors.ApiError as error:
            return error
        finally:
            await connector.aclose()

    with hostile_server(handler) as server:
        return asyncio.run(go())


@pytest.mark.parametrize("action", ["approve", "cancel"])
def test_an_arlo_sign_in_page_is_not_taken_for_a_done_action(action: str) -> None:
    """Arlo answers an approval or cancellation with 204. A 200 HTML page (a proxy's sign-in
    form) used to count as done; now it is an unexpected answer, whose outcome the journal
    finds out by re-reading the order."""
    outcome = _arlo_action(200, SIGN_IN_PAGE, action)
    assert isinstance(outcome, errors.ResponseFormatError)
    assert "204" in outcome.message
    assert _arlo_action(204, b"", action) is None  # the documented answer still succeeds


def test_a_change_answered_with_bottomless_json_is_verified_not_left_sent(
    sandbox_factory, console_factory
):
    """The sandbox applies the status change, then the answer is replaced by JSON nested
    100,000 deep. That used to escape as a RecursionError and leave the journal entry `sent`
    for ever; now it is an unknown outcome, verified by reading the order: applied."""
    sandbox = sandbox_factory("--seed", "51", "--orders", "30", "--rate-window", "0")

    def handler(request: Request) -> Reply:
        if request.method == "POST" and request.path.endswith("/status"):
            answer = server.forward(request)
            assert answer.is_success, answer.text
            return Reply(200, {"Content-Type": "application/json"}, deep_json(100_000))
        return server.relay(request)

    with hostile_server(handler, upstream=sandbox.url) as server:
        console = console_factory(server.url)

        async def go() -> Any:
            connector = console.connector(ACCOUNT_ID)
            try:
                async with asyncio.timeout(ENDS_WITHIN):
                    await console.sync.sync(connector)
                    rows = console.cache.rows(console.cache.query_rowids(ACCOUNT_ID, OrderFilter()))
                    order = rows[0]
                    target = (await connector.viable_statuses(order.id))[0].code
                    applied = await console.changes.apply(
                        connector, order.id, StatusChange(target, email_customer=False)
                    )
                    return order.id, target, applied
            finally:
                await console.aclose()

        order_id, target, applied = asyncio.run(go())
    assert applied.result.outcome is Outcome.APPLIED, applied.result
    assert list(console.journal.unfinished(ACCOUNT_ID)) == []
    assert console.cache.get(ACCOUNT_ID, order_id).status_code == target
