"""A console built exactly as the app builds it, on a temporary profile and an in-memory keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from approval_console.app import Console
from approval_console.core.paths import Paths
from tests.helpers import DEMO_KEY, approvepro_account

ACCOUNT_ID = "ap-test"


@pytest.fixture
def console_factory(tmp_path: Path, memory_keyring: object) -> Iterator[Callable[..., Console]]:
    consoles: list[Console] = []

    def factory(url: str, *, profile: Path | None = None, **options: str) -> Console:
        console = Console(Paths.in_profile(profile or tmp_path / "profile"))
        console.add_account(approvepro_account(url, ACCOUNT_ID, **options), DEMO_KEY)
        consoles.append(console)
        return console

    yield factory
    for console in consoles:
        console.close()
