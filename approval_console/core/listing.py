"""A listing as a server pages it, and the server-side filters asked of it, backend-neutral.

Kept apart from `domain`, which the order list's first paint imports: the cached list needs
neither (each dataclass costs its import about a millisecond).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from approval_console.core.domain import Order


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing, with what the server said about the whole result."""

    items: tuple[Order, ...]
    page: int
    last_page: int
    total: int
    per_page: int

    @property
    def has_more(self) -> bool:
        return self.page < self.last_page


@dataclass(frozen=True, slots=True)
class OrderQuery:
    """Server-side filters for a listing; None means not filtered."""

    search: str | None = None
    status_code: str | None = None
    tags_all: tuple[str, ...] = ()
    tags_any: tuple[str, ...] = ()
    financial_status: tuple[str, ...] = ()
    fulfillment_status: tuple[str, ...] = ()
    exclude_canceled: bool = False
    due_date_from: date | None = None
    due_date_to: date | None = None
    extra: dict[str, str] = field(default_factory=dict)
