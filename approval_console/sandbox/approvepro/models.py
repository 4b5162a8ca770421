"""State of one ApprovePro account: its orders and their histories."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from .catalog import Status


@dataclass
class MailLog:
    to: str
    subject: str
    delivery_status: str


@dataclass
class HistoryEvent:
    """One entry of an order's history; `status_code` is set for STATUS_CHANGE events."""

    event: str  # "STATUS_CHANGE" | "COMMENT"
    created_at: int  # epoch seconds (cheaper than datetimes for 100k orders)
    status_code: str | None = None
    comment: str | None = None
    comment_is_public: bool = False
    mail_log: MailLog | None = None


@dataclass(slots=True)
class Order:
    """An order; its history is generated on first access so that 100k orders start fast."""

    id: int
    number: int
    customer_name: str
    email: str
    locale: str
    tags: tuple[str, ...]
    financial_status: str
    fulfillment_status: str
    created_at: int  # epoch seconds, like every instant here
    canceled_at: int | None
    status_code: str | None
    set_at: int | None
    due_date: date | None
    due_date_to: date | None
    seeded_history_count: int
    history_factory: Callable[[Order], list[HistoryEvent]] | None = None
    _history: list[HistoryEvent] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return f"#{self.number}"

    @property
    def order_number(self) -> str:
        return str(self.number)

    @property
    def history(self) -> list[HistoryEvent]:
        """Chronological (oldest first); generated deterministically on first access."""
        if self._history is None:
            factory = self.history_factory
            self._history = factory(self) if factory is not None else []
        return self._history

    @property
    def history_count(self) -> int:
        if self._history is None:
            return self.seeded_history_count
        return len(self._history)


@dataclass
class Account:
    """One API key's shop: its settings, statuses in workflow order and orders (ascending id)."""

    api_key: str
    name: str
    time_zone: ZoneInfo
    due_date_ranges: bool
    statuses: tuple[Status, ...]
    orders: list[Order]
    by_id: dict[int, Order] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id = {order.id: order for order in self.orders}
        self.status_by_code = {status.code: status for status in self.statuses}
        self.position = {status.code: index for index, status in enumerate(self.statuses)}

    def viable_statuses(self, order: Order) -> list[Status]:
        """Statuses the order may move to: allowed by its tags, not its current one."""
        return [
            status
            for status in self.statuses
            if status.code != order.status_code and status.allowed_for(order.tags)
        ]

    def is_viable(self, order: Order, code: str) -> bool:
        status = self.status_by_code.get(code)
        return status is not None and code != order.status_code and status.allowed_for(order.tags)
