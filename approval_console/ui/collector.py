"""Python's cyclic garbage collection, run by the GUI thread between events and kept short.

Left automatic, a collection starts in whichever thread happens to allocate, mid-task: on a
worker thread it can destroy a Qt object caught in a reference cycle away from the thread that
owns it, and on the GUI thread a full collection walks every object the process holds (50 ms
and more in a long session) while a paint or a keystroke waits. So while the console runs,
automatic collection is off. A timer on the GUI thread collects each generation once the
allocations since its last collection pass Python's own thresholds, and everything alive when
the console started (modules, classes, the console itself) is frozen out of every collection:
a full collection then only walks what was created since.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class GarbageCollector(QObject):
    """Owns the process's garbage collection from `start()` until `stop()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self.collections = [0, 0, 0]  # per generation, for tests and diagnostics

    def start(self) -> None:
        gc.disable()
        gc.freeze()
        self._timer.start()

    def stop(self) -> None:
        """Give collection back to Python, the frozen objects included."""
        self._timer.stop()
        gc.unfreeze()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> None:
        """What the automatic collector would do now: once enough objects were allocated since
        the youngest generation's last collection, collect the oldest generation that is due."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        pairs = zip(counts, self._thresholds, strict=True)
        oldest = max(gen for gen, (count, limit) in enumerate(pairs) if count > limit)
        gc.collect(oldest)
        self.collections[oldest] += 1
