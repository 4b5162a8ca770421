"""ApprovePro v1 emulated at `/api/v1`: two demo accounts, Laravel-style answers and limits."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..options import SandboxOptions
from ..ratelimit import FixedWindowLimiter
from . import render
from .bulk import BulkQueue
from .models import Account
from .routes import ApproveProRoutes
from .seed import KILN, WORKSHOP, anchor_instant, build_account, place_orders
from .store import find_order, now

MAIN_KEY = WORKSHOP.api_key
BASIC_ORDERS = 60


class ApproveProApi:
    """The mounted API: its accounts, limiters and queue, and its routes."""

    name = "approvepro"
    prefix = "/api/v1"

    def __init__(self, options: SandboxOptions) -> None:
        anchor = anchor_instant(options.anchor_date)
        self.accounts: dict[str, Account] = {
            WORKSHOP.api_key: build_account(WORKSHOP, options.orders, options.seed, anchor),
            KILN.api_key: build_account(KILN, BASIC_ORDERS, options.seed, anchor),
        }

        def window() -> float:
            return options.rate_window

        self.queue = BulkQueue(lambda: options.queue_delay_ms / 1000)
        self._routes = ApproveProRoutes(
            self.accounts,
            general=FixedWindowLimiter(60, window),
            bulk_limiter=FixedWindowLimiter(5, window),
            queue=self.queue,
        )

    def routes(self) -> Sequence[BaseRoute]:
        return self._routes.routes()

    def control_routes(self) -> Sequence[BaseRoute]:
        return [
            Route("/orders", self._truth, methods=["GET"]),
            Route("/arrivals", self._arrivals, methods=["POST"]),
            Route("/removals", self._removals, methods=["POST"]),
            Route("/tags", self._retag, methods=["POST"]),
        ]

    def pending_jobs(self) -> int:
        return self.queue.pending

    async def _truth(self, request: Request) -> Response:
        """Server truth for tests: full detail plus the viable status codes, by id."""
        account = self.accounts.get(request.query_params.get("api_key", MAIN_KEY))
        if account is None:
            return JSONResponse({"message": "Unknown api_key."}, status_code=404)
        data = []
        for raw in request.query_params.get("ids", "").split(","):
            order = find_order(account, raw.strip())
            if order is not None:
                body = render.detail(account, order)
                body["viable_status_codes"] = [s.code for s in account.viable_statuses(order)]
                data.append(body)
        return JSONResponse({"data": data})

    async def _arrivals(self, request: Request) -> Response:
        """New orders placed now, at the top of the newest-first listing (a shop open while a
        long first sync runs): `{"count": n}`; answers the new ids."""
        account = self.accounts.get(request.query_params.get("api_key", MAIN_KEY))
        body = await request.json()
        count = body.get("count", 1) if isinstance(body, dict) else None
        if account is None or not isinstance(count, int) or not 0 < count <= 100_000:
            return JSONResponse({"message": 'Expected {"count": 1..100000}.'}, status_code=422)
        added = place_orders(account, count, now())
        return JSONResponse({"ids": [order.id for order in added]})

    async def _removals(self, request: Request) -> Response:
        """Orders deleted from the shop (they leave the listing, pulling later pages up):
        `{"ids": [...]}`."""
        account = self.accounts.get(request.query_params.get("api_key", MAIN_KEY))
        body = await request.json()
        ids = body.get("ids") if isinstance(body, dict) else None
        if account is None or not isinstance(ids, list):
            return JSONResponse({"message": 'Expected {"ids": [...]}.'}, status_code=422)
        gone = {int(raw) for raw in ids if str(raw).isdigit()}
        account.orders[:] = [order for order in account.orders if order.id not in gone]
        for order_id in gone:
            account.by_id.pop(order_id, None)
        return JSONResponse({"removed": len(gone)})

    async def _retag(self, request: Request) -> Response:
        """Tags edited as a merchant does in the admin, which the API cannot: for tests of a
        status that becomes unavailable to an order ({"ids": [...], "add": [], "remove": []})."""
        account = self.accounts.get(request.query_params.get("api_key", MAIN_KEY))
        if account is None:
            return JSONResponse({"message": "Unknown api_key."}, status_code=404)
        body = await request.json()
        add, remove = list(body.get("add", [])), set(body.get("remove", []))
        changed = 0
        for raw in body.get("ids", []):
            order = find_order(account, str(raw))
            if order is not None:
                kept = [tag for tag in order.tags if tag not in remove]
                order.tags = tuple(dict.fromkeys([*kept, *add]))
                changed += 1
        return JSONResponse({"changed": changed})


def create(options: SandboxOptions) -> ApproveProApi:
    return ApproveProApi(options)
