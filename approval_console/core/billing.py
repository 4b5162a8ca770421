"""Backend-neutral billing types: purchase orders, invoices, shipments, returns and the parties.

B2B payment backends (Apruve first) move an order through approval and then bill it with
invoices that are shipped against, funded, paid and sometimes partly returned. The window shows
these records and offers only the actions a record's state allows, so every lifecycle state is a
`StrEnum` whose helpers say what may happen next; the window never compares strings.

Amounts are exact `Money` (cents become `Decimal` with their currency), never floats. The same
item types serve as input: an item whose `id` is None is one the server has not seen yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Generic, TypeVar

from approval_console.core.domain import Money, Order
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.open_enum import OpenStrEnum

T = TypeVar("T")


# ---- lifecycle states ------------------------------------------------------------------------


class OrderState(OpenStrEnum):
    """Where a purchase order is on its way to the buyer's approval.

    new -> pending (the seller finalizes) -> accepted (the buyer approves), or canceled.
    """

    NEW = "new"
    PENDING = "pending"
    ACCEPTED = "accepted"
    CANCELED = "canceled"

    @property
    def label(self) -> str:
        return translate("Billing", self.described_by(_ORDER_LABELS)[0])

    @property
    def description(self) -> str:
        return translate("Billing", self.described_by(_ORDER_LABELS)[1])

    @property
    def can_update(self) -> bool:
        """Orders and their items change only before finalizing: the buyer sees what was sent."""
        return self is OrderState.NEW

    @property
    def can_edit_items(self) -> bool:
        return self is OrderState.NEW

    @property
    def can_finalize(self) -> bool:
        return self is OrderState.NEW

    @property
    def can_cancel(self) -> bool:
        """Any order not already canceled (the server may still refuse once money moved)."""
        return self is not OrderState.CANCELED

    @property
    def can_add_invoice(self) -> bool:
        return self is not OrderState.CANCELED

    @property
    def is_final(self) -> bool:
        return self in (OrderState.ACCEPTED, OrderState.CANCELED)


_ORDER_LABELS: dict[OrderState, tuple[str, str]] = {
    OrderState.NEW: (
        QT_TRANSLATE_NOOP("Billing", "New"),
        QT_TRANSLATE_NOOP("Billing", "Created, not yet escalated for approval"),
    ),
    OrderState.PENDING: (
        QT_TRANSLATE_NOOP("Billing", "Pending"),
        QT_TRANSLATE_NOOP("Billing", "Waiting for credit and/or account holder approval"),
    ),
    OrderState.ACCEPTED: (
        QT_TRANSLATE_NOOP("Billing", "Accepted"),
        QT_TRANSLATE_NOOP("Billing", "Credit available and approved by the account holder"),
    ),
    OrderState.CANCELED: (
        QT_TRANSLATE_NOOP("Billing", "Canceled"),
        QT_TRANSLATE_NOOP("Billing", "Rejected, short of credit, or canceled by the seller"),
    ),
}


class InvoiceState(OpenStrEnum):
    """Where an invoice is between creation and payment.

    pending -> open (issued) -> funded (the bank paid the seller) -> closed (the buyer paid),
    or canceled.
    """

    PENDING = "pending"
    OPEN = "open"
    FUNDED = "funded"
    CLOSED = "closed"
    CANCELED = "canceled"

    @property
    def label(self) -> str:
        return translate("Billing", self.described_by(_INVOICE_LABELS)[0])

    @property
    def description(self) -> str:
        return translate("Billing", self.described_by(_INVOICE_LABELS)[1])

    @property
    def can_update(self) -> bool:
        """Once issued, an invoice is the buyer's document and no longer changes."""
        return self is InvoiceState.PENDING

    @property
    def can_issue(self) -> bool:
        return self is InvoiceState.PENDING

    @property
    def can_close(self) -> bool:
        """Closing means "consider it paid": only an issued, unpaid invoice."""
        return self in (InvoiceState.OPEN, InvoiceState.FUNDED)

    @property
    def can_cancel(self) -> bool:
        """Only before any money moved."""
        return self in (InvoiceState.PENDING, InvoiceState.OPEN)

    @property
    def can_ship(self) -> bool:
        return self is not InvoiceState.CANCELED

    @property
    def can_return(self) -> bool:
        """Returns credit an issued invoice."""
        return self in (InvoiceState.OPEN, InvoiceState.FUNDED, InvoiceState.CLOSED)

    @property
    def is_final(self) -> bool:
        return self in (InvoiceState.CLOSED, InvoiceState.CANCELED)


_INVOICE_LABELS: dict[InvoiceState, tuple[str, str]] = {
    InvoiceState.PENDING: (
        QT_TRANSLATE_NOOP("Billing", "Pending"),
        QT_TRANSLATE_NOOP("Billing", "Created, not yet issued to the payer"),
    ),
    InvoiceState.OPEN: (
        QT_TRANSLATE_NOOP("Billing", "Open"),
        QT_TRANSLATE_NOOP("Billing", "Issued, awaiting payment and/or funding"),
    ),
    InvoiceState.FUNDED: (
        QT_TRANSLATE_NOOP("Billing", "Funded"),
        QT_TRANSLATE_NOOP("Billing", "Paid to you by the bank, awaiting the purchaser's payment"),
    ),
    InvoiceState.CLOSED: (
        QT_TRANSLATE_NOOP("Billing", "Closed"),
        QT_TRANSLATE_NOOP("Billing", "Fully paid by the purchaser"),
    ),
    InvoiceState.CANCELED: (
        QT_TRANSLATE_NOOP("Billing", "Canceled"),
        QT_TRANSLATE_NOOP("Billing", "Withdrawn: no goods provided, no payment received"),
    ),
}


class ShipmentState(OpenStrEnum):
    """Whether a shipment completes the invoice's items."""

    FULFILLED = "fulfilled"
    PARTIAL = "partial"

    @property
    def completes_invoice(self) -> bool:
        return self is ShipmentState.FULFILLED


class ReturnReason(OpenStrEnum):
    """The documented reasons for an invoice return; the server accepts no others."""

    REFUSED = "REFUSED"
    DAMAGED = "DAMAGED"
    DEFECTIVE = "DEFECTIVE"
    DUPLICATE = "DUPLICATE"
    CONSIGNMENT = "CONSIGNMENT"
    OTHER = "OTHER"


# ---- parties ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address as printed on an invoice (bill-to, ship-to, remittance...)."""

    address_1: str
    city: str
    state: str
    postal_code: str
    country_code: str
    phone_number: str
    contact_name: str
    name: str
    address_2: str | None = None
    fax_number: str | None = None
    notes: str | None = None

    def lines(self) -> tuple[str, ...]:
        """The address as the lines of a label, for display."""
        street = ", ".join(part for part in (self.address_1, self.address_2) if part)
        place = f"{self.city}, {self.state} {self.postal_code}".strip()
        return tuple(
            line
            for line in (self.name, self.contact_name, street, place, self.country_code)
            if line
        )


@dataclass(frozen=True, slots=True)
class User:
    """A person the backend knows: a buyer (shopper) or an account holder."""

    id: str
    email: str
    name: str = ""


Buyer = User
"""An authorized buyer of a corporate account is a `User`."""


@dataclass(frozen=True, slots=True)
class Merchant:
    """The seller the API key acts for."""

    id: str
    name: str
    email: str | None = None
    web_url: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class CorporateAccount:
    """A business customer with payment terms (e.g. Net30) and the buyers allowed to order."""

    id: str
    name: str
    merchant_id: str | None = None
    customer_id: str | None = None
    type: str | None = None
    payment_term_strategy: str | None = None
    authorized_buyers: tuple[User, ...] = ()

    def buyer_by_email(self, email: str) -> User | None:
        wanted = email.strip().casefold()
        return next((b for b in self.authorized_buyers if b.email.casefold() == wanted), None)


@dataclass(frozen=True, slots=True)
class WebhookEndpoint:
    """Where the backend posts notifications. `auth_header` is a secret: kept out of repr."""

    id: str
    url: str
    version: str = "v4"
    auth_header: str | None = field(default=None, repr=False)


# ---- items -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineItem:
    """One line of a purchase order. `unit_price` may be absent (a priced-in-total line)."""

    title: str
    quantity: int = 1
    unit_price: Money | None = None
    total: Money | None = None
    sku: str | None = None
    description: str | None = None
    variant_info: str | None = None
    vendor: str | None = None
    merchant_notes: str | None = None
    product_url: str | None = None
    id: str | None = None
    order_id: str | None = None


@dataclass(frozen=True, slots=True)
class InvoiceItem:
    """One line of an invoice, with its own tax and discount."""

    title: str | None
    quantity: int = 1
    unit_price: Money | None = None
    total: Money | None = None
    tax: Money | None = None
    discount: Money | None = None
    tax_rate_percentage: Decimal | None = None
    tax_exemption_reason: str | None = None
    sku: str | None = None
    description: str | None = None
    variant_info: str | None = None
    vendor: str | None = None
    merchant_notes: str | None = None
    product_url: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class ShipmentItem:
    """One line of a shipment."""

    title: str | None
    quantity: int = 1
    unit_price: Money | None = None
    total: Money | None = None
    tax: Money | None = None
    shipping: Money | None = None
    sku: str | None = None
    description: str | None = None
    variant_info: str | None = None
    vendor: str | None = None
    merchant_notes: str | None = None
    id: str | None = None
    shipment_id: str | None = None


# ---- records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PaymentTerm:
    """The terms proposed for, or accepted on, an order (a corporate account's credit)."""

    corporate_account_id: str | None
    type: str | None = None
    status: str | None = None
    escalated_at: datetime | None = None
    final_state_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PaymentMethod:
    """The buyer's default payment method; only the last digits are ever known."""

    type: str | None
    last4: str | None = None
    nickname: str | None = None


@dataclass(frozen=True, slots=True)
class PurchaseOrder:
    """A B2B order in full: the list row (`order`) plus what the generic `Order` lacks.

    `order` is the backend-neutral row the cache and the list keep; everything else is what a
    detail view and the billing actions need.
    """

    order: Order
    state: OrderState
    merchant_order_id: str | None
    amount: Money
    tax: Money
    shipping: Money
    items: tuple[LineItem, ...] = ()
    merchant_id: str | None = None
    customer_id: str | None = None
    shopper_id: str | None = None
    payment_term: PaymentTerm | None = None
    default_payment_method: PaymentMethod | None = None
    accepts_payment_terms: bool = False
    created_at: datetime | None = None
    expire_at: datetime | None = None
    final_state_at: datetime | None = None
    finalize_on_create: bool = True
    invoice_on_create: bool = True

    @property
    def id(self) -> str:
        return self.order.id


@dataclass(frozen=True, slots=True)
class Invoice:
    """A bill against an order. `number` is the merchant's own invoice id."""

    id: str
    order_id: str
    state: InvoiceState
    amount: Money
    amount_due: Money | None = None
    tax: Money | None = None
    shipping: Money | None = None
    number: str | None = None
    created_at: datetime | None = None
    issued_at: datetime | None = None
    opened_at: datetime | None = None
    final_state_at: datetime | None = None
    due_at: datetime | None = None
    items: tuple[InvoiceItem, ...] = ()
    bill_to: Address | None = None
    ship_to: Address | None = None
    sold_to: Address | None = None
    remittance: Address | None = None
    fiscal_representative: Address | None = None
    notes: str | None = None
    terms_of_delivery: str | None = None
    footer: str | None = None
    issue_on_create: bool = True

    @property
    def closed_at(self) -> datetime | None:
        """When it reached a final state (closed or canceled)."""
        return self.final_state_at if self.state.is_final else None


@dataclass(frozen=True, slots=True)
class Shipment:
    """Goods sent against an invoice."""

    id: str
    invoice_id: str | None  # None: shipped against the order, not an invoice
    status: ShipmentState | None
    amount: Money | None = None
    tax: Money | None = None
    shipping: Money | None = None
    shipper: str | None = None
    tracking_number: str | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    merchant_notes: str | None = None
    merchant_shipment_id: str | None = None
    items: tuple[ShipmentItem, ...] = ()
    status_text: str | None = None  # the backend's own word when it has more than two


@dataclass(frozen=True, slots=True)
class Return:
    """Money credited back against an issued invoice, with the documented reason."""

    id: str
    invoice_id: str
    amount: Money
    reason: ReturnReason
    merchant_id: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Payment:
    """Money taken for an order (a card charge, a store credit), in the backend's words."""

    id: str
    amount: Money
    state: str
    method: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Refund:
    """Money given back on an order."""

    id: str
    amount: Money
    reason: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class OrderRecords:
    """What a backend without invoices says about an order beyond the list row: its items,
    shipments, payments and refunds. They fill the same tabs a billing backend fills."""

    items: tuple[LineItem, ...] = ()
    shipments: tuple[Shipment, ...] = ()
    payments: tuple[Payment, ...] = ()
    refunds: tuple[Refund, ...] = ()


@dataclass(frozen=True, slots=True)
class InvoiceRecord:
    """An invoice with what was shipped and returned against it: one row of the invoice tabs."""

    invoice: Invoice
    shipments: tuple[Shipment, ...] = ()
    returns: tuple[Return, ...] = ()

    @property
    def returned(self) -> Money:
        currency = self.invoice.amount.currency
        return sum_money([item.amount for item in self.returns], currency)


@dataclass(frozen=True, slots=True)
class OrderBilling:
    """A purchase order with its items and every invoice, shipment and return: what the detail
    pane shows for a billing backend, and what a change is checked against after an unclear
    outcome."""

    purchase_order: PurchaseOrder
    invoices: tuple[InvoiceRecord, ...] = ()

    def record(self, invoice_id: str) -> InvoiceRecord | None:
        return next((r for r in self.invoices if r.invoice.id == invoice_id), None)

    @property
    def can_cancel(self) -> bool:
        """Not once money moved on one of its invoices (funded or paid): that takes a return."""
        moved = (InvoiceState.FUNDED, InvoiceState.CLOSED)
        return self.purchase_order.state.can_cancel and not any(
            record.invoice.state in moved for record in self.invoices
        )

    @property
    def shipments(self) -> tuple[Shipment, ...]:
        return tuple(shipment for record in self.invoices for shipment in record.shipments)

    @property
    def returns(self) -> tuple[Return, ...]:
        return tuple(item for record in self.invoices for item in record.returns)


@dataclass(frozen=True, slots=True)
class Listing(Generic[T]):
    """One page of a billing listing. `total` and `last_page` are None when the server did not
    say; then a full page is taken to mean there may be more."""

    items: tuple[T, ...]
    page: int
    per_page: int
    total: int | None = None
    last_page: int | None = None

    @property
    def has_more(self) -> bool:
        if self.last_page is not None:
            return self.page < self.last_page
        return len(self.items) >= self.per_page > 0


def sum_money(amounts: Sequence[Money], currency: str) -> Money:
    """The exact sum of amounts in one currency (a mix is a programming error)."""
    total = Decimal(0)
    for amount in amounts:
        if amount.currency != currency:
            raise ValueError(f"cannot add {amount.currency} to {currency}")
        total += amount.amount
    return Money(total, currency)


@dataclass(frozen=True, slots=True)
class InvoiceDraft:
    """What an invoice created from an order's items will bill."""

    items: tuple[InvoiceItem, ...]
    amount: Money
    tax: Money
    shipping: Money


def invoice_from_order(order: PurchaseOrder, item_ids: Sequence[str] = ()) -> InvoiceDraft:
    """Bill some or all of an order's items.

    All items bill the order's own totals, tax and shipping included. A part bills its items'
    totals with the order's tax in proportion (rounded to the cent) and no shipping: shipping is
    billed once, with the invoice that completes the order.
    """
    currency = order.amount.currency
    chosen = [item for item in order.items if not item_ids or item.id in item_ids]
    if not chosen:
        raise ValueError("choose at least one item to invoice")
    items = tuple(
        InvoiceItem(
            title=item.title,
            quantity=item.quantity,
            unit_price=item.unit_price,
            total=line_total(item),
            sku=item.sku,
            description=item.description,
            variant_info=item.variant_info,
            vendor=item.vendor,
        )
        for item in chosen
    )
    if len(chosen) == len(order.items):
        return InvoiceDraft(items, order.amount, order.tax, order.shipping)
    part = sum_money([line_total(item) for item in chosen], currency)
    whole = sum_money([line_total(item) for item in order.items], currency)
    share = part.amount / whole.amount if whole.amount else Decimal(0)
    tax = Money((order.tax.amount * share).quantize(Decimal("0.01")), currency)
    amount = Money(part.amount + tax.amount, currency)
    return InvoiceDraft(items, amount, tax, Money(Decimal(0), currency))


def line_total(item: LineItem) -> Money:
    """An item's total as given, else its unit price times its quantity."""
    if item.total is not None:
        return item.total
    if item.unit_price is None:
        raise ValueError(f"item {item.title!r} has neither a total nor a unit price")
    return Money(item.unit_price.amount * item.quantity, item.unit_price.currency)
