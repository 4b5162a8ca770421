"""The wholesale portal's Orders API: one read-only, filterable listing at `/api/orders/`.

Written from the portal's "Orders API - Admin User Guide". The account is read-only in the
console: orders, their items and shipments (the record tabs) and their status history (the
timeline) are read; nothing is ever sent back. Every call is a GET, so every call is retried
after a dropped connection or a 5xx.

Where the document is silent, and what this connector does:
- Time zone: timestamps come as `YYYY-MM-DD HH:MM:SS` with no zone. The portal's sandbox (the
  only running server we have) means UTC, so they are read as UTC; the account option
  `timezone` (an IANA name) reads them, and writes `updated_since`, in another zone.
- A single order: there is no `/api/orders/{id}` and no id filter. `get_order` asks for the
  order by `order_number` (remembered from every listing) with every include; for an id not
  seen since start-up it searches `q=<id>` (the numbers embed the id, `SO-1001` for 1001, as in
  the document's example) and keeps only the row with that exact id.
- Rate limits: "429 ... if enforced", with no numbers. A polite client-side limit (120 a
  minute; account options `rate_limit` and `rate_window`, a window of 0 turns it off) keeps a
  full sync from hammering the portal, and a 429's Retry-After is honoured by `HttpClient`.
- Statuses: the glossary's lifecycle "pending, confirmed, shipped, completed, canceled", in that
  order. A status the document does not name is still shown (its own code, in grey) rather than
  failing the sync: the glossary says "such as".
- History count: the list row's count comes from the status history, so listings ask for
  `include=status_history` (small: a few lines an order); items and shipments only for
  `get_order`, as the document advises ("request only needed relationships").
- Amounts are JSON numbers; the body is parsed with `Decimal` for every non-integer number, so
  `1275.10` is exactly 1275.10, never a float on the way.
- Sorting ties: the document does not say ties are broken, and paging over ties without a
  unique last key can repeat or skip rows; listings end every sort with `order_number`.
- Unknown parameters: the document does not say what the server does with them (the sandbox
  ignores them, which would silently not filter), so anything undocumented is refused here.
- `created_at` of a console row is when the buyer placed the order (`placed_at`), or when it
  was created if it has not been placed yet.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from approval_console.connectors.base import Account, ChangedPage
from approval_console.connectors.common import (
    DUE_DATE_FILTERS,
    TAG_AND_STATE_FILTERS,
    ConnectorBase,
    HeaderKeyAuth,
    filters_set,
    limiter_for,
    next_page,
)
from approval_console.connectors.fields import Fields
from approval_console.connectors.http import HttpClient, decode_json, default_error_message
from approval_console.connectors.ratelimit import Priority
from approval_console.core import errors
from approval_console.core.backends import BACKENDS
from approval_console.core.billing import LineItem, OrderRecords, Shipment
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Customer, Money, Order, OrderStatus, Status
from approval_console.core.history import HistoryEvent, HistoryKind
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.labels import ORDER_STATUS
from approval_console.core.listing import OrderQuery, Page

log = logging.getLogger(__name__)

BACKEND = "wholesale"
API_PREFIX = "/api/orders"  # requests go to "/" under it: the documented `/api/orders/`
API_KEY_HEADER = "X-API-Key"
PAGE_MAX = 250  # "Maximum is 250"
SERVER_DEFAULT_PER_PAGE = 50  # "Default per page is 50"
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S"

CAPABILITIES = BACKENDS[BACKEND].capabilities

CANCELED = "canceled"
# (code, name, description, colour) in workflow order, from the document's glossary.
STATUSES: tuple[tuple[str, str, str, str], ...] = (
    (
        "pending",
        QT_TRANSLATE_NOOP("Status", "Pending"),
        QT_TRANSLATE_NOOP("Status", "Submitted by the buyer, waiting to be confirmed"),
        "#F59E0B",
    ),
    (
        "confirmed",
        QT_TRANSLATE_NOOP("Status", "Confirmed"),
        QT_TRANSLATE_NOOP("Status", "Accepted by the portal's staff, being prepared"),
        "#3B82F6",
    ),
    (
        "shipped",
        QT_TRANSLATE_NOOP("Status", "Shipped"),
        QT_TRANSLATE_NOOP("Status", "On its way: one or more shipments in transit"),
        "#8B5CF6",
    ),
    (
        "completed",
        QT_TRANSLATE_NOOP("Status", "Completed"),
        QT_TRANSLATE_NOOP("Status", "Delivered"),
        "#10B981",
    ),
    (
        CANCELED,
        QT_TRANSLATE_NOOP("Status", "Canceled"),
        QT_TRANSLATE_NOOP("Status", "Canceled by the buyer or by staff"),
        "#EF4444",
    ),
)
_STATUS_BY_CODE = {code: (name, description, color) for code, name, description, color in STATUSES}
UNKNOWN_STATUS_COLOR = "#6B7280"

# Filters `OrderQuery.extra` may carry, by their documented names.
EXTRA_FILTERS = frozenset(
    {
        "status",  # a comma list; `OrderQuery.status_code` is the single-status form
        "customer_id",
        "user_id",
        "order_number",
        "po_number",
        "min_total",
        "max_total",
        "filter_on",
        "date_from",
        "date_to",
        "placed_from",
        "placed_to",
        "updated_since",
        "sort",
    }
)
DOCUMENTED_PARAMS = EXTRA_FILTERS | {"q", "include", "page", "per_page"}
DETAIL_INCLUDE = "items,shipments,status_history"
LIST_INCLUDE = "status_history"  # for the row's history count and status time
LIST_SORT = "-created_at,-order_number"  # newest first, with a unique last key
SYNC_SORT = "-updated_at,order_number"  # the document's advice for syncing, plus a last key


def wholesale_error_message(
    response: httpx.Response, body: Any
) -> tuple[str, dict[str, list[str]]]:
    """The portal's `{"error": {"type", "message"}}` bodies: the server's message, and for a
    refused value (422 `invalid_sort`, `invalid_include`...) its parameter as the field, so a
    filter form can point at it. (A 400's message starts with the parameter's name; only
    `ValidationError` carries fields.) Other bodies (a proxy's 502) read as Laravel's."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return default_error_message(response, body)
    message = error.get("message")
    if not isinstance(message, str) or not message:
        message = translate("Server", "The server answered {status}.").format(
            status=response.status_code
        )
    given = error.get("type")
    kind = given if isinstance(given, str) else ""
    name = kind.removeprefix("invalid_")  # invalid_sort, invalid_include, invalid_filter_on
    fields = {name: [message]} if name != kind and name in DOCUMENTED_PARAMS else {}
    return message, fields


@dataclass(frozen=True, slots=True)
class ListMeta:
    """The listing's `meta` block: who answered (tenant), what it understood (the filters and
    sort it echoes back, normalised: dates as full timestamps), the extent, and its time."""

    page: int
    per_page: int
    total: int
    total_pages: int
    tenant_id: int | None = None
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    timings_ms: int | None = None


@dataclass(frozen=True, slots=True)
class PortalOrder:
    """One order as the API sent it, mapped: the console's row, when it last changed (the delta
    cursor), and whatever was included (None: not asked for)."""

    order: Order
    updated_at: datetime
    placed_at: datetime | None
    history: tuple[HistoryEvent, ...] | None = None
    items: tuple[LineItem, ...] | None = None
    shipments: tuple[Shipment, ...] | None = None

    def detail(self) -> OrderDetail:
        records = None
        if self.items is not None or self.shipments is not None:
            records = OrderRecords(items=self.items or (), shipments=self.shipments or ())
        return OrderDetail(order=self.order, history=self.history or (), records=records)


@dataclass(frozen=True, slots=True)
class OrdersResult:
    """One answer of `GET /api/orders/`."""

    orders: tuple[PortalOrder, ...]
    meta: ListMeta

    @property
    def page(self) -> Page:
        return Page(
            items=tuple(row.order for row in self.orders),
            page=self.meta.page,
            last_page=max(1, self.meta.total_pages),
            total=self.meta.total,
            per_page=self.meta.per_page,
        )

    @property
    def latest(self) -> datetime | None:
        """The newest `updated_at` here (not merely the first row's: robust to any sort)."""
        return max((row.updated_at for row in self.orders), default=None)


class WholesaleConnector(ConnectorBase):
    """The portal's Orders API, read-only, mapped to backend-neutral types."""

    system = "The wholesale portal"
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
        self.zone: tzinfo = _zone(options.get("timezone"))
        # id -> order number, from every listing: the number is how one order can be asked for.
        self._numbers: dict[str, str] = {}
        self.http = HttpClient(
            account.base_url.rstrip("/") + API_PREFIX,
            auth=HeaderKeyAuth(API_KEY_HEADER, api_key),
            headers={"Accept": "application/json", "User-Agent": "ApprovalConsole"},
            error_message=wholesale_error_message,
            transport=transport,
        )

    def estimate_seconds(self, requests: int, bulk_requests: int = 0) -> float:
        """Least time the client-side limit allows for that many more requests."""
        return self.limiter.earliest_start_after(requests + bulk_requests)

    # -- the one endpoint ----------------------------------------------------------------

    async def fetch_orders(
        self,
        params: Mapping[str, str] | Sequence[tuple[str, str]] = (),
        *,
        priority: Priority = Priority.INTERACTIVE,
    ) -> OrdersResult:
        """`GET /api/orders/` with documented parameters as given (the server's defaults for
        what is left out); the building block of every other call.

        Raises NotImplementedError for a parameter the document does not list (`api_key`
        included: the key travels only in its header).
        """
        pairs = list(params.items()) if isinstance(params, Mapping) else list(params)
        unknown = sorted({name for name, _ in pairs if name not in DOCUMENTED_PARAMS})
        if unknown:
            raise NotImplementedError(
                f"The wholesale Orders API has no parameter {', '.join(unknown)}"
            )
        response = await self._read(
            "/", params=[(name, str(value)) for name, value in pairs], priority=priority
        )
        body = Fields(await _decode(response))
        orders = tuple(self._portal_order(item) for item in body.objects("data"))
        for row in orders:
            self._numbers[row.order.id] = row.order.number
        return OrdersResult(orders, _meta(body.obj("meta")))

    # -- the Connector protocol ----------------------------------------------------------

    async def list_statuses(self) -> list[Status]:
        """The documented lifecycle, in workflow order; the API has no statuses endpoint."""
        return [
            Status(code=code, name=name, description=description, color=color, position=index)
            for index, (code, name, description, color) in enumerate(STATUSES)
        ]

    async def list_orders(
        self,
        query: OrderQuery,
        *,
        page: int = 1,
        per_page: int = PAGE_MAX,
        priority: Priority = Priority.NORMAL,
    ) -> Page:
        """One page of orders, newest first unless `extra["sort"]` says otherwise.

        `search` is `q` (order number, customer name or code, PO number); `status_code` is
        `status`; `exclude_canceled` becomes a status list without canceled, so the server
        still counts and pages; `extra` takes any other documented filter by its name
        (`customer_id`, `min_total`, `filter_on` with `date_from`/`date_to`, `status` as a comma
        list, `sort`...), sent as given: the server answers 400/422 for a bad value. Filters the
        API lacks (tags, financial or fulfillment status, due dates) raise NotImplementedError.
        """
        _check_page(page, per_page)
        params = _query_params(query)
        if params is None:  # canceled orders only, without canceled orders: nothing
            return Page(items=(), page=page, last_page=1, total=0, per_page=per_page)
        if not any(name == "sort" for name, _ in params):
            params.append(("sort", LIST_SORT))
        params += [("include", LIST_INCLUDE), ("page", str(page)), ("per_page", str(per_page))]
        return (await self.fetch_orders(params, priority=priority)).page

    async def list_changed(
        self,
        since: datetime | None,
        *,
        page: int = 1,
        per_page: int = PAGE_MAX,
        priority: Priority = Priority.NORMAL,
    ) -> ChangedPage:
        """Orders changed on or after `since`, most recently updated first (the document's
        sync advice); with `since=None` every order, in the same order: the full first pass.

        The boundary: `updated_since` is inclusive ("on or after") and timestamps have whole
        seconds, so `since` is sent rounded down to its second. An order updated in the same
        second as the cursor, even after that second's page was read, is therefore returned by
        the next delta; the price is that the orders at the cursor's second are read again
        (an overlap, harmless to the cache), never that one is lost.

        `latest` is the newest `updated_at` on the page. Sorting by `-updated_at` makes the
        first page's the newest of all, even during a full pass: an order changed while later
        pages are read moves to the front, past the pages already read, and its new
        `updated_at` is at or after the cursor, so the next delta brings it.
        """
        _check_page(page, per_page)
        params = [
            ("sort", SYNC_SORT),
            ("include", LIST_INCLUDE),
            ("page", str(page)),
            ("per_page", str(per_page)),
        ]
        if since is not None:
            params.insert(0, ("updated_since", self.format_instant(since)))
        result = await self.fetch_orders(params, priority=priority)
        return ChangedPage(page=result.page, latest=result.latest)

    async def get_order(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderDetail:
        """The order with its status history (newest first), items and shipments.

        The API has no single-order endpoint or id filter: the order is asked for by its
        number when a listing showed it (or when `order_id` is a number such as `SO-1001`),
        else found by searching for the id; either way only the exact match is taken.
        """
        text = str(order_id).strip()
        if not text:
            raise errors.NotFoundError(
                translate("Server", "There is no order {number}.").format(number="''"), status=404
            )
        number = self._numbers.get(text) or (None if text.isdigit() else text)
        searches: list[tuple[str, str]] = []
        if number is not None:
            searches.append(("order_number", number))
        if text.isdigit():
            searches.append(("q", text))
        for name, value in searches:
            found = await self._find(name, value, text, priority)
            if found is not None:
                return found.detail()
        raise errors.NotFoundError(
            translate("Server", "There is no order {number}.").format(number=repr(text[:40])),
            status=404,
        )

    async def _find(
        self, name: str, value: str, wanted: str, priority: Priority
    ) -> PortalOrder | None:
        """The row whose id (or, for a number given as the id, number) is exactly `wanted`,
        over every page of the filtered answer (a search may match other orders too)."""
        page = 1
        while True:
            result = await self.fetch_orders(
                [
                    (name, value),
                    ("include", DETAIL_INCLUDE),
                    ("sort", "order_number"),
                    ("page", str(page)),
                    ("per_page", str(PAGE_MAX)),
                ],
                priority=priority,
            )
            for row in result.orders:
                if row.order.id == wanted or row.order.number.casefold() == wanted.casefold():
                    return row
            if page >= result.meta.total_pages or not result.orders:
                return None
            page = next_page(page)

    # -- time ----------------------------------------------------------------------------

    def format_instant(self, moment: datetime) -> str:
        """`YYYY-MM-DD HH:MM:SS` in the portal's zone, rounded down to the second (so an
        inclusive bound stays inclusive); a naive time is taken as UTC."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(self.zone).replace(microsecond=0).strftime(TIMESTAMP_FORMAT)

    def _instant(self, item: Fields, key: str) -> datetime:
        value = self._opt_instant(item, key)
        if value is None:
            raise errors.ResponseFormatError(f"{item.path}.{key}", "is missing")
        return value

    def _opt_instant(self, item: Fields, key: str) -> datetime | None:
        """The portal's zone-less timestamps as aware times (an offset, if ever sent, wins)."""
        text = item.opt_text(key)
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError:
            raise errors.ResponseFormatError(
                f"{item.path}.{key}", f"is not a date and time: {text[:30]!r}"
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.zone)
        return moment.astimezone(UTC)

    # -- mapping -------------------------------------------------------------------------

    def _portal_order(self, item: Fields) -> PortalOrder:
        order_id = item.text("id")
        number = item.text("order_number")
        currency = item.text("currency")
        customer = item.obj("customer")
        amount = Money(_decimal(item.obj("totals"), "grand_total"), currency)
        code = item.text("status")
        created = self._instant(item, "created_at")
        placed = self._opt_instant(item, "placed_at")
        updated = self._instant(item, "updated_at")
        history = None
        if item.has("status_history"):
            changes = [self._status_change(change) for change in item.objects("status_history")]
            changes.sort(key=lambda pair: pair[0], reverse=True)
            history = tuple(event for _, event in changes)
        set_at = next((e.created_at for e in history or () if e.status_code == code), None)
        name, description, color = _STATUS_BY_CODE.get(
            code, (_status_name(code), "", UNKNOWN_STATUS_COLOR)
        )
        order = Order(
            id=order_id,
            name=number,
            number=number,
            customer=Customer(
                name=customer.opt_text("name") or "", email=customer.opt_text("email") or ""
            ),
            status=OrderStatus(
                code=code,
                name=name,
                description=description or None,
                color=color,
                set_at=set_at,
            ),
            canceled_at=(set_at or updated) if code == CANCELED else None,
            created_at=placed or created,
            history_count=len(history) if history is not None else 0,
            amount=amount,
            review=None,
        )
        items = None
        if item.has("items"):
            items = tuple(_line_item(line, order_id, currency) for line in item.objects("items"))
        shipments = None
        if item.has("shipments"):
            shipments = tuple(self._shipment(parcel) for parcel in item.objects("shipments"))
        return PortalOrder(order, updated, placed, history, items, shipments)

    def _status_change(self, change: Fields) -> tuple[tuple[datetime, int], HistoryEvent]:
        """One status change, with its sort key (when, then the log's own id)."""
        when = self._instant(change, "changed_at")
        code = change.text("to_status")
        who = change.opt_obj("changed_by")
        event = HistoryEvent(
            kind=HistoryKind.STATUS_CHANGE,
            created_at=when,
            status_code=code,
            status_name=_status_name(code),
            comment=change.opt_text("note") or None,
            actor=(who.opt_text("name") or None) if who else None,
        )
        return (when, change.opt_integer("id", 0) or 0), event

    def _shipment(self, parcel: Fields) -> Shipment:
        shipper = " ".join(
            part for part in (parcel.opt_text("carrier"), parcel.opt_text("service")) if part
        )
        return Shipment(
            id=parcel.text("id"),
            invoice_id=None,  # shipped against the order: the portal has no invoices
            status=None,  # fulfilled/partial is about an invoice's items; see status_text
            shipper=shipper or None,
            tracking_number=parcel.opt_text("tracking_number"),
            shipped_at=self._opt_instant(parcel, "shipped_at"),
            delivered_at=self._opt_instant(parcel, "delivered_at"),
            status_text=parcel.opt_text("status"),
        )


# ---- helpers ---------------------------------------------------------------------------------


def _status_name(code: str) -> str:
    """The documented status's name, or a status the document does not name, made readable."""
    known = _STATUS_BY_CODE.get(code)
    return known[0] if known else ORDER_STATUS.name(code)


def _check_page(page: int, per_page: int) -> None:
    """Refused here, before a request: the server would answer 400 anyway."""
    if page < 1 or not 1 <= per_page <= PAGE_MAX:
        raise ValueError(f"page must be >= 1 and per_page 1 to {PAGE_MAX}")


def _query_params(query: OrderQuery) -> list[tuple[str, str]] | None:
    """The console's filters as documented parameters; None when nothing can match."""
    unsupported = filters_set(query, (*TAG_AND_STATE_FILTERS, *DUE_DATE_FILTERS))
    unsupported += sorted(key for key in query.extra if key not in EXTRA_FILTERS)
    if unsupported:
        raise NotImplementedError(
            f"The wholesale Orders API cannot filter orders by {', '.join(unsupported)}"
        )
    params: list[tuple[str, str]] = []
    if query.search and query.search.strip():
        params.append(("q", query.search.strip()))
    statuses: list[str] | None = None
    if query.status_code:
        statuses = [query.status_code]
    elif query.extra.get("status", "").strip():
        statuses = [part.strip() for part in query.extra["status"].split(",") if part.strip()]
    if query.exclude_canceled:
        statuses = [s for s in statuses or [code for code, *_ in STATUSES] if s != CANCELED]
        if not statuses:
            return None
    if statuses is not None:
        params.append(("status", ",".join(statuses)))
    params += [(k, v) for k, v in query.extra.items() if k != "status" and str(v).strip()]
    return params


def _meta(meta: Fields) -> ListMeta:
    pagination = meta.obj("pagination")
    per_page = pagination.integer("per_page")
    total = pagination.integer("total")
    total_pages = pagination.opt_integer("total_pages")
    if total_pages is None:
        total_pages = math.ceil(total / per_page) if per_page > 0 else 0
    filters = meta.opt_obj("filters")
    timings = meta.opt_obj("timings_ms")
    return ListMeta(
        page=pagination.integer("page"),
        per_page=per_page,
        total=total,
        total_pages=total_pages,
        tenant_id=meta.opt_integer("tenant_id"),
        filters=dict(filters.value) if filters else {},
        sort=meta.opt_text("sort"),
        timings_ms=timings.opt_integer("total") if timings else None,
    )


def _line_item(line: Fields, order_id: str, currency: str) -> LineItem:
    return LineItem(
        id=line.text("id"),
        order_id=order_id,
        title=line.text("name"),
        quantity=line.integer("qty"),
        unit_price=_opt_money(line, "unit_price", currency),
        total=_opt_money(line, "line_total", currency),
        sku=line.opt_text("sku"),
    )


def _decimal(item: Fields, key: str) -> Decimal:
    value = item.value.get(key)
    if value is None:
        raise errors.ResponseFormatError(f"{item.path}.{key}", "is missing")
    return _to_decimal(item, key, value)


def _opt_money(item: Fields, key: str, currency: str) -> Money | None:
    value = item.value.get(key)
    return None if value is None else Money(_to_decimal(item, key, value), currency)


def _to_decimal(item: Fields, key: str, value: Any) -> Decimal:
    """A JSON number (parsed as Decimal, never float) or numeric text, exactly."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise errors.ResponseFormatError(f"{item.path}.{key}", f"should be a number: {value!r}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise errors.ResponseFormatError(
            f"{item.path}.{key}", f"should be a number, got {value!r}"
        ) from None
    if not number.is_finite():
        raise errors.ResponseFormatError(f"{item.path}.{key}", f"should be a number: {value!r}")
    return number


async def _decode(response: httpx.Response) -> Any:
    """The body as JSON with every fractional number a Decimal (money must not pass through
    float), or a `ResponseFormatError` saying it is not JSON."""
    return await decode_json(response, parse_float=Decimal)


def _zone(name: str | None) -> tzinfo:
    """The portal's time zone: the account's `timezone` option, else UTC (the sandbox's)."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("Unknown time zone %r for the wholesale portal; reading times as UTC", name)
        return UTC
