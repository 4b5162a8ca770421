"""Arlo's REST auth API (2012-02-01) emulated: orders, their approve and cancel requests, contacts.

XML only, HTTP Basic auth (`demo` / `demo-arlo`), request bodies parsed with DTDs refused.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.routing import BaseRoute

from ..options import SandboxOptions
from .control import ArloControl
from .routes import PREFIX, ArloRoutes
from .seed import anchor_instant, build_platform


class ArloApi:
    name = "arlo"
    prefix = PREFIX

    def __init__(self, options: SandboxOptions) -> None:
        self.platform = build_platform(options.seed, anchor_instant(options.anchor_date))
        self._routes = ArloRoutes(self.platform)
        self._control = ArloControl(self.platform)

    def routes(self) -> Sequence[BaseRoute]:
        return self._routes.routes()

    def control_routes(self) -> Sequence[BaseRoute]:
        return self._control.routes()

    def pending_jobs(self) -> int:
        return 0


def create(options: SandboxOptions) -> ArloApi:
    return ArloApi(options)
