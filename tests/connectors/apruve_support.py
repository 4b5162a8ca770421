"""Apruve calls only the tests make: creating orders, reading single records, changing them.

Orders, invoices and shipments are updated by `PATCH`, the verb Apruve's own Ruby client sends
(apruve-ruby `lib/apruve/resources/order.rb`, `invoice.rb`, `shipment.rb`); order items and
returns by the document's `PUT`, as the gem does for returns.

The console never creates Apruve orders, edits their items or reads one record at a time, so
these calls live here, on a connector the tests use, built from the same REST client, readers
and body writers as the console's own calls: what they prove about the sandbox and the
connector's reading and writing holds for the console too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from approval_console.connectors.apruve import PAGE_MAX, ApruveConnector, parse
from approval_console.connectors.apruve.serialise import (
    invoice_item_body,
    iso,
    line_item_body,
    path_id,
    put,
    put_money,
    shipment_body,
)
from approval_console.connectors.fields import Fields
from approval_console.core.billing import (
    CorporateAccount,
    Invoice,
    InvoiceItem,
    LineItem,
    Listing,
    PurchaseOrder,
    Return,
    ReturnReason,
    Shipment,
    ShipmentItem,
    ShipmentState,
    User,
    WebhookEndpoint,
)
from approval_console.core.domain import Money


class ApruveTestConnector(ApruveConnector):
    """The console's Apruve connector, with every other endpoint of the document."""

    # -- orders and their items ------------------------------------------------------------

    async def create_order(
        self,
        *,
        shopper_id: str,
        items: Sequence[LineItem],
        corporate_account_id: str | None = None,
        merchant_id: str | None = None,
        amount: Money | None = None,
        tax: Money | None = None,
        shipping: Money | None = None,
        merchant_order_id: str | None = None,
        po_number: str | None = None,
        expire_at: datetime | None = None,
        finalize_on_create: bool = True,
        invoice_on_create: bool = True,
    ) -> PurchaseOrder:
        """Create an order; by default Apruve finalizes it and invoices it at once."""
        body: dict[str, Any] = {
            "merchant_id": path_id(merchant_id) if merchant_id else await self.merchant_id(),
            "shopper_id": shopper_id,
            "order_items": [line_item_body(item) for item in items],
            "finalize_on_create": finalize_on_create,
            "invoice_on_create": invoice_on_create,
        }
        put_money(body, amount=amount, tax=tax, shipping=shipping)
        put(body, merchant_order_id=merchant_order_id, po_number=po_number)
        if expire_at is not None:
            body["expire_at"] = iso(expire_at)
        if corporate_account_id is not None:
            body["payment_term"] = {"corporate_account_id": corporate_account_id}
        return parse.purchase_order(Fields(await self.send("POST", "/orders", body)))

    async def update_order(
        self,
        order_id: str,
        *,
        merchant_order_id: str | None = None,
        amount: Money | None = None,
        tax: Money | None = None,
        shipping: Money | None = None,
        expire_at: datetime | None = None,
        items: Sequence[LineItem] | None = None,
    ) -> PurchaseOrder:
        """Change a new (unfinalized) order; None leaves a field as it is."""
        body: dict[str, Any] = {}
        put_money(body, amount=amount, tax=tax, shipping=shipping)
        put(body, merchant_order_id=merchant_order_id)
        if expire_at is not None:
            body["expire_at"] = iso(expire_at)
        if items is not None:
            body["order_items"] = [line_item_body(item) for item in items]
        path = f"/orders/{path_id(order_id)}"
        return parse.purchase_order(Fields(await self.send("PATCH", path, body)))

    async def list_order_items(
        self, order_id: str, *, page: int = 1, per_page: int = PAGE_MAX
    ) -> Listing[LineItem]:
        path = f"/orders/{path_id(order_id)}/order_items"
        return await self.listing(path, parse.line_item, page=page, per_page=per_page)

    async def add_order_item(self, order_id: str, item: LineItem) -> LineItem:
        path = f"/orders/{path_id(order_id)}/order_items"
        return parse.line_item(Fields(await self.send("POST", path, line_item_body(item))))

    async def get_order_item(self, item_id: str) -> LineItem:
        return parse.line_item(Fields(await self.get_json(f"/order_items/{path_id(item_id)}")))

    async def update_order_item(
        self,
        item_id: str,
        *,
        title: str | None = None,
        quantity: int | None = None,
        unit_price: Money | None = None,
        total: Money | None = None,
        sku: str | None = None,
        description: str | None = None,
        variant_info: str | None = None,
        vendor: str | None = None,
        merchant_notes: str | None = None,
        product_url: str | None = None,
    ) -> LineItem:
        body: dict[str, Any] = {}
        put(
            body,
            title=title,
            quantity=quantity,
            sku=sku,
            description=description,
            variant_info=variant_info,
            vendor=vendor,
            merchant_notes=merchant_notes,
            product_url=product_url,
        )
        put_money(body, price_ea=unit_price, price_total=total, with_currency=False)
        path = f"/order_items/{path_id(item_id)}"
        return parse.line_item(Fields(await self.send("PUT", path, body)))

    async def delete_order_item(self, item_id: str) -> LineItem:
        path = f"/order_items/{path_id(item_id)}"
        return parse.line_item(Fields(await self.send("DELETE", path)))

    # -- invoices --------------------------------------------------------------------------

    async def get_invoice(self, invoice_id: str) -> Invoice:
        return parse.invoice(Fields(await self.get_json(f"/invoices/{path_id(invoice_id)}")))

    async def update_invoice(
        self,
        invoice_id: str,
        *,
        amount: Money | None = None,
        tax: Money | None = None,
        shipping: Money | None = None,
        number: str | None = None,
        notes: str | None = None,
        due_at: datetime | None = None,
        items: Sequence[InvoiceItem] | None = None,
    ) -> Invoice:
        body: dict[str, Any] = {}
        put_money(body, amount=amount, tax=tax, shipping=shipping)
        put(body, merchant_invoice_id=number, merchant_notes=notes)
        if due_at is not None:
            body["due_at"] = iso(due_at)
        if items is not None:
            body["invoice_items"] = [invoice_item_body(item) for item in items]
        path = f"/invoices/{path_id(invoice_id)}"
        return parse.invoice(Fields(await self.send("PATCH", path, body)))

    async def issue_invoice(self, invoice_id: str) -> Invoice:
        return await self.invoice_action(invoice_id, "issue")

    async def close_invoice(self, invoice_id: str) -> Invoice:
        return await self.invoice_action(invoice_id, "close")

    async def cancel_invoice(self, invoice_id: str) -> Invoice:
        return await self.invoice_action(invoice_id, "cancel")

    # -- shipments and returns ---------------------------------------------------------------

    async def get_shipment(self, invoice_id: str, shipment_id: str) -> Shipment:
        path = f"/invoices/{path_id(invoice_id)}/shipments/{path_id(shipment_id)}"
        return parse.shipment(Fields(await self.get_json(path)))

    async def update_shipment(
        self,
        invoice_id: str,
        shipment_id: str,
        *,
        shipped_at: datetime | None = None,
        shipper: str | None = None,
        tracking_number: str | None = None,
        delivered_at: datetime | None = None,
        amount: Money | None = None,
        tax: Money | None = None,
        shipping: Money | None = None,
        merchant_notes: str | None = None,
        status: ShipmentState | None = None,
        merchant_shipment_id: str | None = None,
        items: Sequence[ShipmentItem] | None = None,
    ) -> Shipment:
        body = shipment_body(
            shipped_at=shipped_at,
            shipper=shipper,
            tracking_number=tracking_number,
            delivered_at=delivered_at,
            amount=amount,
            tax=tax,
            shipping=shipping,
            merchant_notes=merchant_notes,
            status=status,
            merchant_shipment_id=merchant_shipment_id,
            items=items,
        )
        path = f"/invoices/{path_id(invoice_id)}/shipments/{path_id(shipment_id)}"
        return parse.shipment(Fields(await self.send("PATCH", path, body)))

    async def get_return(self, invoice_id: str, return_id: str) -> Return:
        path = f"/invoices/{path_id(invoice_id)}/invoice_returns/{path_id(return_id)}"
        return parse.invoice_return(Fields(await self.get_json(path)))

    async def update_return(
        self,
        invoice_id: str,
        return_id: str,
        *,
        amount: Money | None = None,
        reason: ReturnReason | str | None = None,
    ) -> Return:
        body: dict[str, Any] = {}
        put_money(body, amount=amount)
        if reason is not None:
            body["reason"] = str(reason)
        path = f"/invoices/{path_id(invoice_id)}/invoice_returns/{path_id(return_id)}"
        return parse.invoice_return(Fields(await self.send("PUT", path, body)))

    # -- the merchant's records, one at a time -------------------------------------------------

    async def get_corporate_account(
        self, account_id: str, *, merchant_id: str | None = None
    ) -> CorporateAccount:
        path = f"{await self.merchant_path(merchant_id)}/corporate_accounts/{path_id(account_id)}"
        return parse.corporate_account(Fields(await self.get_json(path)))

    async def get_webhook_endpoint(
        self, endpoint_id: str, *, merchant_id: str | None = None
    ) -> WebhookEndpoint:
        path = f"{await self.merchant_path(merchant_id)}/webhook_endpoints/{path_id(endpoint_id)}"
        return parse.webhook(Fields(await self.get_json(path)))

    async def get_user(self, user_id: str) -> User:
        return parse.user(Fields(await self.get_json(f"/users/{path_id(user_id)}")))
