"""What the bulk reliability tests share: a synced console, scripted faults, the server's record."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from approval_console.app import Console
from approval_console.connectors.base import Connector
from approval_console.store.orders import OrderFilter
from tests.conftest import SandboxProcess
from tests.services.conftest import ACCOUNT_ID

BULK_PATH = "/api/v1/orders/bulk-status"
QUALITY = "st000006"  # Quality Check: internal, open to every order


def synced(console: Console) -> None:
    """Fill the console's cache from the sandbox, as the first refresh does."""

    async def go() -> None:
        try:
            await console.sync.sync(console.connector(ACCOUNT_ID))
        finally:
            await console.aclose()

    asyncio.run(go())


def orders_not_in(console: Console, status: str, count: int) -> list[str]:
    rows = console.cache.rows(console.cache.query_rowids(ACCOUNT_ID, OrderFilter()))
    chosen = [order.id for order in rows if order.status_code != status][:count]
    assert len(chosen) == count
    return chosen


def script_fault(
    sandbox: SandboxProcess, fault: str, count: int, *, skip: int = 0, path: str = BULK_PATH
) -> None:
    """Have the sandbox fail `count` POSTs to `path` with `fault`, after `skip` pass through."""
    with sandbox.admin() as client:
        body = {"method": "POST", "path": path, "fault": fault, "count": count, "skip": skip}
        client.post("/_sandbox/faults", json=body).raise_for_status()


def with_connector(console: Console, body: Callable[[Connector], Awaitable[Any]]) -> Any:
    """Run `body` with the account's connector on a fresh loop, closing the console's clients."""

    async def go() -> Any:
        try:
            return await body(console.connector(ACCOUNT_ID))
        finally:
            await console.aclose()

    return asyncio.run(go())


def status_changes(order: dict[str, Any], code: str, since: datetime) -> int:
    """How many times the server recorded a change to `code` on this order since `since`."""
    return sum(
        1
        for event in order["history"]
        if event["event"] == "STATUS_CHANGE"
        and event["status"]["code"] == code
        and datetime.fromisoformat(event["created_at"]) >= since
    )
