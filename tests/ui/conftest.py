"""Offscreen UI tests: Qt on the offscreen platform, coroutines on the shared qasync loop."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.qt_loop import garbage_collection, qasync_loop, qloop

__all__ = ["garbage_collection", "qasync_loop", "qloop"]
