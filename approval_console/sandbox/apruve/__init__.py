"""Apruve v4 emulated at `/api/v4`: two demo merchants, Rails-style answers, no rate limits.

The main merchant's key is `demo-apruve` (150 orders); `demo-apruve-harbor` is a second,
smaller merchant, so that scoping between merchants can be seen. The order count is fixed:
`--orders` sizes ApprovePro only.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.routing import BaseRoute

from ..options import SandboxOptions
from .control import Control
from .routes import build_routes
from .seed import anchor_instant, build_world

MAIN_KEY = "demo-apruve"


class ApruveApi:
    """The mounted API: its world, its routes and its control routes."""

    name = "apruve"
    prefix = "/api/v4"

    def __init__(self, options: SandboxOptions) -> None:
        self.world = build_world(options.seed, anchor_instant(options.anchor_date))
        self._routes = build_routes(self.world)
        self._control = Control(self.world)

    def routes(self) -> Sequence[BaseRoute]:
        return self._routes

    def control_routes(self) -> Sequence[BaseRoute]:
        return self._control.routes()

    def pending_jobs(self) -> int:
        return 0  # nothing is queued: every change applies at once


def create(options: SandboxOptions) -> ApruveApi:
    return ApruveApi(options)
