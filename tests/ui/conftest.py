"""pytest-qt with qasync: one Qt-integrated asyncio loop, running only inside UI tests.

pytest-qt has no asyncio support. A session `qasync.QEventLoop(already_running=True)` lets
coroutines run whenever qtbot spins Qt's event loop. It is marked as the running loop only for
the duration of each UI test, so `asyncio.run` in the other tests keeps working. Leftover tasks
are cancelled after each test. Never call `loop.stop()` or `app.quit()` here: after
`QApplication.exit()` every `qtbot.wait*` returns at once and later tests would pass unwaited.
"""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    """Dates and numbers as under LANG=C, whatever this machine's locale; a test that wants
    another sets it with `QLocale.setDefault`, and the C locale is back for the next test."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture(scope="session")
def qasync_loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    yield loop


@pytest.fixture(autouse=True)
def qloop(qasync_loop, qtbot) -> Iterator[asyncio.AbstractEventLoop]:
    """The running loop for this test; leftover tasks are cancelled after it."""
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


@pytest.fixture(autouse=True)
def garbage_collection() -> Iterator[None]:
    """A test that failed before closing its console context hands collection back anyway."""
    yield
    if not gc.isenabled():
        gc.unfreeze()
        gc.enable()
