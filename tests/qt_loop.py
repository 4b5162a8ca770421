"""pytest-qt with qasync: one Qt-integrated asyncio loop, running only inside Qt tests.

pytest-qt has no asyncio support. A session `qasync.QEventLoop(already_running=True)` lets
coroutines run whenever qtbot spins Qt's event loop. It is marked as the running loop only for
the duration of each test, so `asyncio.run` in the other tests keeps working. Leftover tasks
are canceled after each test. Never call `loop.stop()` or `app.quit()` here: after
`QApplication.exit()` every `qtbot.wait*` returns at once and later tests would pass unwaited.

Both the offscreen UI tests and the journeys on a real X server take their fixtures from here.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def qasync_loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    yield loop


@contextlib.contextmanager
def running(loop: asyncio.AbstractEventLoop, qtbot) -> Iterator[asyncio.AbstractEventLoop]:  # type: ignore[no-untyped-def]
    """`loop` is the running loop while the block runs; its leftover tasks are canceled
    after it."""
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        leftovers = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in leftovers:
            task.cancel()
        if leftovers:
            qtbot.waitUntil(lambda: all(t.done() for t in leftovers), timeout=5000)
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


@pytest.fixture(autouse=True)
def qloop(qasync_loop, qtbot) -> Iterator[asyncio.AbstractEventLoop]:
    """The running loop for this test; leftover tasks are canceled after it."""
    with running(qasync_loop, qtbot):
        yield qasync_loop


@pytest.fixture(autouse=True)
def garbage_collection() -> Iterator[None]:
    """A test that failed before closing its console context hands collection back anyway."""
    yield
    if not gc.isenabled():
        gc.unfreeze()
        gc.enable()
