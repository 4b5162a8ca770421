"""Test-only routes under `/_sandbox/wholesale`: server truth, and another user's changes."""

from __future__ import annotations

import json
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import render
from .models import STATUSES, Order, Person, Portal, StatusChange
from .query import INCLUDES
from .seed import API_KEY

OTHER_USER = Person(9, "Riley Chen", "staff")  # the colleague whose edits tests simulate


class WholesaleControl:
    def __init__(self, portals: dict[str, Portal]) -> None:
        self.portal = portals[API_KEY]

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/orders", self.truth, methods=["GET"]),
            Route("/touch", self.touch, methods=["POST"]),
        ]

    async def truth(self, request: Request) -> Response:
        """Full orders by id (`?ids=1001,1002`), with every include."""
        data = []
        for raw in request.query_params.get("ids", "").split(","):
            order = self._find(raw.strip())
            if order is not None:
                data.append(render.order(order, list(INCLUDES)))
        return JSONResponse({"data": data})

    async def touch(self, request: Request) -> Response:
        """Change an order as another portal user would: optional new status or notes.

        Body: `{"order_id": 1001, "status": "shipped", "notes": "...", "note": "..."}`;
        `updated_at` always becomes now. Answers the order as the API would show it.
        """
        try:
            body = json.loads(await request.body() or b"{}")
        except (ValueError, UnicodeDecodeError):
            return _message("Malformed JSON.", 400)
        if not isinstance(body, dict):
            return _message("Expected a JSON object.", 400)
        order = self._find(str(body.get("order_id", "")))
        if order is None:
            return _message("Unknown order_id.", 404)
        status = body.get("status")
        if status is not None and status not in STATUSES:
            return _message(f"status must be one of: {', '.join(STATUSES)}.", 422)
        apply_touch(self.portal, order, status, body)
        return JSONResponse(render.order(order, list(INCLUDES)))

    def _find(self, raw: str) -> Order | None:
        if not raw.isascii() or not raw.isdigit():
            return None
        return self.portal.by_id.get(int(raw))


def apply_touch(portal: Portal, order: Order, status: str | None, body: dict[str, Any]) -> None:
    moment = int(time.time())
    if status is not None and status != order.status:
        note = body.get("note") if isinstance(body.get("note"), str) else None
        change = StatusChange(
            portal.next_history_id, order.status, status, OTHER_USER, moment, note
        )
        portal.next_history_id += 1
        order.status_history.append(change)
        order.status = status
        if status != "pending" and order.placed_at is None:
            order.placed_at = moment
    if isinstance(body.get("notes"), str):
        order.notes = body["notes"]
    order.updated_at = moment


def _message(text: str, status: int) -> Response:
    return JSONResponse({"message": text}, status_code=status)
