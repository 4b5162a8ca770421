"""Deterministic demo data: the same seed and anchor date give the same merchants and orders.

Orders span the year before the anchor (midnight UTC of the anchor date). Their states follow
their age: recent ones are still new or awaiting approval, older ones accepted, with invoices
open, funded or closed, shipped in one or two parts; some carry returns, some are canceled.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime, time, timedelta

from . import catalog
from .catalog import MerchantSpec, Place, Product
from .lifecycle import credit_available, default_addresses
from .models import (
    Address,
    CorporateAccount,
    Invoice,
    InvoiceItem,
    InvoiceReturn,
    Merchant,
    Order,
    OrderItem,
    PaymentMethod,
    Shipment,
    ShipmentItem,
    User,
    WebhookEndpoint,
    World,
)

SPAN = timedelta(days=365)
TIGHT_CREDIT_HEADROOM = 500_00  # the second account of each merchant is nearly at its limit


def anchor_instant(anchor_date: date | None) -> datetime:
    """Data ends at midnight UTC of the anchor date (today by default): stable for a day."""
    day = anchor_date or datetime.now(UTC).date()
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def build_world(seed: int, anchor: datetime) -> World:
    world = World()
    for spec in catalog.MERCHANTS:
        _Seeder(world, spec, random.Random(f"{seed}:apruve:{spec.api_key}"), anchor).run()
    return world


class _Seeder:
    """Builds one merchant with its accounts, buyers, orders and invoices."""

    def __init__(
        self, world: World, spec: MerchantSpec, rng: random.Random, anchor: datetime
    ) -> None:
        self.world = world
        self.spec = spec
        self.rng = rng
        self.anchor = anchor
        self.invoice_number = 0
        self.merchant = Merchant(
            id=self.new_id(),
            api_key=spec.api_key,
            name=spec.name,
            email=spec.email,
            web_url=spec.web_url,
            phone=spec.phone,
            remittance_address=Address(
                address_1=f"PO Box {rng.randint(1000, 99999)}",
                address_2=None,
                city=spec.place.city,
                state=spec.place.state,
                postal_code=spec.place.postal_code,
                country_code="US",
                phone_number=spec.phone.replace("-", ""),
                fax_number=None,
                contact_name="Accounts Receivable",
                name=spec.name,
                notes="Remit payments to this lockbox only",
            ),
            invoice_prefix=spec.invoice_prefix,
        )

    def new_id(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def run(self) -> None:
        self.world.merchants[self.merchant.id] = self.merchant
        accounts = [self._account(index) for index in range(self.spec.corporate_accounts)]
        count = self.spec.orders
        for index in range(count):
            # Denser towards the anchor, so that every state has recent orders in it.
            remaining = 1 - (index + self.rng.random() * 0.9) / count
            created = self.anchor - SPAN * remaining**2
            self._order(index, self.rng.choice(accounts), created)
        for index, account in enumerate(accounts):
            headroom = TIGHT_CREDIT_HEADROOM if index == 1 else self.rng.randint(25, 400) * 1000_00
            owed = account.credit_limit_cents - credit_available(self.world, account.id)
            limit = owed + headroom
            if index != 1:
                limit = -(-limit // 1000_00) * 1000_00  # whole thousands of dollars
            account.credit_limit_cents = limit
            self._account_record(index, account)
        endpoint = WebhookEndpoint(
            id=self.new_id(),
            merchant_id=self.merchant.id,
            version="v4",
            url=f"{self.spec.web_url.rstrip('/')}{catalog.WEBHOOK_PATH}",
            auth_header=f"Bearer {self.rng.getrandbits(128):032x}",
        )
        self.world.webhooks[endpoint.id] = endpoint

    # ---- buyers

    def _account(self, index: int) -> CorporateAccount:
        rng = self.rng
        foreign_count = len(catalog.FOREIGN_PLACES) if self.spec.corporate_accounts > 10 else 0
        foreign_index = index - (self.spec.corporate_accounts - foreign_count)
        exemption: str | None = None
        if foreign_index >= 0:
            place, exemption = catalog.FOREIGN_PLACES[foreign_index]
            name = catalog.FOREIGN_COMPANIES[foreign_index]
        else:
            place = rng.choice(catalog.US_PLACES)
            name = f"{rng.choice(catalog.COMPANY_STEMS)} {rng.choice(catalog.COMPANY_KINDS)}"
        domain = "".join(ch for ch in name.split()[0].lower() if ch.isalnum()) + ".example.com"
        people = [self._user(domain) for _ in range(rng.choice((1, 2, 2, 3)))]
        holder = people[0]
        strategy, days = rng.choice(catalog.PAYMENT_TERMS)
        bill_to = self._address(place, name, holder.name)
        ship_to = bill_to
        if rng.random() < 0.5:
            site = place if rng.random() < 0.6 else rng.choice(catalog.US_PLACES[:8])
            ship_to = self._address(site, name, rng.choice(people).name)
        fiscal = None
        if exemption is not None:
            fiscal = self._address(
                catalog.US_PLACES[-1], "Atlantic Fiscal Representation LLC", "Compliance Desk"
            )
        account = CorporateAccount(
            id=self.new_id(),
            merchant_id=self.merchant.id,
            customer_uuid=holder.id,
            name=name,
            payment_term_strategy_name=strategy,
            term_days=days,
            buyer_ids=[person.id for person in people],
            credit_limit_cents=0,
            bill_to=bill_to,
            ship_to=ship_to,
            fiscal_representative=fiscal,
            tax_rate=place.tax_rate,
            tax_exemption_reason=exemption,
            foreign=exemption is not None,
        )
        self.world.accounts[account.id] = account
        return account

    def _account_record(self, index: int, account: CorporateAccount) -> None:
        """Opened a month before its first order; its limit last reviewed in the past month.
        Drawn from the ids, not the random stream, so the orders stay as they were."""
        orders = self.world.orders.values()
        first = min(
            (o.created_at for o in orders if o.corporate_account_id == account.id),
            default=self.anchor - SPAN,
        )
        account.created_at = first - timedelta(days=30)
        account.updated_at = max(account.created_at, self.anchor - timedelta(days=index % 28 + 1))
        digest = hashlib.sha256(account.id.encode()).hexdigest()
        account.creditor_term_id = digest[:32]
        account.payment_method_id = digest[32:] if int(digest[0], 16) % 3 else None

    def _user(self, domain: str) -> User:
        first = self.rng.choice(catalog.FIRST_NAMES)
        last = self.rng.choice(catalog.LAST_NAMES)
        user = User(self.new_id(), f"{first} {last}", f"{first}.{last}@{domain}".lower())
        self.world.users[user.id] = user
        return user

    def _address(self, place: Place, company: str, contact: str) -> Address:
        rng = self.rng
        phone = f"{place.area_code}555{rng.randint(0, 9999):04d}"
        return Address(
            address_1=f"{rng.randint(100, 9899)} {rng.choice(catalog.STREETS)}",
            address_2=rng.choice(catalog.UNITS) or None,
            city=place.city,
            state=place.state,
            postal_code=place.postal_code,
            country_code=place.country_code,
            phone_number=phone,
            fax_number=phone[:-4] + f"{rng.randint(0, 9999):04d}" if rng.random() < 0.3 else None,
            contact_name=contact,
            name=company,
            notes=rng.choice(catalog.ADDRESS_NOTES) or None,
        )

    # ---- orders

    def _order(self, index: int, account: CorporateAccount, created: datetime) -> None:
        rng = self.rng
        age = self.anchor - created
        status = self._status(age)
        order_id = self.new_id()
        items = [self._item(order_id, product) for product in self._products()]
        tax = sum(round(item.price_total_cents * account.tax_rate / 100) for item in items)
        shipping = rng.choice((0, 0, 1_295, 2_450, 4_900, 8_500, 15_000))
        invoice_on_create = rng.random() < 0.7
        finalize_on_create = status != "new" and rng.random() < 0.85
        shopper = rng.choice(account.buyer_ids)
        method = None
        if rng.random() < 0.6:
            method = PaymentMethod(
                "e_check_account",
                rng.randint(1000, 9999),
                rng.choice(catalog.PAYMENT_METHOD_NICKNAMES),
                account.customer_uuid,
            )
        order = Order(
            id=order_id,
            merchant_id=self.merchant.id,
            customer_id=account.customer_uuid,
            shopper_id=shopper,
            corporate_account_id=account.id,
            merchant_order_id=f"{self.spec.order_prefix}{104_200 + index * 3 + rng.randint(0, 2)}",
            status=status,
            amount_cents=0,
            amount_given=False,
            tax_cents=tax,
            shipping_cents=shipping,
            expire_at=created + timedelta(days=45),
            created_at=created,
            items=items,
            po_number=f"PO-{rng.randint(10000, 99999)}" if rng.random() < 0.7 else None,
            default_payment_method=method,
            finalize_on_create=finalize_on_create,
            invoice_on_create=invoice_on_create,
        )
        order.amount_cents = order.derived_amount()
        order.secure_hash = checkout_hash(self.merchant.api_key, order)
        self.world.orders[order.id] = order
        if status != "new":
            delay = timedelta(minutes=1)
            if not finalize_on_create:
                delay = timedelta(hours=rng.uniform(2, 30))
            order.escalated_at = min(created + delay, self.anchor - timedelta(minutes=5))
            order.term_status = "pending"
        if status in ("accepted", "canceled"):
            assert order.escalated_at is not None
            wait = timedelta(hours=rng.uniform(0.2, 50))
            latest = self.anchor - timedelta(minutes=1)
            order.final_state_at = min(order.escalated_at + wait, latest)
            order.term_status = (
                "approved" if status == "accepted" else rng.choice(("rejected", "canceled"))
            )
        self._invoices(order, account)

    def _status(self, age: timedelta) -> str:
        roll = self.rng.random()
        if age < timedelta(days=4):
            bands: tuple[tuple[str, float], ...] = (
                ("new", 0.40),
                ("pending", 0.80),
                ("accepted", 0.95),
            )
        elif age < timedelta(days=21):
            bands = (("new", 0.08), ("pending", 0.35), ("accepted", 0.92))
        else:
            bands = (("pending", 0.02), ("accepted", 0.92))
        return next((status for status, edge in bands if roll < edge), "canceled")

    def _products(self) -> list[Product]:
        count = min(len(self.spec.products), self.rng.choice((1, 1, 2, 2, 3, 3, 4, 5)))
        return self.rng.sample(self.spec.products, count)

    def _item(self, order_id: str, product: Product) -> OrderItem:
        rng = self.rng
        if product.price_ea_cents > 15_000:
            quantity = rng.choice((1, 1, 1, 2, 2, 3, 4))
        else:
            quantity = rng.choice((1, 2, 3, 4, 5, 6, 10, 12, 20, 24))
        return OrderItem(
            id=self.new_id(),
            order_id=order_id,
            title=product.title,
            price_ea_cents=product.price_ea_cents,
            quantity=quantity,
            price_total_cents=product.price_ea_cents * quantity,
            merchant_notes=rng.choice(catalog.ORDER_ITEM_NOTES) or None,
            description=product.description,
            sku=product.sku,
            variant_info=rng.choice(product.variants) if product.variants else None,
            vendor=product.vendor,
            product_url=f"{self.spec.web_url.rstrip('/')}/products/{product.sku.lower()}",
        )

    # ---- invoices

    def _invoices(self, order: Order, account: CorporateAccount) -> None:
        rng = self.rng
        if order.status == "new":
            if rng.random() < 0.2:  # a draft invoice, to be issued when the order is finalized
                self._invoice(order, account, order.items, order.created_at, "pending", True)
            return
        assert order.escalated_at is not None
        if order.invoice_on_create:
            status = "canceled" if order.status == "canceled" else "issued"
            self._invoice(order, account, order.items, order.escalated_at, status, True)
            return
        if order.status != "accepted":
            return
        assert order.final_state_at is not None
        parts = [order.items]
        if len(order.items) >= 2 and rng.random() < 0.4:
            cut = rng.randint(1, len(order.items) - 1)
            parts = [order.items[:cut], order.items[cut:]]
        moment = order.final_state_at
        for number, part in enumerate(parts):
            moment = moment + timedelta(days=rng.uniform(0.5, 9))
            if moment >= self.anchor:
                return  # not invoiced yet
            last = number == len(parts) - 1
            waiting = last and rng.random() < 0.15
            self._invoice(
                order,
                account,
                part,
                moment,
                "pending" if waiting else "issued",
                not waiting,
                with_shipping=number == 0,
            )

    def _invoice(
        self,
        order: Order,
        account: CorporateAccount,
        part: list[OrderItem],
        created: datetime,
        status: str,
        issue_on_create: bool,
        with_shipping: bool = True,
    ) -> None:
        rng = self.rng
        items = [self._invoice_item(account, item) for item in part]
        tax = sum(item.tax_cents for item in items)
        shipping = order.shipping_cents if with_shipping else 0
        self.invoice_number += 1
        invoice = Invoice(
            id=self.new_id(),
            order_id=order.id,
            merchant_id=order.merchant_id,
            status="pending",
            amount_cents=sum(item.price_total_cents for item in items) + tax + shipping,
            shipping_cents=shipping,
            tax_cents=tax,
            created_at=created,
            due_at=created + timedelta(days=account.term_days),
            items=items,
            addresses=default_addresses(self.world, order),
            issue_on_create=issue_on_create,
            merchant_notes=rng.choice(catalog.INVOICE_NOTES) or None,
            terms_of_delivery=rng.choice(
                catalog.FOREIGN_TERMS_OF_DELIVERY if account.foreign else catalog.TERMS_OF_DELIVERY
            ),
            footer=rng.choice(catalog.FOOTERS),
            merchant_invoice_id=f"{self.spec.invoice_prefix}{created.year}-{self.invoice_number:05d}",
        )
        self.world.invoices[invoice.id] = invoice
        order.invoice_ids.append(invoice.id)
        if status == "issued":
            self._issue(invoice, order, account)
        elif status == "canceled":
            invoice.status = "canceled"
            invoice.final_state_at = order.final_state_at

    def _invoice_item(self, account: CorporateAccount, item: OrderItem) -> InvoiceItem:
        discount = 0
        if self.rng.random() < 0.15:
            discount = round(item.price_total_cents * self.rng.choice((0.02, 0.05, 0.1)))
        total = item.price_total_cents - discount
        return InvoiceItem(
            id=self.new_id(),
            title=item.title,
            price_ea_cents=item.price_ea_cents,
            quantity=item.quantity,
            price_total_cents=total,
            tax_cents=round(total * account.tax_rate / 100),
            discount_total_cents=discount,
            tax_rate_percentage=account.tax_rate,
            tax_exemption_reason=account.tax_exemption_reason,
            merchant_notes=item.merchant_notes,
            description=item.description,
            sku=item.sku,
            variant_info=item.variant_info,
            vendor=item.vendor,
            view_product_url=item.product_url,
        )

    def _issue(self, invoice: Invoice, order: Order, account: CorporateAccount) -> None:
        """Issued: open, then funded or closed as time passes; shipped; sometimes returned."""
        rng = self.rng
        invoice.status = "open"
        invoice.issued_at = invoice.opened_at = invoice.created_at
        paid_at = invoice.created_at + timedelta(days=account.term_days * rng.uniform(0.4, 1.3))
        if order.status == "accepted" and paid_at < self.anchor:
            invoice.status = "closed"
            invoice.final_state_at = paid_at
        elif order.status == "accepted" and rng.random() < 0.35:
            invoice.status = "funded"
        if order.status == "accepted":
            self._shipments(invoice)
            if (invoice.status != "open" and rng.random() < 0.12) or rng.random() < 0.04:
                item = rng.choice(invoice.items)
                invoice.returns.append(
                    InvoiceReturn(
                        id=self.new_id(),
                        invoice_id=invoice.id,
                        merchant_id=invoice.merchant_id,
                        amount_cents=min(item.price_ea_cents or 0, invoice.amount_cents - 1),
                        reason=rng.choice(("DAMAGED", "DAMAGED", "DEFECTIVE", "REFUSED", "OTHER")),
                        created_at=invoice.created_at + timedelta(days=rng.uniform(3, 20)),
                    )
                )

    def _shipments(self, invoice: Invoice) -> None:
        rng = self.rng
        groups = [invoice.items]
        if len(invoice.items) >= 2 and rng.random() < 0.3:
            groups = [invoice.items[:1], invoice.items[1:]]
        shipped = invoice.created_at - timedelta(hours=rng.uniform(1, 48))
        for number, group in enumerate(groups):
            shipment_id = self.new_id()
            items = [
                ShipmentItem(
                    id=self.new_id(),
                    shipment_id=shipment_id,
                    title=item.title,
                    price_ea_cents=item.price_ea_cents,
                    quantity=item.quantity,
                    price_total_cents=item.price_total_cents,
                    tax_cents=item.tax_cents,
                    description=item.description,
                    sku=item.sku,
                    variant_info=item.variant_info,
                    vendor=item.vendor,
                )
                for item in group
            ]
            shipping = invoice.shipping_cents if number == 0 else 0
            delivered = shipped + timedelta(days=rng.uniform(1, 6))
            shipment = Shipment(
                id=shipment_id,
                invoice_id=invoice.id,
                amount_cents=0,
                tax_cents=sum(item.tax_cents for item in items),
                shipping_cents=shipping,
                shipped_at=shipped,
                status="fulfilled" if number == len(groups) - 1 else "partial",
                items=items,
                shipper=rng.choice(catalog.SHIPPERS),
                tracking_number=f"1Z{rng.getrandbits(48):012X}",
                delivered_at=delivered if delivered < self.anchor else None,
                merchant_notes=rng.choice(catalog.SHIPMENT_NOTES) or None,
                merchant_shipment_id=f"SH-{rng.randint(20_000, 99_999)}",
            )
            shipment.amount_cents = shipment.derived_amount()
            invoice.shipments.append(shipment)
            shipped = shipped + timedelta(days=rng.uniform(2, 8))


def checkout_hash(api_key: str, order: Order) -> str:
    """The `secure_hash` a checkout order carries, as apruve-ruby's `Order#secure_hash`
    computes it (`lib/apruve/resources/order.rb`): SHA-256 of the API key and the order's
    values, a missing value written as nothing, as Ruby interpolates nil."""

    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    fields = (
        order.merchant_id,
        order.merchant_order_id,
        order.amount_cents,
        order.currency,
        order.tax_cents,
        order.shipping_cents,
        order.expire_at.isoformat(),
        order.corporate_account_id is not None,
        order.finalize_on_create,
        order.invoice_on_create,
    )
    value = "".join(text(field) for field in fields)
    for item in order.items:
        value += "".join(
            text(field)
            for field in (
                item.title,
                None,  # plan_code: subscriptions are not emulated
                item.price_total_cents,
                item.price_ea_cents,
                item.quantity,
                item.merchant_notes,
                item.description,
                item.variant_info,
                item.sku,
                item.vendor,
                item.product_url,
            )
        )
    return hashlib.sha256((api_key + value).encode()).hexdigest()
