"""What the filter bar shows, kept across restarts, and the store's filter it stands for.

Apart from the list's view model (which needs asyncio) so that the first paint, which reads the
saved filters before asyncio is imported, does not pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import TypeVar

from approval_console.store.orders import OrderFilter


class DueWindow(StrEnum):
    """Due dates relative to the day the list is read, so a saved choice stays current."""

    OVERDUE = "overdue"  # due before today and still open
    THIS_WEEK = "this_week"  # due Monday to Sunday of the current week


class ChangedWindow(StrEnum):
    """When the order's status was last set, relative to the day the list is read."""

    TODAY = "today"  # since local midnight


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week `day` falls in."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


@dataclass(frozen=True)
class ListFilters:
    """What the filter bar shows; persisted across restarts."""

    search: str = ""
    status_codes: tuple[str, ...] = ()
    financial: tuple[str, ...] = ()
    fulfillment: tuple[str, ...] = ()
    include_canceled: bool = True
    due_from: date | None = None
    due_to: date | None = None
    tags: tuple[str, ...] = ()  # orders carrying any of them
    due_window: DueWindow | None = None
    changed_window: ChangedWindow | None = None
    awaiting: bool = False  # awaiting a decision (the backend's, or a status marked for review)
    accounts: tuple[str, ...] = ()  # the All accounts list only; empty: every account

    def is_default(self) -> bool:
        """Nothing filters the list (the search, which is for the moment, aside)."""
        return replace(self, search="") == ListFilters()

    def to_store(
        self, *, today: date | None = None, review_codes: tuple[str, ...] = ()
    ) -> OrderFilter:
        """The store's filter, relative windows resolved against `today` (the local date by
        default); `review_codes` are the statuses marked as needing review for the account."""
        day = today or date.today()
        due_from, due_to = self.due_from, self.due_to
        overdue_on = None
        if self.due_window is DueWindow.OVERDUE:
            overdue_on = day
        elif self.due_window is DueWindow.THIS_WEEK:
            monday, sunday = week_of(day)
            # Both the chosen range and this week: the days they share.
            due_from = max(due_from, monday) if due_from else monday
            due_to = min(due_to, sunday) if due_to else sunday
        changed_since = None
        if self.changed_window is ChangedWindow.TODAY:
            changed_since = datetime.combine(day, time()).astimezone()  # local midnight
        return OrderFilter(
            search=self.search.strip() or None,
            status_codes=self.status_codes,
            financial_statuses=self.financial,
            fulfillment_statuses=self.fulfillment,
            tags_any=self.tags,
            include_canceled=self.include_canceled,
            due_from=due_from,
            due_to=due_to,
            overdue_on=overdue_on,
            changed_since=changed_since,
            awaiting=self.awaiting,
            review_codes=review_codes if self.awaiting else (),
        )

    def to_json(self) -> dict[str, object]:
        """The filters kept across restarts; not the search text, which is for the moment."""
        return {
            "status_codes": list(self.status_codes),
            "financial": list(self.financial),
            "fulfillment": list(self.fulfillment),
            "include_canceled": self.include_canceled,
            "due_from": self.due_from.isoformat() if self.due_from else None,
            "due_to": self.due_to.isoformat() if self.due_to else None,
            "tags": list(self.tags),
            "due_window": self.due_window.value if self.due_window else None,
            "changed_window": self.changed_window.value if self.changed_window else None,
            "awaiting": self.awaiting,
            "accounts": list(self.accounts),
        }

    @classmethod
    def from_json(cls, data: object) -> ListFilters:
        """Filters as `to_json` wrote them, today or before any key was added; a window this
        version does not know is dropped rather than losing every other choice."""
        if not isinstance(data, dict):
            return cls()
        try:
            return cls(
                status_codes=_texts(data.get("status_codes")),
                financial=_texts(data.get("financial")),
                fulfillment=_texts(data.get("fulfillment")),
                include_canceled=bool(
                    # the key was spelled "include_cancelled" before: keep a saved choice
                    data.get("include_canceled", data.get("include_cancelled", True))
                ),
                due_from=date.fromisoformat(data["due_from"]) if data.get("due_from") else None,
                due_to=date.fromisoformat(data["due_to"]) if data.get("due_to") else None,
                tags=_texts(data.get("tags")),
                due_window=_member(DueWindow, data.get("due_window")),
                changed_window=_member(ChangedWindow, data.get("changed_window")),
                awaiting=bool(data.get("awaiting", False)),
                accounts=_texts(data.get("accounts")),
            )
        except (TypeError, ValueError):
            return cls()


def _texts(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise TypeError("expected a list")
    return tuple(str(x) for x in value)


_E = TypeVar("_E", bound=StrEnum)


def _member(kind: type[_E], value: object) -> _E | None:
    try:
        return kind(value) if isinstance(value, str) else None
    except ValueError:
        return None
