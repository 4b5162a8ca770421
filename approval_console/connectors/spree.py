"""Spree Commerce Admin API v3: orders held for fraud review, approved or canceled from here.

Written from the Spree Admin API v3 reference (the approve page and the OpenAPI subset of the
order endpoints). Requests carry a secret key in `X-Spree-Api-Key`; lists answer `{data, meta}`
(Pagy's `page`, `limit`, `count`, `pages`, `next`); resources have prefixed ids (`or_...`);
amounts are BigDecimal strings ("110.0") beside `display_*` strings and become exact `Money`
here, never floats. Spree flags suspicious orders `considered_risky`; `PATCH .../approve`
records the approver and clears the flag, `PATCH .../cancel` cancels a completed order.

Where the document is silent, and what this connector chose:
- Order rows carry `status` (draft, placed, canceled, returned: a summary of the checkout
  `state`) while Ransack filters on `state` (cart ... confirm, complete, canceled, returned).
  The console's status codes are the `status` words the orders show; a status filter is sent
  as the states it summarises (`draft` -> `q[state_in][]` of the checkout steps, `placed` ->
  `q[state_eq]=complete`). A code that is not one of those words is taken as a raw Spree state
  and sent as `q[state_eq]`, so finer filters stay possible.
- Orders name only an email and a `customer_id`; the customer's name comes from
  `expand=customer`, which lists, shows and (undocumented, harmless if ignored) the approve and
  cancel answers ask for.
- `expand` documents items, fulfillments and payments but not refunds, so an order's refunds
  come from `orders/{id}/refunds`; an expansion the server leaves out is read from its
  sub-resource instead. Payments, fulfillments and refunds carry no currency: the order's is
  theirs.
- Rate limits are not in the document; the issue gives 600 requests per 60 s per key, kept by a
  client-side limiter (`rate_limit`/`rate_window` account options) that also learns from the
  `X-RateLimit-*` headers and waits out a 429's `Retry-After` (see `connectors/http.py`).
- The OpenAPI example names a missing order `order_not_found`; the issue (and the sandbox) say
  `record_not_found`. Both are a 404 and read the same here.
- Cancel takes `notify_customer` (default false); a journaled cancel sends the person's choice
  (`OrderAction.notify`, offered through `Capabilities.cancel_notify`) every time, so the email
  never depends on the server's default. Approving emails nobody.
- Approving an already approved order is not refused by the server (it records the approval
  again); the connector does not add a read-before-write to prevent it.
- Publishable keys (`pk_`) belong to the storefront API and are always refused by the Admin API,
  so they are refused here before any request, with a message that says which key is needed.
- Approve and cancel are sent once (`idempotent=False`): a lost answer means "outcome unknown",
  to be re-read, never a blind repeat.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

import httpx

from approval_console.connectors.base import Account
from approval_console.connectors.common import (
    ConnectorBase,
    HeaderKeyAuth,
    limiter_for,
    next_page,
)
from approval_console.connectors.fields import Fields
from approval_console.connectors.http import HttpClient, decode_json
from approval_console.connectors.ratelimit import Priority
from approval_console.core import errors
from approval_console.core.backends import BACKENDS
from approval_console.core.billing import (
    LineItem,
    OrderRecords,
    Payment,
    Refund,
    Shipment,
    ShipmentItem,
)
from approval_console.core.changes import (
    BillingChange,
    OrderAction,
    OrderActionKind,
)
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import (
    Customer,
    Money,
    Order,
    OrderQuery,
    OrderStatus,
    Page,
    Review,
    Status,
)
from approval_console.core.labels import readable

BACKEND = "spree"
API_PREFIX = "/api/v3/admin"
API_KEY_HEADER = "X-Spree-Api-Key"
CAPABILITIES = BACKENDS[BACKEND].capabilities
PAGE_MAX = CAPABILITIES.max_page_size  # the server caps `limit` at 100
DEFAULT_RATE_LIMIT = 600  # per key ...
DEFAULT_RATE_WINDOW = 60.0  # ... per this many seconds
DEFAULT_SORT = "-created_at"  # newest first, as the server sorts without `sort`

# The `status` words orders report, in workflow order: (name, description, colour, states).
RISKY = "Considered risky by the store's checks: approve it to go ahead, or cancel it."
STATUSES: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "draft": (
        "Draft",
        "A cart or a checkout not completed yet",
        "#6B7280",
        ("cart", "address", "delivery", "payment", "confirm"),
    ),
    "placed": (
        "Placed",
        "Checkout completed: the order is to be fulfilled",
        "#3B82F6",
        ("complete",),
    ),
    "returned": ("Returned", "Shipped, then returned and refunded", "#A855F7", ("returned",)),
    "canceled": ("Canceled", "Canceled by an admin before it shipped", "#EF4444", ("canceled",)),
}
DRAFT = "draft"
CANCELED = "canceled"

# What the order shows by expansion; refunds are not a documented expansion (read separately).
DETAIL_EXPAND = ("items", "fulfillments", "payments", "customer")
UNSUPPORTED_FILTERS = ("tags_all", "tags_any", "due_date_from", "due_date_to")

_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_CONDITION = re.compile(r"[a-z0-9_]+")
_SORT = re.compile(r"-?[a-z_]+(,-?[a-z_]+)*")
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
T = TypeVar("T")


def spree_error_message(response: httpx.Response, body: Any) -> tuple[str, dict[str, list[str]]]:
    """Spree's `{"error": {"code", "message", "details"}}`.

    The message is the server's, with each field's reasons from `details` appended so a 422
    reads on its own ("Validation failed: notify_customer must be true or false"); `details`
    entries that are not reasons (a 429's `retry_after` number) are left out of the fields.
    """
    status = response.status_code
    fields: dict[str, list[str]] = {}
    message = ""
    code = ""
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        error = body["error"]
        message = error["message"].strip() if isinstance(error.get("message"), str) else ""
        code = error["code"] if isinstance(error.get("code"), str) else ""
        details = error.get("details")
        if isinstance(details, dict):
            for key, value in details.items():
                if isinstance(value, list):
                    reasons = [str(item) for item in value if isinstance(item, str | int | float)]
                    if reasons:
                        fields[str(key)] = reasons
                elif isinstance(value, str):
                    fields[str(key)] = [value]
    elif isinstance(body, dict) and isinstance(body.get("message"), str):
        message = body["message"].strip()  # not Spree's shape (a proxy, an unknown route)
    if not message:
        message = readable(code) or f"The server answered {status}."
    if fields:
        said = "; ".join(f"{key} {'; '.join(values)}" for key, values in fields.items())
        message = f"{message.rstrip('.')}: {said}"
    if status == 401:
        message = f"Spree refused the API key: {message}"
    return message, fields


class SpreeConnector(ConnectorBase):
    """Spree's order review: list and read orders, approve or cancel the risky ones."""

    system = "Spree"
    capabilities = CAPABILITIES

    def __init__(
        self,
        account: Account,
        api_key: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.account = account
        key = _checked_key(api_key)
        options = account.options
        self.limiter = limiter_for(options, DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW)
        self.http = HttpClient(
            account.base_url.rstrip("/") + API_PREFIX,
            auth=HeaderKeyAuth(API_KEY_HEADER, key),
            headers={"Accept": "application/json", "User-Agent": "ApprovalConsole"},
            error_message=spree_error_message,
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"SpreeConnector(account={self.account.id!r})"

    def estimate_seconds(self, requests: int, bulk_requests: int = 0) -> float:
        """Least time the limit allows for that many more requests (Spree has no bulk calls)."""
        return self.limiter.earliest_start_after(requests + bulk_requests)

    # -- transport -----------------------------------------------------------------------

    async def _get(
        self, path: str, *, params: Any = None, priority: Priority = Priority.INTERACTIVE
    ) -> Any:
        return await decode_json(await self._read(path, params=params, priority=priority))

    async def _patch(
        self, path: str, body: dict[str, Any] | None = None, *, params: Any = None
    ) -> Any:
        return await decode_json(await self._change("PATCH", path, params=params, json=body))

    async def _every(
        self,
        path: str,
        read: Callable[[Fields], T],
        *,
        params: Sequence[tuple[str, str]] = (),
        priority: Priority = Priority.INTERACTIVE,
    ) -> tuple[T, ...]:
        """Every row of a `{data, meta}` listing, page after page (an order's few records)."""
        rows: list[T] = []
        page = 1
        while True:
            query = [*params, ("page", str(page)), ("limit", str(PAGE_MAX))]
            body = Fields(await self._get(path, params=query, priority=priority))
            data = body.objects("data")
            rows.extend(read(item) for item in data)
            meta = body.obj("meta")
            pages = meta.opt_integer("pages", page) or page
            if not data or page >= pages:
                return tuple(rows)
            page = next_page(page)

    # -- the Connector protocol: reading -------------------------------------------------

    async def list_statuses(self) -> list[Status]:
        """Spree's fixed order statuses, in workflow order; no request needed."""
        return [
            Status(code=code, name=name, description=description, color=color, position=position)
            for position, (code, (name, description, color, _)) in enumerate(STATUSES.items())
        ]

    async def list_orders(
        self,
        query: OrderQuery,
        *,
        page: int = 1,
        per_page: int = PAGE_MAX,
        priority: Priority = Priority.NORMAL,
        sort: str = DEFAULT_SORT,
    ) -> Page:
        """One page of orders with their customers.

        Filters become Ransack conditions: `status_code` the states it stands for, `search`
        `q[number_or_email_cont]`, `exclude_canceled` `q[state_not_eq]=canceled`,
        `financial_status`/`fulfillment_status` the payment and shipment states, and each
        `extra` item a `q[...]` condition as given (e.g. `considered_risky_eq`). `sort` is
        Spree's (`-completed_at,number`); tags and due dates cannot be filtered.
        """
        if page < 1 or not 1 <= per_page <= PAGE_MAX:
            raise ValueError(f"page must be >= 1 and per_page 1 to {PAGE_MAX}")
        if not _SORT.fullmatch(sort):
            raise ValueError(f"sort must be fields like '-created_at,number', not {sort!r}")
        params = [
            *_filters(query),
            ("sort", sort),
            ("expand", "customer"),
            ("page", str(page)),
            ("limit", str(per_page)),
        ]
        body = Fields(await self._get("/orders", params=params, priority=priority))
        orders = tuple(_order(item) for item in body.objects("data"))
        meta = body.obj("meta")
        return Page(
            items=orders,
            page=meta.integer("page"),
            last_page=max(1, meta.integer("pages")),
            total=meta.integer("count"),
            per_page=meta.integer("limit"),
        )

    async def get_order(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderDetail:
        """The order with its items, fulfillments (as shipments), payments and refunds.

        One expanded read and the refunds listing, side by side; an expansion the server did
        not include is read from its sub-resource.
        """
        path = f"/orders/{_path_id(order_id)}"
        raw, refund_rows = await asyncio.gather(
            self._get(path, params={"expand": ",".join(DETAIL_EXPAND)}, priority=priority),
            self._every(f"{path}/refunds", lambda row: row, priority=priority),
        )
        body = Fields(raw)
        order = _order(body)
        currency = order.amount.currency if order.amount else body.text("currency")

        async def expanded(key: str, read: Callable[[Fields], T], sub: str) -> tuple[T, ...]:
            if body.has(key):
                return tuple(read(item) for item in body.objects(key))
            return await self._every(f"{path}/{sub}", read, priority=priority)

        items, payments, fulfillments = await asyncio.gather(
            expanded("items", lambda i: _line_item(i, currency, order.id), "items"),
            expanded("payments", lambda i: _payment(i, currency), "payments"),
            expanded("fulfillments", lambda i: _fulfillment(i, currency), "fulfillments"),
        )
        titles = {item.id: item.title for item in items if item.id}
        shipments = tuple(_with_titles(shipment, titles) for shipment in fulfillments)
        refunds = tuple(_refund(row, currency) for row in refund_rows)
        records = OrderRecords(items=items, shipments=shipments, payments=payments, refunds=refunds)
        return OrderDetail(order=order, records=records)

    # -- an order's records --------------------------------------------------------------

    async def list_items(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> tuple[LineItem, ...]:
        """`GET orders/{id}/items`: every line item (each names its currency)."""
        path = f"/orders/{_path_id(order_id)}/items"
        return await self._every(path, lambda i: _line_item(i, None, order_id), priority=priority)

    async def list_payments(
        self,
        order_id: str,
        *,
        currency: str | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> tuple[Payment, ...]:
        """`GET orders/{id}/payments`, in the order's currency (read when not given)."""
        currency = currency or await self._currency(order_id, priority)
        path = f"/orders/{_path_id(order_id)}/payments"
        return await self._every(path, lambda i: _payment(i, currency), priority=priority)

    async def list_fulfillments(
        self,
        order_id: str,
        *,
        currency: str | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> tuple[Shipment, ...]:
        """`GET orders/{id}/fulfillments` as shipments (item titles are not part of them)."""
        currency = currency or await self._currency(order_id, priority)
        path = f"/orders/{_path_id(order_id)}/fulfillments"
        return await self._every(path, lambda i: _fulfillment(i, currency), priority=priority)

    async def list_refunds(
        self,
        order_id: str,
        *,
        currency: str | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> tuple[Refund, ...]:
        """`GET orders/{id}/refunds`, in the order's currency (read when not given)."""
        currency = currency or await self._currency(order_id, priority)
        path = f"/orders/{_path_id(order_id)}/refunds"
        return await self._every(path, lambda i: _refund(i, currency), priority=priority)

    async def _currency(self, order_id: str, priority: Priority) -> str:
        """The order's currency, in the cheapest read there is (`fields=currency`)."""
        body = Fields(
            await self._get(
                f"/orders/{_path_id(order_id)}", params={"fields": "currency"}, priority=priority
            )
        )
        return body.text("currency")

    # -- changing ------------------------------------------------------------------------

    async def perform(self, order_id: str, change: BillingChange) -> None:
        """Carry out a journaled review decision: approve or cancel."""
        if not isinstance(change, OrderAction):
            raise NotImplementedError("Spree orders are only approved or canceled here")
        if change.action is OrderActionKind.APPROVE:
            await self.approve_order(order_id)
        elif change.action is OrderActionKind.CANCEL:
            await self.cancel_order(order_id, notify_customer=change.notify)
        else:
            raise NotImplementedError(f"Spree orders cannot be {change.action.value}d")

    async def approve_order(self, order_id: str) -> Order:
        """`PATCH orders/{id}/approve`: records the approver and time, clears the risk flag."""
        body = await self._patch(
            f"/orders/{_path_id(order_id)}/approve", params={"expand": "customer"}
        )
        return _order(Fields(body))

    async def cancel_order(self, order_id: str, *, notify_customer: bool = False) -> Order:
        """`PATCH orders/{id}/cancel`: a completed order not shipped yet; voids its payments."""
        payload = {"notify_customer": notify_customer}
        body = await self._patch(
            f"/orders/{_path_id(order_id)}/cancel", payload, params={"expand": "customer"}
        )
        return _order(Fields(body))

    # -- what Spree does not offer -------------------------------------------------------


# ---- requests --------------------------------------------------------------------------------


def _checked_key(api_key: str) -> str:
    """The key as sent, or an `AuthenticationError` before any request; never echoes it."""
    key = api_key.strip()
    if key.startswith("pk_"):
        raise errors.AuthenticationError(
            "This is a publishable key (pk_…), which only the storefront API accepts: "
            "Spree's Admin API needs a secret key (sk_…) from Settings → Developers."
        )
    if key and not _HEADER_SAFE.fullmatch(key):
        raise errors.AuthenticationError(
            "The Spree API key contains spaces or characters an API key cannot have."
        )
    return key


def _path_id(value: str) -> str:
    """Ids go into paths; anything but a plain token would be a path injection: refuse it."""
    text = str(value)
    if not _SAFE_ID.fullmatch(text):
        raise errors.NotFoundError(f"There is no Spree record {text[:40]!r}.", status=404)
    return text


def _filters(query: OrderQuery) -> list[tuple[str, str]]:
    """The query as Ransack `q[...]` parameters (see `SpreeConnector.list_orders`)."""
    unsupported = [name for name in UNSUPPORTED_FILTERS if getattr(query, name)]
    if unsupported:
        raise NotImplementedError(f"Spree cannot filter orders by {', '.join(unsupported)}")
    params: list[tuple[str, str]] = []
    if query.status_code:
        states = STATUSES[query.status_code][3] if query.status_code in STATUSES else None
        if states is None:
            params.append(("q[state_eq]", query.status_code))
        elif len(states) == 1:
            params.append(("q[state_eq]", states[0]))
        else:
            params += [("q[state_in][]", state) for state in states]
    if query.exclude_canceled:
        params.append(("q[state_not_eq]", CANCELED))
    if query.search and query.search.strip().lstrip("#").strip():
        params.append(("q[number_or_email_cont]", query.search.strip().lstrip("#").strip()))
    params += [("q[payment_state_in][]", value) for value in query.financial_status]
    params += [("q[shipment_state_in][]", value) for value in query.fulfillment_status]
    params += _extra(query.extra)
    return params


def _extra(extra: Mapping[str, str]) -> list[tuple[str, str]]:
    """`{"considered_risky_eq": "true"}` -> `q[considered_risky_eq]=true`; `q[...]` as given."""
    params = []
    for key, value in extra.items():
        name = key[2:-1] if key.startswith("q[") and key.endswith("]") else key
        if not _CONDITION.fullmatch(name):
            raise ValueError(f"{key!r} is not a Ransack condition like 'considered_risky_eq'")
        params.append((f"q[{name}]", str(value)))
    return params


# ---- reading ---------------------------------------------------------------------------------


def _decimal(item: Fields, key: str) -> Decimal | None:
    """A BigDecimal string ("110.0") as an exact Decimal; a JSON number with a fraction is
    refused, since it has been through a float on the way."""
    value = item.value.get(key)
    if value is None:
        return None
    if isinstance(value, bool | float):
        raise errors.ResponseFormatError(
            f"{item.path}.{key}", f"should be a decimal string, got {value!r}"
        )
    if isinstance(value, int):
        return Decimal(value)
    if not isinstance(value, str):
        raise errors.ResponseFormatError(f"{item.path}.{key}", "should be a decimal string")
    if not _DECIMAL.fullmatch(value.strip()):
        raise errors.ResponseFormatError(
            f"{item.path}.{key}", f"is not a decimal amount: {value[:30]!r}"
        )
    return Decimal(value.strip())


def _money(item: Fields, key: str, currency: str) -> Money:
    number = _decimal(item, key)
    if number is None:
        raise errors.ResponseFormatError(f"{item.path}.{key}", "is missing")
    return Money(number, currency)


def _opt_money(item: Fields, key: str, currency: str) -> Money | None:
    number = _decimal(item, key)
    return None if number is None else Money(number, currency)


def _order(item: Fields) -> Order:
    """One order as the list shows it; `review` from the risk flag, approval and cancellation."""
    number = item.text("number")
    currency = item.text("currency")
    code = item.text("status")
    canceled_at = item.opt_datetime("canceled_at")
    approved_at = item.opt_datetime("approved_at")
    completed_at = item.opt_datetime("completed_at")
    customer = item.opt_obj("customer")
    name = ""
    if customer is not None:
        first, last = customer.opt_text("first_name") or "", customer.opt_text("last_name") or ""
        name = f"{first} {last}".strip()
    email = item.opt_text("email") or (customer.opt_text("email") if customer else None) or ""
    if code == CANCELED or canceled_at is not None:
        review: Review | None = Review.CANCELED
    elif approved_at is not None:
        review = Review.APPROVED
    elif item.flag("considered_risky") and code != DRAFT:
        review = Review.AWAITING
    else:
        review = None
    status = _status(code, completed_at, canceled_at)
    if review is Review.AWAITING:
        # Why it waits, for the review queue: the state alone ("Placed") does not say.
        status = dataclasses.replace(status, description=RISKY)
    return Order(
        id=item.text("id"),
        name=number,
        number=number,
        customer=Customer(name=name, email=email, locale=item.opt_text("locale")),
        status=status,
        financial_status=item.opt_text("payment_status"),
        fulfillment_status=item.opt_text("fulfillment_status"),
        tags=item.text_list("tags"),
        canceled_at=canceled_at,
        created_at=item.opt_datetime("created_at"),
        amount=_money(item, "total", currency),
        review=review,
    )


def _status(code: str, completed_at: datetime | None, canceled_at: datetime | None) -> OrderStatus:
    """The order's `status` word with its name and colour; `set_at` is when it became so."""
    known = STATUSES.get(code)
    set_at = {"placed": completed_at, CANCELED: canceled_at}.get(code)
    if known is None:
        return OrderStatus(code=code, name=readable(code), set_at=set_at)
    name, description, color, _ = known
    return OrderStatus(code=code, name=name, description=description, color=color, set_at=set_at)


def _line_item(item: Fields, currency: str | None, order_id: str | None) -> LineItem:
    currency = item.opt_text("currency") or currency
    if not currency:
        raise errors.ResponseFormatError(f"{item.path}.currency", "is missing")
    return LineItem(
        id=item.text("id"),
        title=item.opt_text("name") or item.opt_text("slug") or item.text("id"),
        quantity=item.integer("quantity"),
        unit_price=_opt_money(item, "price", currency),
        total=_opt_money(item, "total", currency),
        variant_info=item.opt_text("options_text"),
        order_id=order_id,
    )


def _payment(item: Fields, currency: str) -> Payment:
    source = item.opt_obj("source")
    method = item.opt_text("source_type")
    if source is not None and source.opt_text("last4"):
        brand = (source.opt_text("brand") or "card").replace("_", " ").title()
        method = f"{brand} •••• {source.opt_text('last4')}"
    return Payment(
        id=item.text("id"),
        amount=_money(item, "amount", currency),
        state=item.text("status"),
        method=method,
        created_at=item.opt_datetime("created_at"),
    )


def _fulfillment(item: Fields, currency: str) -> Shipment:
    """A fulfillment as a shipment against the order (no invoice); its own state word kept."""
    shipment_id = item.text("id")
    return Shipment(
        id=shipment_id,
        invoice_id=None,
        status=None,
        status_text=item.opt_text("status"),
        shipping=_opt_money(item, "cost", currency),
        shipper=item.opt_text("tracking_carrier_name") or item.opt_text("tracking_carrier"),
        tracking_number=item.opt_text("tracking"),
        shipped_at=item.opt_datetime("fulfilled_at"),
        delivered_at=item.opt_datetime("delivered_at"),
        merchant_shipment_id=item.opt_text("number"),
        items=tuple(
            ShipmentItem(
                title=None,
                id=line.text("item_id"),
                quantity=line.integer("quantity"),
                shipment_id=shipment_id,
            )
            for line in item.objects("items", required=False)
        ),
    )


def _refund(item: Fields, currency: str) -> Refund:
    return Refund(
        id=item.text("id"),
        amount=_money(item, "amount", currency),
        reason=item.opt_text("reason"),
        created_at=item.opt_datetime("created_at"),
    )


def _with_titles(shipment: Shipment, titles: Mapping[str, str]) -> Shipment:
    """Name each shipped line after its order item (fulfillments give only item ids)."""
    items = tuple(
        replace(line, title=titles.get(line.id or "", line.title)) for line in shipment.items
    )
    return replace(shipment, items=items)
