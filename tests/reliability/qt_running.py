"""The qasync loop for the reliability suite's window tests, which share modules with tests
that run their own `asyncio.run`: tests/qt_loop.py's `qloop` is autouse, so here it is asked for
by the window tests alone."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from tests.qt_loop import qasync_loop, running

__all__ = ["qasync_loop", "window_loop"]


@pytest.fixture
def window_loop(qasync_loop, qtbot) -> Iterator[asyncio.AbstractEventLoop]:
    """The qasync loop running for one window test only, as tests/qt_loop.py's `qloop` does for
    the UI suite; not autouse here, where the other tests run their own `asyncio.run`."""
    with running(qasync_loop, qtbot):
        yield qasync_loop
