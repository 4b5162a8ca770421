"""Deterministic demo data: ~120 orders in every state and ~40 contacts, ending at the anchor.

Ids are fixed ranges (orders 301-420, contacts 1-40) so that the document's examples (order
302, contact 32) exist; their contents depend on the seed.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from .models import (
    APPROVED,
    AWAITING_APPROVAL,
    CANCELED,
    EXPIRED,
    PENDING,
    Contact,
    Order,
    Platform,
)

USERNAME = "demo"
PASSWORD = "demo-arlo"
CONTACT_COUNT = 40
ORDER_COUNT = 120
FIRST_ORDER_ID = 301
CURRENCY = "AUD"
GST = Decimal("0.10")
DAY = 86_400
SPAN_DAYS = 180

FIRST = (
    "Aroha",
    "Ben",
    "Charlotte",
    "Daniel",
    "Ella",
    "Finn",
    "Georgia",
    "Hemi",
    "Isla",
    "Jack",
    "Kate",
    "Liam",
    "Mere",
    "Noah",
    "Olivia",
    "Priya",
    "Quinn",
    "Ruby",
    "Sam",
    "Tama",
    "Zara",
    "Wiremu",
    "Grace",
    "Lucas",
)
LAST = (
    "Anderson",
    "Brown",
    "Chen",
    "Davies",
    "Edwards",
    "Fraser",
    "Green",
    "Harris",
    "Ngata",
    "Patel",
    "Roberts",
    "Smith",
    "Taylor",
    "Walker",
    "Wilson",
    "Young",
    "Kaur",
    "Nguyen",
    "Parata",
    "Thompson",
)
ORGANISATIONS = (
    "Tasman Health",
    "Southern Cross Logistics",
    "Kiwi Build Ltd",
    "Harbourside Council",
    "Aotearoa Energy",
    "Coral Coast Hotels",
    None,
    None,
)
# Course fees of the platform's events, as sold (excluding GST).
FEES = ("395.00", "495.00", "650.00", "795.00", "1190.00", "1450.00", "2250.00")


def anchor_instant(anchor_date: date | None) -> datetime:
    """Data ends at midnight UTC of the anchor date (today by default): stable for a day."""
    day = anchor_date or datetime.now(UTC).date()
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def build_platform(seed: int, anchor: datetime) -> Platform:
    rng = random.Random(f"{seed}:arlo")
    end = anchor.timestamp()
    contacts = {c.contact_id: c for c in (_contact(rng, i + 1, end) for i in range(CONTACT_COUNT))}
    orders: dict[int, Order] = {}
    step = SPAN_DAYS * DAY / ORDER_COUNT
    for index in range(ORDER_COUNT):
        created = end - SPAN_DAYS * DAY + (index + rng.random() * 0.9) * step
        order = _order(rng, FIRST_ORDER_ID + index, created, end, list(contacts))
        orders[order.order_id] = order
    return Platform(USERNAME, PASSWORD, contacts, orders)


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _contact(rng: random.Random, contact_id: int, end: float) -> Contact:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    organisation = rng.choice(ORGANISATIONS)
    domain = (organisation or "mail").lower().replace(" ", "")[:16] + ".example.co.nz"
    created = end - rng.uniform(200, 900) * DAY
    return Contact(
        contact_id=contact_id,
        unique_identifier=_guid(rng),
        first_name=first,
        last_name=last,
        email=f"{first.lower()}.{last.lower()}@{domain}",
        code=f"C{contact_id:05d}",
        phone=f"+64 9 {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
        organisation=organisation,
        created=created,
        modified=created + rng.uniform(0, end - created),
    )


def _order(
    rng: random.Random, order_id: int, created: float, end: float, contact_ids: list[int]
) -> Order:
    age_days = (end - created) / DAY
    seats = rng.choice((1, 1, 1, 2, 3, 5))
    sub_total = Decimal(rng.choice(FEES)) * seats
    due = datetime.fromtimestamp(created, UTC) + timedelta(days=rng.choice((7, 14, 20, 30)))
    order = Order(
        order_id=order_id,
        unique_identifier=_guid(rng),
        code=f"ORD-{order_id}",
        status=AWAITING_APPROVAL,
        sub_total=sub_total,
        total_tax=(sub_total * GST).quantize(Decimal("0.01")),
        currency=CURRENCY,
        due_date=due.date() if rng.random() < 0.85 else None,
        bill_to_contact_id=rng.choice(contact_ids),
        created=created,
        modified=created,
    )
    roll = rng.random()
    if age_days < 21:
        status = AWAITING_APPROVAL if roll < 0.45 else PENDING if roll < 0.75 else APPROVED
    elif age_days < 60:
        weights: tuple[tuple[str, float], ...] = (
            (AWAITING_APPROVAL, 0.15),
            (PENDING, 0.3),
            (APPROVED, 0.75),
            (CANCELED, 1),
        )
        status = next(name for name, limit in weights if roll < limit)
    else:
        weights = ((APPROVED, 0.65), (CANCELED, 0.8), (EXPIRED, 1.0))
        status = next(name for name, limit in weights if roll < limit)
    order.status = status
    if status != AWAITING_APPROVAL:
        order.modified = min(end - 60, created + rng.uniform(0.1, 12) * DAY)
    if status == APPROVED:
        order.approved = order.modified
        if rng.random() < 0.6:
            order.approved_by_contact_id = rng.choice(contact_ids)
        else:
            order.approved_by_user = USERNAME
    return order
