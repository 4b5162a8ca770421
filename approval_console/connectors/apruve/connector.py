"""The Apruve connector the console uses: the `Connector` protocol over Apruve's REST calls.

Apruve has no status to set and no history: an order's lifecycle is fixed, its work is billing
(finalize or cancel it, invoice it, record shipments and returns), and each journaled billing
change is carried out by `perform`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import TypeVar

import httpx

from approval_console.connectors.apruve.client import PAGE_MAX, ApruveClient
from approval_console.connectors.apruve.parse import STATE_COLORS
from approval_console.connectors.base import Account
from approval_console.connectors.common import (
    DUE_DATE_FILTERS,
    TAG_AND_STATE_FILTERS,
    filters_set,
    next_page,
)
from approval_console.connectors.ratelimit import Priority
from approval_console.core import errors
from approval_console.core.backends import BACKENDS
from approval_console.core.billing import (
    CorporateAccount,
    Invoice,
    InvoiceRecord,
    Listing,
    OrderBilling,
    OrderState,
    PurchaseOrder,
    ShipmentState,
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
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Customer, Money, Order, Status
from approval_console.core.listing import OrderQuery, Page

BACKEND = "apruve"
CAPABILITIES = BACKENDS[BACKEND].capabilities

T = TypeVar("T")


async def read_every(read: Callable[[int], Awaitable[Listing[T]]]) -> list[T]:
    """Every item of a listing, page after page."""
    items: list[T] = []
    page = 1
    while True:
        listing = await read(page)
        items.extend(listing.items)
        if not listing.has_more or not listing.items:
            return items
        page = next_page(page)


class ApruveConnector(ApruveClient):
    """Apruve v4, mapped to backend-neutral types."""

    system = "Apruve"
    capabilities = CAPABILITIES

    def __init__(
        self,
        account: Account,
        api_key: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(account, api_key, transport=transport)
        self._accounts: dict[str, CorporateAccount] | None = None

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
        unsupported = filters_set(query, (*TAG_AND_STATE_FILTERS, *DUE_DATE_FILTERS))
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
            read_every(lambda page: self.list_invoices(order_id, page=page)),
        )
        [record] = await self._with_customer_records([record])

        async def invoice_record(invoice: Invoice) -> InvoiceRecord:
            shipments, returns = await asyncio.gather(
                read_every(lambda page: self.list_shipments(invoice.id, page=page)),
                read_every(lambda page: self.list_returns(invoice.id, page=page)),
            )
            return InvoiceRecord(invoice, tuple(shipments), tuple(returns))

        records = await asyncio.gather(*(invoice_record(invoice) for invoice in invoices))
        return OrderBilling(record, tuple(records))

    async def perform(
        self, order_id: str, change: BillingChange, *, idempotency_key: str | None = None
    ) -> None:
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
            await self.invoice_action(change.invoice_id, change.action.value)
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
                accounts = await read_every(lambda page: self.list_corporate_accounts(page=page))
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
