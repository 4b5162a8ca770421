"""HTTP handlers of Spree's Admin API v3: secret key, rate limit, then the orders.

Auth answers first (a 401 is not counted), then the per-key limiter; every authenticated
answer, 429 included, carries the `X-RateLimit-*` headers.
"""

from __future__ import annotations

import json
import math
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..ratelimit import FixedWindowLimiter
from . import ransack, render
from .models import DRAFT_STATES, Notification, Order, Store

DEFAULT_LIMIT = 25
MAX_LIMIT = 100
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
# `allow_cancel?`'s fulfillment words: 5.6 `ready backorder pending canceled`, 6.0 `unfulfilled
# backorder canceled`.
CANCELABLE_FULFILLMENT = ("ready", "backorder", "pending", "canceled", "unfulfilled")
Handler = Callable[[Request], Awaitable[Response]]
# An order's sub-collections, each rendered whole (they are short) and then paged.
CHILDREN: dict[str, Callable[[Order], list[dict[str, Any]]]] = {
    "items": lambda o: [render.line_item(line, o.currency) for line in o.items],
    "payments": lambda o: [render.payment(p, o) for p in o.payments],
    "fulfillments": lambda o: [render.fulfillment(f, o) for f in o.fulfillments],
    "refunds": lambda o: [render.refund(r, o) for r in o.refunds],
}


class SpreeError(Exception):
    def __init__(
        self, status: int, code: str, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details

    def response(self) -> JSONResponse:
        body = {"error": {"code": self.code, "message": self.message, "details": self.details}}
        return JSONResponse(body, status_code=self.status)


def record_not_found() -> SpreeError:
    return SpreeError(404, "record_not_found", "Record not found")


class SpreeRoutes:
    """List, show, approve, cancel; an order's items, payments, fulfillments and refunds."""

    def __init__(self, store: Store, limiter: FixedWindowLimiter) -> None:
        self.store = store
        self.limiter = limiter

    def routes(self) -> list[BaseRoute]:
        table: list[tuple[str, dict[str, Handler]]] = [
            ("/orders", {"GET": self.list_orders}),
            ("/orders/{id}", {"GET": self.show_order}),
            ("/orders/{id}/approve", {"PATCH": self.approve}),
            ("/orders/{id}/cancel", {"PATCH": self.cancel}),
            ("/orders/{id}/items", {"GET": self._children("items")}),
            ("/orders/{id}/payments", {"GET": self._children("payments")}),
            ("/orders/{id}/fulfillments", {"GET": self._children("fulfillments")}),
            ("/orders/{id}/refunds", {"GET": self._children("refunds")}),
        ]
        routes: list[BaseRoute] = [
            Route(path, self._endpoint(handlers), methods=ALL_METHODS) for path, handlers in table
        ]
        routes.append(Route("/{rest:path}", self._endpoint({}), methods=ALL_METHODS))
        return routes

    def _endpoint(self, handlers: dict[str, Handler]) -> Handler:
        if "GET" in handlers:
            handlers = {**handlers, "HEAD": handlers["GET"]}

        async def endpoint(request: Request) -> Response:
            try:
                key = self._authenticate(request)
            except SpreeError as error:
                return error.response()
            decision = self.limiter.hit(key)
            if not decision.allowed:
                response: Response = SpreeError(
                    429,
                    "rate_limit_exceeded",
                    f"Rate limit exceeded. Retry in {decision.retry_after} seconds.",
                    {"retry_after": decision.retry_after},
                ).response()
            else:
                try:
                    handler = handlers.get(request.method)
                    if not handlers:
                        raise SpreeError(404, "not_found", "Not found")
                    if handler is None:
                        raise SpreeError(
                            405, "method_not_allowed", f"{request.method} is not allowed here."
                        )
                    response = await handler(request)
                except SpreeError as error:
                    response = error.response()
            for name, value in decision.headers().items():
                response.headers[name] = value
            return response

        return endpoint

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
            lambda order: render.only_fields(
                render.order(order, self.store.version, expand), fields
            ),
        )

    async def show_order(self, request: Request) -> Response:
        order = self._order(request)
        body = render.order(order, self.store.version, _expand(request))
        return JSONResponse(render.only_fields(body, _fields(request)))

    def _children(self, kind: str) -> Handler:
        shape = CHILDREN[kind]

        async def handler(request: Request) -> Response:
            order = self._order(request)
            fields = _fields(request)
            return _paginated(request, shape(order), lambda row: render.only_fields(row, fields))

        return handler

    # ---- writes

    async def approve(self, request: Request) -> Response:
        """Spree's `approved_by`: approver and time set, the risk flag cleared."""
        order = self._order(request)
        await _json_body(request)
        if order.state == "canceled":
            raise SpreeError(422, "processing_error", "Canceled orders cannot be approved")
        if order.state in DRAFT_STATES:
            raise SpreeError(422, "processing_error", "Only completed orders can be approved")
        moment = time.time()
        order.considered_risky = False
        order.approved_at = moment
        order.approver_id = self.store.admin_id
        order.updated_at = moment
        return JSONResponse(render.order(order, self.store.version, _expand(request)))

    async def cancel(self, request: Request) -> Response:
        """Spree's `canceled_by`: only a completed order not shipped yet can be canceled."""
        order = self._order(request)
        body = await _json_body(request)
        notify = body.get("notify_customer", False)
        if not isinstance(notify, bool):
            raise SpreeError(
                422,
                "validation_error",
                "Validation failed",
                {"notify_customer": ["must be true or false"]},
            )
        if not allow_cancel(order):
            raise SpreeError(
                422, "processing_error", f"Cannot cancel an order that is {order.status}"
            )
        cancel(order, self.store.admin_id, notify)
        return JSONResponse(render.order(order, self.store.version, _expand(request)))

    def _order(self, request: Request) -> Order:
        order = self.store.by_id.get(request.path_params["id"])
        if order is None:
            raise record_not_found()
        return order


def allow_cancel(order: Order) -> bool:
    """`Order#allow_cancel?`: placed, not canceled, and nothing handed over yet."""
    if order.completed_at is None or order.status != "placed":
        return False
    return order.fulfillment_status in (None, *CANCELABLE_FULFILLMENT)


def cancel(order: Order, admin_id: str, notify: bool) -> None:
    moment = time.time()
    order.state = "canceled"
    order.canceled_at = moment
    order.canceler_id = admin_id
    order.updated_at = moment
    for payment in order.payments:
        if payment.status in ("completed", "pending", "checkout", "processing"):
            payment.status = "void"
            payment.updated_at = moment
    for fulfillment in order.fulfillments:
        fulfillment.status = "canceled"
        fulfillment.updated_at = moment
    order.payment_status = "void" if order.payments else None
    order.fulfillment_status = "canceled"
    if notify:
        subject = f"Your order {order.number} has been canceled"
        order.notifications.append(Notification(order.email, subject, moment))


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise SpreeError(400, "invalid_request", "The request body is not valid JSON") from None
    if not isinstance(data, dict):
        raise SpreeError(400, "invalid_request", "The request body must be a JSON object")
    return data


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
