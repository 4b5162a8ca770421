"""Qt's saved window, splitter and header states as text for the settings file."""

from __future__ import annotations

import base64
import binascii
import contextlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView


def encode_state(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def restore_state(value: object, restore: Callable[[QByteArray], object]) -> bool:
    """Apply a saved state; a missing or damaged one is simply ignored (False)."""
    if isinstance(value, str):
        with contextlib.suppress(ValueError, TypeError, binascii.Error):
            return bool(restore(QByteArray(base64.b64decode(value))))
    return False


def restore_header(ui: dict[str, object], header: QHeaderView) -> None:
    """The list's saved column layout, only if saved for the same columns: a layout of another
    column set would put widths and hidden flags on the wrong columns."""
    if ui.get("header_columns") == header.count():
        restore_state(ui.get("header"), header.restoreState)


def save_header(ui: dict[str, object], header: QHeaderView) -> None:
    ui.update(header=encode_state(header.saveState()), header_columns=header.count())
