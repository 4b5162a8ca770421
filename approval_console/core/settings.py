"""Settings and accounts, persisted as JSON in the profile's config directory.

Never a secret here: keys live in the keyring under the account's id. A damaged settings file is
set aside and replaced by defaults rather than stopping the app.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from approval_console.core.accounts import Account

log = logging.getLogger(__name__)

PLAIN_HTTP_HOSTS = {"localhost"}  # by name; loopback addresses are recognised by their value
PLAIN_HTTP_REFUSED = "Plain http:// is only allowed for this computer (127.0.0.1); use https://."


def url_problem(url: str) -> str | None:
    """Why a base URL is refused, or None: the one rule for every account's address.

    Plain http:// sends the key in clear, so it is only for this computer: `localhost`, an
    address in 127.0.0.0/8 or ::1, each judged by its parsed value (`127.attacker.example` and
    `::ffff:8.8.8.8` are not loopback). An address with a user name or password in it is no
    base URL, and hides where it really points.
    """
    incomplete = "Enter a full address such as https://app.example.com."
    try:
        parts = urlsplit(url.strip())
        host, _port = parts.hostname, parts.port
    except ValueError:  # a malformed IPv6 literal or port
        return incomplete
    if parts.scheme not in {"http", "https"} or not host or "@" in parts.netloc:
        return incomplete
    if parts.scheme == "http" and not is_loopback_host(host):
        return PLAIN_HTTP_REFUSED
    return None


def is_loopback_host(host: str) -> bool:
    """`localhost`, or an IP literal of this computer (127.0.0.0/8, ::1); never a name that
    merely starts like one, which any DNS server may point anywhere."""
    if host.lower() in PLAIN_HTTP_HOSTS:
        return True
    import ipaddress  # only for plain http, never on the way to the first paint

    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        return address == ipaddress.IPv6Address("::1")
    return address in ipaddress.IPv4Network("127.0.0.0/8")


def new_account_id(backend: str) -> str:
    return f"{backend}-{os.urandom(6).hex()}"


@dataclass
class Settings:
    accounts: list[Account] = field(default_factory=list)
    last_account: str | None = None
    ui: dict[str, Any] = field(default_factory=dict)
    # Where a damaged settings file was moved when these were loaded; never saved.
    set_aside: Path | None = field(default=None, compare=False)

    def account(self, account_id: str) -> Account | None:
        return next((account for account in self.accounts if account.id == account_id), None)

    def upsert_account(self, account: Account) -> None:
        """Replace the account of the same id where it stands (the switcher keeps its order),
        or add it at the end."""
        if self.account(account.id) is None:
            self.accounts = [*self.accounts, account]
        else:
            self.accounts = [account if a.id == account.id else a for a in self.accounts]

    def remove_account(self, account_id: str) -> None:
        self.accounts = [a for a in self.accounts if a.id != account_id]
        if self.last_account == account_id:
            self.last_account = None


def load_settings(path: Path) -> Settings:
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        accounts = [
            Account(
                id=str(item["id"]),
                backend=str(item["backend"]),
                name=str(item["name"]),
                base_url=str(item["base_url"]),
                options={str(k): str(v) for k, v in dict(item.get("options", {})).items()},
            )
            for item in data.get("accounts", [])
        ]
        return Settings(
            accounts=accounts,
            last_account=data.get("last_account"),
            ui=dict(data.get("ui", {})),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        path.replace(aside)
        log.warning("settings file was damaged (%s); moved to %s", type(error).__name__, aside)
        return Settings(set_aside=aside)


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically, so a crash mid-write never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "accounts": [asdict(account) for account in settings.accounts],
        "last_account": settings.last_account,
        "ui": settings.ui,
    }
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(temporary, path)
