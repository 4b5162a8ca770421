"""Where the app's own files (icons, styles, translations) are, from source, installed or frozen."""

from __future__ import annotations

import sys
from pathlib import Path

ICON_NAME = "approval-console.svg"


def resources_dir() -> Path | None:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    return next((path for path in candidates if path.is_dir()), None)


def icon_path() -> Path | None:
    base = resources_dir()
    if base is None:
        return None
    path = base / "icons" / ICON_NAME
    return path if path.exists() else None


def translations_dir() -> Path | None:
    """The compiled catalogues (`*.qm`): resources/i18n from source, in the bundle when frozen."""
    base = resources_dir()
    return base / "i18n" if base is not None else None
