"""Connectors built by name: an account's backend picks its connector module.

The table of backends (titles, capabilities, demo keys) is `core.backends`; this module only
builds connectors from it. The connector module, with httpx behind it, is imported only when an
account of that backend first connects, which keeps it out of the console's start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS
from approval_console.core.errors import InsecureAddressError
from approval_console.core.i18n import translate
from approval_console.core.settings import url_problem

if TYPE_CHECKING:
    import httpx

    from approval_console.connectors.base import Connector


def create_connector(
    account: Account, secret: str, transport: httpx.AsyncBaseTransport | None = None
) -> Connector:
    """The account's connector, refused before any request when its address would send the
    key in clear (plain http:// to anything but this computer) or is no address."""
    backend = BACKENDS.get(account.backend)
    if backend is None:
        raise KeyError(f"unknown backend {account.backend!r}")
    problem = url_problem(account.base_url)
    if problem is not None:
        raise InsecureAddressError(
            translate(
                "Server", "“{account}” was not contacted, so its key was not sent: {problem}"
            ).format(account=account.name, problem=problem)
        )
    module_name, class_name = backend.connector.split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    connector: Connector = cls(account, secret, transport=transport)
    return connector
