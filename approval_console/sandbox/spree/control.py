"""Test-only routes under `/_sandbox/spree`: server truth, and risk flags raised server-side."""

from __future__ import annotations

import json
import time

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import render
from .models import Store

EVERYTHING = {"items", "payments", "fulfillments", "refunds", "customer"}


class SpreeControl:
    def __init__(self, store: Store) -> None:
        self.store = store

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/orders", self.truth, methods=["GET"]),
            Route("/touch", self.touch, methods=["POST"]),
        ]

    async def truth(self, request: Request) -> Response:
        """`?ids=or_a,or_b` (or every order), fully expanded, with the emails sent."""
        wanted = [raw.strip() for raw in request.query_params.get("ids", "").split(",")]
        wanted = [raw for raw in wanted if raw]
        orders = (
            [self.store.by_id[i] for i in wanted if i in self.store.by_id]
            if wanted
            else self.store.orders
        )
        data = []
        for order in orders:
            body = render.order(order, self.store, EVERYTHING)
            body["notifications"] = [
                {"to": n.to, "subject": n.subject, "sent_at": render.ts(n.sent_at)}
                for n in order.notifications
            ]
            data.append(body)
        return JSONResponse({"data": data})

    async def touch(self, request: Request) -> Response:
        """`{"id": "or_...", "considered_risky": true}`: the fraud check flags an order again."""
        try:
            body = json.loads(await request.body() or b"{}")
        except (ValueError, UnicodeDecodeError):
            return JSONResponse({"message": "Malformed JSON."}, status_code=400)
        if not isinstance(body, dict):
            return JSONResponse({"message": "Expected a JSON object."}, status_code=400)
        order = self.store.by_id.get(str(body.get("id", "")))
        if order is None:
            return JSONResponse({"message": "Unknown id."}, status_code=404)
        risky = body.get("considered_risky", order.considered_risky)
        if not isinstance(risky, bool):
            return JSONResponse({"message": "considered_risky must be a boolean."}, 422)
        order.considered_risky = risky
        if risky:
            order.approved_at = None
            order.approver_id = None
        order.updated_at = time.time()
        return JSONResponse(render.order(order, self.store, set()))
