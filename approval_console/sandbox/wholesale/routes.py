"""HTTP handlers of the Orders API: authentication, then parameters, then the list."""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import render
from .errors import ApiError
from .models import Order, Portal
from .query import ListQuery, parse_list_query

Handler = Callable[[Request, Portal], Awaitable[Response]]
# Routes take every method so that wrong ones are answered in this API's error format.
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


class WholesaleRoutes:
    """The one documented endpoint (read-only), relative to `/api/orders`."""

    def __init__(self, portals: dict[str, Portal]) -> None:
        self.portals = portals

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/", self._wrap(self.list_orders), methods=ALL_METHODS),
            Route("/{rest:path}", _not_found, methods=ALL_METHODS),
        ]

    def _wrap(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            if request.method not in ("GET", "HEAD"):
                # Read-only: answered here so that the catch-all 404 cannot take it.
                error = ApiError(405, "method_not_allowed", "This API is read-only; use GET.")
                response = error.response()
                response.headers["Allow"] = "GET, HEAD"
                return response
            try:
                return await handler(request, self._portal(request))
            except ApiError as error:
                return error.response()

        return endpoint

    def _portal(self, request: Request) -> Portal:
        """The header wins over the query parameter when both are sent."""
        key = request.headers.get("x-api-key") or request.query_params.get("api_key")
        if not key:
            raise ApiError(
                401,
                "missing_api_key",
                "api_key is required (use X-API-Key header or api_key param).",
            )
        portal = self.portals.get(key)
        if portal is None:
            raise ApiError(401, "invalid_api_key", "The API key is not valid.")
        return portal

    async def list_orders(self, request: Request, portal: Portal) -> Response:
        started = time.perf_counter()
        params = {k: v for k, v in request.query_params.items() if k != "api_key"}
        query = parse_list_query(params)
        matches = sort_orders(
            [order for order in portal.orders if all(test(order) for test in query.tests)],
            query,
        )
        total = len(matches)
        first = (query.page - 1) * query.per_page
        rows = matches[first : first + query.per_page]
        data = [render.order(order, query.include) for order in rows]
        body = {
            "meta": {
                "tenant_id": portal.tenant_id,
                "filters": query.echo,
                "pagination": {
                    "page": query.page,
                    "per_page": query.per_page,
                    "total": total,
                    "total_pages": math.ceil(total / query.per_page),
                },
                "sort": query.sort_text,
                "timings_ms": {"total": round((time.perf_counter() - started) * 1000)},
            },
            "data": data,
        }
        return JSONResponse(body)


def sort_orders(orders: list[Order], query: ListQuery) -> list[Order]:
    """Stable multi-key sort; the id breaks ties so that paging never repeats or skips rows.

    Missing values (an order not placed yet) sort before any value, as in MySQL.
    """
    result = sorted(orders, key=lambda order: order.id)
    for name, descending in reversed(query.sort):
        result.sort(key=_sort_key(name), reverse=descending)
    return result


def _sort_key(name: str) -> Callable[[Order], tuple[bool, object]]:
    def key(order: Order) -> tuple[bool, object]:
        if name == "grand_total":
            value: object = order.grand_total
        elif name == "order_number":
            value = order.id  # SO-999 before SO-1000, as a person expects
        elif name == "customer_name":
            value = order.customer.name.casefold()
        else:
            value = getattr(order, name)
        return (value is not None, value if value is not None else 0)

    return key


async def _not_found(request: Request) -> Response:
    return ApiError(404, "not_found", "No such endpoint.").response()
