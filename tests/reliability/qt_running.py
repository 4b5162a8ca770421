"""The qasync loop for the reliability suite's window tests, which share modules with tests
that run their own `asyncio.run`: tests/qt_loop.py's `qloop` is autouse, so here it is asked for
by the window tests alone."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from tests.qt_loop import qasync_loop

__all__ = ["qasync_loop", "window_loop"]


@pytest.fixture
def window_loop(qasync_loop, qtbot) -> Iterator[asyncio.AbstractEventLoop]:
    """The qasync loop running for one window test only, as tests/qt_loop.py's `qloop` does for
    the UI suite; not autouse here, where the other tests run their own `asyncio.run`."""
    asyncio.set_event_loop(qasync_loop)
    asyncio.events._set_running_loop(qasync_loop)
    try:
        yield qasync_loop
    finally:
        leftovers = [t for t in asyncio.all_tasks(qasync_loop) if not t.done()]
        for task in leftovers:
            task.cancel()
        if leftovers:
            qtbot.waitUntil(lambda: all(t.done() for t in leftovers), timeout=5000)
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
