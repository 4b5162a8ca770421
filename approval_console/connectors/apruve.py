"""Apruve v4: B2B purchase orders, their invoices, shipments and returns, and the merchant.

Written from the Apruve v4 document. Orders move new -> pending (finalize) -> accepted (the
buyer approves, outside this API) or canceled; invoices pending -> open (issue) -> funded (the
bank pays, outside this API) -> closed, or canceled. Amounts travel as integer cents and become
exact `Money` in the payload's currency.

Where the document is silent:
- Rate limits are not documented; a polite client-side limit (120 a minute, `rate_limit` and
  `rate_window` options) keeps a full sync from hammering the server.
- Listings are JSON arrays; `Total`, `Per-Page` and `Link` headers give the extent when present.
  Without them a full page is taken to mean there may be more.
- `GET /orders` filters only by `merchant_order_id` (exact). The console's search text is sent
  as that; a status filter (which the sync service uses) is applied here over every page.
- The merchant id needed by the merchant endpoints comes from the account option
  `merchant_id`, else from the merchant's orders (each names it).
- Every request that creates or changes something is sent once (`idempotent=False`): a lost
  answer means "outcome unknown", never a blind repeat that could bill a buyer twice.
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import httpx

from approval_console.connectors.base import Account
from approval_console.connectors.common import (
    ConnectorBase,
    HeaderKeyAuth,
    limiter_for,
    next_page,
)
from approval_console.connectors.fields import Fields, objects_of
from approval_console.connectors.http import HttpClient, decode_json
from approval_console.connectors.ratelimit import Priority
from approval_console.connectors.registry import BACKENDS
from approval_console.core import errors
from approval_console.core.billing import (
    Address,
    CorporateAccount,
    Invoice,
    InvoiceItem,
    InvoiceRecord,
    InvoiceState,
    LineItem,
    Listing,
    Merchant,
    OrderBilling,
    OrderState,
    PaymentMethod,
    PaymentTerm,
    PurchaseOrder,
    Return,
    ReturnReason,
    Shipment,
    ShipmentItem,
    ShipmentState,
    User,
    WebhookEndpoint,
    invoice_from_order,
)
from approval_console.core.changes import (
    BillingChange,
    CreateInvoice,
    InvoiceAction,
    OrderAction,
    OrderActionKind,
    RecordReturn,
    RecordShipment,
)
from approval_console.core.domain import (
    Customer,
    Money,
    Order,
    OrderDetail,
    OrderQuery,
    OrderStatus,
    Page,
    Review,
    Status,
)

BACKEND = "apruve"
API_PREFIX = "/api/v4"
API_KEY_HEADER = "Apruve-Api-Key"
ACCEPT = "application/json;revision=v4"
DEFAULT_CURRENCY = "USD"  # "Only USD is supported at this time"
PAGE_MAX = 100

CAPABILITIES = BACKENDS[BACKEND].capabilities

STATE_COLORS = {
    OrderState.NEW: "#6B7280",
    OrderState.PENDING: "#F59E0B",
    OrderState.ACCEPTED: "#10B981",
    OrderState.CANCELED: "#EF4444",
}

# Pending orders wait on their buyer's approval: the review queue shows them, to follow up or
# cancel. New ones are the seller's own drafts.
REVIEW = {
    OrderState.PENDING: Review.AWAITING,
    OrderState.ACCEPTED: Review.APPROVED,
    OrderState.CANCELED: Review.CANCELED,
}

ADDRESS_FIELDS = {
    "bill_to": "bill_to_address",
    "ship_to": "ship_to_address",
    "sold_to": "sold_to_address",
    "remittance": "remittance_address",
    "fiscal_representative": "fiscal_representative",
}

_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_LINK = re.compile(r'<([^>]*)>\s*;\s*rel="?([a-z]+)"?')
E = TypeVar("E", OrderState, InvoiceState, ShipmentState, ReturnReason)
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
        return "Not found: it does not exist or belongs to another merchant.", fields
    if reasons:
        return "; ".join(reasons), fields
    return f"The server answered {status}.", fields


class ApruveConnector(ConnectorBase):
    """Every Apruve v4 endpoint, mapped to backend-neutral types."""

    system = "Apruve"
    capabilities = CAPABILITIES

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
        self._accounts: dict[str, CorporateAccount] | None = None
        self.http = HttpClient(
            account.base_url.rstrip("/") + API_PREFIX,
            auth=HeaderKeyAuth(API_KEY_HEADER, api_key),
            headers={"Accept": ACCEPT, "User-Agent": "ApprovalConsole"},
            error_message=apruve_error_message,
            transport=transport,
        )

    # -- transport -----------------------------------------------------------------------

    async def _get_json(
        self, path: str, *, params: Any = None, priority: Priority = Priority.INTERACTIVE
    ) -> Any:
        return await decode_json(await self._read(path, params=params, priority=priority))

    async def _send(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        return await decode_json(await self._change(method, path, json=body))

    async def _listing(
        self,
        path: str,
        read: Callable[[Fields], T],
        *,
        page: int,
        per_page: int,
        params: Sequence[tuple[str, str]] = (),
        priority: Priority = Priority.INTERACTIVE,
    ) -> Listing[T]:
        if page < 1 or not 1 <= per_page <= PAGE_MAX:
            raise ValueError(f"page must be >= 1 and per_page 1 to {PAGE_MAX}")
        query = [*params, ("page", str(page)), ("per_page", str(per_page))]
        response = await self._read(path, params=query, priority=priority)
        items = tuple(read(item) for item in objects_of(await decode_json(response)))
        return _listing_from(response, items, page, per_page)

    async def merchant_id(self) -> str:
        """The merchant the key acts for: the `merchant_id` option, else read off an order."""
        if self._merchant_id is None:
            body = await self._get_json("/orders", params={"page": "1", "per_page": "1"})
            orders = objects_of(body)
            if not orders:
                raise errors.ApiError(
                    "The merchant id is not known yet: set merchant_id in the account options."
                )
            self._merchant_id = _path_id(orders[0].text("merchant_id"))
        return self._merchant_id

    async def _merchant(self, merchant_id: str | None) -> str:
        return _path_id(merchant_id) if merchant_id else await self.merchant_id()

    # -- the Connector protocol ----------------------------------------------------------

    async def list_statuses(self) -> list[Status]:
        """Apruve's fixed order lifecycle, in order; no request needed."""
        return [
            Status(
                code=state.value,
                name=state.label,
                description=state.description,
                color=STATE_COLORS[state],
                position=position,
            )
            for position, state in enumerate(OrderState)
        ]

    async def list_orders(
        self,
        query: OrderQuery,
        *,
        page: int = 1,
        per_page: int = PAGE_MAX,
        priority: Priority = Priority.NORMAL,
    ) -> Page:
        """Orders, newest first. `search` (or `extra["merchant_order_id"]`) is an exact
        merchant order id; `status_code` and `exclude_canceled` are applied here over every
        page, since Apruve cannot filter by state; other filters are not supported."""
        unsupported = [
            name
            for name, value in (
                ("tags_all", query.tags_all),
                ("tags_any", query.tags_any),
                ("financial_status", query.financial_status),
                ("fulfillment_status", query.fulfillment_status),
                ("due_date_from", query.due_date_from),
                ("due_date_to", query.due_date_to),
            )
            if value
        ]
        unsupported += [key for key in query.extra if key != "merchant_order_id"]
        if unsupported:
            raise NotImplementedError(f"Apruve cannot filter orders by {', '.join(unsupported)}")
        merchant_order_id = query.extra.get("merchant_order_id") or (
            query.search.strip().lstrip("#") if query.search and query.search.strip() else None
        )
        if query.status_code is None and not query.exclude_canceled:
            listing = await self.list_purchase_orders(
                merchant_order_id=merchant_order_id,
                page=page,
                per_page=per_page,
                priority=priority,
            )
            items = tuple(await self._with_customers(listing.items))
            total = listing.total
            if total is None:
                total = (page - 1) * per_page + len(items) + (1 if listing.has_more else 0)
            last_page = listing.last_page or (page + 1 if listing.has_more else page)
            return Page(items, page=page, last_page=last_page, total=total, per_page=per_page)

        wanted = OrderState(query.status_code) if query.status_code else None
        matching: list[PurchaseOrder] = []
        number = 1
        while True:
            listing = await self.list_purchase_orders(
                merchant_order_id=merchant_order_id,
                page=number,
                per_page=PAGE_MAX,
                priority=priority,
            )
            for record in listing.items:
                if wanted is not None and record.state is not wanted:
                    continue
                if query.exclude_canceled and record.state is OrderState.CANCELED:
                    continue
                matching.append(record)
            if not listing.has_more or not listing.items:
                break
            number = next_page(number)
        start = (page - 1) * per_page
        return Page(
            items=tuple(await self._with_customers(matching[start : start + per_page])),
            page=page,
            last_page=max(1, math.ceil(len(matching) / per_page)),
            total=len(matching),
            per_page=per_page,
        )

    async def get_order(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderDetail:
        """The order with its items, invoices, shipments and returns; Apruve keeps no history."""
        billing = await self.get_billing(order_id, priority=priority)
        return OrderDetail(order=billing.purchase_order.order, billing=billing)

    async def get_billing(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderBilling:
        """Everything billed on an order, each invoice's shipments and returns read together."""
        record, invoices = await asyncio.gather(
            self.get_purchase_order(order_id, priority=priority),
            self._every(lambda page: self.list_invoices(order_id, page=page)),
        )
        [record] = await self._with_customer_records([record])

        async def invoice_record(invoice: Invoice) -> InvoiceRecord:
            shipments, returns = await asyncio.gather(
                self._every(lambda page: self.list_shipments(invoice.id, page=page)),
                self._every(lambda page: self.list_returns(invoice.id, page=page)),
            )
            return InvoiceRecord(invoice, tuple(shipments), tuple(returns))

        records = await asyncio.gather(*(invoice_record(invoice) for invoice in invoices))
        return OrderBilling(record, tuple(records))

    async def perform(self, order_id: str, change: BillingChange) -> None:
        """Carry out one journaled billing change on an order."""
        if isinstance(change, OrderAction):
            if change.action is OrderActionKind.FINALIZE:
                await self.finalize_order(order_id)
            elif change.action is OrderActionKind.CANCEL:
                await self.cancel_order(order_id)
            else:
                raise NotImplementedError("Apruve orders are approved by their buyer")
        elif isinstance(change, CreateInvoice):
            record = await self.get_purchase_order(order_id)
            draft = invoice_from_order(record, change.item_ids)
            due_at = (
                datetime.combine(change.due_date, datetime.min.time(), UTC)
                if change.due_date
                else None
            )
            await self.create_invoice(
                order_id,
                amount=draft.amount,
                tax=draft.tax,
                shipping=draft.shipping,
                items=draft.items,
                number=change.number,
                notes=change.notes,
                due_at=due_at,
                issue_on_create=change.issue,
            )
        elif isinstance(change, InvoiceAction):
            await self._invoice_action(change.invoice_id, change.action.value)
        elif isinstance(change, RecordShipment):
            await self.create_shipment(
                change.invoice_id,
                shipped_at=change.shipped_at,
                shipper=change.shipper,
                tracking_number=change.tracking_number,
                delivered_at=change.delivered_at,
                merchant_notes=change.notes,
                status=ShipmentState.FULFILLED if change.complete else ShipmentState.PARTIAL,
            )
        elif isinstance(change, RecordReturn):
            amount = Money.from_minor(change.amount_minor, change.currency)
            await self.create_return(change.invoice_id, amount=amount, reason=change.reason)
        else:  # pragma: no cover - the union is closed
            raise TypeError(f"unknown billing change {change!r}")

    async def _every(self, read: Callable[[int], Any]) -> list[Any]:
        """Every item of a listing, page after page."""
        items: list[Any] = []
        page = 1
        while True:
            listing = await read(page)
            items.extend(listing.items)
            if not listing.has_more or not listing.items:
                return items
            page = next_page(page)

    # -- customers: orders name only the corporate account and the buyer -----------------

    async def _with_customers(self, records: Sequence[PurchaseOrder]) -> list[Order]:
        return [record.order for record in await self._with_customer_records(records)]

    async def _with_customer_records(self, records: Sequence[PurchaseOrder]) -> list[PurchaseOrder]:
        """Orders with the corporate account as customer and the buyer's email, so the list
        says who ordered; the accounts are read once and again only when a new one appears."""
        ids = {r.payment_term.corporate_account_id for r in records if r.payment_term}
        ids.discard(None)
        if self._accounts is None or not ids <= self._accounts.keys():
            try:
                accounts = await self._every(lambda page: self.list_corporate_accounts(page=page))
            except errors.ApiError:
                if self._accounts is None:
                    return list(records)  # the orders still list, without names
            else:
                self._accounts = {account.id: account for account in accounts}
        known = self._accounts or {}
        result = []
        for record in records:
            term = record.payment_term
            account = known.get(term.corporate_account_id or "") if term else None
            if account is None:
                result.append(record)
                continue
            buyer = next((u for u in account.authorized_buyers if u.id == record.shopper_id), None)
            customer = Customer(name=account.name, email=buyer.email if buyer else "")
            order = dataclasses.replace(record.order, customer=customer)
            result.append(dataclasses.replace(record, order=order))
        return result

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
        return await self._listing(
            "/orders",
            _purchase_order,
            page=page,
            per_page=per_page,
            params=params,
            priority=priority,
        )

    async def get_purchase_order(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> PurchaseOrder:
        body = await self._get_json(f"/orders/{_path_id(order_id)}", priority=priority)
        return _purchase_order(Fields(body))

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
            "merchant_id": await self._merchant(merchant_id),
            "shopper_id": shopper_id,
            "order_items": [_line_item_body(item) for item in items],
            "finalize_on_create": finalize_on_create,
            "invoice_on_create": invoice_on_create,
        }
        _put_money(body, amount=amount, tax=tax, shipping=shipping)
        _put(body, merchant_order_id=merchant_order_id, po_number=po_number)
        if expire_at is not None:
            body["expire_at"] = _iso(expire_at)
        if corporate_account_id is not None:
            body["payment_term"] = {"corporate_account_id": corporate_account_id}
        return _purchase_order(Fields(await self._send("POST", "/orders", body)))

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
        """Change a new (unfinalized) order; None leaves a field as it is. `items`, when given,
        replace every item of the order."""
        body: dict[str, Any] = {}
        _put_money(body, amount=amount, tax=tax, shipping=shipping)
        _put(body, merchant_order_id=merchant_order_id)
        if expire_at is not None:
            body["expire_at"] = _iso(expire_at)
        if items is not None:
            body["order_items"] = [_line_item_body(item) for item in items]
        path = f"/orders/{_path_id(order_id)}"
        return _purchase_order(Fields(await self._send("PUT", path, body)))

    async def finalize_order(self, order_id: str) -> PurchaseOrder:
        """new -> pending: the order is ready to be presented to the buyer."""
        path = f"/orders/{_path_id(order_id)}/finalize"
        return _purchase_order(Fields(await self._send("POST", path)))

    async def cancel_order(self, order_id: str) -> PurchaseOrder:
        path = f"/orders/{_path_id(order_id)}/cancel"
        return _purchase_order(Fields(await self._send("POST", path)))

    # -- order items ---------------------------------------------------------------------

    async def list_order_items(
        self, order_id: str, *, page: int = 1, per_page: int = PAGE_MAX
    ) -> Listing[LineItem]:
        path = f"/orders/{_path_id(order_id)}/order_items"
        return await self._listing(path, _line_item, page=page, per_page=per_page)

    async def add_order_item(self, order_id: str, item: LineItem) -> LineItem:
        path = f"/orders/{_path_id(order_id)}/order_items"
        return _line_item(Fields(await self._send("POST", path, _line_item_body(item))))

    async def get_order_item(self, item_id: str) -> LineItem:
        return _line_item(Fields(await self._get_json(f"/order_items/{_path_id(item_id)}")))

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
        """Change an item of a new order; None leaves a field as it is."""
        body: dict[str, Any] = {}
        _put(
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
        _put_money(body, price_ea=unit_price, price_total=total, with_currency=False)
        path = f"/order_items/{_path_id(item_id)}"
        return _line_item(Fields(await self._send("PUT", path, body)))

    async def delete_order_item(self, item_id: str) -> LineItem:
        """Remove an item of a new order; returns the item removed."""
        path = f"/order_items/{_path_id(item_id)}"
        return _line_item(Fields(await self._send("DELETE", path)))

    # -- invoices ------------------------------------------------------------------------

    async def list_invoices(
        self, order_id: str, *, page: int = 1, per_page: int = PAGE_MAX
    ) -> Listing[Invoice]:
        path = f"/orders/{_path_id(order_id)}/invoices"
        return await self._listing(path, _invoice, page=page, per_page=per_page)

    async def get_invoice(self, invoice_id: str) -> Invoice:
        return _invoice(Fields(await self._get_json(f"/invoices/{_path_id(invoice_id)}")))

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
        `issue_invoice`; otherwise Apruve issues it as soon as the order allows."""
        body: dict[str, Any] = {
            "invoice_items": [_invoice_item_body(item) for item in items],
            "issue_on_create": issue_on_create,
        }
        _put_money(body, amount=amount, tax=tax, shipping=shipping)
        if amount_due is not None:
            body["amount_due"] = _cents(amount_due, "amount_due")
        _put(
            body,
            merchant_invoice_id=number,
            merchant_notes=notes,
            terms_of_delivery=terms_of_delivery,
            footer=footer,
        )
        if due_at is not None:
            body["due_at"] = _iso(due_at)
        addresses = {
            "bill_to": bill_to,
            "ship_to": ship_to,
            "sold_to": sold_to,
            "remittance": remittance,
            "fiscal_representative": fiscal_representative,
        }
        for name, address in addresses.items():
            if address is not None:
                body[ADDRESS_FIELDS[name]] = _address_body(address)
        path = f"/orders/{_path_id(order_id)}/invoices"
        return _invoice(Fields(await self._send("POST", path, body)))

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
        """Change a pending invoice; None leaves a field as it is; `items` replace all."""
        body: dict[str, Any] = {}
        _put_money(body, amount=amount, tax=tax, shipping=shipping)
        _put(body, merchant_invoice_id=number, merchant_notes=notes)
        if due_at is not None:
            body["due_at"] = _iso(due_at)
        if items is not None:
            body["invoice_items"] = [_invoice_item_body(item) for item in items]
        path = f"/invoices/{_path_id(invoice_id)}"
        return _invoice(Fields(await self._send("PUT", path, body)))

    async def issue_invoice(self, invoice_id: str) -> Invoice:
        """pending -> open: ask the buyer for payment (needs enough credit on the account)."""
        return await self._invoice_action(invoice_id, "issue")

    async def close_invoice(self, invoice_id: str) -> Invoice:
        """Consider the invoice paid as it stands; Apruve stops collecting."""
        return await self._invoice_action(invoice_id, "close")

    async def cancel_invoice(self, invoice_id: str) -> Invoice:
        return await self._invoice_action(invoice_id, "cancel")

    async def _invoice_action(self, invoice_id: str, action: str) -> Invoice:
        path = f"/invoices/{_path_id(invoice_id)}/{action}"
        return _invoice(Fields(await self._send("POST", path)))

    # -- shipments -----------------------------------------------------------------------

    async def list_shipments(
        self, invoice_id: str, *, page: int = 1, per_page: int = PAGE_MAX
    ) -> Listing[Shipment]:
        path = f"/invoices/{_path_id(invoice_id)}/shipments"
        return await self._listing(path, _shipment, page=page, per_page=per_page)

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
        body = _shipment_body(
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
        path = f"/invoices/{_path_id(invoice_id)}/shipments"
        return _shipment(Fields(await self._send("POST", path, body)))

    async def get_shipment(self, invoice_id: str, shipment_id: str) -> Shipment:
        path = f"/invoices/{_path_id(invoice_id)}/shipments/{_path_id(shipment_id)}"
        return _shipment(Fields(await self._get_json(path)))

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
        """Change a shipment; None leaves a field as it is; `items` replace all."""
        body = _shipment_body(
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
        path = f"/invoices/{_path_id(invoice_id)}/shipments/{_path_id(shipment_id)}"
        return _shipment(Fields(await self._send("PUT", path, body)))

    # -- returns -------------------------------------------------------------------------

    async def list_returns(
        self, invoice_id: str, *, page: int = 1, per_page: int = PAGE_MAX
    ) -> Listing[Return]:
        path = f"/invoices/{_path_id(invoice_id)}/invoice_returns"
        return await self._listing(path, _return, page=page, per_page=per_page)

    async def create_return(
        self, invoice_id: str, *, amount: Money, reason: ReturnReason | str
    ) -> Return:
        """Credit part of an issued invoice; the amount must be below the invoice total."""
        body: dict[str, Any] = {"reason": str(reason)}
        _put_money(body, amount=amount)
        path = f"/invoices/{_path_id(invoice_id)}/invoice_returns"
        return _return(Fields(await self._send("POST", path, body)))

    async def get_return(self, invoice_id: str, return_id: str) -> Return:
        path = f"/invoices/{_path_id(invoice_id)}/invoice_returns/{_path_id(return_id)}"
        return _return(Fields(await self._get_json(path)))

    async def update_return(
        self,
        invoice_id: str,
        return_id: str,
        *,
        amount: Money | None = None,
        reason: ReturnReason | str | None = None,
    ) -> Return:
        body: dict[str, Any] = {}
        _put_money(body, amount=amount)
        if reason is not None:
            body["reason"] = str(reason)
        path = f"/invoices/{_path_id(invoice_id)}/invoice_returns/{_path_id(return_id)}"
        return _return(Fields(await self._send("PUT", path, body)))

    # -- merchant, corporate accounts, webhooks, users -------------------------------------

    async def get_merchant(self, merchant_id: str | None = None) -> Merchant:
        body = await self._get_json(f"/merchants/{await self._merchant(merchant_id)}")
        return _merchant(Fields(body))

    async def list_corporate_accounts(
        self,
        *,
        email: str | None = None,
        merchant_id: str | None = None,
        page: int = 1,
        per_page: int = PAGE_MAX,
    ) -> Listing[CorporateAccount]:
        """The merchant's corporate accounts; `email` keeps those that user buys for."""
        path = f"/merchants/{await self._merchant(merchant_id)}/corporate_accounts"
        params = [("email", email.strip())] if email and email.strip() else []
        return await self._listing(
            path, _corporate_account, page=page, per_page=per_page, params=params
        )

    async def get_corporate_account(
        self, account_id: str, *, merchant_id: str | None = None
    ) -> CorporateAccount:
        merchant = await self._merchant(merchant_id)
        path = f"/merchants/{merchant}/corporate_accounts/{_path_id(account_id)}"
        return _corporate_account(Fields(await self._get_json(path)))

    async def list_webhook_endpoints(
        self, *, merchant_id: str | None = None
    ) -> list[WebhookEndpoint]:
        path = f"/merchants/{await self._merchant(merchant_id)}/webhook_endpoints"
        return [_webhook(item) for item in objects_of(await self._get_json(path))]

    async def create_webhook_endpoint(
        self,
        url: str,
        *,
        version: str = "v4",
        auth_header: str | None = None,
        merchant_id: str | None = None,
    ) -> WebhookEndpoint:
        body: dict[str, Any] = {"version": version, "url": url}
        _put(body, auth_header=auth_header)
        path = f"/merchants/{await self._merchant(merchant_id)}/webhook_endpoints"
        return _webhook(Fields(await self._send("POST", path, body)))

    async def get_webhook_endpoint(
        self, endpoint_id: str, *, merchant_id: str | None = None
    ) -> WebhookEndpoint:
        merchant = await self._merchant(merchant_id)
        path = f"/merchants/{merchant}/webhook_endpoints/{_path_id(endpoint_id)}"
        return _webhook(Fields(await self._get_json(path)))

    async def delete_webhook_endpoint(
        self, endpoint_id: str, *, merchant_id: str | None = None
    ) -> WebhookEndpoint:
        """Remove an endpoint; returns the endpoint removed."""
        merchant = await self._merchant(merchant_id)
        path = f"/merchants/{merchant}/webhook_endpoints/{_path_id(endpoint_id)}"
        return _webhook(Fields(await self._send("DELETE", path)))

    async def get_user(self, user_id: str) -> User:
        return _user(Fields(await self._get_json(f"/users/{_path_id(user_id)}")))


# ---- reading ---------------------------------------------------------------------------------


def _listing_from(
    response: httpx.Response, items: tuple[T, ...], page: int, per_page: int
) -> Listing[T]:
    """Extent from `Total`/`Per-Page`, else from the `Link` header's last page, else unknown."""
    total = _int_header(response, "Total")
    size = _int_header(response, "Per-Page") or per_page
    last_page: int | None = None
    if total is not None:
        last_page = max(1, math.ceil(total / size))
    else:
        links = {rel: url for url, rel in _LINK.findall(response.headers.get("Link", ""))}
        if "last" in links:
            last_page = _page_of(links["last"])
        elif "next" not in links and response.headers.get("Link") is not None:
            last_page = page
    return Listing(items=items, page=page, per_page=size, total=total, last_page=last_page)


def _page_of(url: str) -> int | None:
    try:
        value = httpx.URL(url).params.get("page")
        return int(value) if value is not None else None
    except (ValueError, httpx.InvalidURL):
        return None


def _int_header(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name)
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


def _enum(item: Fields, key: str, kind: type[E], what: str) -> E:
    text = item.text(key)
    try:
        return kind(text)
    except ValueError:
        raise errors.ResponseFormatError(
            f"{item.path}.{key}", f"is an unknown {what} {text!r}"
        ) from None


def _currency(item: Fields, default: str = DEFAULT_CURRENCY) -> str:
    return item.opt_text("currency") or default


def _money(item: Fields, key: str, currency: str) -> Money:
    return Money.from_minor(item.integer(key), currency)


def _opt_money(item: Fields, key: str, currency: str) -> Money | None:
    cents = item.opt_integer(key)
    return None if cents is None else Money.from_minor(cents, currency)


def _opt_decimal(item: Fields, key: str) -> Decimal | None:
    value = item.value.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise errors.ResponseFormatError(f"{item.path}.{key}", "should be a number")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise errors.ResponseFormatError(
            f"{item.path}.{key}", f"should be a number, got {value!r}"
        ) from None


def _purchase_order(item: Fields) -> PurchaseOrder:
    currency = _currency(item)
    state = _enum(item, "status", OrderState, "order state")
    order_id = item.text("id")
    merchant_order_id = item.opt_text("merchant_order_id")
    amount = _money(item, "amount_cents", currency)
    created = item.opt_datetime("created_at")
    final = item.opt_datetime("final_state_at")
    term = item.opt_obj("payment_term")
    payment_term = (
        PaymentTerm(
            corporate_account_id=term.opt_text("corporate_account_id"),
            type=term.opt_text("type"),
            status=term.opt_text("status"),
            escalated_at=term.opt_datetime("escalated_at"),
            final_state_at=term.opt_datetime("final_state_at"),
        )
        if term
        else None
    )
    method = item.opt_obj("default_payment_method")
    set_at = {
        OrderState.NEW: created,
        OrderState.PENDING: payment_term.escalated_at if payment_term else None,
        OrderState.ACCEPTED: final,
        OrderState.CANCELED: final,
    }[state]
    order = Order(
        id=order_id,
        name=merchant_order_id or order_id,
        number=merchant_order_id or order_id,
        customer=Customer(name="", email=""),
        status=OrderStatus(
            code=state.value,
            name=state.label,
            description=state.description,
            color=STATE_COLORS[state],
            set_at=set_at,
        ),
        canceled_at=(final or created) if state is OrderState.CANCELED else None,
        created_at=created,
        amount=amount,
        review=REVIEW.get(state),
    )
    return PurchaseOrder(
        order=order,
        state=state,
        merchant_order_id=merchant_order_id,
        amount=amount,
        tax=_opt_money(item, "tax_cents", currency) or Money.from_minor(0, currency),
        shipping=_opt_money(item, "shipping_cents", currency) or Money.from_minor(0, currency),
        items=tuple(
            _line_item(line, currency) for line in item.objects("order_items", required=False)
        ),
        merchant_id=item.opt_text("merchant_id"),
        customer_id=item.opt_text("customer_id"),
        shopper_id=item.opt_text("shopper_id"),
        payment_term=payment_term,
        default_payment_method=_payment_method(method) if method else None,
        accepts_payment_terms=item.flag("accepts_payment_terms"),
        created_at=created,
        expire_at=item.opt_datetime("expire_at"),
        final_state_at=final,
        finalize_on_create=item.flag("finalize_on_create", default=True),
        invoice_on_create=item.flag("invoice_on_create", default=True),
    )


def _payment_method(method: Fields) -> PaymentMethod:
    last4 = method.opt_text("last4")
    if last4 is not None and last4.isdigit():
        last4 = last4.zfill(4)  # 0123 may come as the number 123
    return PaymentMethod(
        type=method.opt_text("type"), last4=last4, nickname=method.opt_text("nickname")
    )


def _line_item(item: Fields, default_currency: str = DEFAULT_CURRENCY) -> LineItem:
    currency = _currency(item, default_currency)
    return LineItem(
        id=item.text("id"),
        order_id=item.opt_text("order_id"),
        title=item.text("title"),
        quantity=item.opt_integer("quantity", 1) or 1,
        unit_price=_opt_money(item, "price_ea_cents", currency),
        total=_opt_money(item, "price_total_cents", currency),
        sku=item.opt_text("sku"),
        description=item.opt_text("description"),
        variant_info=item.opt_text("variant_info"),
        vendor=item.opt_text("vendor"),
        merchant_notes=item.opt_text("merchant_notes"),
        product_url=item.opt_text("product_url"),
    )


def _invoice(item: Fields) -> Invoice:
    currency = _currency(item)
    addresses = {name: _address(item.opt_obj(key)) for name, key in ADDRESS_FIELDS.items()}
    return Invoice(
        id=item.text("id"),
        order_id=item.text("order_id"),
        state=_enum(item, "status", InvoiceState, "invoice state"),
        amount=_money(item, "amount_cents", currency),
        amount_due=_opt_money(item, "amount_due", currency),
        tax=_opt_money(item, "tax_cents", currency),
        shipping=_opt_money(item, "shipping_cents", currency),
        number=item.opt_text("merchant_invoice_id"),
        created_at=item.opt_datetime("created_at"),
        issued_at=item.opt_datetime("issued_at"),
        opened_at=item.opt_datetime("opened_at"),
        final_state_at=item.opt_datetime("final_state_at"),
        due_at=item.opt_datetime("due_at"),
        items=tuple(
            _invoice_item(line, currency) for line in item.objects("invoice_items", required=False)
        ),
        notes=item.opt_text("merchant_notes"),
        terms_of_delivery=item.opt_text("terms_of_delivery"),
        footer=item.opt_text("footer"),
        issue_on_create=item.flag("issue_on_create", default=True),
        **addresses,
    )


def _invoice_item(item: Fields, default_currency: str) -> InvoiceItem:
    currency = _currency(item, default_currency)
    return InvoiceItem(
        id=item.text("id"),
        title=item.opt_text("title"),
        quantity=item.opt_integer("quantity", 1) or 1,
        unit_price=_opt_money(item, "price_ea_cents", currency),
        total=_opt_money(item, "price_total_cents", currency),
        tax=_opt_money(item, "tax_cents", currency),
        discount=_opt_money(item, "discount_total_cents", currency),
        tax_rate_percentage=_opt_decimal(item, "tax_rate_percentage"),
        tax_exemption_reason=item.opt_text("tax_exemption_reason"),
        sku=item.opt_text("sku"),
        description=item.opt_text("description"),
        variant_info=item.opt_text("variant_info"),
        vendor=item.opt_text("vendor"),
        merchant_notes=item.opt_text("merchant_notes"),
        product_url=item.opt_text("view_product_url"),
    )


def _address(item: Fields | None) -> Address | None:
    if item is None:
        return None
    return Address(
        address_1=item.text("address_1"),
        address_2=item.opt_text("address_2"),
        city=item.text("city"),
        state=item.text("state"),
        postal_code=item.text("postal_code"),
        country_code=item.text("country_code"),
        phone_number=item.text("phone_number"),
        fax_number=item.opt_text("fax_number"),
        contact_name=item.text("contact_name"),
        name=item.text("name"),
        notes=item.opt_text("notes"),
    )


def _shipment(item: Fields) -> Shipment:
    currency = _currency(item)
    status = (
        _enum(item, "status", ShipmentState, "shipment status") if item.opt_text("status") else None
    )
    return Shipment(
        id=item.text("id"),
        invoice_id=item.text("invoice_id"),
        status=status,
        amount=_opt_money(item, "amount_cents", currency),
        tax=_opt_money(item, "tax_cents", currency),
        shipping=_opt_money(item, "shipping_cents", currency),
        shipper=item.opt_text("shipper"),
        tracking_number=item.opt_text("tracking_number"),
        shipped_at=item.opt_datetime("shipped_at"),
        delivered_at=item.opt_datetime("delivered_at"),
        merchant_notes=item.opt_text("merchant_notes"),
        merchant_shipment_id=item.opt_text("merchant_shipment_id"),
        items=tuple(
            _shipment_item(line, currency)
            for line in item.objects("shipment_items", required=False)
        ),
    )


def _shipment_item(item: Fields, default_currency: str) -> ShipmentItem:
    currency = _currency(item, default_currency)
    return ShipmentItem(
        id=item.text("id"),
        shipment_id=item.opt_text("shipment_id"),
        title=item.opt_text("title"),
        quantity=item.opt_integer("quantity", 1) or 1,
        unit_price=_opt_money(item, "price_ea_cents", currency),
        total=_opt_money(item, "price_total_cents", currency),
        tax=_opt_money(item, "tax_cents", currency),
        shipping=_opt_money(item, "shipping_cents", currency),
        sku=item.opt_text("sku"),
        description=item.opt_text("description"),
        variant_info=item.opt_text("variant_info"),
        vendor=item.opt_text("vendor"),
        merchant_notes=item.opt_text("merchant_notes"),
    )


def _return(item: Fields) -> Return:
    return Return(
        id=item.text("id"),
        invoice_id=item.text("invoice_id"),
        amount=_money(item, "amount_cents", _currency(item)),
        reason=_enum(item, "reason", ReturnReason, "return reason"),
        merchant_id=item.opt_text("merchant_id"),
        created_at=item.opt_datetime("created_at"),
    )


def _merchant(item: Fields) -> Merchant:
    return Merchant(
        id=item.text("id"),
        name=item.text("name"),
        email=item.opt_text("email"),
        web_url=item.opt_text("web_url"),
        phone=item.opt_text("phone"),
    )


def _user(item: Fields) -> User:
    return User(id=item.text("id"), email=item.text("email"), name=item.opt_text("name") or "")


def _corporate_account(item: Fields) -> CorporateAccount:
    return CorporateAccount(
        id=item.text("id"),
        name=item.opt_text("name") or "",
        merchant_id=item.opt_text("merchant_uuid"),
        customer_id=item.opt_text("customer_uuid"),
        type=item.opt_text("type"),
        payment_term_strategy=item.opt_text("payment_term_strategy_name"),
        authorized_buyers=tuple(
            _user(buyer) for buyer in item.objects("authorized_buyers", required=False)
        ),
    )


def _webhook(item: Fields) -> WebhookEndpoint:
    return WebhookEndpoint(
        id=item.text("id"),
        url=item.text("url"),
        version=item.opt_text("version") or "v4",
        auth_header=item.opt_text("auth_header"),
    )


# ---- writing ---------------------------------------------------------------------------------


def _path_id(value: str) -> str:
    """Ids go into paths; anything but a plain token would be a path injection: refuse it."""
    text = str(value)
    if not _SAFE_ID.fullmatch(text):
        raise errors.NotFoundError(f"There is no record {text[:40]!r}.", status=404)
    return text


def _iso(moment: datetime) -> str:
    """ISO 8601 in UTC; a naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _cents(money: Money, name: str) -> int:
    """Exact cents, or a ValueError: a fraction of a cent is never rounded away silently."""
    cents = money.amount.scaleb(2)
    if cents != cents.to_integral_value():
        raise ValueError(f"{name} {money} is not a whole number of cents")
    return int(cents)


def _put(body: dict[str, Any], **values: Any) -> None:
    for key, value in values.items():
        if value is not None:
            body[key] = value


def _put_money(
    body: dict[str, Any], *, with_currency: bool = True, **amounts: Money | None
) -> None:
    """`amount=Money` becomes `amount_cents`; all amounts must share one currency."""
    currencies = {money.currency for money in amounts.values() if money is not None}
    if len(currencies) > 1:
        raise ValueError(f"amounts in one request must share a currency, not {currencies}")
    for name, money in amounts.items():
        if money is not None:
            body[f"{name}_cents"] = _cents(money, name)
    if with_currency and currencies:
        body["currency"] = currencies.pop()


def _line_item_body(item: LineItem) -> dict[str, Any]:
    body: dict[str, Any] = {"title": item.title, "quantity": item.quantity}
    _put_money(body, price_ea=item.unit_price, price_total=item.total)
    _put(
        body,
        sku=item.sku,
        description=item.description,
        variant_info=item.variant_info,
        vendor=item.vendor,
        merchant_notes=item.merchant_notes,
        product_url=item.product_url,
    )
    return body


def _invoice_item_body(item: InvoiceItem) -> dict[str, Any]:
    body: dict[str, Any] = {"quantity": item.quantity}
    _put_money(
        body,
        price_ea=item.unit_price,
        price_total=item.total,
        tax=item.tax,
        discount_total=item.discount,
    )
    _put(
        body,
        id=item.id,
        title=item.title,
        tax_exemption_reason=item.tax_exemption_reason,
        sku=item.sku,
        description=item.description,
        variant_info=item.variant_info,
        vendor=item.vendor,
        merchant_notes=item.merchant_notes,
        view_product_url=item.product_url,
    )
    if item.tax_rate_percentage is not None:
        body["tax_rate_percentage"] = str(item.tax_rate_percentage)
    return body


def _shipment_item_body(item: ShipmentItem) -> dict[str, Any]:
    body: dict[str, Any] = {"quantity": item.quantity}
    _put_money(
        body, price_ea=item.unit_price, price_total=item.total, tax=item.tax, shipping=item.shipping
    )
    _put(
        body,
        id=item.id,
        title=item.title,
        sku=item.sku,
        description=item.description,
        variant_info=item.variant_info,
        vendor=item.vendor,
        merchant_notes=item.merchant_notes,
    )
    return body


def _shipment_body(
    *,
    shipped_at: datetime | None,
    shipper: str | None,
    tracking_number: str | None,
    delivered_at: datetime | None,
    amount: Money | None,
    tax: Money | None,
    shipping: Money | None,
    merchant_notes: str | None,
    status: ShipmentState | None,
    merchant_shipment_id: str | None,
    items: Sequence[ShipmentItem] | None,
) -> dict[str, Any]:
    body: dict[str, Any] = {}
    _put_money(body, amount=amount, tax=tax, shipping=shipping)
    _put(
        body,
        shipper=shipper,
        tracking_number=tracking_number,
        merchant_notes=merchant_notes,
        merchant_shipment_id=merchant_shipment_id,
        status=str(status) if status is not None else None,
    )
    if shipped_at is not None:
        body["shipped_at"] = _iso(shipped_at)
    if delivered_at is not None:
        body["delivered_at"] = _iso(delivered_at)
    if items is not None:
        body["shipment_items"] = [_shipment_item_body(item) for item in items]
    return body


def _address_body(address: Address) -> dict[str, Any]:
    body: dict[str, Any] = {
        "address_1": address.address_1,
        "city": address.city,
        "state": address.state,
        "postal_code": address.postal_code,
        "country_code": address.country_code,
        "phone_number": address.phone_number,
        "contact_name": address.contact_name,
        "name": address.name,
    }
    _put(body, address_2=address.address_2, fax_number=address.fax_number, notes=address.notes)
    return body
