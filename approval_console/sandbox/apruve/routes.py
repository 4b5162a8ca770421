"""The route table of Apruve v4, relative to `/api/v4`, as the document lists the endpoints.

Two kinds of route the document does not list, because Apruve's own client uses them:
- every update answers `PATCH` as well as `PUT`, as Rails' `resources` routes both; apruve-ruby
  sends `PATCH` for orders, invoices and shipments (`lib/apruve/resources/order.rb`,
  `invoice.rb`, `shipment.rb`, each `update!`);
- `POST /invoices` with `order_id` in the body creates an invoice, as apruve-ruby's
  `Invoice#save!` does (`invoice.rb`); the nested `/orders/{order_id}/invoices` is the
  document's form of the same request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import invoices, merchants, orders, shipments
from .errors import NOT_FOUND_BODY
from .models import World
from .web import Handler, authenticated

ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

TABLE: tuple[tuple[str, str, Handler], ...] = (
    ("/orders", "POST", orders.create_order),
    ("/orders", "GET", orders.list_orders),
    ("/orders/{id}", "GET", orders.show_order),
    ("/orders/{id}", "PUT", orders.update_order),
    ("/orders/{id}/finalize", "POST", orders.finalize_order),
    ("/orders/{id}/cancel", "POST", orders.cancel_order),
    ("/order_items/{id}", "GET", orders.show_order_item),
    ("/order_items/{id}", "PUT", orders.update_order_item),
    ("/order_items/{id}", "DELETE", orders.delete_order_item),
    ("/orders/{order_id}/order_items", "GET", orders.list_order_items),
    ("/orders/{order_id}/order_items", "POST", orders.add_order_item),
    ("/invoices", "POST", invoices.create_invoice),
    ("/invoices/{id}", "GET", invoices.show_invoice),
    ("/invoices/{id}", "PUT", invoices.update_invoice),
    ("/invoices/{id}/close", "POST", invoices.close_invoice),
    ("/invoices/{id}/cancel", "POST", invoices.cancel_invoice),
    ("/invoices/{id}/issue", "POST", invoices.issue_invoice),
    ("/orders/{order_id}/invoices", "GET", invoices.list_invoices),
    ("/orders/{order_id}/invoices", "POST", invoices.create_invoice),
    ("/invoices/{invoice_id}/shipments", "GET", shipments.list_shipments),
    ("/invoices/{invoice_id}/shipments", "POST", shipments.create_shipment),
    ("/invoices/{invoice_id}/shipments/{id}", "GET", shipments.show_shipment),
    ("/invoices/{invoice_id}/shipments/{id}", "PUT", shipments.update_shipment),
    ("/invoices/{invoice_id}/invoice_returns", "GET", shipments.list_returns),
    ("/invoices/{invoice_id}/invoice_returns", "POST", shipments.create_return),
    ("/invoices/{invoice_id}/invoice_returns/{id}", "GET", shipments.show_return),
    ("/invoices/{invoice_id}/invoice_returns/{id}", "PUT", shipments.update_return),
    ("/merchants/{id}", "GET", merchants.show_merchant),
    ("/merchants/{id}/corporate_accounts", "GET", merchants.list_corporate_accounts),
    ("/merchants/{merchant_id}/corporate_accounts/{id}", "GET", merchants.show_corporate_account),
    ("/merchants/{merchant_id}/webhook_endpoints", "GET", merchants.list_webhooks),
    ("/merchants/{merchant_id}/webhook_endpoints", "POST", merchants.create_webhook),
    ("/merchants/{merchant_id}/webhook_endpoints/{id}", "GET", merchants.show_webhook),
    ("/merchants/{merchant_id}/webhook_endpoints/{id}", "DELETE", merchants.delete_webhook),
    ("/users/{id}", "GET", merchants.show_user),
)


def build_routes(world: World) -> list[BaseRoute]:
    """One Route per path (methods merged), each also under a trailing slash as the document
    writes `/merchants/id/` and `/users/id/`; anything else is Rails's routing 404."""
    by_path: dict[str, dict[str, Handler]] = {}
    for path, method, handler in TABLE:
        by_path.setdefault(path, {})[method] = handler
        if method == "PUT":
            by_path[path]["PATCH"] = handler
    routes: list[BaseRoute] = []
    for path, handlers in by_path.items():
        endpoint = _dispatch(world, handlers)
        for variant in (path, f"{path}/"):
            routes.append(Route(variant, endpoint, methods=ALL_METHODS))
    routes.append(Route("/{rest:path}", _no_route, methods=ALL_METHODS))
    return routes


def _dispatch(
    world: World, handlers: dict[str, Handler]
) -> Callable[[Request], Awaitable[Response]]:
    """A wrong method on a known path is, in Rails, no route at all: 404 before auth."""
    wrapped = {method: authenticated(world, handler) for method, handler in handlers.items()}
    if "GET" in wrapped:
        wrapped.setdefault("HEAD", wrapped["GET"])

    async def endpoint(request: Request) -> Response:
        handler = wrapped.get(request.method)
        if handler is None:
            return await _no_route(request)
        return await handler(request)

    return endpoint


async def _no_route(request: Request) -> Response:
    return JSONResponse(NOT_FOUND_BODY, status_code=404)
