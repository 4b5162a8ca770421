"""Settings and accounts, persisted as JSON in the profile's config directory.

Never a secret here: keys live in the keyring under the account's id.

The accounts' ids are what tie the change journal to its accounts, so losing this file must not
lose them. Every save also writes a last-good copy (both atomically). A damaged file is moved
aside (never deleted or overwritten) and the last-good copy is read instead; only when that too
is unusable do the settings start empty. A file that cannot be *read* (permissions, a failing
disk) is not damaged: that is refused with `SettingsUnreadableError`, and the file left alone.
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
from approval_console.core.errors import ConsoleError
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.preferences import Preferences
from approval_console.core.views import SavedView, views_from_json, views_to_json

log = logging.getLogger(__name__)

PLAIN_HTTP_HOSTS = {"localhost"}  # by name; loopback addresses are recognised by their value
PLAIN_HTTP_REFUSED = QT_TRANSLATE_NOOP(
    "Accounts", "Plain http:// is only allowed for this computer (127.0.0.1); use https://."
)


def url_problem(url: str) -> str | None:
    """Why a base URL is refused, or None: the one rule for every account's address.

    Plain http:// sends the key in clear, so it is only for this computer: `localhost`, an
    address in 127.0.0.0/8 or ::1, each judged by its parsed value (`127.attacker.example` and
    `::ffff:8.8.8.8` are not loopback). An address with a user name or password in it is no
    base URL, and hides where it really points.
    """
    incomplete = translate("Accounts", "Enter a full address such as https://app.example.com.")
    try:
        parts = urlsplit(url.strip())
        host, _port = parts.hostname, parts.port
    except ValueError:  # a malformed IPv6 literal or port
        return incomplete
    if parts.scheme not in {"http", "https"} or not host or "@" in parts.netloc:
        return incomplete
    if any(char.isspace() for char in parts.netloc):  # no host name has a space in it
        return incomplete
    if parts.scheme == "http" and not is_loopback_host(host):
        return translate("Accounts", PLAIN_HTTP_REFUSED)
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
    # The saved views, in the order they are shown; None until views are first saved (the defaults).
    views: list[SavedView] | None = None
    preferences: Preferences = field(default_factory=Preferences)
    # Where a damaged settings file was moved when these were loaded; never saved.
    set_aside: Path | None = field(default=None, compare=False)
    # The last-good copy these were read from instead of the damaged file; never saved.
    restored_from: Path | None = field(default=None, compare=False)

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


class SettingsUnreadableError(ConsoleError):
    """The settings file exists but cannot be read; it was left as it is."""


def last_good_copy(path: Path) -> Path:
    """Where the settings as last saved are kept, beside the file."""
    return path.with_name(path.name + ".last-good")


class _Damaged(Exception):
    pass


def load_settings(path: Path) -> Settings:
    """The saved settings; from the last-good copy if the file is damaged or gone.

    Raises `SettingsUnreadableError` when a file exists but cannot be read.
    """
    backup = last_good_copy(path)
    if not path.exists():
        if not backup.exists():
            return Settings()
        try:  # the file went missing after a save: the copy has the accounts and their ids
            restored = _parse(_read(backup))
        except _Damaged:
            return Settings()
        log.warning("settings file was missing; read the last-good copy %s", backup)
        restored.restored_from = backup
        return restored
    try:
        return _parse(_read(path))
    except _Damaged as error:
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.replace(aside)
        except OSError as move_error:
            raise SettingsUnreadableError(
                translate(
                    "Settings",
                    "The settings file {path} is damaged and could not be moved aside "
                    "({reason}); it was left as it is.",
                ).format(path=path, reason=move_error.strerror)
            ) from move_error
        log.warning("settings file was damaged (%s); moved to %s", error, aside)
    try:
        restored = _parse(_read(backup)) if backup.exists() else Settings()
    except (_Damaged, SettingsUnreadableError):
        return Settings(set_aside=aside)
    restored.set_aside = aside
    restored.restored_from = backup if backup.exists() else None
    return restored


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise _Damaged(type(error).__name__) from error
    except OSError as error:
        raise SettingsUnreadableError(
            translate(
                "Settings",
                "The settings file {path} cannot be read ({reason}). It was left as it is. "
                "Check that it belongs to you and is readable, then start Approval Console again.",
            ).format(path=path, reason=error.strerror)
        ) from error


def _parse(text: str) -> Settings:
    try:
        data = json.loads(text)
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
            views=views_from_json(data.get("views")),
            preferences=Preferences.from_json(data.get("preferences")),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _Damaged(type(error).__name__) from error


def save_settings(path: Path, settings: Settings) -> None:
    """Write the file and its last-good copy, each atomically: a crash mid-write never leaves
    half a file, and something else damaging the file later still leaves the copy whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "accounts": [asdict(account) for account in settings.accounts],
        "last_account": settings.last_account,
        "ui": settings.ui,
        "preferences": settings.preferences.to_json(),
    }
    if settings.views is not None:
        data["views"] = views_to_json(settings.views)
    text = json.dumps(data, indent=2)
    _write_atomically(last_good_copy(path), text)
    _write_atomically(path, text)


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())  # on disk before the rename, or a power cut leaves it empty
    os.replace(temporary, path)
