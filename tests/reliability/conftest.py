"""The reliability suite: the console under faults, hostile servers, two operators and damaged
files. It builds consoles exactly as the service tests do, on temporary profiles."""

from __future__ import annotations

from tests.services.conftest import ACCOUNT_ID, console_factory

__all__ = ["ACCOUNT_ID", "console_factory"]
