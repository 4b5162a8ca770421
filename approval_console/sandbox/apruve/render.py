"""The JSON shapes of the document, field for field and in its order, plus what it omits.

Apruve's own Ruby client (apruve-ruby `lib/apruve/resources/`) knows fields the document's
examples never show: an order's `po_number` and `updated_at` (`order.rb`), a corporate
account's credit, status and times (`corporate_account.rb`). The real server sends them, so
the sandbox does too, and a client that breaks on a field it does not expect fails here.

Links are absolute, built on the address the request came to, so that a client can follow them.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from .lifecycle import credit_available
from .models import (
    ADDRESS_KINDS,
    CorporateAccount,
    Invoice,
    InvoiceItem,
    InvoiceReturn,
    Merchant,
    Order,
    OrderItem,
    Shipment,
    ShipmentItem,
    User,
    WebhookEndpoint,
    World,
)


def iso(moment: datetime | None) -> str | None:
    """As Rails renders a time: "2016-06-01T13:54:21.000Z"."""
    if moment is None:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class Renderer:
    """Renders records with links under `base` (e.g. "http://127.0.0.1:8765/api/v4")."""

    def __init__(self, world: World, base: str) -> None:
        self.world = world
        self.base = base

    def url(self, *parts: str) -> str:
        return "/".join((self.base, *parts))

    def order(self, order: Order) -> dict[str, Any]:
        method = order.default_payment_method
        return {
            "id": order.id,
            "merchant_id": order.merchant_id,
            "customer_id": order.customer_id,
            "shopper_id": order.shopper_id,
            "amount_cents": order.amount_cents,
            "currency": order.currency,
            "status": order.status,
            "merchant_order_id": order.merchant_order_id,
            "po_number": order.po_number,
            "accepts_payment_terms": order.corporate_account_id is not None,
            "tax_cents": order.tax_cents,
            "shipping_cents": order.shipping_cents,
            "expire_at": iso(order.expire_at),
            "created_at": iso(order.created_at),
            "updated_at": iso(order.updated_at),
            "final_state_at": iso(order.final_state_at),
            "order_items": [self.order_item(item) for item in order.items],
            "payment_term": self.payment_term(order),
            "default_payment_method": (
                {
                    "type": method.type,
                    "last4": method.last4,
                    "nickname": method.nickname,
                    "links": {"owner": self.url("users", method.owner_id)},
                }
                if method
                else None
            ),
            "links": {
                "self": self.url("orders", order.id),
                "customer": self.url("users", order.customer_id),
                "shopper": self.url("users", order.shopper_id),
                "merchant": self.url("merchants", order.merchant_id),
                "invoices": self.url("orders", order.id, "invoices"),
            },
            "finalize_on_create": order.finalize_on_create,
            "invoice_on_create": order.invoice_on_create,
        }

    def payment_term(self, order: Order) -> dict[str, Any] | None:
        if order.corporate_account_id is None:
            return None
        return {
            "corporate_account_id": order.corporate_account_id,
            "type": "CorporateAccount",
            "status": order.term_status,
            "escalated_at": iso(order.escalated_at),
            "final_state_at": iso(order.final_state_at),
            "links": {"order": self.url("orders", order.id)},
        }

    def order_item(self, item: OrderItem) -> dict[str, Any]:
        return {
            "id": item.id,
            "order_id": item.order_id,
            "price_ea_cents": item.price_ea_cents,
            "quantity": item.quantity,
            "price_total_cents": item.price_total_cents,
            "currency": item.currency,
            "title": item.title,
            "merchant_notes": item.merchant_notes,
            "description": item.description,
            "sku": item.sku,
            "variant_info": item.variant_info,
            "vendor": item.vendor,
            "product_url": item.product_url,
            "links": {
                "self": self.url("order_items", item.id),
                "order": self.url("orders", item.order_id),
            },
        }

    def invoice(self, invoice: Invoice) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": invoice.id,
            "order_id": invoice.order_id,
            "amount_cents": invoice.amount_cents,
            "currency": invoice.currency,
            "created_at": iso(invoice.created_at),
            "opened_at": iso(invoice.opened_at),
            "issued_at": iso(invoice.issued_at),
            "status": invoice.status,
            "final_state_at": iso(invoice.final_state_at),
            "amount_due": invoice.amount_due,
            "shipping_cents": invoice.shipping_cents,
            "tax_cents": invoice.tax_cents,
            "merchant_notes": invoice.merchant_notes,
            "terms_of_delivery": invoice.terms_of_delivery,
            "footer": invoice.footer,
            "merchant_invoice_id": invoice.merchant_invoice_id,
            "due_at": iso(invoice.due_at),
            "invoice_items": [self.invoice_item(invoice, item) for item in invoice.items],
            "issue_on_create": invoice.issue_on_create,
            "links": {
                "self": self.url("invoices", invoice.id),
                "order": self.url("orders", invoice.order_id),
            },
        }
        for kind in ADDRESS_KINDS:
            address = invoice.addresses.get(kind)
            body[kind] = asdict(address) if address else None
        return body

    def invoice_item(self, invoice: Invoice, item: InvoiceItem) -> dict[str, Any]:
        return {
            "id": item.id,
            "price_ea_cents": item.price_ea_cents,
            "quantity": item.quantity,
            "price_total_cents": item.price_total_cents,
            "tax_cents": item.tax_cents,
            "discount_total_cents": item.discount_total_cents,
            "tax_rate_percentage": item.tax_rate_percentage,
            "tax_exemption_reason": item.tax_exemption_reason,
            "currency": item.currency,
            "title": item.title,
            "merchant_notes": item.merchant_notes,
            "description": item.description,
            "sku": item.sku,
            "variant_info": item.variant_info,
            "vendor": item.vendor,
            "view_product_url": item.view_product_url,
            "links": {
                "invoice": self.url("invoices", invoice.id),
                "order": self.url("orders", invoice.order_id),
            },
        }

    def shipment(self, shipment: Shipment) -> dict[str, Any]:
        return {
            "id": shipment.id,
            "invoice_id": shipment.invoice_id,
            "amount_cents": shipment.amount_cents,
            "tax_cents": shipment.tax_cents,
            "shipping_cents": shipment.shipping_cents,
            "currency": shipment.currency,
            "shipper": shipment.shipper,
            "tracking_number": shipment.tracking_number,
            "shipped_at": iso(shipment.shipped_at),
            "delivered_at": iso(shipment.delivered_at),
            "merchant_notes": shipment.merchant_notes,
            "status": shipment.status,
            "merchant_shipment_id": shipment.merchant_shipment_id,
            "shipment_items": [shipment_item(item) for item in shipment.items],
        }


def shipment_item(item: ShipmentItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "shipment_id": item.shipment_id,
        "price_ea_cents": item.price_ea_cents,
        "quantity": item.quantity,
        "price_total_cents": item.price_total_cents,
        "tax_cents": item.tax_cents,
        "shipping_cents": item.shipping_cents,
        "currency": item.currency,
        "title": item.title,
        "merchant_notes": item.merchant_notes,
        "description": item.description,
        "sku": item.sku,
        "variant_info": item.variant_info,
        "vendor": item.vendor,
    }


def invoice_return(item: InvoiceReturn) -> dict[str, Any]:
    return {
        "id": item.id,
        "invoice_id": item.invoice_id,
        "amount_cents": item.amount_cents,
        "currency": item.currency,
        "reason": item.reason,
        "merchant_id": item.merchant_id,
    }


def merchant(record: Merchant) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "email": record.email,
        "web_url": record.web_url,
        "phone": record.phone,
    }


def corporate_account(world: World, account: CorporateAccount) -> dict[str, Any]:
    """The document's fields, then those apruve-ruby's `CorporateAccount` reads: the credit
    limit (`credit_amount_cents`), what its buyers owe on issued invoices
    (`credit_balance_cents`) and what is left (`credit_available_cents`)."""
    buyers = [world.users[user_id] for user_id in account.buyer_ids]
    available = credit_available(world, account.id)
    return {
        "id": account.id,
        "merchant_uuid": account.merchant_id,
        "customer_uuid": account.customer_uuid,
        "type": "corporate",
        "payment_term_strategy_name": account.payment_term_strategy_name,
        "name": account.name,
        "authorized_buyers": [user(buyer) for buyer in buyers],
        "created_at": iso(account.created_at),
        "updated_at": iso(account.updated_at),
        "disabled_at": None,
        "status": "active",
        "trusted_merchant": False,
        "creditor_term_id": account.creditor_term_id,
        "payment_method_id": account.payment_method_id,
        "credit_amount_cents": account.credit_limit_cents,
        "credit_balance_cents": account.credit_limit_cents - available,
        "credit_available_cents": available,
    }


def webhook_endpoint(endpoint: WebhookEndpoint) -> dict[str, Any]:
    return {
        "id": endpoint.id,
        "version": endpoint.version,
        "url": endpoint.url,
        "auth_header": endpoint.auth_header,
    }


def user(record: User) -> dict[str, Any]:
    return {"id": record.id, "name": record.name, "email": record.email}
