"""What the window benchmarks share: the window on a benchmark profile, and a stall meter.

A stall is what a person feels as a window that does not answer: measured as the longest gap
between the ticks of a timer firing every few milliseconds on the GUI thread.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import qasync
    from PySide6.QtWidgets import QApplication

    from approval_console.app import Console
    from approval_console.ui.context import UiContext
    from approval_console.ui.main_window import MainWindow

TICK_MS = 5
GAP_LISTED_S = 0.03  # gaps longer than this are kept with when they began (`--gaps`)


class StallWatch:
    """The longest gap between ticks of a GUI-thread timer since `start`, in seconds."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.worst = 0.0
        self.gaps: list[tuple[float, float]] = []  # (perf_counter at the gap's start, length)
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        if gap > GAP_LISTED_S:
            self.gaps.append((self._last, gap))
        self.worst = max(self.worst, gap)
        self._last = now

    def start(self) -> None:
        self.worst, self.gaps = 0.0, []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.worst


def open_window(
    profile: Path, account: str
) -> tuple[QApplication, qasync.QEventLoop, Console, UiContext, MainWindow]:
    """The console's window on `profile`, the key of its `account` in memory, on a qasync
    loop (not run yet)."""
    import keyring
    import qasync
    from PySide6.QtWidgets import QApplication

    from approval_console.app import Console
    from approval_console.core.memory_keyring import MemoryKeyring
    from approval_console.core.paths import Paths
    from approval_console.ui.context import UiContext
    from approval_console.ui.main_window import MainWindow

    store = MemoryKeyring()
    store.set_password("approval-console", account, "bench-key")
    keyring.set_keyring(store)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    console = Console(Paths.in_profile(profile))
    context = UiContext.create(console)
    window = MainWindow(context)
    window.show()
    return app, loop, console, context, window
