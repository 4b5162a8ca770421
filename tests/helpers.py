"""Small helpers the tests share: accounts and connectors pointed at a sandbox."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from approval_console.connectors.approvepro import ApproveProConnector
from approval_console.core.accounts import Account

C = TypeVar("C", bound=Any)

DEMO_KEY = "demo-approvepro"
BASIC_KEY = "demo-approvepro-basic"


def approvepro_account(url: str, account_id: str = "ap-test", **options: str) -> Account:
    return Account(
        id=account_id,
        backend="approvepro",
        name="Northwind Workshop",
        base_url=url,
        options=dict(options),
    )


def approvepro(
    url: str,
    key: str = DEMO_KEY,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    **options: str,
) -> ApproveProConnector:
    return ApproveProConnector(approvepro_account(url, **options), key, transport=transport)


def server_orders(sandbox, ids) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    """The sandbox's own truth about orders, bypassing faults and rate limits."""
    result: dict[str, dict] = {}
    ids = [str(i) for i in ids]
    with sandbox.admin() as client:
        for start in range(0, len(ids), 100):
            chunk = ids[start : start + 100]
            response = client.get("/_sandbox/approvepro/orders", params={"ids": ",".join(chunk)})
            response.raise_for_status()
            for item in response.json()["data"]:
                result[str(item["id"])] = item
    return result


def run_closing(connector: C, body: Callable[[C], Awaitable[Any]]) -> Any:
    """`body(connector)` on a fresh event loop, the connector closed after whatever happens."""

    async def main() -> Any:
        try:
            return await body(connector)
        finally:
            await connector.aclose()

    return asyncio.run(main())
