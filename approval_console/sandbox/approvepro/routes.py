"""HTTP handlers of ApprovePro v1: authentication, rate limits, validation, then the store."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..ratelimit import Decision, FixedWindowLimiter
from . import render
from .bulk import BulkQueue
from .catalog import FINANCIAL_STATUSES, FULFILLMENT_STATUSES
from .models import Account, Order
from .store import (
    ListFilters,
    StatusChange,
    add_comment,
    apply_status_change,
    filter_orders,
    find_order,
    lookup,
    set_due_date,
)
from .validation import (
    ApiError,
    Errors,
    as_integer,
    check_boolean,
    check_comment,
    check_date,
    json_body,
    label,
    not_found,
    parse_date,
    query_value,
    query_values,
)

Handler = Callable[[Request, Account], Awaitable[Response]]
MAX_BULK_IDS = 50


class ApproveProRoutes:
    """The nine documented endpoints, relative to `/api/v1`."""

    def __init__(
        self,
        accounts: dict[str, Account],
        general: FixedWindowLimiter,
        bulk_limiter: FixedWindowLimiter,
        queue: BulkQueue,
    ) -> None:
        self.accounts = accounts
        self.general = general
        self.bulk_limiter = bulk_limiter
        self.queue = queue

    def routes(self) -> list[BaseRoute]:
        # `lookup` and `bulk-status` come before `{order}` so that they are not taken for ids.
        return [
            Route("/orders", self._wrap(self.list_orders), methods=["GET"]),
            Route("/orders/lookup", self._wrap(self.lookup_order), methods=["GET"]),
            Route(
                "/orders/bulk-status",
                self._wrap(self.bulk_status, bulk=True),
                methods=["POST"],
            ),
            Route("/orders/{order}", self._wrap(self.show_order), methods=["GET"]),
            Route(
                "/orders/{order}/viable-statuses",
                self._wrap(self.viable_statuses),
                methods=["GET"],
            ),
            Route("/orders/{order}/status", self._wrap(self.update_status), methods=["POST"]),
            Route("/orders/{order}/comment", self._wrap(self.comment), methods=["POST"]),
            Route("/orders/{order}/due-date", self._wrap(self.due_date), methods=["POST"]),
            Route("/statuses", self._wrap(self.statuses), methods=["GET"]),
        ]

    def _wrap(
        self, handler: Handler, bulk: bool = False
    ) -> Callable[[Request], Awaitable[Response]]:
        """Auth first (401 carries no limiter headers), then the limiters, then the handler."""

        async def endpoint(request: Request) -> Response:
            account = self._account(request)
            if account is None:
                return JSONResponse({"message": "Unauthenticated."}, status_code=401)
            decision = self.general.hit(account.api_key)
            if decision.allowed and bulk:
                decision = self.bulk_limiter.hit(account.api_key)
            if not decision.allowed:
                response: Response = JSONResponse(
                    {"message": "Too Many Attempts."}, status_code=429
                )
            else:
                try:
                    response = await handler(request, account)
                except ApiError as error:
                    response = error.response()
            _add_headers(response, decision)
            return response

        return endpoint

    def _account(self, request: Request) -> Account | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer":
            return None
        return self.accounts.get(token.strip())

    # ---- reads

    async def list_orders(self, request: Request, account: Account) -> Response:
        items = request.query_params.multi_items()
        errors = Errors()
        page = _query_int(errors, items, "page", 1, 1, None)
        per_page = _query_int(errors, items, "per_page", 15, 1, 100)
        filters = ListFilters(
            search=query_value(items, "search"),
            status_code=query_value(items, "status_code"),
            tags_all=query_values(items, "tags"),
            tags_any=query_values(items, "tags_any"),
            financial=_query_choices(errors, items, "financial_status", FINANCIAL_STATUSES),
            fulfillment=_query_choices(errors, items, "fulfillment_status", FULFILLMENT_STATUSES),
        )
        raw_exclude = query_value(items, "exclude_cancelled")  # ApprovePro's wire spelling
        if raw_exclude is not None:
            if raw_exclude.lower() not in ("true", "false", "1", "0"):
                errors.add(
                    "exclude_cancelled", "The exclude cancelled field must be true or false."
                )
            filters.exclude_canceled = raw_exclude.lower() in ("true", "1")
        for name in ("due_date_from", "due_date_to"):
            raw = query_value(items, name)
            if raw is not None:
                day = parse_date(raw)
                if day is None:
                    errors.add(name, f"The {label(name)} field must match the format Y-m-d.")
                setattr(filters, "due_from" if name == "due_date_from" else "due_to", day)
        errors.raise_if_any()

        matches = filter_orders(account, filters)
        total = len(matches)
        last_page = max(1, math.ceil(total / per_page))
        first = (page - 1) * per_page
        rows = matches[first : first + per_page]
        body = {
            "data": [render.list_item(account, order) for order in rows],
            "links": _links(request, page, last_page),
            "meta": {
                "current_page": page,
                "from": first + 1 if rows else None,
                "last_page": last_page,
                "per_page": per_page,
                "to": first + len(rows) if rows else None,
                "total": total,
            },
        }
        return JSONResponse(body)

    async def lookup_order(self, request: Request, account: Account) -> Response:
        items = request.query_params.multi_items()
        errors = Errors()
        number = query_value(items, "number")
        email = query_value(items, "email")
        if number is None:
            errors.add("number", "The number field is required.")
        if email is None:
            errors.add("email", "The email field is required.")
        errors.raise_if_any()
        assert number is not None and email is not None
        order = lookup(account, number, email)
        if order is None:
            raise not_found()
        return JSONResponse(render.detail(account, order))

    async def show_order(self, request: Request, account: Account) -> Response:
        order = self._order(request, account)
        return JSONResponse(render.detail(account, order))

    async def viable_statuses(self, request: Request, account: Account) -> Response:
        order = self._order(request, account)
        return JSONResponse([render.viable_status(s) for s in account.viable_statuses(order)])

    async def statuses(self, request: Request, account: Account) -> Response:
        return JSONResponse([render.status_summary(s) for s in account.statuses])

    # ---- writes

    async def update_status(self, request: Request, account: Account) -> Response:
        order = self._order(request, account)
        data = await json_body(request)
        errors = Errors()
        change = _status_change(errors, data, account)
        errors.raise_if_any()
        assert change is not None
        if not account.is_viable(order, change.status_code):
            errors.add("status_code", "The selected status is not available for this order.")
            errors.raise_if_any()
        apply_status_change(account, order, change)
        return JSONResponse({"message": "Order status updated successfully!"})

    async def bulk_status(self, request: Request, account: Account) -> Response:
        data = await json_body(request)
        errors = Errors()
        order_ids = _order_ids(errors, data.get("order_ids"))
        change = _status_change(errors, data, account)
        send_at = None
        if data.get("send_at") is not None:
            send_at = as_integer(data["send_at"])
            if send_at is None:
                errors.add("send_at", "The send at field must be an integer.")
        due_date = check_date(errors, "due_date", data.get("due_date"))
        errors.raise_if_any()
        assert change is not None
        change = StatusChange(
            status_code=change.status_code,
            comment=change.comment,
            public=change.public,
            email_customer=change.email_customer,
            email_additional=change.email_additional,
            send_at=send_at,
            due_date=due_date,
        )
        self.queue.enqueue(account, order_ids, change)
        body = {"message": "Bulk status update queued.", "count": len(order_ids), "limit": 50}
        return JSONResponse(body, status_code=202)

    async def comment(self, request: Request, account: Account) -> Response:
        order = self._order(request, account)
        data = await json_body(request)
        errors = Errors()
        text = check_comment(errors, data, required=True)
        public = check_boolean(errors, data, "public", False)
        errors.raise_if_any()
        assert text is not None
        add_comment(order, text, public)
        return JSONResponse({"message": "Order comment added!"})

    async def due_date(self, request: Request, account: Account) -> Response:
        order = self._order(request, account)
        data = await json_body(request)
        errors = Errors()
        if "due_date" not in data:
            errors.add("due_date", "The due date field must be present.")
        due = check_date(errors, "due_date", data.get("due_date"))
        due_to = None
        if data.get("due_date_to") is not None:
            if not account.due_date_ranges:
                errors.add("due_date_to", "Due date ranges are not enabled for this account.")
            else:
                due_to = check_date(errors, "due_date_to", data["due_date_to"])
                invalid = due is None or due_to is None or due_to <= due
                if not errors.has("due_date_to") and invalid:
                    errors.add(
                        "due_date_to", "The due date to field must be a date after due date."
                    )
        errors.raise_if_any()
        set_due_date(order, due, due_to)
        return JSONResponse({"message": "Order due date set!"})

    def _order(self, request: Request, account: Account) -> Order:
        order = find_order(account, request.path_params["order"])
        if order is None:
            raise not_found()
        return order


def _status_change(errors: Errors, data: dict[str, Any], account: Account) -> StatusChange | None:
    """The fields shared by single and bulk status changes."""
    code = data.get("status_code")
    if code is None:
        errors.add("status_code", "The status code field is required.")
    elif not isinstance(code, str):
        errors.add("status_code", "The status code field must be a string.")
    elif code not in account.status_by_code:
        errors.add("status_code", "The selected status code is invalid.")
    comment = check_comment(errors, data, required=False)
    public = check_boolean(errors, data, "public", False)
    email_customer = check_boolean(errors, data, "email_customer", True)
    email_additional = check_boolean(errors, data, "email_additional", True)
    if not isinstance(code, str):
        return None
    return StatusChange(code, comment, public, email_customer, email_additional)


def _order_ids(errors: Errors, value: Any) -> list[int]:
    """`order_ids`: an array of 1 to 50 integers."""
    if value is None:
        errors.add("order_ids", "The order ids field is required.")
        return []
    if not isinstance(value, list):
        errors.add("order_ids", "The order ids field must be an array.")
        return []
    if not value:
        errors.add("order_ids", "The order ids field is required.")
        return []
    if len(value) > MAX_BULK_IDS:
        errors.add(
            "order_ids", f"The order ids field must not have more than {MAX_BULK_IDS} items."
        )
    ids = []
    for index, item in enumerate(value):
        number = as_integer(item)
        if number is None:
            field = f"order_ids.{index}"
            errors.add(field, f"The {label(field)} field must be an integer.")
        else:
            ids.append(number)
    return ids


def _query_int(
    errors: Errors,
    items: list[tuple[str, str]],
    name: str,
    default: int,
    low: int,
    high: int | None,
) -> int:
    raw = query_value(items, name)
    if raw is None:
        return default
    number = as_integer(raw)
    if number is None:
        errors.add(name, f"The {label(name)} field must be an integer.")
        return default
    if high is not None and not low <= number <= high:
        errors.add(name, f"The {label(name)} field must be between {low} and {high}.")
        return default
    if number < low:
        errors.add(name, f"The {label(name)} field must be at least {low}.")
        return default
    return number


def _query_choices(
    errors: Errors, items: list[tuple[str, str]], name: str, accepted: tuple[str, ...]
) -> list[str]:
    values = query_values(items, name)
    for index, value in enumerate(values):
        if value not in accepted:
            errors.add(f"{name}.{index}", f"The selected {name}.{index} is invalid.")
    return values


def _links(request: Request, page: int, last_page: int) -> dict[str, str | None]:
    """Laravel's paginator links, keeping the other query parameters (`withQueryString`)."""
    base = str(request.url.remove_query_params("page")).split("?")[0]
    others = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]

    def url(number: int) -> str:
        return f"{base}?{urlencode([*others, ('page', str(number))])}"

    return {
        "first": url(1),
        "last": url(last_page),
        "prev": url(page - 1) if page > 1 else None,
        "next": url(page + 1) if page < last_page else None,
    }


def _add_headers(response: Response, decision: Decision) -> None:
    for key, value in decision.headers().items():
        response.headers[key] = value
