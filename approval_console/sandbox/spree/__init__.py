"""Spree's Admin API v3 emulated at `/api/v3/admin`: orders, their approval and cancellation."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.routing import BaseRoute

from ..options import SandboxOptions
from .control import SpreeControl
from .routes import SpreeRoutes
from .seed import anchor_instant, build_store
from .throttle import SpreeThrottle
from .versions import spree_version


class SpreeApi:
    name = "spree"
    prefix = "/api/v3/admin"

    def __init__(self, options: SandboxOptions) -> None:
        self.store = build_store(
            options.seed, anchor_instant(options.anchor_date), spree_version(options.spree_version)
        )

        def window() -> float:
            return options.rate_window

        self.throttle = SpreeThrottle(self.store.version, window)
        self._routes = SpreeRoutes(self.store, self.throttle, window)
        self._control = SpreeControl(self.store)

    def routes(self) -> Sequence[BaseRoute]:
        return self._routes.routes()

    def control_routes(self) -> Sequence[BaseRoute]:
        return self._control.routes()

    def pending_jobs(self) -> int:
        return 0


def create(options: SandboxOptions) -> SpreeApi:
    return SpreeApi(options)
