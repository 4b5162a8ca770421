"""What every Apruve handler shares: authentication, merchant-scoped lookups, pagination.

Every lookup is scoped to the merchant the API key belongs to: another merchant's record is
as unknown as a record that does not exist (404), as a Rails `current_merchant.orders.find`.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .errors import UNAUTHORIZED_BODY, ApiError, not_found
from .models import (
    CorporateAccount,
    Invoice,
    InvoiceReturn,
    Merchant,
    Order,
    OrderItem,
    Shipment,
    User,
    WebhookEndpoint,
    World,
)
from .render import Renderer

API_KEY_HEADER = "apruve-api-key"
DEFAULT_PER_PAGE = 25  # Kaminari's default
MAX_PER_PAGE = 100
T = TypeVar("T")


def api_base(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}/api/v4"


@dataclass
class Context:
    """One authenticated request: the merchant it acts for and its view of the world."""

    world: World
    merchant: Merchant
    render: Renderer

    def order(self, order_id: str) -> Order:
        order = self.world.orders.get(order_id)
        if order is None or order.merchant_id != self.merchant.id:
            raise not_found()
        return order

    def order_item(self, item_id: str) -> tuple[Order, OrderItem]:
        for order in self.world.orders.values():
            if order.merchant_id != self.merchant.id:
                continue
            for item in order.items:
                if item.id == item_id:
                    return order, item
        raise not_found()

    def invoice(self, invoice_id: str) -> Invoice:
        invoice = self.world.invoices.get(invoice_id)
        if invoice is None or invoice.merchant_id != self.merchant.id:
            raise not_found()
        return invoice

    def shipment(self, invoice: Invoice, shipment_id: str) -> Shipment:
        found = next((s for s in invoice.shipments if s.id == shipment_id), None)
        if found is None:
            raise not_found()
        return found

    def invoice_return(self, invoice: Invoice, return_id: str) -> InvoiceReturn:
        found = next((r for r in invoice.returns if r.id == return_id), None)
        if found is None:
            raise not_found()
        return found

    def own_merchant(self, merchant_id: str) -> Merchant:
        if merchant_id != self.merchant.id:
            raise not_found()
        return self.merchant

    def accounts(self) -> list[CorporateAccount]:
        return [a for a in self.world.accounts.values() if a.merchant_id == self.merchant.id]

    def account(self, account_id: str) -> CorporateAccount | None:
        account = self.world.accounts.get(account_id)
        return account if account and account.merchant_id == self.merchant.id else None

    def user(self, user_id: str) -> User | None:
        """Users this merchant knows: the buyers of its corporate accounts."""
        if any(user_id in account.buyer_ids for account in self.accounts()):
            return self.world.users.get(user_id)
        return None

    def webhook(self, endpoint_id: str) -> WebhookEndpoint:
        endpoint = self.world.webhooks.get(endpoint_id)
        if endpoint is None or endpoint.merchant_id != self.merchant.id:
            raise not_found()
        return endpoint


Handler = Callable[[Request, Context], Awaitable[Response]]


def authenticated(world: World, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """`Apruve-Api-Key` first (Devise's 401), then the handler; ApiErrors become answers."""

    async def endpoint(request: Request) -> Response:
        merchant = world.merchant_by_key(request.headers.get(API_KEY_HEADER, "").strip())
        if merchant is None:
            return JSONResponse(UNAUTHORIZED_BODY, status_code=401)
        context = Context(world, merchant, Renderer(world, api_base(request)))
        try:
            return await handler(request, context)
        except ApiError as error:
            return error.response()

    return endpoint


def _positive(raw: str | None) -> int | None:
    """Kaminari's leniency: what is not a positive integer counts as not given."""
    if raw is None or not raw.strip().isdigit():
        return None
    number = int(raw)
    return number if number >= 1 else None


def paginated(request: Request, rows: Sequence[T]) -> tuple[list[T], dict[str, str]]:
    """One page of `rows` and the headers the api-pagination gem sends with it.

    `page` counts from 1; `per_page` defaults to 25 and is capped at 100. Headers: `Total`,
    `Per-Page` and an RFC 8288 `Link` with first/prev (after page 1) and next/last (before the
    last page).
    """
    page = _positive(request.query_params.get("page")) or 1
    per_page = min(
        _positive(request.query_params.get("per_page")) or DEFAULT_PER_PAGE, MAX_PER_PAGE
    )
    last_page = max(1, math.ceil(len(rows) / per_page))
    first = (page - 1) * per_page
    base = str(request.url).split("?")[0]
    others = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]

    def link(number: int, rel: str) -> str:
        return f'<{base}?{urlencode([*others, ("page", str(number))])}>; rel="{rel}"'

    links = []
    if page > 1:
        links += [link(1, "first"), link(min(page - 1, last_page), "prev")]
    if page < last_page:
        links += [link(last_page, "last"), link(page + 1, "next")]
    headers = {"Total": str(len(rows)), "Per-Page": str(per_page)}
    if links:
        headers["Link"] = ", ".join(links)
    return list(rows[first : first + per_page]), headers
