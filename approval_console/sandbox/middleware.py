"""Latency, injected faults and traffic counts for `/api/...` requests (never `/_sandbox`)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
from collections import Counter
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .connections import ConnectionRegistry
from .options import SandboxOptions
from .scripted import FaultScript

SERVER_ERROR_BODY = json.dumps({"message": "Server Error"}).encode()


@dataclass
class TrafficStats:
    """Counts since start, reported by `/_sandbox/stats`."""

    requests: int = 0
    responses_by_status: Counter[str] = field(default_factory=Counter)
    error_500: int = 0
    dropped: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "requests": self.requests,
            "responses_by_status": dict(sorted(self.responses_by_status.items())),
            "faults": {"error_500": self.error_500, "dropped": self.dropped},
        }


class ApiTrafficMiddleware:
    """Wraps the whole app; only paths under `/api/` get latency, faults and counting.

    Faults come in two halves, both real-world failure modes a client must survive: a 500 with
    no effect, and a request that is applied and whose connection is then dropped before any
    response byte, so the client cannot know whether it happened.
    """

    def __init__(
        self,
        app: ASGIApp,
        options: SandboxOptions,
        stats: TrafficStats,
        connections: ConnectionRegistry,
        script: FaultScript | None = None,
    ) -> None:
        self.app = app
        self.options = options
        self.stats = stats
        self.connections = connections
        self.script = script or FaultScript()
        self.rng = random.Random(options.seed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        self.stats.requests += 1
        # Half the latency before the request is handled, half before the answer leaves: a client
        # that dies mid-request may have been applied or not, as with a real server.
        half = self.options.latency_ms / 2000
        if half > 0:
            await asyncio.sleep(half)
        scripted = self.script.take(scope["method"], scope["path"])
        if scripted == "lose":
            self.stats.dropped += 1
            self.connections.drop(scope.get("client"))
            return
        roll = self.rng.random()
        rate = self.options.fault_rate
        if scripted == "error_500" or (scripted is None and roll < rate / 2):
            self.stats.error_500 += 1
            self.stats.responses_by_status["500"] += 1
            await _send_server_error(send)
        elif scripted == "apply_then_drop" or (scripted is None and roll < rate):
            await self._apply_then_drop(scope, receive)
        else:
            await self.app(scope, receive, self._counting(send, half))

    async def _apply_then_drop(self, scope: Scope, receive: Receive) -> None:
        async def discard(message: Message) -> None:
            return None

        try:
            # The client sees a dropped connection whatever happened inside.
            with contextlib.suppress(Exception):
                await self.app(scope, receive, discard)
        finally:
            self.stats.dropped += 1
            self.connections.drop(scope.get("client"))

    def _counting(self, send: Send, delay: float) -> Send:
        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.stats.responses_by_status[str(message["status"])] += 1
                if delay > 0:
                    await asyncio.sleep(delay)
            await send(message)

        return counting_send


async def _send_server_error(send: Send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 500,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(SERVER_ERROR_BODY)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": SERVER_ERROR_BODY})
