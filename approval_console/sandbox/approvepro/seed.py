"""Deterministic demo data: same seed and anchor date, same shop.

Order rows are generated eagerly in one pass (cheap); each order's history is generated from
its own seeded RNG on first access, so that 100,000 orders start in about a second.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import random
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from . import catalog
from .catalog import Status
from .models import Account, HistoryEvent, MailLog, Order

HISTORY_SPAN = timedelta(days=548)  # about 18 months of orders
DAY = 86_400
EPOCH_DAY = date(1970, 1, 1)


@dataclass(frozen=True)
class AccountSpec:
    """What distinguishes one demo account from another."""

    api_key: str
    name: str
    time_zone: str
    due_date_ranges: bool
    statuses: tuple[Status, ...]
    first_number: int
    first_id: int


WORKSHOP = AccountSpec(
    api_key="demo-approvepro",
    name="Northwind Workshop",
    time_zone="Europe/London",
    due_date_ranges=True,
    statuses=catalog.WORKSHOP_STATUSES,
    first_number=1001,
    first_id=6_110_375_000_000,
)
KILN = AccountSpec(
    api_key="demo-approvepro-basic",
    name="Little Kiln Pottery",
    time_zone="America/New_York",
    due_date_ranges=False,
    statuses=catalog.KILN_STATUSES,
    first_number=1001,
    first_id=5_204_118_000_000,
)


def build_account(spec: AccountSpec, count: int, seed: int, anchor: datetime) -> Account:
    """Generate `count` orders created over the 18 months before `anchor` (a UTC instant)."""
    rng = random.Random(f"{seed}:{spec.api_key}:orders")
    zone = ZoneInfo(spec.time_zone)
    end = int(anchor.timestamp())
    history = _HistoryMaker(spec.statuses, seed, spec.api_key, end)
    start = end - int(HISTORY_SPAN.total_seconds())
    step = (end - start) / max(count, 1)
    order_id = spec.first_id + rng.randint(0, 999_999)
    customers: list[tuple[str, str, str]] = []
    orders: list[Order] = []
    for index in range(count):
        order_id += rng.randint(2_000, 60_000)
        created = start + int((index + rng.random() * 0.9) * step)
        if customers and rng.random() < 0.12:
            name, email, locale = rng.choice(customers)
        else:
            name, email, locale = _customer(rng)
            customers.append((name, email, locale))
        orders.append(
            _order(rng, spec, history, end, index, order_id, created, name, email, locale)
        )
    return Account(
        api_key=spec.api_key,
        name=spec.name,
        time_zone=zone,
        due_date_ranges=spec.due_date_ranges,
        statuses=spec.statuses,
        orders=orders,
    )


def _order(
    rng: random.Random,
    spec: AccountSpec,
    history: _HistoryMaker,
    end: int,
    index: int,
    order_id: int,
    created: int,
    name: str,
    email: str,
    locale: str,
) -> Order:
    age = end - created
    age_days = age // DAY
    tags = _tags(rng)
    canceled_at = None
    if rng.random() < 0.05:
        canceled_at = created + int(min(age, 20 * DAY) * rng.uniform(0.05, 1))
    status_code = None
    set_at = None
    if rng.random() >= 0.03:
        allowed = history.allowed(tags)
        current = _progress(rng, len(allowed), age_days)
        status_code = allowed[current].code
        typical = int((2 + 3 * current) * DAY * rng.uniform(0.2, 1.2))
        set_at = created + min(int(age * 0.95), max(300, typical))
    last_code = spec.statuses[-1].code
    fulfillment = _fulfillment(rng, status_code == last_code, canceled_at is not None)
    financial = _financial(rng, canceled_at is not None)
    due_date = due_date_to = None
    if rng.random() < 0.4:
        # Orders are placed in the shop's day; the UTC day is close enough for a due date.
        due_date = EPOCH_DAY + timedelta(days=created // DAY + rng.randint(5, 40))
        if spec.due_date_ranges and rng.random() < 0.3:
            due_date_to = due_date + timedelta(days=rng.randint(1, 6))
    if status_code is None:
        history_count = rng.randint(0, 3) or 1
    else:
        history_count = min(12, 1 + int(rng.expovariate(1 / 3)))
    return Order(
        id=order_id,
        number=spec.first_number + index,
        customer_name=name,
        email=email,
        locale=locale,
        tags=tags,
        financial_status=financial,
        fulfillment_status=fulfillment,
        created_at=created,
        canceled_at=canceled_at,
        status_code=status_code,
        set_at=set_at,
        due_date=due_date,
        due_date_to=due_date_to,
        seeded_history_count=history_count,
        history_factory=history,
    )


def _progress(rng: random.Random, steps: int, age_days: int) -> int:
    """How far along its workflow an order is: old orders are mostly finished."""
    if age_days >= 35:
        if rng.random() < 0.85:
            return steps - 1
        return min(steps - 1, int(steps * (0.5 + rng.random() / 2)))
    return min(steps - 1, int(steps * rng.random() * (0.3 + age_days / 50)))


def _customer(rng: random.Random) -> tuple[str, str, str]:
    locale = _weighted(rng, catalog.LOCALE_WEIGHTS)
    # Some customers of every locale have English-sounding names and vice versa.
    name_locale = locale if rng.random() < 0.85 else "en"
    first = rng.choice(catalog.FIRST_NAMES[name_locale])
    last = rng.choice(catalog.LAST_NAMES[name_locale])
    first_ascii, last_ascii = _ascii(first), _ascii(last)
    pattern = rng.randrange(6)
    if pattern == 0:
        local = f"{first_ascii}.{last_ascii}"
    elif pattern == 1:
        local = f"{first_ascii}{last_ascii[0]}"
    elif pattern == 2:
        local = f"{first_ascii[0]}{last_ascii}"
    elif pattern == 3:
        local = f"{first_ascii}{rng.randint(1, 99)}"
    elif pattern == 4:
        local = f"{first_ascii}_{last_ascii}{rng.randint(70, 99)}"
    else:
        local = f"{last_ascii}.{first_ascii}"
    domain = rng.choice(catalog.EMAIL_DOMAINS[locale])
    return f"{first} {last}", f"{local}@{domain}", locale


@functools.cache
def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def _tags(rng: random.Random) -> tuple[str, ...]:
    tags = [tag for tag, weight in catalog.TAGS_WEIGHTED if rng.random() * 100 < weight]
    if any(tag.startswith("commercial-") for tag in tags) and "commercial" not in tags:
        tags.insert(0, "commercial")
    return tuple(tags)


def _fulfillment(rng: random.Random, shipped: bool, canceled: bool) -> str:
    if canceled:
        return "restocked" if rng.random() < 0.4 else "unfulfilled"
    if shipped:
        return "partial" if rng.random() < 0.06 else "fulfilled"
    return "partial" if rng.random() < 0.08 else "unfulfilled"


def _financial(rng: random.Random, canceled: bool) -> str:
    if canceled:
        return _weighted(rng, (("voided", 4), ("refunded", 5), ("partially_refunded", 1)))
    return _weighted(
        rng,
        (
            ("paid", 74),
            ("pending", 6),
            ("authorized", 5),
            ("partially_paid", 6),
            ("unpaid", 4),
            ("partially_refunded", 3),
            ("refunded", 2),
        ),
    )


def _weighted(rng: random.Random, choices: tuple[tuple[str, int], ...]) -> str:
    values, cumulative = _cumulative(choices)
    return values[bisect.bisect(cumulative, rng.random() * cumulative[-1])]


@functools.cache
def _cumulative(choices: tuple[tuple[str, int], ...]) -> tuple[tuple[str, ...], list[int]]:
    return tuple(value for value, _ in choices), list(itertools.accumulate(w for _, w in choices))


def anchor_instant(anchor_date: date | None) -> datetime:
    """Data ends at midnight UTC of the anchor date (today by default): stable for a day."""
    day = anchor_date or datetime.now(UTC).date()
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


class _HistoryMaker:
    """Builds an order's seeded history: status changes along the workflow, comments between."""

    def __init__(self, statuses: tuple[Status, ...], seed: int, salt: str, end: int) -> None:
        self.statuses = statuses
        self.end = end
        self.by_code = {status.code: status for status in statuses}
        self.seed = seed
        self.salt = salt
        self._allowed: dict[tuple[str, ...], tuple[Status, ...]] = {}

    def allowed(self, tags: tuple[str, ...]) -> tuple[Status, ...]:
        """The workflow an order with these tags goes through."""
        found = self._allowed.get(tags)
        if found is None:
            found = tuple(status for status in self.statuses if status.allowed_for(tags))
            self._allowed[tags] = found
        return found

    def __call__(self, order: Order) -> list[HistoryEvent]:
        rng = random.Random(f"{self.seed}:{self.salt}:{order.id}:history")
        count = order.seeded_history_count
        if order.status_code is None or order.set_at is None:
            end = min(order.created_at + int(rng.uniform(0.5, 20) * DAY), self.end)
            times = sorted(_between(rng, order.created_at, end) for _ in range(count))
            return [self._comment(rng, moment) for moment in times]
        path = self.allowed(order.tags)
        current = next(i for i, s in enumerate(path) if s.code == order.status_code)
        earlier = path[:current]
        changes = min(len(earlier), count - 1, rng.randint(0, len(earlier)))
        steps = sorted(rng.sample(range(len(earlier)), changes))
        if earlier and changes and 0 not in steps:
            steps[0] = 0  # a real workflow starts at its first status
            steps = sorted(set(steps))
        kinds = ["S"] * len(steps) + ["C"] * (count - 1 - len(steps))
        rng.shuffle(kinds)
        times = sorted(_between(rng, order.created_at, order.set_at) for _ in kinds)
        events: list[HistoryEvent] = []
        step_iter = iter(steps)
        for kind, moment in zip(kinds, times, strict=True):
            if kind == "S":
                events.append(self._change(rng, order, earlier[next(step_iter)], moment))
            else:
                events.append(self._comment(rng, moment))
        events.append(self._change(rng, order, path[current], order.set_at))
        return events

    def _change(
        self, rng: random.Random, order: Order, status: Status, moment: int
    ) -> HistoryEvent:
        comment, public = None, False
        if rng.random() < 0.35:
            public = rng.random() < 0.5
            comment = rng.choice(catalog.PUBLIC_COMMENTS if public else catalog.STAFF_COMMENTS)
        mail = None
        if status.public and rng.random() < 0.75:
            mail = MailLog(
                to=order.email,
                subject=f"Order {order.name} {status.display_name}",
                delivery_status=_weighted(rng, catalog.MAIL_DELIVERY_STATUSES),
            )
        return HistoryEvent("STATUS_CHANGE", moment, status.code, comment, public, mail)

    def _comment(self, rng: random.Random, moment: int) -> HistoryEvent:
        public = rng.random() < 0.3
        text = rng.choice(catalog.PUBLIC_COMMENTS if public else catalog.STAFF_COMMENTS)
        return HistoryEvent("COMMENT", moment, None, text, public, None)


def _between(rng: random.Random, start: int, end: int) -> int:
    return start + int((end - start) * rng.random())


def place_orders(account: Account, count: int, moment: int) -> list[Order]:
    """`count` orders placed at `moment`, newer (higher ids and numbers) than every other:
    copies of the newest order's row, awaiting their first status change."""
    newest = account.orders[-1]
    added: list[Order] = []
    for offset in range(1, count + 1):
        order = replace(
            newest,
            id=newest.id + offset * 1_000,
            number=newest.number + offset,
            created_at=moment,
            canceled_at=None,
            set_at=moment if newest.status_code else None,
            history_factory=None,
            _history=[],
        )
        added.append(order)
    account.orders.extend(added)
    account.by_id.update((order.id, order) for order in added)
    return added
