"""The one Starlette app that hosts every emulated API at its documented path.

Each API is a `MountedApi`: its routes go under its own prefix, its test-only routes under
`/_sandbox/<name>/`. Shared here: the options, latency and faults, counting, control endpoints.
"""

from __future__ import annotations

from collections.abc import Sequence
from json import JSONDecodeError
from typing import Protocol

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from .connections import ConnectionRegistry
from .middleware import ApiTrafficMiddleware, TrafficStats
from .options import SandboxOptions
from .scripted import FaultScript


class MountedApi(Protocol):
    """What an emulated API offers the server."""

    name: str  # used in control paths: /_sandbox/<name>/...
    prefix: str  # documented base path, e.g. /api/v1

    def routes(self) -> Sequence[BaseRoute]:
        """The API's own routes, relative to `prefix`."""
        ...

    def control_routes(self) -> Sequence[BaseRoute]:
        """Test-only routes, relative to `/_sandbox/<name>`."""
        ...

    def pending_jobs(self) -> int:
        """Queued background work not yet applied (e.g. bulk updates)."""
        ...


def build_app(
    apis: Sequence[MountedApi],
    options: SandboxOptions,
    connections: ConnectionRegistry,
) -> Starlette:
    """Assemble the app: control endpoints, each API under its prefix, traffic middleware."""
    stats = TrafficStats()
    script = FaultScript()

    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True})

    async def config(request: Request) -> Response:
        if request.method == "POST":
            try:
                changes = await request.json()
            except (JSONDecodeError, UnicodeDecodeError):
                return JSONResponse({"message": "Malformed JSON."}, status_code=400)
            if not isinstance(changes, dict):
                return JSONResponse({"message": "Expected a JSON object."}, status_code=400)
            errors = options.update(changes)
            if errors:
                return JSONResponse({"message": "; ".join(errors)}, status_code=422)
        return JSONResponse(options.runtime())

    async def stats_endpoint(request: Request) -> Response:
        body = stats.as_json()
        body["bulk_jobs_pending"] = sum(api.pending_jobs() for api in apis)
        return JSONResponse(body)

    async def faults(request: Request) -> Response:
        """Scripted faults: POST adds a rule, DELETE clears them, GET lists those to come."""
        if request.method == "DELETE":
            script.clear()
        elif request.method == "POST":
            try:
                body = await request.json()
            except (JSONDecodeError, UnicodeDecodeError):
                return JSONResponse({"message": "Malformed JSON."}, status_code=400)
            errors = script.add(body)
            if errors:
                return JSONResponse({"message": "; ".join(errors)}, status_code=422)
        return JSONResponse({"rules": script.as_json()})

    routes: list[BaseRoute] = [
        Route("/_sandbox/health", health, methods=["GET"]),
        Route("/_sandbox/config", config, methods=["GET", "POST"]),
        Route("/_sandbox/stats", stats_endpoint, methods=["GET"]),
        Route("/_sandbox/faults", faults, methods=["GET", "POST", "DELETE"]),
    ]
    for api in apis:
        routes.append(Mount(f"/_sandbox/{api.name}", routes=list(api.control_routes())))
    for api in apis:
        routes.append(Mount(api.prefix, routes=list(api.routes())))

    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
    app.add_middleware(
        ApiTrafficMiddleware,
        options=options,
        stats=stats,
        connections=connections,
        script=script,
    )
    return app


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown routes and wrong methods answer in JSON, worded as Laravel words them."""
    assert isinstance(exc, HTTPException)
    path = request.url.path.lstrip("/")
    headers = dict(exc.headers or {})
    if exc.status_code == 404:
        message = f"The route {path} could not be found."
    elif exc.status_code == 405:
        allowed = headers.get("Allow", "")
        message = (
            f"The {request.method} method is not supported for route {path}. "
            f"Supported methods: {allowed}."
        )
    else:
        message = str(exc.detail)
    return JSONResponse({"message": message}, status_code=exc.status_code, headers=headers)
