"""The emulated APIs the sandbox hosts: adding one is one line here."""

from __future__ import annotations

from collections.abc import Callable

from . import approvepro, apruve, arlo, spree, wholesale
from .options import SandboxOptions
from .server import MountedApi

API_FACTORIES: tuple[Callable[[SandboxOptions], MountedApi], ...] = (
    approvepro.create,
    wholesale.create,
    arlo.create,
    spree.create,
    apruve.create,
)


def build_apis(options: SandboxOptions) -> list[MountedApi]:
    return [factory(options) for factory in API_FACTORIES]
