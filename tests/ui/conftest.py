"""Offscreen UI tests: Qt on the offscreen platform, coroutines on the shared qasync loop."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.qt_loop import garbage_collection, qasync_loop, qloop


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    """Dates and numbers as under LANG=C, whatever this machine's locale; a test that wants
    another sets it with `QLocale.setDefault`, and the C locale is back for the next test."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(QLocale.c())


__all__ = ["garbage_collection", "qasync_loop", "qloop"]
