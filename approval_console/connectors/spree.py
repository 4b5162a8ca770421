"""Spree Commerce Admin API v3: orders held for fraud review, approved or canceled from here.

Written from the Spree Admin API v3 reference (the approve page and the OpenAPI subset of the
order endpoints). Requests carry a secret key in `X-Spree-Api-Key`; lists answer `{data, meta}`
(Pagy's `page`, `limit`, `count`, `pages`, `next`); resources have prefixed ids (`or_...`);
amounts are BigDecimal strings ("110.0") beside `display_*` strings and become exact `Money`
here, never floats. Spree flags suspicious orders `considered_risky`; `PATCH .../approve`
records the approver and clears the flag, `PATCH .../cancel` cancels a completed order.

Where the document is silent or stale, and what this connector chose (Spree's code wins):
- Orders carry `status`: draft, placed or canceled (`Spree::Order::STATUSES`, the same on 5.6.1
  and 6.0; there is no `returned`). The document still filters on `state`, which 6.0 removed:
  filters are built in `connectors/spree_query.py` from what both versions honour, and every
  answer is checked, since Ransack drops a condition it does not allow and answers with every
  order. The server's version (`server_version`) is first guessed from the fields its orders
  carry (6.0 adds `fee_total`, `cart_id`, ...) and, once a filter is asked for, told by how the
  server treats `q[state_eq]`, which decides how the filters are sent.
- `payment_status` and `fulfillment_status` use 6.0's words on 6.0 and 5.6's payment and
  shipment states on 5.6; both become the console's words (`spree_query.PAYMENT_WORDS`).
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
- A missing order is a 404 whatever its code says (`order_not_found` on current Spree,
  `record_not_found` before): both read the same here.
- Cancel takes `notify_customer` (default false); a journaled cancel sends the person's choice
  (`OrderAction.notify`, offered through `Capabilities.cancel_notify`) every time, so the email
  never depends on the server's default. Approving emails nobody.
- `approve` checks nothing (`OrdersController#approve` calls `approved_by` whatever the state):
  a canceled or draft order answers 200. The console offers approval only on a placed order
  flagged risky (`Review.AWAITING`); a canceled order stays canceled here even once approved.
- Under API-key auth `approver_id` and `canceler_id` stay null (`try_spree_current_user` is
  nobody): nothing here reads them; approval and cancellation are known by their times.
- Publishable keys (`pk_`) belong to the storefront API and are always refused by the Admin API,
  so they are refused here before any request, with a message that says which key is needed.
- Every change carries the `Idempotency-Key` its journal entry gives (`Spree::Api::V3::
  Idempotent`: a repeat of the same request answers the first answer again, marked
  `Idempotent-Replayed: true`; the same key on a different request is a 422
  `idempotency_key_reused`). So a change whose answer was lost is sent again with its key a few
  times; a resend the server refused on its own (not a replay) proves nothing of the first send,
  whose outcome then stays unknown, to be re-read. A change without a key is sent once.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
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
from approval_console.connectors.spree_errors import HEADER_SAFE, checked_key, spree_error_message
from approval_console.connectors.spree_parse import (
    STATUSES,
    read_fulfillment,
    read_line_item,
    read_order,
    read_payment,
    read_refund,
    with_titles,
)
from approval_console.connectors.spree_query import (
    NO_SUCH_VALUE,
    V5,
    V6,
    Condition,
    conditions,
    version_by_fields,
)
from approval_console.core import errors
from approval_console.core.backends import BACKENDS
from approval_console.core.billing import (
    LineItem,
    OrderRecords,
    Payment,
    Refund,
    Shipment,
)
from approval_console.core.changes import (
    BillingChange,
    OrderAction,
    OrderActionKind,
)
from approval_console.core.detail import OrderDetail
from approval_console.core.display import format_count
from approval_console.core.domain import Order, Review, Status
from approval_console.core.i18n import translate
from approval_console.core.labels import FULFILLMENT, status_text
from approval_console.core.listing import OrderQuery, Page

log = logging.getLogger(__name__)

BACKEND = "spree"
API_PREFIX = "/api/v3/admin"
API_KEY_HEADER = "X-Spree-Api-Key"
CAPABILITIES = BACKENDS[BACKEND].capabilities
PAGE_MAX = CAPABILITIES.max_page_size  # the server caps `limit` at 100
DEFAULT_RATE_LIMIT = 600  # per key ...
DEFAULT_RATE_WINDOW = 60.0  # ... per this many seconds
DEFAULT_SORT = "-created_at"  # newest first, as the server sorts without `sort`
IDEMPOTENCY_HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
KEYED_RESENDS = 2  # a keyed change whose answer was lost is sent again this many times
# A filter the server ignores is applied here over the whole listing, up to this many pages.
CLIENT_FILTER_PAGES = 200

# What the order shows by expansion; refunds are not a documented expansion (read separately).
DETAIL_EXPAND = ("items", "fulfillments", "payments", "customer")
UNSUPPORTED_FILTERS = ("tags_all", "tags_any", "due_date_from", "due_date_to")

_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_CONDITION = re.compile(r"[a-z0-9_]+")
_SORT = re.compile(r"-?[a-z_]+(,-?[a-z_]+)*")
T = TypeVar("T")


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
        key = checked_key(api_key)
        options = account.options
        self.limiter = limiter_for(options, DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW)
        self.http = HttpClient(
            account.base_url.rstrip("/") + API_PREFIX,
            auth=HeaderKeyAuth(API_KEY_HEADER, key),
            headers={"Accept": "application/json", "User-Agent": "ApprovalConsole"},
            error_message=self._error_message,
            transport=transport,
        )
        # The server's version ("5.6" or "6.0"), once a probe told it; None until then.
        self.server_version: str | None = None
        self._version_probed = False  # told by behaviour, not only guessed from fields
        # Per condition family, whether the server was seen to honour it (see `list_orders`).
        self._honoured: dict[str, bool] = {}
        # Idempotency keys whose refusal was the server replaying an earlier answer.
        self._replayed: set[str] = set()

    def __repr__(self) -> str:
        return f"SpreeConnector(account={self.account.id!r})"

    def estimate_seconds(self, requests: int, bulk_requests: int = 0) -> float:
        """Least time the limit allows for that many more requests (Spree has no bulk calls)."""
        return self.limiter.earliest_start_after(requests + bulk_requests)

    def _error_message(
        self, response: httpx.Response, body: Any
    ) -> tuple[str, dict[str, list[str]]]:
        """Spree's error words, noting first whether the refusal was a replayed first answer
        (a keyed resend needs to know: see `_keyed_change`)."""
        key = response.request.headers.get(IDEMPOTENCY_HEADER)
        if key and response.headers.get(REPLAYED_HEADER, "").lower() == "true":
            self._replayed.add(key)
        return spree_error_message(response, body)

    # -- transport -----------------------------------------------------------------------

    async def _get(
        self, path: str, *, params: Any = None, priority: Priority = Priority.INTERACTIVE
    ) -> Any:
        return await decode_json(await self._read(path, params=params, priority=priority))

    async def _patch(
        self,
        path: str,
        body: dict[str, Any] | None = None,
        *,
        params: Any = None,
        key: str | None = None,
    ) -> Any:
        if key is None:
            response = await self._change("PATCH", path, params=params, json=body)
        else:
            response = await self._keyed_change("PATCH", path, key, params=params, json=body)
        return await decode_json(response)

    async def _keyed_change(
        self, method: str, path: str, key: str, **request: Any
    ) -> httpx.Response:
        """A change carrying its `Idempotency-Key`, sent again with that key when its answer was
        lost (a dropped connection, a 5xx): Spree answers a repeat with the first answer, or
        carries it out if the first never ran. A resend refused on the server's own account
        (not a replay) says nothing of the first send: its outcome stays unknown. A timeout is
        not repeated, since each one already cost a long wait."""
        if not HEADER_SAFE.fullmatch(key) or len(key) > 255:
            raise ValueError("an idempotency key is 1 to 255 visible ASCII characters")
        unclear: errors.ApiError | None = None  # the first send's unclear failure
        for attempt in range(KEYED_RESENDS + 1):
            if attempt:
                await asyncio.sleep(self.http.retry.backoff(attempt - 1))
            try:
                response = await self._change(
                    method,
                    path,
                    headers={IDEMPOTENCY_HEADER: key},
                    # Spree keeps a 429 under its key for a day like any 4xx (`Idempotent`
                    # wraps the rate limit): a repeat the 429 proved unrun needs a key of its
                    # own, derived, so every resend of this change still names the same ones.
                    unrun_headers=lambda attempt: {IDEMPOTENCY_HEADER: _unrun_key(key, attempt)},
                    **request,
                )
            except errors.ServerError as error:
                unclear = unclear or error
                continue
            except errors.ApiStatusError:
                if unclear is not None and key not in self._replayed:
                    raise unclear from None
                self._replayed.discard(key)
                raise
            except errors.ApiTimeoutError:
                raise
            except errors.ApiConnectionError as error:
                if not error.maybe_applied:  # never reached the server
                    if unclear is not None:
                        raise unclear from None
                    raise
                unclear = unclear or error
                continue
            if response.headers.get(REPLAYED_HEADER, "").lower() == "true":
                log.info("%s %s: Spree replayed the first answer to this change", method, path)
            return response
        assert unclear is not None
        raise unclear

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
            for position, (code, (name, description, color)) in enumerate(STATUSES.items())
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
        """One page of orders with their customers, filtered as `query` asks.

        Filters become Ransack conditions (`connectors/spree_query.py`): `status_code`
        `q[status_eq]`, `exclude_canceled` `q[status_not_eq]=canceled`, `search`
        `q[number_or_email_cont]`, `financial_status`/`fulfillment_status` the server words
        they stand for, and each `extra` item a `q[...]` condition as given (e.g.
        `considered_risky_eq`, passed on unchecked). A condition family the server does not
        honour (a probe, or an answer with an order it should have left out, shows it) is
        applied here over the whole listing instead, so the page and its totals are the
        filter's, never the server's unfiltered count. `sort` is Spree's
        (`-completed_at,number`); tags and due dates cannot be filtered.
        """
        if page < 1 or not 1 <= per_page <= PAGE_MAX:
            raise ValueError(f"page must be >= 1 and per_page 1 to {PAGE_MAX}")
        if not _SORT.fullmatch(sort):
            raise ValueError(f"sort must be fields like '-created_at,number', not {sort!r}")
        _check_supported(query)
        extra = _extra(query.extra)
        if conditions(query, None):
            await self._learn(query, priority)
        wanted = conditions(query, self.server_version)
        trusted = [c for c in wanted if self._honoured.get(c.family, False)]
        if len(trusted) == len(wanted):
            listed = await self._server_page(
                _params(trusted, extra), sort, page, per_page, priority
            )
            ignored = {c.family for c in trusted for o in listed.items if not c.test(o)}
            if not ignored:
                return listed
            log.warning(
                "Spree %s answered orders outside its %s filter: filtering them here",
                self.account.id,
                ", ".join(sorted(ignored)),
            )
            self._honoured.update(dict.fromkeys(ignored, False))
            trusted = [c for c in trusted if c.family not in ignored]
        return await self._client_page(wanted, trusted, extra, sort, page, per_page, priority)

    async def _server_page(
        self,
        params: list[tuple[str, str]],
        sort: str,
        page: int,
        per_page: int,
        priority: Priority,
    ) -> Page:
        """One page as the server filtered it, with the server's own totals."""
        query = [
            *params,
            ("sort", sort),
            ("expand", "customer"),
            ("page", str(page)),
            ("limit", str(per_page)),
        ]
        body = Fields(await self._get("/orders", params=query, priority=priority))
        data = body.objects("data")
        orders = tuple(read_order(item) for item in data)
        if data:
            self._guess_version(data[0])
        meta = body.obj("meta")
        return Page(
            items=orders,
            page=meta.integer("page"),
            last_page=max(1, meta.integer("pages")),
            total=meta.integer("count"),
            per_page=meta.integer("limit"),
        )

    async def _client_page(
        self,
        wanted: Sequence[Condition],
        trusted: Sequence[Condition],
        extra: list[tuple[str, str]],
        sort: str,
        page: int,
        per_page: int,
        priority: Priority,
    ) -> Page:
        """The page a filter the server ignores gives: every order the server's own conditions
        leave, read page by page and filtered here, so the total is the filter's."""
        params = _params(trusted, extra)
        matching: list[Order] = []
        number = 1
        while True:
            listed = await self._server_page(params, sort, number, PAGE_MAX, priority)
            matching += [o for o in listed.items if all(c.test(o) for c in wanted)]
            if not listed.items or not listed.has_more:
                break
            if number >= CLIENT_FILTER_PAGES:
                raise errors.ApiError(
                    translate(
                        "Spree",
                        "This Spree server ignores the filter, and it has more than {count} "
                        "orders to filter here: narrow the search or show every order.",
                    ).format(count=format_count(CLIENT_FILTER_PAGES * PAGE_MAX))
                )
            number = next_page(number)
        start = (page - 1) * per_page
        return Page(
            items=tuple(matching[start : start + per_page]),
            page=page,
            last_page=max(1, math.ceil(len(matching) / per_page)),
            total=len(matching),
            per_page=per_page,
        )

    async def _count(self, params: list[tuple[str, str]], priority: Priority) -> int:
        """How many orders the server says match `params` (one order read, for its `meta`)."""
        query = [*params, ("page", "1"), ("limit", "1")]
        body = Fields(await self._get("/orders", params=query, priority=priority))
        return body.obj("meta").integer("count")

    def _learn_version(self, version: str | None) -> None:
        """The server's release, and what it can do: 5.6's `cancel` action never passes
        `notify_customer` on (admin orders_controller.rb at v5.6.1), so no cancel email is
        offered or promised there."""
        self.server_version = version
        self.capabilities = (
            replace(CAPABILITIES, cancel_notify=False) if version == V5 else CAPABILITIES
        )

    async def detect_server_version(self, priority: Priority = Priority.BACKGROUND) -> str | None:
        """The server's version, told by behaviour: 5.x filters on the checkout `state`, 6.0
        removed it (and Ransack ignores the condition). It overrides a guess from the fields;
        None while the store has no order to tell by. Asked once."""
        if not self._version_probed:
            everything = await self._count([], priority)
            if everything:
                by_state = await self._count([("q[state_eq]", NO_SUCH_VALUE)], priority)
                self._learn_version(V5 if by_state == 0 else V6)
                self._version_probed = True
                log.info("Spree %s: server version %s", self.account.id, self.server_version)
        return self.server_version

    def _guess_version(self, order: Fields) -> None:
        """A first guess from an order's fields, until behaviour tells (a listing unfiltered
        asks no probe, yet the person should see which release this is)."""
        if self.server_version is None:
            self._learn_version(version_by_fields(order.value))

    async def _learn(self, query: OrderQuery, priority: Priority) -> None:
        """Probe, once each, the version and every condition family `query` uses: a condition
        nothing matches counts 0 where it is honoured, and every order where it is dropped."""
        await self.detect_server_version(priority)
        for condition in conditions(query, self.server_version):
            if condition.family not in self._honoured:
                found = await self._count(list(condition.probe), priority)
                self._honoured[condition.family] = found == 0
                if found:
                    log.warning(
                        "Spree %s ignores the %s filter: it is applied here",
                        self.account.id,
                        condition.family,
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
        order = read_order(body)
        self._guess_version(body)
        currency = order.amount.currency if order.amount else body.text("currency")

        async def expanded(key: str, read: Callable[[Fields], T], sub: str) -> tuple[T, ...]:
            if body.has(key):
                return tuple(read(item) for item in body.objects(key))
            return await self._every(f"{path}/{sub}", read, priority=priority)

        items, payments, fulfillments = await asyncio.gather(
            expanded("items", lambda i: read_line_item(i, currency, order.id), "items"),
            expanded("payments", lambda i: read_payment(i, currency), "payments"),
            expanded("fulfillments", lambda i: read_fulfillment(i, currency), "fulfillments"),
        )
        titles = {item.id: item.title for item in items if item.id}
        shipments = tuple(with_titles(shipment, titles) for shipment in fulfillments)
        refunds = tuple(read_refund(row, currency) for row in refund_rows)
        records = OrderRecords(items=items, shipments=shipments, payments=payments, refunds=refunds)
        return OrderDetail(order=order, records=records)

    # -- an order's records --------------------------------------------------------------

    async def list_items(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> tuple[LineItem, ...]:
        """`GET orders/{id}/items`: every line item (each names its currency)."""
        path = f"/orders/{_path_id(order_id)}/items"
        return await self._every(
            path, lambda i: read_line_item(i, None, order_id), priority=priority
        )

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
        return await self._every(path, lambda i: read_payment(i, currency), priority=priority)

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
        return await self._every(path, lambda i: read_fulfillment(i, currency), priority=priority)

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
        return await self._every(path, lambda i: read_refund(i, currency), priority=priority)

    async def _currency(self, order_id: str, priority: Priority) -> str:
        """The order's currency, in the cheapest read there is (`fields=currency`)."""
        body = Fields(
            await self._get(
                f"/orders/{_path_id(order_id)}", params={"fields": "currency"}, priority=priority
            )
        )
        return body.text("currency")

    # -- changing ------------------------------------------------------------------------

    async def perform(
        self, order_id: str, change: BillingChange, *, idempotency_key: str | None = None
    ) -> None:
        """Carry out a journaled review decision: approve or cancel, under the entry's key."""
        if not isinstance(change, OrderAction):
            raise NotImplementedError("Spree orders are only approved or canceled here")
        if change.action is OrderActionKind.APPROVE:
            await self.approve_order(order_id, idempotency_key=idempotency_key)
        elif change.action is OrderActionKind.CANCEL:
            await self.cancel_order(
                order_id, notify_customer=change.notify, idempotency_key=idempotency_key
            )
        else:
            raise NotImplementedError(f"Spree orders cannot be {change.action.value}d")

    async def approve_order(self, order_id: str, *, idempotency_key: str | None = None) -> Order:
        """`PATCH orders/{id}/approve`: records the time (and, signed in as a person, the
        approver), clears the risk flag. The server checks no state: see the module notes."""
        body = await self._patch(
            f"/orders/{_path_id(order_id)}/approve",
            params={"expand": "customer"},
            key=idempotency_key,
        )
        order = read_order(Fields(body))
        if order.review is None or order.review is Review.AWAITING:
            raise errors.ValidationError(
                translate(
                    "Spree",
                    "Spree answered without recording the approval: the order is as it was.",
                )
            )
        return order

    async def cancel_order(
        self,
        order_id: str,
        *,
        notify_customer: bool = False,
        idempotency_key: str | None = None,
    ) -> Order:
        """`PATCH orders/{id}/cancel`: a completed order not shipped yet; voids its payments."""
        payload = {"notify_customer": notify_customer}
        body = await self._patch(
            f"/orders/{_path_id(order_id)}/cancel",
            payload,
            params={"expand": "customer"},
            key=idempotency_key,
        )
        order = read_order(Fields(body))
        if order.review is not Review.CANCELED:
            # 5.6 renders the order whatever `canceled_by` decided: a refusal is a 200 with
            # the order unchanged, never canceled. It is a refusal all the same.
            state = status_text(order.status.name).lower() if order.status else ""
            shipped = order.fulfillment_status
            if shipped:
                refused = translate(
                    "Spree", "Spree did not cancel the order: it is still {state} and {shipping}."
                ).format(state=state, shipping=FULFILLMENT.text(shipped).lower())
            elif state:
                refused = translate(
                    "Spree", "Spree did not cancel the order: it is still {state}."
                ).format(state=state)
            else:
                refused = translate("Spree", "Spree did not cancel the order: it is as it was.")
            raise errors.ValidationError(refused)
        return order

    # -- what Spree does not offer -------------------------------------------------------


# ---- requests --------------------------------------------------------------------------------


def _path_id(value: str) -> str:
    """Ids go into paths; anything but a plain token would be a path injection: refuse it."""
    text = str(value)
    if not _SAFE_ID.fullmatch(text):
        raise errors.NotFoundError(
            translate("Spree", "There is no Spree record {id}.").format(id=repr(text[:40])),
            status=404,
        )
    return text


def _check_supported(query: OrderQuery) -> None:
    """Refuse, before any request, the filters Spree has nothing for."""
    unsupported = [name for name in UNSUPPORTED_FILTERS if getattr(query, name)]
    if unsupported:
        raise NotImplementedError(f"Spree cannot filter orders by {', '.join(unsupported)}")


def _params(found: Sequence[Condition], extra: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The `q[...]` parameters of these condition families, then the extra conditions."""
    return [param for condition in found for param in condition.params] + extra


def _extra(extra: Mapping[str, str]) -> list[tuple[str, str]]:
    """`{"considered_risky_eq": "true"}` -> `q[considered_risky_eq]=true`; `q[...]` as given."""
    params = []
    for key, value in extra.items():
        name = key[2:-1] if key.startswith("q[") and key.endswith("]") else key
        if not _CONDITION.fullmatch(name):
            raise ValueError(f"{key!r} is not a Ransack condition like 'considered_risky_eq'")
        params.append((f"q[{name}]", str(value)))
    return params


def _unrun_key(key: str, attempt: int) -> str:
    """The key of repeat `attempt` after answers that prove the change never ran (a refused
    connection, a 429): derived from the entry's key, within Spree's 255 characters."""
    suffix = f".r{attempt}"
    return key[: 255 - len(suffix)] + suffix
