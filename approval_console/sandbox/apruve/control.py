"""Test-only routes under `/_sandbox/apruve`: server truth, and what the buyer or bank does.

No API key, no faults. The buyer's approval or rejection and the bank's funding happen outside
the merchant's API, so tests drive them here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import lifecycle, render
from .errors import ApiError, not_found
from .models import Invoice, Order, World
from .render import Renderer
from .web import api_base


class Control:
    def __init__(self, world: World) -> None:
        self.world = world

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/overview", self._guard(self.overview), methods=["GET"]),
            Route("/orders", self._guard(self.orders), methods=["GET"]),
            Route("/orders/{id}/approve", self._guard(self.approve), methods=["POST"]),
            Route("/orders/{id}/reject", self._guard(self.reject), methods=["POST"]),
            Route("/invoices/{id}/fund", self._guard(self.fund), methods=["POST"]),
        ]

    @staticmethod
    def _guard(
        handler: Callable[[Request], Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except ApiError as error:
                return error.response()

        return endpoint

    async def overview(self, request: Request) -> Response:
        """Per merchant: key, ids, counts by status, accounts with their hidden credit."""
        merchants = []
        for merchant in self.world.merchants.values():
            orders = [o for o in self.world.orders.values() if o.merchant_id == merchant.id]
            invoices = [i for i in self.world.invoices.values() if i.merchant_id == merchant.id]
            accounts = [
                {
                    **render.corporate_account(self.world, account),
                    "credit_limit_cents": account.credit_limit_cents,
                    "credit_available_cents": lifecycle.credit_available(self.world, account.id),
                }
                for account in self.world.accounts.values()
                if account.merchant_id == merchant.id
            ]
            merchants.append(
                {
                    **render.merchant(merchant),
                    "api_key": merchant.api_key,
                    "orders_by_status": dict(sorted(Counter(o.status for o in orders).items())),
                    "invoices_by_status": dict(sorted(Counter(i.status for i in invoices).items())),
                    "corporate_accounts": accounts,
                }
            )
        return JSONResponse({"merchants": merchants})

    async def orders(self, request: Request) -> Response:
        """`?ids=a,b`: each order with its invoices (shipments and returns inline)."""
        renderer = Renderer(self.world, api_base(request))
        data = []
        for raw in request.query_params.get("ids", "").split(","):
            order = self.world.orders.get(raw.strip())
            if order is not None:
                data.append(self._truth(renderer, order))
        return JSONResponse({"data": data})

    def _truth(self, renderer: Renderer, order: Order) -> dict[str, Any]:
        body = renderer.order(order)
        body["po_number"] = order.po_number
        body["invoices"] = [
            {
                **renderer.invoice(invoice),
                "shipments": [renderer.shipment(s) for s in invoice.shipments],
                "invoice_returns": [render.invoice_return(r) for r in invoice.returns],
            }
            for invoice in lifecycle.invoices_of(self.world, order)
        ]
        return body

    async def approve(self, request: Request) -> Response:
        order = self._order(request)
        lifecycle.approve(self.world, order, lifecycle.now())
        return JSONResponse(self._truth(Renderer(self.world, api_base(request)), order))

    async def reject(self, request: Request) -> Response:
        order = self._order(request)
        lifecycle.reject(self.world, order, lifecycle.now())
        return JSONResponse(self._truth(Renderer(self.world, api_base(request)), order))

    async def fund(self, request: Request) -> Response:
        invoice = self._invoice(request)
        lifecycle.fund(invoice)
        return JSONResponse(Renderer(self.world, api_base(request)).invoice(invoice))

    def _order(self, request: Request) -> Order:
        order = self.world.orders.get(request.path_params["id"])
        if order is None:
            raise not_found()
        return order

    def _invoice(self, request: Request) -> Invoice:
        invoice = self.world.invoices.get(request.path_params["id"])
        if invoice is None:
            raise not_found()
        return invoice
