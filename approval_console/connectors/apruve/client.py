"""The Apruve v4 REST calls the console makes, each mapped to the console's billing types.

Only what the console uses is here: orders and their invoices, shipments and returns, the
merchant with its corporate accounts and webhook endpoints. Every request that creates or
changes something is sent once (`idempotent=False`): a lost answer means "outcome unknown",
never a blind repeat that could bill a buyer twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

import httpx

from approval_console.connectors.apruve import parse
from approval_console.connectors.apruve.serialise import (
    address_body,
    cents,
    invoice_item_body,
    iso,
    path_id,
    put,
    put_money,
    shipment_body,
)
from approval_console.connectors.base import Account
from approval_console.connectors.common import ConnectorBase, HeaderKeyAuth, limiter_for
from approval_console.connectors.fields import Fields, objects_of
from approval_console.connectors.http import HttpClient, decode_json
from approval_console.connectors.ratelimit import Priority
from approval_console.core import errors
from approval_console.core.billing import (
    Address,
    CorporateAccount,
    Invoice,
    InvoiceItem,
    Listing,
    Merchant,
    PurchaseOrder,
    Return,
    ReturnReason,
    Shipment,
    ShipmentItem,
    ShipmentState,
    WebhookEndpoint,
)
from approval_console.core.domain import Money
from approval_console.core.i18n import translate

API_PREFIX = "/api/v4"
API_KEY_HEADER = "Apruve-Api-Key"
ACCEPT = "application/json;revision=v4"
PAGE_MAX = 100

T = TypeVar("T")


def apruve_error_message(response: httpx.Response, body: Any) -> tuple[str, dict[str, list[str]]]:
    """Apruve's error bodies: 401 `{"error"}`, 404/422 JSON:API `{"errors": [...]}`.

    Field reasons are keyed by the JSON pointer less `/data/attributes/` (e.g. `shipped_at`,
    `order_items/0/title`); the message joins each error's `detail` (or `title`).
    """
    status = response.status_code
    fields: dict[str, list[str]] = {}
    reasons: list[str] = []
    if isinstance(body, dict):
        raw = body.get("errors")
        if isinstance(raw, list):
            for entry in raw:
                if not isinstance(entry, dict):
                    continue
                title = entry.get("title") if isinstance(entry.get("title"), str) else None
                detail = entry.get("detail") if isinstance(entry.get("detail"), str) else None
                source = entry.get("source")
                pointer = source.get("pointer") if isinstance(source, dict) else None
                if isinstance(pointer, str) and pointer:
                    key = pointer.removeprefix("/data/attributes/").strip("/") or "base"
                    fields.setdefault(key, []).append(title or detail or "is invalid")
                if detail or title:
                    reasons.append(str(detail or title))
        elif isinstance(body.get("error"), str):
            reasons.append(body["error"])
    if status == 404 and reasons == ["Not Found"]:
        return translate(
            "Apruve", "Not found: it does not exist or belongs to another merchant."
        ), fields
    if reasons:
        return "; ".join(reasons), fields
    return translate("Server", "The server answered {status}.").format(status=status), fields


class ApruveClient(ConnectorBase):
    """One account's Apruve v4 endpoints: a request each, answered in billing types."""

    def __init__(
        self,
        account: Account,
        api_key: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.account = account
        options = account.options
        self.limiter = limiter_for(options)
        self._merchant_id: str | None = options.get("merchant_id") or None
        self.http = HttpClient(
            account.base_url.rstrip("/") + API_PREFIX,
            auth=HeaderKeyAuth(API_KEY_HEADER, api_key),
            headers={"Accept": ACCEPT, "User-Agent": "ApprovalConsole"},
            error_message=apruve_error_message,
            transport=transport,
        )

    # -- requests ------------------------------------------------------------------------

    async def get_json(
        self, path: str, *, params: Any = None, priority: Priority = Priority.INTERACTIVE
    ) -> Any:
        """A read, retried where safe, decoded."""
        return await decode_json(await self._read(path, params=params, priority=priority))

    async def send(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """A change, sent once, decoded."""
        return await decode_json(await self._change(method, path, json=body))

    async def listing(
        self,
        path: str,
        read: Callable[[Fields], T],
        *,
        page: int,
        per_page: int,
        params: Sequence[tuple[str, str]] = (),
        priority: Priority = Priority.INTERACTIVE,
    ) -> Listing[T]:
        """One page of a listing, with its extent when the headers give it."""
        if page < 1 or not 1 <= per_page <= PAGE_MAX:
            raise ValueError(f"page must be >= 1 and per_page 1 to {PAGE_MAX}")
        query = [*params, ("page", str(page)), ("per_page", str(per_page))]
        response = await self._read(path, params=query, priority=priority)
        items = tuple(read(item) for item in objects_of(await decode_json(response)))
        return parse.listing_from(response, items, page, per_page)

    async def merchant_id(self) -> str:
        """The merchant the key acts for: the `merchant_id` option, else read off an order."""
        if self._merchant_id is None:
            body = await self.get_json("/orders", params={"page": "1", "per_page": "1"})
            orders = objects_of(body)
            if not orders:
                raise errors.ApiError(
                    translate(
                        "Apruve",
                        "The merchant id is not known yet: set merchant_id in the account options.",
                    )
                )
            self._merchant_id = path_id(orders[0].text("merchant_id"))
        return self._merchant_id

    async def merchant_path(self, merchant_id: str | None = None) -> str:
        """`/merchants/<id>` for the merchant given, else the one the key acts for."""
        merchant = path_id(merchant_id) if merchant_id else await self.merchant_id()
        return f"/merchants/{merchant}"

    # -- orders --------------------------------------------------------------------------

    async def list_purchase_orders(
        self,
        *,
        merchant_order_id: str | None = None,
        page: int = 1,
        per_page: int = PAGE_MAX,
        priority: Priority = Priority.INTERACTIVE,
    ) -> Listing[PurchaseOrder]:
        params = [("merchant_order_id", merchant_order_id)] if merchant_order_id else []
        return await self.listing(
            "/orders",
            parse.purchase_order,
            page=page,
            per_page=per_page,
            params=params,
            priority=priority,
        )

    async def get_purchase_order(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> PurchaseOrder:
        body = await self.get_json(f"/orders/{path_id(order_id)}", priority=priority)
        return parse.purchase_order(Fields(body))

    async def finalize_order(self, order_id: str) -> PurchaseOrder:
        """new -> pending: the order is ready to be presented to the buyer."""
        path = f"/orders/{path_id(order_id)}/finalize"
        return parse.purchase_order(Fields(await self.send("POST", path)))

    async def cancel_order(self, order_id: str) -> PurchaseOrder:
        path = f"/orders/{path_id(order_id)}/cancel"
        return parse.purchase_order(Fields(await self.send("POST", path)))

    # -- invoices ------------------------------------------------------------------------

    async def list_invoices(
        self, order_id: str, *, page: int = 1, per_page: int = PAGE_MAX
    ) -> Listing[Invoice]:
        path = f"/orders/{path_id(order_id)}/invoices"
        return await self.listing(path, parse.invoice, page=page, per_page=per_page)

    async def create_invoice(
        self,
        order_id: str,
        *,
        amount: Money,
        items: Sequence[InvoiceItem] = (),
        amount_due: Money | None = None,
        tax: Money | None = None,
        shipping: Money | None = None,
        number: str | None = None,
        notes: str | None = None,
        due_at: datetime | None = None,
        terms_of_delivery: str | None = None,
        footer: str | None = None,
        bill_to: Address | None = None,
        ship_to: Address | None = None,
        sold_to: Address | None = None,
        remittance: Address | None = None,
        fiscal_representative: Address | None = None,
        issue_on_create: bool = True,
    ) -> Invoice:
        """Add an invoice to an order. With `issue_on_create=False` it stays pending until
        issued; otherwise Apruve issues it as soon as the order allows."""
        body: dict[str, Any] = {
            "invoice_items": [invoice_item_body(item) for item in items],
            "issue_on_create": issue_on_create,
        }
        put_money(body, amount=amount, tax=tax, shipping=shipping)
        if amount_due is not None:
            body["amount_due"] = cents(amount_due, "amount_due")
        put(
            body,
            merchant_invoice_id=number,
            merchant_notes=notes,
            terms_of_delivery=terms_of_delivery,
            footer=footer,
        )
        if due_at is not None:
            body["due_at"] = iso(due_at)
        addresses = {
            "bill_to": bill_to,
            "ship_to": ship_to,
            "sold_to": sold_to,
            "remittance": remittance,
            "fiscal_representative": fiscal_representative,
        }
        for name, address in addresses.items():
            if address is not None:
                body[parse.ADDRESS_FIELDS[name]] = address_body(address)
        path = f"/orders/{path_id(order_id)}/invoices"
        return parse.invoice(Fields(await self.send("POST", path, body)))

    async def invoice_action(self, invoice_id: str, action: str) -> Invoice:
        """`issue` (pending -> open), `close` (consider it paid) or `cancel` an invoice."""
        path = f"/invoices/{path_id(invoice_id)}/{action}"
        return parse.invoice(Fields(await self.send("POST", path)))

    # -- shipments and returns -------------------------------------------------------------

    async def list_shipments(
        self, invoice_id: str, *, page: int = 1, per_page: int = PAGE_MAX
    ) -> Listing[Shipment]:
        path = f"/invoices/{path_id(invoice_id)}/shipments"
        return await self.listing(path, parse.shipment, page=page, per_page=per_page)

    async def create_shipment(
        self,
        invoice_id: str,
        *,
        shipped_at: datetime | None,
        shipper: str | None = None,
        tracking_number: str | None = None,
        delivered_at: datetime | None = None,
        amount: Money | None = None,
        tax: Money | None = None,
        shipping: Money | None = None,
        merchant_notes: str | None = None,
        status: ShipmentState | None = None,
        merchant_shipment_id: str | None = None,
        items: Sequence[ShipmentItem] = (),
    ) -> Shipment:
        """Record goods sent against an invoice. `shipped_at` is required by the server; None
        is sent as absent, and the server's refusal comes back as a `ValidationError`."""
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
        path = f"/invoices/{path_id(invoice_id)}/shipments"
        return parse.shipment(Fields(await self.send("POST", path, body)))

    async def list_returns(
        self, invoice_id: str, *, page: int = 1, per_page: int = PAGE_MAX
    ) -> Listing[Return]:
        path = f"/invoices/{path_id(invoice_id)}/invoice_returns"
        return await self.listing(path, parse.invoice_return, page=page, per_page=per_page)

    async def create_return(
        self, invoice_id: str, *, amount: Money, reason: ReturnReason | str
    ) -> Return:
        """Credit part of an issued invoice; the amount must be below the invoice total."""
        body: dict[str, Any] = {"reason": str(reason)}
        put_money(body, amount=amount)
        path = f"/invoices/{path_id(invoice_id)}/invoice_returns"
        return parse.invoice_return(Fields(await self.send("POST", path, body)))

    # -- the merchant, its corporate accounts and webhook endpoints ---------------------------

    async def get_merchant(self, merchant_id: str | None = None) -> Merchant:
        return parse.merchant(Fields(await self.get_json(await self.merchant_path(merchant_id))))

    async def list_corporate_accounts(
        self,
        *,
        email: str | None = None,
        merchant_id: str | None = None,
        page: int = 1,
        per_page: int = PAGE_MAX,
    ) -> Listing[CorporateAccount]:
        """The merchant's corporate accounts; `email` keeps those that user buys for."""
        path = f"{await self.merchant_path(merchant_id)}/corporate_accounts"
        params = [("email", email.strip())] if email and email.strip() else []
        return await self.listing(
            path, parse.corporate_account, page=page, per_page=per_page, params=params
        )

    async def list_webhook_endpoints(
        self, *, merchant_id: str | None = None
    ) -> list[WebhookEndpoint]:
        path = f"{await self.merchant_path(merchant_id)}/webhook_endpoints"
        return [parse.webhook(item) for item in objects_of(await self.get_json(path))]

    async def create_webhook_endpoint(
        self,
        url: str,
        *,
        version: str = "v4",
        auth_header: str | None = None,
        merchant_id: str | None = None,
    ) -> WebhookEndpoint:
        body: dict[str, Any] = {"version": version, "url": url}
        put(body, auth_header=auth_header)
        path = f"{await self.merchant_path(merchant_id)}/webhook_endpoints"
        return parse.webhook(Fields(await self.send("POST", path, body)))

    async def delete_webhook_endpoint(
        self, endpoint_id: str, *, merchant_id: str | None = None
    ) -> WebhookEndpoint:
        """Remove an endpoint; returns the endpoint removed."""
        path = f"{await self.merchant_path(merchant_id)}/webhook_endpoints/{path_id(endpoint_id)}"
        return parse.webhook(Fields(await self.send("DELETE", path)))
