"""A configured connection to one order system."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Account:
    """Where and how to reach one account; its secret lives in the keyring under `id`, never here.

    `options` carry backend settings such as the account's time zone or its rate limits.
    """

    id: str
    backend: str
    name: str
    base_url: str
    options: dict[str, str] = field(default_factory=dict)


# -- how much of an account's history the console reads and keeps --------------------------
HISTORY_DAYS_OPTION = "history_days"
"""Account option: read only orders not cancelled and placed in the last so many days ("0" or
absent: every order, with the whole history). For large accounts whose people never look back."""


def history_days(account: Account) -> int:
    """The account's history limit in days; 0 when it keeps every order."""
    raw = account.options.get(HISTORY_DAYS_OPTION, "").strip()
    return int(raw) if raw.isdigit() else 0
