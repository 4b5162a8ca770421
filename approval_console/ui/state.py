"""Qt's saved window, splitter and header states as text for the settings file."""

from __future__ import annotations

import base64
import binascii
import contextlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray


def encode_state(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def restore_state(value: object, restore: Callable[[QByteArray], object]) -> None:
    """Apply a saved state; a missing or damaged one is simply ignored."""
    if isinstance(value, str):
        with contextlib.suppress(ValueError, TypeError, binascii.Error):
            restore(QByteArray(base64.b64decode(value)))
