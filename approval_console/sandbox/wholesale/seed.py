"""Deterministic demo data: same seed and anchor date, same portal.

Each order gets a planned lifecycle (placed, confirmed, shipped, delivered, or canceled on the
way); only the steps before the anchor have happened. So young orders are pending or confirmed,
and orders of the last days carry recent `updated_at` values, which makes delta syncs realistic.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time

from . import catalog
from .models import Customer, Item, Order, Person, Portal, Shipment, StatusChange

API_KEY = "demo-wholesale"
TENANT_ID = 4821
ORDER_COUNT = 400
CUSTOMER_COUNT = 45
FIRST_ORDER_ID = 1001
SPAN_DAYS = 365
HOUR = 3_600
DAY = 86_400


def anchor_instant(anchor_date: date | None) -> datetime:
    """Data ends at midnight UTC of the anchor date (today by default): stable for a day."""
    day = anchor_date or datetime.now(UTC).date()
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def build_portal(seed: int, anchor: datetime) -> Portal:
    rng = random.Random(f"{seed}:wholesale")
    end = int(anchor.timestamp())
    people: dict[int, Person] = {pid: Person(pid, name, "staff") for pid, name in catalog.STAFF}
    people[catalog.SYSTEM_ID] = Person(catalog.SYSTEM_ID, catalog.SYSTEM_NAME, "system")
    customers, buyers = _customers(rng, people)
    maker = _OrderMaker(rng, end, people)
    orders = []
    for index in range(ORDER_COUNT):
        # Busier lately (a growing portal): about a fifth of the year's orders in its last month.
        position = (index + rng.random() * 0.9) / ORDER_COUNT
        created = end - int(SPAN_DAYS * DAY * (1 - position) ** 1.6)
        customer = rng.choice(customers)
        buyer = rng.choice(buyers[customer.id])
        orders.append(maker.order(FIRST_ORDER_ID + index, customer, buyer, created))
    return Portal(API_KEY, TENANT_ID, orders, people)


def _customers(
    rng: random.Random, people: dict[int, Person]
) -> tuple[list[Customer], dict[int, list[Person]]]:
    names = [f"{word} {kind}" for word in catalog.FIRM_WORDS for kind in catalog.FIRM_KINDS]
    chosen = rng.sample(names, CUSTOMER_COUNT)
    customers: list[Customer] = []
    buyers: dict[int, list[Person]] = {}
    codes: set[str] = set()
    user_id = 70
    for index, name in enumerate(sorted(chosen)):
        words = [word for word in name.upper().split(" ") if word.isalpha()]
        letters = words[0][:4] + words[-1][:2]
        code = letters
        suffix = 2
        while code in codes:
            code = f"{letters}{suffix}"
            suffix += 1
        codes.add(code)
        domain = "".join(ch for ch in name.lower() if ch.isalnum())[:18] + ".example.com"
        customer = Customer(55 + index * 3, name, code, f"buyer@{domain}")
        customers.append(customer)
        buyers[customer.id] = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            user_id += rng.randint(1, 4)
            first = rng.choice(catalog.FIRST_NAMES)
            last = rng.choice(catalog.LAST_NAMES)
            person = Person(user_id, f"{first} {last}", "buyer")
            people[user_id] = person
            buyers[customer.id].append(person)
    return customers, buyers


class _OrderMaker:
    """Builds orders one by one with running ids for items, shipments and history lines."""

    def __init__(self, rng: random.Random, end: int, people: dict[int, Person]) -> None:
        self.rng = rng
        self.end = end
        self.staff = [people[pid] for pid, _ in catalog.STAFF]
        self.system = people[catalog.SYSTEM_ID]
        self.item_id = 50_000
        self.shipment_id = 9_000
        self.history_id = 1

    def order(self, order_id: int, customer: Customer, buyer: Person, created: int) -> Order:
        rng = self.rng
        items = self._items()
        subtotal = sum(item.qty * item.unit_price for item in items)
        discount = round(subtotal * 0.05, 2) if customer.id % 4 == 0 else 0.0
        shipping = 0.0 if subtotal >= 1000 else float(rng.choice((25, 35, 45, 60, 95)))
        po_number = None
        if rng.random() < 0.7:
            po_number = f"PO-{rng.randint(1000, 99999)}"
        elif rng.random() < 0.3:
            po_number = f"{customer.code}-{rng.randint(100, 999)}"
        order = Order(
            id=order_id,
            customer=customer,
            user_id=buyer.id,
            currency="USD",
            status="pending",
            po_number=po_number,
            notes=rng.choice(catalog.NOTES) if rng.random() < 0.3 else None,
            discount_total=discount,
            shipping_total=shipping,
            placed_at=None,
            created_at=created,
            updated_at=created,
            items=items,
        )
        self._lifecycle(order, buyer)
        if rng.random() < 0.04:
            # Someone edited an old order lately: a recent update with no status change.
            edited = self.end - rng.randint(HOUR, 3 * DAY)
            if edited > order.updated_at:
                order.notes = rng.choice(catalog.NOTES)
                order.updated_at = edited
        return order

    def _items(self) -> list[Item]:
        rng = self.rng
        items = []
        for sku, name, price, case in rng.sample(catalog.PRODUCTS, rng.randint(1, 7)):
            self.item_id += 1
            qty = case * rng.randint(1, 12)
            discount = round(qty * price * 0.1, 2) if rng.random() < 0.1 else 0.0
            tax = round((qty * price - discount) * catalog.TAX_RATE, 2)
            items.append(Item(self.item_id, sku, name, qty, price, discount, tax))
        return items

    def _lifecycle(self, order: Order, buyer: Person) -> None:
        """Apply the planned steps that happened before the anchor."""
        rng = self.rng
        placed = order.created_at + rng.randint(60, 45 * 60)
        plan: list[tuple[int, str, Person, str | None]] = [(placed, "pending", buyer, None)]
        confirmed = placed + rng.randint(HOUR, 3 * DAY)
        if self.end - order.created_at < 45 * DAY and rng.random() < 0.15:
            pass  # held for review: still waiting for someone to confirm it
        elif rng.random() < 0.07:
            cancel_at = placed + rng.randint(2 * HOUR, 3 * DAY)
            who = buyer if rng.random() < 0.4 else rng.choice(self.staff)
            if cancel_at > confirmed:
                plan.append((confirmed, "confirmed", rng.choice(self.staff), None))
            plan.append((cancel_at, "canceled", who, rng.choice(catalog.STAFF_NOTES)))
        else:
            shipped = confirmed + rng.randint(DAY // 2, 4 * DAY)
            delivered = shipped + rng.randint(2 * DAY, 7 * DAY)
            note = rng.choice(catalog.STAFF_NOTES) if rng.random() < 0.25 else None
            plan += [
                (confirmed, "confirmed", rng.choice(self.staff), note),
                (shipped, "shipped", rng.choice(self.staff), None),
                (delivered, "completed", self.system, None),
            ]
        previous = None
        for moment, status, who, note in plan:
            if moment > self.end:
                break
            if status == "pending":
                order.placed_at = moment
            elif status == "shipped":
                self._ship(order, moment)
            elif status == "completed":
                for shipment in order.shipments:
                    shipment.status = "delivered"
                    shipment.delivered_at = moment - rng.randint(0, 6 * HOUR)
            order.status_history.append(
                StatusChange(self.history_id, previous, status, who, moment, note)
            )
            self.history_id += 1
            order.status = status
            order.updated_at = moment
            previous = status

    def _ship(self, order: Order, moment: int) -> None:
        rng = self.rng
        for part in range(2 if rng.random() < 0.15 else 1):
            self.shipment_id += 1
            carrier, service = rng.choice(catalog.CARRIERS)
            order.shipments.append(
                Shipment(
                    id=self.shipment_id,
                    carrier=carrier,
                    service=service,
                    tracking_number=_tracking(rng, carrier),
                    status="in_transit",
                    shipped_at=min(moment + part * rng.randint(HOUR, DAY), self.end),
                    delivered_at=None,
                    package_count=rng.randint(1, 6),
                )
            )


def _tracking(rng: random.Random, carrier: str) -> str:
    if carrier == "UPS":
        return "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
    if carrier == "FedEx":
        return str(rng.randint(10**11, 10**12 - 1))
    if carrier == "USPS":
        return "9400" + str(rng.randint(10**17, 10**18 - 1))
    return str(rng.randint(10**9, 10**10 - 1))
