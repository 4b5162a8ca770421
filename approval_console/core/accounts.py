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
