"""The wholesale portal's Orders API emulated at `/api/orders/`: read-only, keyed, filterable."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.routing import BaseRoute

from ..options import SandboxOptions
from .control import WholesaleControl
from .models import Portal
from .routes import WholesaleRoutes
from .seed import anchor_instant, build_portal


class WholesaleApi:
    """The mounted API: one demo tenant, its routes and its control routes."""

    name = "wholesale"
    prefix = "/api/orders"  # the documented `/api/orders/` is the "/" route under it

    def __init__(self, options: SandboxOptions) -> None:
        portal = build_portal(options.seed, anchor_instant(options.anchor_date))
        self.portals: dict[str, Portal] = {portal.api_key: portal}
        self._routes = WholesaleRoutes(self.portals)
        self._control = WholesaleControl(self.portals)

    def routes(self) -> Sequence[BaseRoute]:
        return self._routes.routes()

    def control_routes(self) -> Sequence[BaseRoute]:
        return self._control.routes()

    def pending_jobs(self) -> int:
        return 0


def create(options: SandboxOptions) -> WholesaleApi:
    return WholesaleApi(options)
