"""The state of the emulated Apruve: merchants, buyers, orders, invoices and what hangs off them.

Instants are aware UTC datetimes; amounts are integer cents, as the API sends them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

ORDER_STATUSES = ("new", "pending", "accepted", "canceled")
INVOICE_STATUSES = ("pending", "open", "funded", "closed", "canceled")
SHIPMENT_STATUSES = ("fulfilled", "partial")
RETURN_REASONS = ("REFUSED", "DAMAGED", "DEFECTIVE", "DUPLICATE", "CONSIGNMENT", "OTHER")
ADDRESS_KINDS = (
    "bill_to_address",
    "fiscal_representative",
    "remittance_address",
    "ship_to_address",
    "sold_to_address",
)


@dataclass
class Address:
    address_1: str
    address_2: str | None
    city: str
    state: str
    postal_code: str
    country_code: str
    phone_number: str
    fax_number: str | None
    contact_name: str
    name: str
    notes: str | None


@dataclass
class User:
    id: str
    name: str
    email: str


@dataclass
class Merchant:
    id: str
    api_key: str
    name: str
    email: str
    web_url: str
    phone: str
    remittance_address: Address
    invoice_prefix: str


@dataclass
class CorporateAccount:
    """A buyer company's account with one merchant.

    The document's example shows no credit, but Apruve's own client reads the credit limit
    (`credit_amount_cents`), what is owed (`credit_balance_cents`) and what is left
    (`credit_available_cents`), with `status`, `created_at`... (apruve-ruby
    `lib/apruve/resources/corporate_account.rb`): the API renders them.
    """

    id: str
    merchant_id: str
    customer_uuid: str  # the account holder, a User
    name: str
    payment_term_strategy_name: str
    term_days: int
    buyer_ids: list[str]
    credit_limit_cents: int
    bill_to: Address
    ship_to: Address
    fiscal_representative: Address | None
    tax_rate: float
    tax_exemption_reason: str | None
    foreign: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    creditor_term_id: str | None = None
    payment_method_id: str | None = None


@dataclass
class PaymentMethod:
    type: str
    last4: int
    nickname: str
    owner_id: str


@dataclass
class OrderItem:
    id: str
    order_id: str
    title: str
    price_ea_cents: int | None
    quantity: int
    price_total_cents: int
    currency: str = "USD"
    merchant_notes: str | None = None
    description: str | None = None
    sku: str | None = None
    variant_info: str | None = None
    vendor: str | None = None
    product_url: str | None = None


@dataclass
class Order:
    id: str
    merchant_id: str
    customer_id: str
    shopper_id: str
    corporate_account_id: str | None
    merchant_order_id: str | None
    status: str
    amount_cents: int
    amount_given: bool  # once the client sets amount_cents, it is no longer derived from items
    tax_cents: int
    shipping_cents: int
    expire_at: datetime
    created_at: datetime
    items: list[OrderItem]
    currency: str = "USD"
    po_number: str | None = None
    escalated_at: datetime | None = None  # when finalized
    final_state_at: datetime | None = None  # when accepted or canceled
    term_status: str = "new"  # the payment term's own status
    default_payment_method: PaymentMethod | None = None
    finalize_on_create: bool = True
    invoice_on_create: bool = True
    invoice_ids: list[str] = field(default_factory=list)
    secure_hash: str | None = None  # the checkout's hash, which `find_by_hash` looks up
    edited_at: datetime | None = None  # the last update of its fields or items

    @property
    def updated_at(self) -> datetime:
        """Its last change: created, edited, finalized, or settled."""
        moments = (self.created_at, self.edited_at, self.escalated_at, self.final_state_at)
        return max(moment for moment in moments if moment is not None)

    def derived_amount(self) -> int:
        return (
            sum(item.price_total_cents for item in self.items)
            + self.tax_cents
            + (self.shipping_cents)
        )


@dataclass
class InvoiceItem:
    id: str
    title: str | None
    price_ea_cents: int | None
    quantity: int
    price_total_cents: int
    tax_cents: int = 0
    discount_total_cents: int = 0
    tax_rate_percentage: float | None = None
    tax_exemption_reason: str | None = None
    currency: str = "USD"
    merchant_notes: str | None = None
    description: str | None = None
    sku: str | None = None
    variant_info: str | None = None
    vendor: str | None = None
    view_product_url: str | None = None


@dataclass
class ShipmentItem:
    id: str
    shipment_id: str
    title: str | None
    price_ea_cents: int | None
    quantity: int
    price_total_cents: int
    tax_cents: int = 0
    shipping_cents: int = 0
    currency: str = "USD"
    merchant_notes: str | None = None
    description: str | None = None
    sku: str | None = None
    variant_info: str | None = None
    vendor: str | None = None


@dataclass
class Shipment:
    id: str
    invoice_id: str
    amount_cents: int
    tax_cents: int
    shipping_cents: int
    shipped_at: datetime
    status: str
    items: list[ShipmentItem]
    currency: str = "USD"
    amount_given: bool = False
    shipper: str | None = None
    tracking_number: str | None = None
    delivered_at: datetime | None = None
    merchant_notes: str | None = None
    # A string, as the document's parameter table and apruve-ruby's spec ("ZZ1234567") have
    # it; the document's examples show a number, which is stored as its text.
    merchant_shipment_id: str | None = None

    def derived_amount(self) -> int:
        return (
            sum(item.price_total_cents for item in self.items)
            + self.tax_cents
            + (self.shipping_cents)
        )


@dataclass
class InvoiceReturn:
    id: str
    invoice_id: str
    merchant_id: str
    amount_cents: int
    reason: str
    currency: str = "USD"
    created_at: datetime | None = None


@dataclass
class Invoice:
    id: str
    order_id: str
    merchant_id: str
    status: str
    amount_cents: int
    shipping_cents: int
    tax_cents: int
    created_at: datetime
    due_at: datetime
    items: list[InvoiceItem]
    addresses: dict[str, Address | None]
    currency: str = "USD"
    issue_on_create: bool = True
    opened_at: datetime | None = None
    issued_at: datetime | None = None
    final_state_at: datetime | None = None
    merchant_notes: str | None = None
    terms_of_delivery: str | None = None
    footer: str | None = None
    merchant_invoice_id: str | None = None
    amount_due_given: int | None = None  # `amount_due` sent on create, before returns
    shipments: list[Shipment] = field(default_factory=list)
    returns: list[InvoiceReturn] = field(default_factory=list)

    @property
    def amount_due(self) -> int:
        """What the buyer still owes: nothing once closed or canceled, less any returns."""
        if self.status in ("closed", "canceled"):
            return 0
        base = self.amount_cents if self.amount_due_given is None else self.amount_due_given
        return max(0, base - sum(item.amount_cents for item in self.returns))


@dataclass
class WebhookEndpoint:
    id: str
    merchant_id: str
    version: str
    url: str
    auth_header: str | None


@dataclass
class World:
    """Everything the sandbox knows; every lookup is scoped to one merchant by the handlers."""

    merchants: dict[str, Merchant] = field(default_factory=dict)
    users: dict[str, User] = field(default_factory=dict)
    accounts: dict[str, CorporateAccount] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)
    invoices: dict[str, Invoice] = field(default_factory=dict)
    webhooks: dict[str, WebhookEndpoint] = field(default_factory=dict)

    def merchant_by_key(self, api_key: str) -> Merchant | None:
        for merchant in self.merchants.values():
            if merchant.api_key == api_key:
                return merchant
        return None
