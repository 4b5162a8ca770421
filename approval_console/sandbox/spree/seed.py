"""Deterministic demo store: ~200 orders over four months, many recent ones held as risky.

Risky orders are what an approval console is for: Spree flags them (`considered_risky`) and
holds their shipments until an admin approves them.
"""

from __future__ import annotations

import dataclasses
import random
import string
from datetime import UTC, date, datetime, time
from decimal import Decimal

from .models import (
    Address,
    Customer,
    Fulfillment,
    LineItem,
    Market,
    Order,
    Payment,
    Refund,
    Store,
)
from .statuses import in_60_words
from .versions import SPREE_56, SpreeVersion

SECRET_KEY = "sk_demo_spree"
PUBLISHABLE_KEY = "pk_demo_spree"
ORDER_COUNT = 200
SPAN_DAYS = 120
DAY = 86_400
ALPHABET = string.ascii_letters + string.digits

# (name, options, price, cost)
PRODUCTS = (
    ("Linen Shirt", "Size: M", "58.0", "21.0"),
    ("Linen Shirt", "Size: L", "58.0", "21.0"),
    ("Denim Jacket", "Size: S", "129.0", "48.0"),
    ("Wool Beanie", "Color: Charcoal", "24.0", "7.5"),
    ("Canvas Tote", "Color: Natural", "32.0", "9.0"),
    ("Leather Belt", "Size: 34", "45.0", "14.0"),
    ("Merino Sweater", "Size: M", "96.0", "37.0"),
    ("Chino Trousers", "Size: 32/32", "74.0", "26.0"),
    ("Rain Shell", "Size: L", "149.0", "61.0"),
    ("Cotton Socks 3-pack", "Size: 43-46", "18.0", "4.2"),
    ("Silk Scarf", "Color: Indigo", "65.0", "19.0"),
    ("Sneakers", "Size: 42", "110.0", "44.0"),
)
FIRST = (
    "Roland",
    "Viki",
    "Angelic",
    "Eleanor",
    "Marta",
    "Jonas",
    "Chloé",
    "Lena",
    "Tariq",
    "Sofia",
    "Mason",
    "Yuki",
    "Ines",
    "Oscar",
    "Priya",
    "Hugo",
    "Nora",
    "Felix",
)
LAST = (
    "Bashirian",
    "Reichel",
    "Moore",
    "Zulauf",
    "Schmidt",
    "Dupont",
    "Hughes",
    "Novak",
    "Costa",
    "Berg",
    "Okoye",
    "Ivanova",
    "Larsen",
    "Moreau",
    "Ahmed",
    "Keller",
)
DOMAINS = ("example.com", "mail.example.net", "example.org")
CITIES = {
    "US": (("Austin", "TX", "78701"), ("Portland", "OR", "97205"), ("Denver", "CO", "80202")),
    "DE": (("Berlin", None, "10115"), ("Hamburg", None, "20095")),
    "FR": (("Lyon", None, "69002"), ("Paris", None, "75011")),
    "GB": (("London", None, "EC1A 1BB"), ("Leeds", None, "LS1 4AP")),
}
STREETS = (
    "Market Street",
    "Elm Avenue",
    "Hauptstraße",
    "Rue du Bac",
    "High Street",
    "Mill Lane",
    "Oak Road",
)
TAGS = ("vip", "wholesale", "gift", "first-order", "manual-review")


def anchor_instant(anchor_date: date | None) -> datetime:
    """Data ends at midnight UTC of the anchor date (today by default): stable for a day."""
    day = anchor_date or datetime.now(UTC).date()
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def build_store(seed: int, anchor: datetime, version: SpreeVersion = SPREE_56) -> Store:
    """The same orders for every release (same seed, same data); only the words differ."""
    rng = random.Random(f"{seed}:spree")
    end = anchor.timestamp()
    ids = _Ids(rng)
    markets = _markets(ids, end)
    admin_id = ids.new("admin")
    customers = [_customer(rng, ids, end) for _ in range(120)]
    maker = _OrderMaker(rng, ids, end, admin_id)
    orders = []
    step = SPAN_DAYS * DAY / ORDER_COUNT
    for index in range(ORDER_COUNT):
        created = end - SPAN_DAYS * DAY + (index + rng.random() * 0.9) * step
        market = rng.choices(markets, weights=(75, 15, 10))[0]
        orders.append(maker.order(index, created, rng.choice(customers), market))
    channel_id = ids.new("ch")
    for order in orders:
        order.channel_id = channel_id
        if not version.has_state:
            in_60_words(order, end)
    return Store(SECRET_KEY, PUBLISHABLE_KEY, version, admin_id, channel_id, orders)


class _Ids:
    """Spree's prefixed ids (`or_UkLWZg9DAJ`): unique, from the seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, prefix: str) -> str:
        while True:
            value = f"{prefix}_" + "".join(self.rng.choice(ALPHABET) for _ in range(10))
            if value not in self.used:
                self.used.add(value)
                return value


def _markets(ids: _Ids, end: float) -> list[Market]:
    created = end - 400 * DAY
    return [
        Market(ids.new("mkt"), "United States", "USD", "en", ("US",), False, True, created),
        Market(ids.new("mkt"), "Europe", "EUR", "de", ("DE", "FR"), True, False, created),
        Market(ids.new("mkt"), "United Kingdom", "GBP", "en", ("GB",), True, False, created),
    ]


def _customer(rng: random.Random, ids: _Ids, end: float) -> Customer:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = f"{first}_{last}".lower().replace("é", "e")
    return Customer(
        ids.new("cust"),
        f"{local}@{rng.choice(DOMAINS)}",
        first,
        last,
        end - rng.uniform(130, 700) * DAY,
    )


class _OrderMaker:
    def __init__(self, rng: random.Random, ids: _Ids, end: float, admin_id: str) -> None:
        self.rng = rng
        self.ids = ids
        self.end = end
        self.admin_id = admin_id

    def order(self, index: int, created: float, customer: Customer, market: Market) -> Order:
        rng = self.rng
        age_days = (self.end - created) / DAY
        country = rng.choice(market.country_codes)
        address = self._address(customer, country)
        items = self._items(created)
        item_total = sum((item.total for item in items), Decimal(0))
        cent = Decimal("0.01")
        delivery = Decimal(0) if item_total >= 150 else Decimal(rng.choice(("5.0", "9.0", "15.0")))
        tax = Decimal(0)
        if not market.tax_inclusive:
            tax = (item_total * Decimal("0.0825")).quantize(cent)
        discount = Decimal(0)
        if rng.random() < 0.15:
            discount = (item_total * Decimal("0.1")).quantize(cent)
        order = Order(
            id=self.ids.new("or"),
            sequence=index,
            number=f"R{rng.randint(100_000_000, 999_999_999)}",
            email=customer.email,
            customer=customer,
            market=market,
            locale=market.default_locale if country != "FR" else "fr",
            state="complete",
            considered_risky=False,
            items=items,
            delivery_total=delivery,
            tax_total=tax,
            discount_total=discount,
            payment_status=None,
            fulfillment_status=None,
            billing_address=address,
            shipping_address=address,
            created_at=created,
            updated_at=created,
            last_ip_address=f"203.0.113.{rng.randint(1, 254)}",
            customer_note=rng.choice((None, None, None, "Please gift wrap", "Leave at the door")),
            tags=[rng.choice(TAGS)] if rng.random() < 0.2 else [],
        )
        # Checkout saved the address with the order (one record for billing and shipping).
        saved = dataclasses.replace(address, id=f"addr_{order.id[3:]}", created_at=created)
        order.billing_address = order.shipping_address = saved
        roll = rng.random()
        if roll < 0.06:
            order.state = rng.choice(("cart", "address", "payment"))
            return order
        order.completed_at = min(self.end - 60, created + rng.uniform(120, 3_600))
        order.updated_at = order.completed_at
        risky_chance = 0.7 if age_days < 21 else 0.4
        if roll < 0.13 and age_days > 3:
            self._complete(order, paid=True, shipped=False)
            self._cancel(order)
        elif rng.random() < risky_chance:
            order.considered_risky = True
            self._complete(order, paid=rng.random() < 0.3, shipped=False)
            if age_days > 10 and rng.random() < 0.45:
                # Reviewed since: an admin approved it and it went out.
                order.considered_risky = False
                order.approved_at = order.completed_at + rng.uniform(0.2, 3) * DAY
                order.approver_id = self.admin_id
                self._complete(order, paid=True, shipped=True, replace=True)
                order.updated_at = max(order.updated_at, order.approved_at)
        else:
            self._complete(order, paid=True, shipped=age_days > rng.uniform(1, 5))
            if order.fulfillment_status == "shipped" and rng.random() < 0.06:
                self._refund(order, partial=rng.random() < 0.6)
        return order

    def _address(self, customer: Customer, country: str) -> Address:
        rng = self.rng
        city, state, postal = rng.choice(CITIES[country])
        street = f"{rng.randint(1, 240)} {rng.choice(STREETS)}"
        phone = f"+{rng.randint(1, 49)} {rng.randint(200, 999)} {rng.randint(1000000, 9999999)}"
        return Address(
            customer.first_name, customer.last_name, street, city, postal, state, country, phone
        )

    def _items(self, created: float) -> list[LineItem]:
        items = []
        for name, options, price, cost in self.rng.sample(PRODUCTS, self.rng.randint(1, 4)):
            items.append(
                LineItem(
                    id=self.ids.new("li"),
                    variant_id=self.ids.new("variant"),
                    name=name,
                    slug=name.lower().replace(" ", "-"),
                    options_text=options,
                    quantity=self.rng.choice((1, 1, 1, 2, 3)),
                    price=Decimal(price),
                    cost_price=Decimal(cost),
                    created_at=created,
                    updated_at=created,
                )
            )
        return items

    def _complete(self, order: Order, *, paid: bool, shipped: bool, replace: bool = False) -> None:
        """Payments and one fulfillment as checkout and the warehouse left them."""
        rng = self.rng
        assert order.completed_at is not None
        when = order.completed_at
        if replace:
            order.payments.clear()
            order.fulfillments.clear()
        status = "completed" if paid else rng.choice(("pending", "pending", "failed"))
        order.payments.append(
            Payment(
                id=self.ids.new("py"),
                number=f"P{rng.randint(10_000_000, 99_999_999)}",
                status=status,
                amount=order.total,
                payment_method_id="pm_demoCard01",
                brand=rng.choice(("visa", "master", "american_express")),
                last4=f"{rng.randint(0, 9999):04d}",
                response_code=f"ch_{rng.getrandbits(48):012x}" if status != "failed" else None,
                created_at=when,
                updated_at=when,
            )
        )
        order.payment_status = {"completed": "paid", "failed": "failed"}.get(status, "balance_due")
        ready = paid and not order.considered_risky
        ship_time = when + rng.uniform(0.3, 3) * DAY
        fulfillment_status = (
            "shipped" if shipped and ship_time < self.end else ("ready" if ready else "pending")
        )
        order.fulfillments.append(
            Fulfillment(
                id=self.ids.new("ful"),
                number=f"H{rng.randint(10_000_000_000, 99_999_999_999)}",
                status=fulfillment_status,
                tracking=f"1Z{rng.getrandbits(60):015X}"
                if fulfillment_status == "shipped"
                else None,
                tracking_carrier="UPS" if fulfillment_status == "shipped" else None,
                cost=order.delivery_total,
                stock_location_id="sloc_mainWh0001",
                fulfilled_at=ship_time if fulfillment_status == "shipped" else None,
                created_at=when,
                updated_at=ship_time if fulfillment_status == "shipped" else when,
                items=[(item.id, item.variant_id, item.quantity) for item in order.items],
            )
        )
        order.fulfillment_status = fulfillment_status
        if fulfillment_status == "shipped":
            order.updated_at = max(order.updated_at, ship_time)

    def _cancel(self, order: Order) -> None:
        assert order.completed_at is not None
        order.state = "canceled"
        order.canceled_at = order.completed_at + self.rng.uniform(0.05, 2) * DAY
        order.canceler_id = self.admin_id
        for payment in order.payments:
            payment.status = "void"
            payment.updated_at = order.canceled_at
        for fulfillment in order.fulfillments:
            fulfillment.status = "canceled"
            fulfillment.updated_at = order.canceled_at
        order.payment_status = "void"
        order.fulfillment_status = "canceled"
        order.updated_at = order.canceled_at

    def _refund(self, order: Order, *, partial: bool) -> None:
        payment = order.payments[0]
        value = order.items[0].total if partial else payment.amount
        moment = min(self.end - 60, order.updated_at + self.rng.uniform(1, 10) * DAY)
        order.refunds.append(
            Refund(
                id=self.ids.new("re"),  # `Spree::Refund` ids are `re_...`
                payment_id=payment.id,
                amount=value,
                reason="Return processing" if partial else "Customer changed mind",
                transaction_id=f"re_{self.rng.getrandbits(48):012x}",
                created_at=moment,
            )
        )
        if not partial:
            order.state = "returned"
        order.payment_status = "credit_owed" if partial else "void"
        order.updated_at = moment
