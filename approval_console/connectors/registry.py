"""The backends the console knows: adding one is a line here and its connector module."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx

from approval_console.connectors import approvepro
from approval_console.connectors.base import Account, Capabilities, Connector

ConnectorFactory = Callable[[Account, str, httpx.AsyncBaseTransport | None], Connector]


@dataclass(frozen=True, slots=True)
class Backend:
    key: str
    title: str
    capabilities: Capabilities
    factory: ConnectorFactory
    demo_key: str
    default_url: str


BACKENDS: dict[str, Backend] = {
    approvepro.BACKEND: Backend(
        key=approvepro.BACKEND,
        title="ApprovePro",
        capabilities=approvepro.CAPABILITIES,
        factory=lambda account, key, transport: approvepro.ApproveProConnector(
            account, key, transport=transport
        ),
        demo_key="demo-approvepro",
        default_url="https://app.approvepro.com",
    ),
}


def create_connector(
    account: Account, secret: str, transport: httpx.AsyncBaseTransport | None = None
) -> Connector:
    backend = BACKENDS.get(account.backend)
    if backend is None:
        raise KeyError(f"unknown backend {account.backend!r}")
    return backend.factory(account, secret, transport)
