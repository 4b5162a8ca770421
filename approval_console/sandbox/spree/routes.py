"""HTTP handlers of Spree's Admin API v3: routing, idempotency, secret key, rate limit, orders.

In the order Rails runs them: an unrouted request is a 404 before anything else; a write's
`Idempotency-Key` is looked at next (it wraps the rest, see idempotency.py); then auth answers
(a 401 is not counted), then the per-key limiter. Every authenticated answer, 429 included,
carries the `X-RateLimit-*` headers.
"""

from __future__ import annotations

import json
import math
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import actions, ransack, render
from .errors import SpreeError, order_not_found, routing_error
from .idempotency import IdempotencyCache
from .models import Order, Store
from .throttle import SpreeThrottle, headers
from .versions import SpreeVersion

DEFAULT_LIMIT = 25
MAX_LIMIT = 100
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
Handler = Callable[[Request], Awaitable[Response]]
# An order's sub-collections, each rendered whole (they are short) and then paged.
CHILDREN: dict[str, Callable[[Order, SpreeVersion], list[dict[str, Any]]]] = {
    "items": lambda o, v: [v.shape("line_item", render.line_item(x, o.currency)) for x in o.items],
    "payments": lambda o, v: [render.payment(p, o) for p in o.payments],
    "fulfillments": lambda o, v: [
        v.shape("fulfillment", render.fulfillment(f, o)) for f in o.fulfillments
    ],
    "refunds": lambda o, v: [render.refund(r, o, v) for r in o.refunds],
}


class SpreeRoutes:
    """List, show, approve, cancel; an order's items, payments, fulfillments and refunds."""

    def __init__(self, store: Store, throttle: SpreeThrottle, window: Callable[[], float]) -> None:
        self.store = store
        self.throttle = throttle
        self.window = window
        self.idempotency = IdempotencyCache()

    def routes(self) -> list[BaseRoute]:
        # (path, controller, handlers): 5.6 counts each controller's requests apart.
        table: list[tuple[str, str, dict[str, Handler]]] = [
            ("/orders", "orders", {"GET": self.list_orders}),
            ("/orders/{id}", "orders", {"GET": self.show_order}),
            ("/orders/{id}/approve", "orders", {"PATCH": self.approve}),
            ("/orders/{id}/cancel", "orders", {"PATCH": self.cancel}),
            ("/orders/{id}/items", "orders/items", {"GET": self._children("items")}),
            ("/orders/{id}/payments", "orders/payments", {"GET": self._children("payments")}),
            (
                "/orders/{id}/fulfillments",
                "orders/fulfillments",
                {"GET": self._children("fulfillments")},
            ),
            ("/orders/{id}/refunds", "orders/refunds", {"GET": self._children("refunds")}),
        ]
        routes: list[BaseRoute] = [
            Route(path, self._endpoint(controller, handlers), methods=ALL_METHODS)
            for path, controller, handlers in table
        ]
        routes.append(Route("/{rest:path}", self._endpoint("", {}), methods=ALL_METHODS))
        return routes

    def _endpoint(self, controller: str, handlers: dict[str, Handler]) -> Handler:
        if "GET" in handlers:
            handlers = {**handlers, "HEAD": handlers["GET"]}

        async def endpoint(request: Request) -> Response:
            handler = handlers.get(request.method)
            if handler is None:
                return routing_error()

            async def serve() -> Response:
                return await self._serve(request, controller, handler)

            return await self.idempotency.around(request, serve)

        return endpoint

    async def _serve(self, request: Request, controller: str, handler: Handler) -> Response:
        """Rate limit, authentication, the action; the limit's headers only on what the action
        itself answered (see throttle.py)."""
        decision = self.throttle.hit(request, controller)
        window = self.window()
        if not decision.allowed and self.throttle.refuses:
            # `BaseController#render_rate_limited`: no details.
            message = "Too many requests. Please retry later."
            refused = SpreeError(429, "rate_limit_exceeded", message).response()
            refused.headers.update(headers(decision, window))
            return refused
        try:
            self._authenticate(request)
            response = await handler(request)
        except SpreeError as error:
            response = error.response()
            if error.rescued or error.status == 401:
                return response
        response.headers.update(headers(decision, window))
        return response

    def _authenticate(self, request: Request) -> str:
        key = request.headers.get("x-spree-api-key", "").strip()
        if not key:
            if request.headers.get("authorization"):
                # The sandbox issues no admin JWTs, so no bearer token can be valid.
                raise SpreeError(401, "invalid_token", "Invalid or expired token")
            raise SpreeError(401, "authentication_required", "Authentication required")
        if key.startswith("pk_"):
            raise SpreeError(401, "invalid_token", "Publishable keys cannot access the Admin API")
        if not secrets.compare_digest(key.encode(), self.store.secret_key.encode()):
            raise SpreeError(401, "invalid_token", "Invalid API key")
        return key

    # ---- reads

    async def list_orders(self, request: Request) -> Response:
        items = request.query_params.multi_items()
        tests = ransack.filters(items, self.store.version)
        matches = [order for order in self.store.orders if all(t(order) for t in tests)]
        ordered = ransack.sort_orders(
            matches, ransack.sort_keys(request.query_params.get("sort"), self.store.version)
        )
        expand, fields = _expand(request), _fields(request)
        return _paginated(
            request,
            ordered,
            lambda order: render.only_fields(render.order(order, self.store, expand), fields),
        )

    async def show_order(self, request: Request) -> Response:
        order = self._order(request)
        body = render.order(order, self.store, _expand(request))
        return JSONResponse(render.only_fields(body, _fields(request)))

    def _children(self, kind: str) -> Handler:
        shape = CHILDREN[kind]

        async def handler(request: Request) -> Response:
            order = self._order(request)
            fields = _fields(request)
            rows = shape(order, self.store.version)
            return _paginated(request, rows, lambda row: render.only_fields(row, fields))

        return handler

    # ---- writes

    async def approve(self, request: Request) -> Response:
        """Any order is approved, drafts and canceled ones too (see actions.py)."""
        order = self._order(request)
        await _json_body(request)
        actions.approve(order)
        return JSONResponse(render.order(order, self.store, _expand(request)))

    async def cancel(self, request: Request) -> Response:
        """5.6 answers 200 even when it cancels nothing; 6.0 answers 422 (see actions.py)."""
        order = self._order(request)
        body = await _json_body(request)
        notify = body.get("notify_customer") if isinstance(body, dict) else None
        try:
            actions.cancel(order, self.store.version, notify)
        except actions.CancelRefused:
            raise SpreeError(422, "processing_error", "", rescued=False) from None
        return JSONResponse(render.order(order, self.store, _expand(request)))

    def _order(self, request: Request) -> Order:
        order = self.store.by_id.get(request.path_params["id"])
        if order is None:
            raise order_not_found()
        return order


async def _json_body(request: Request) -> Any:
    """The parsed body. Rails refuses only what it cannot parse (400 `invalid_request` from
    `handle_parse_error`); any other JSON value is accepted (an array becomes `_json`)."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        message = "Error occurred while parsing request parameters"
        raise SpreeError(400, "invalid_request", message) from None


def _expand(request: Request) -> set[str]:
    """Top-level names of `expand` (dot paths expand their first step); unknown ones ignored."""
    raw = request.query_params.get("expand", "")
    return {part.strip().split(".")[0] for part in raw.split(",") if part.strip()}


def _fields(request: Request) -> list[str] | None:
    raw = request.query_params.get("fields", "")
    names = [part.strip() for part in raw.split(",") if part.strip()]
    return names or None


def _positive(raw: str | None, default: int) -> int:
    """Rails' `to_i`: junk or a non-positive number means the default."""
    try:
        value = int((raw or "").strip())
    except ValueError:
        return default
    return value if value > 0 else default


def _paginated(
    request: Request, rows: list[Any], shape: Callable[[Any], dict[str, Any]]
) -> Response:
    """Pagy's `{data, meta}`; a page past the end is empty (overflow: :empty_page)."""
    page = _positive(request.query_params.get("page"), 1)
    limit = min(_positive(request.query_params.get("limit"), DEFAULT_LIMIT), MAX_LIMIT)
    count = len(rows)
    pages = max(1, math.ceil(count / limit))
    offset = (page - 1) * limit
    chosen = rows[offset : offset + limit]
    meta = {
        "page": page,
        "limit": limit,
        "count": count,
        "pages": pages,
        "from": offset + 1 if chosen else 0,
        "to": offset + len(chosen) if chosen else 0,
        "in": len(chosen),
        "previous": page - 1 if 1 < page <= pages + 1 else None,
        "next": page + 1 if page < pages else None,
    }
    return JSONResponse({"data": [shape(row) for row in chosen], "meta": meta})
