"""Test-only routes under `/_sandbox/arlo`: server truth as JSON, and server-side changes."""

from __future__ import annotations

import json
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .models import STATUSES, Order, Platform
from .render import timestamp


class ArloControl:
    def __init__(self, platform: Platform) -> None:
        self.platform = platform

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/orders", self.truth, methods=["GET"]),
            Route("/touch", self.touch, methods=["POST"]),
        ]

    async def truth(self, request: Request) -> Response:
        """`?ids=302,303` (or every order): who approved, and which emails were sent."""
        raw_ids = [raw.strip() for raw in request.query_params.get("ids", "").split(",")]
        wanted = [int(raw) for raw in raw_ids if raw.isdigit()]
        orders = self.platform.orders
        chosen = [orders[i] for i in wanted if i in orders] if wanted else list(orders.values())
        return JSONResponse({"data": [truth(order) for order in chosen]})

    async def touch(self, request: Request) -> Response:
        """`{"order_id": 302, "status": "Expired"}`: a change made in Arlo itself."""
        try:
            body = json.loads(await request.body() or b"{}")
        except (ValueError, UnicodeDecodeError):
            return JSONResponse({"message": "Malformed JSON."}, status_code=400)
        if not isinstance(body, dict):
            return JSONResponse({"message": "Expected a JSON object."}, status_code=400)
        order = self.platform.orders.get(body.get("order_id"))  # type: ignore[arg-type]
        if order is None:
            return JSONResponse({"message": "Unknown order_id."}, status_code=404)
        status = body.get("status", order.status)
        if status not in STATUSES:
            return JSONResponse({"message": f"status must be one of {STATUSES}."}, 422)
        order.status = status
        order.modified = time.time()
        return JSONResponse(truth(order))


def truth(order: Order) -> dict[str, Any]:
    return {
        "order_id": order.order_id,
        "code": order.code,
        "status": order.status,
        "total": f"{order.total:.2f}",
        "approved_at": timestamp(order.approved),
        "approved_by_contact_id": order.approved_by_contact_id,
        "approved_by_user": order.approved_by_user,
        "last_modified": timestamp(order.modified),
        "notifications": [
            {"to": n.to, "subject": n.subject, "sent_at": timestamp(n.sent_at)}
            for n in order.notifications
        ],
    }
