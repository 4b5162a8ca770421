"""Reports the first paint of a list that has rows: the start-up benchmark's finish line."""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def rss_mb() -> float:
    """Peak resident memory of this process in MB.

    On Linux from `VmHWM`: `ru_maxrss` carries over the parent's peak across fork and exec, so a
    benchmark that built a large profile first would see its own size in every child.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


class FirstPaintProbe(QObject):
    """Prints `first-paint SECONDS` once the view paints with rows, then calls back."""

    def __init__(
        self, viewport: QWidget, model: QAbstractItemModel, on_paint: Callable[[], object]
    ) -> None:
        super().__init__(viewport)
        self._model = model
        self._on_paint = on_paint
        self._started = time.perf_counter()
        self._done = False
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and self._model.rowCount() > 0:
            self._done = True
            seconds = time.perf_counter() - self._started
            print(f"first-paint {seconds:.3f}", flush=True)
            QTimer.singleShot(0, self._on_paint)
        return False
