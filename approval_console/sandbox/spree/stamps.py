"""Times as Rails' JSON writes them."""

from __future__ import annotations

from datetime import UTC, datetime


def ts(moment: float | None) -> str | None:
    """Rails' JSON time: UTC with milliseconds, "2026-01-15T12:00:00.000Z"."""
    if moment is None:
        return None
    value = datetime.fromtimestamp(moment, UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
