"""The backends the console knows: adding one is an entry here and its connector module.

Each entry carries what the window needs before any network work (title, capabilities, demo
key); the connector module itself, with httpx behind it, is imported only when an account of
that backend first connects, which keeps it out of the console's start-up.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from approval_console.connectors.base import Capabilities
from approval_console.core.accounts import Account
from approval_console.core.errors import InsecureAddressError
from approval_console.core.settings import url_problem

if TYPE_CHECKING:
    import httpx

    from approval_console.connectors.base import Connector


@dataclass(frozen=True, slots=True)
class Backend:
    key: str
    title: str
    capabilities: Capabilities
    connector: str  # "module:Class"
    demo_key: str
    default_url: str
    demo_options: tuple[tuple[str, str], ...] = ()  # account options the demo account needs
    user_option: str | None = None  # the account option holding a user name, if one is asked
    secret_label: str = "API key"  # as in "Enter the API key."

    def create(
        self, account: Account, secret: str, transport: httpx.AsyncBaseTransport | None = None
    ) -> Connector:
        """The account's connector, refused before any request when its address would send
        the key in clear (plain http:// to anything but this computer) or is no address."""
        problem = url_problem(account.base_url)
        if problem is not None:
            raise InsecureAddressError(
                f"“{account.name}” was not contacted, so its key was not sent: {problem}"
            )
        module_name, class_name = self.connector.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        return cls(account, secret, transport=transport)


BACKENDS: dict[str, Backend] = {
    "approvepro": Backend(
        key="approvepro",
        title="ApprovePro",
        capabilities=Capabilities(
            status_changes=True,
            bulk_status=True,
            bulk_max=50,
            bulk_is_queued=True,
            comments=True,
            due_dates=True,
            due_date_ranges=True,
            history=True,
            progress_timeline=True,
            viable_statuses=True,
            lookup=True,
            max_page_size=100,
            payment_states=True,
        ),
        connector="approval_console.connectors.approvepro:ApproveProConnector",
        demo_key="demo-approvepro",
        default_url="https://app.approvepro.com",
    ),
    "apruve": Backend(
        key="apruve",
        title="Apruve",
        capabilities=Capabilities(
            status_changes=False,  # states move by finalize, cancel and the buyer
            order_actions=True,
            max_page_size=100,
            invoices=True,
            shipments=True,
            returns=True,
            merchant=True,
            amounts=True,
        ),
        connector="approval_console.connectors.apruve:ApruveConnector",
        demo_key="demo-apruve",
        default_url="https://app.apruve.com",  # test.apruve.com: the test environment
    ),
    "wholesale": Backend(
        key="wholesale",
        title="Wholesale portal",
        capabilities=Capabilities(
            read_only=True,
            history=True,
            max_page_size=250,
            order_records=True,
            delta_sync=True,
            amounts=True,
        ),
        connector="approval_console.connectors.wholesale:WholesaleConnector",
        demo_key="demo-wholesale",
        default_url="https://portal.example.com",
    ),
    "arlo": Backend(
        key="arlo",
        title="Arlo",
        capabilities=Capabilities(
            review=True, review_options=True, max_page_size=100, amounts=True
        ),
        connector="approval_console.connectors.arlo:ArloConnector",
        demo_key="demo-arlo",
        default_url="https://yourorg.arlo.co",
        demo_options=(("username", "demo"),),
        user_option="username",  # HTTP Basic: a user name and its password
        secret_label="password",
    ),
    "spree": Backend(
        key="spree",
        title="Spree Commerce",
        capabilities=Capabilities(
            review=True,
            cancel_notify=True,
            order_records=True,
            max_page_size=100,
            amounts=True,
            payment_states=True,
        ),
        connector="approval_console.connectors.spree:SpreeConnector",
        demo_key="sk_demo_spree",
        default_url="https://shop.example.com",
    ),
}


def capabilities_of(backend: str) -> Capabilities | None:
    """What a backend can do; None for one this version does not know."""
    known = BACKENDS.get(backend)
    return known.capabilities if known is not None else None


def create_connector(
    account: Account, secret: str, transport: httpx.AsyncBaseTransport | None = None
) -> Connector:
    backend = BACKENDS.get(account.backend)
    if backend is None:
        raise KeyError(f"unknown backend {account.backend!r}")
    return backend.create(account, secret, transport)
