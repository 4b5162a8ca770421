"""Accounts and the rules that change orders (shared by single and queued bulk changes)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from .catalog import Status
from .models import Account, HistoryEvent, MailLog, Order


def now() -> int:
    return int(time.time())


@dataclass
class ListFilters:
    """The filters of `GET /orders`, already validated."""

    search: str | None = None
    status_code: str | None = None
    tags_all: list[str] = field(default_factory=list)
    tags_any: list[str] = field(default_factory=list)
    financial: list[str] = field(default_factory=list)
    fulfillment: list[str] = field(default_factory=list)
    exclude_canceled: bool = False
    due_from: date | None = None
    due_to: date | None = None

    def predicates(self) -> list[Callable[[Order], bool]]:
        tests: list[Callable[[Order], bool]] = []
        if self.search:
            needle = self.search.casefold()
            tests.append(
                lambda o: (
                    needle in o.name.casefold()
                    or needle in o.customer_name.casefold()
                    or needle in o.email.casefold()
                )
            )
        if self.status_code:
            code = self.status_code
            tests.append(lambda o: o.status_code == code)
        if self.tags_all:
            wanted = set(self.tags_all)
            tests.append(lambda o: wanted.issubset(o.tags))
        if self.tags_any:
            anyof = set(self.tags_any)
            tests.append(lambda o: not anyof.isdisjoint(o.tags))
        if self.financial:
            financial = set(self.financial)
            tests.append(lambda o: o.financial_status in financial)
        if self.fulfillment:
            fulfillment = set(self.fulfillment)
            tests.append(lambda o: o.fulfillment_status in fulfillment)
        if self.exclude_canceled:
            tests.append(lambda o: o.canceled_at is None)
        if self.due_from:
            due_from = self.due_from
            tests.append(lambda o: o.due_date is not None and o.due_date >= due_from)
        if self.due_to:
            due_to = self.due_to
            tests.append(lambda o: o.due_date is not None and o.due_date <= due_to)
        return tests


def filter_orders(account: Account, filters: ListFilters) -> list[Order]:
    """Matching orders, newest first (highest id first)."""
    tests = filters.predicates()
    newest_first = reversed(account.orders)
    if not tests:
        return list(newest_first)
    return [order for order in newest_first if all(test(order) for test in tests)]


def find_order(account: Account, raw_id: str | int) -> Order | None:
    """The order of this account with that id; ids that are not plain numbers match nothing."""
    if isinstance(raw_id, str):
        if not raw_id.isascii() or not raw_id.isdigit():
            return None
        raw_id = int(raw_id)
    return account.by_id.get(raw_id)


def lookup(account: Account, number: str, email: str) -> Order | None:
    """By order number or name (`1188` or `#1188`) and customer email (any case)."""
    digits = number.strip().removeprefix("#").strip()
    wanted_email = email.strip().casefold()
    for order in account.orders:
        if order.order_number == digits and order.email.casefold() == wanted_email:
            return order
    return None


@dataclass(frozen=True)
class StatusChange:
    """What one status change asks for; a bulk job applies one per order."""

    status_code: str
    comment: str | None = None
    public: bool = False
    email_customer: bool = True
    email_additional: bool = True  # no additional recipients are configured in the demo
    send_at: int | None = None
    due_date: date | None = None


def apply_status_change(account: Account, order: Order, change: StatusChange) -> HistoryEvent:
    """Set the status, record the event and the customer's email (if public and wanted)."""
    status: Status = account.status_by_code[change.status_code]
    moment = now()
    history = order.history  # generate the seeded part before appending to it
    order.status_code = status.code
    order.set_at = moment
    mail = None
    if change.email_customer and status.public:
        scheduled = change.send_at is not None and change.send_at > moment
        mail = MailLog(
            to=order.email,
            subject=f"Order {order.name} {status.display_name}",
            delivery_status="Scheduled" if scheduled else "Sent",
        )
    event = HistoryEvent(
        event="STATUS_CHANGE",
        created_at=moment,
        status_code=status.code,
        comment=change.comment,
        comment_is_public=bool(change.comment) and change.public,
        mail_log=mail,
    )
    history.append(event)
    if change.due_date is not None:
        order.due_date = change.due_date
        if order.due_date_to is not None and order.due_date_to <= change.due_date:
            order.due_date_to = None
    return event


def add_comment(order: Order, comment: str, public: bool) -> HistoryEvent:
    event = HistoryEvent("COMMENT", now(), None, comment, public, None)
    order.history.append(event)
    return event


def set_due_date(order: Order, due_date: date | None, due_date_to: date | None) -> None:
    """The request sets the whole due date: a missing `due_date_to` clears the range."""
    order.due_date = due_date
    order.due_date_to = due_date_to if due_date is not None else None
