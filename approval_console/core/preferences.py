"""The person's own choices for how the console looks and behaves, kept in the settings file.

Language, colour scheme, the tray, which notifications to show, how often to refresh and the
keys they changed. Every field reads back on its own: a value an older or newer version wrote,
or one damaged by hand, falls back to its default without costing the others (or the
accounts beside them in the same file).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SYSTEM_LANGUAGE = "system"  # follow the desktop's language
# The languages the console ships, each named in itself (as a person looks for their own).
LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch"}
REFRESH_MINUTES = (0, 1, 2, 5, 10, 15, 30, 60)  # 0: only when asked (F5)
DEFAULT_REFRESH_MINUTES = 2


class ColorScheme(StrEnum):
    SYSTEM = "system"  # follow the desktop, switching when it does
    LIGHT = "light"
    DARK = "dark"


class NotificationKind(StrEnum):
    """What a desktop notification can be about; each can be turned off on its own."""

    REVIEW = "review"  # new orders await a decision (found by the background refresh)
    BULK_JOB = "bulk_job"  # a bulk change ended
    EXPORT = "export"  # an export to CSV ended


@dataclass
class Preferences:
    language: str = SYSTEM_LANGUAGE  # SYSTEM_LANGUAGE or a shipped language's code ("fr")
    color_scheme: ColorScheme = ColorScheme.SYSTEM
    close_to_tray: bool = False  # closing the window keeps the console in the tray
    notifications: dict[NotificationKind, bool] = field(
        default_factory=lambda: dict.fromkeys(NotificationKind, True)
    )
    refresh_minutes: int = DEFAULT_REFRESH_MINUTES
    # Only the keys the person changed: an action's id → its key sequences in portable text
    # ("Ctrl+Shift+S"); an empty list takes the action's key away.
    shortcuts: dict[str, list[str]] = field(default_factory=dict)

    def notifies(self, kind: NotificationKind) -> bool:
        return self.notifications.get(kind, True)

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "color_scheme": self.color_scheme.value,
            "close_to_tray": self.close_to_tray,
            "notifications": {kind.value: on for kind, on in self.notifications.items()},
            "refresh_minutes": self.refresh_minutes,
            "shortcuts": {action: list(keys) for action, keys in self.shortcuts.items()},
        }

    @classmethod
    def from_json(cls, data: object) -> Preferences:
        """The preferences saved; each field that does not read is its default."""
        prefs = cls()
        if not isinstance(data, Mapping):
            return prefs
        language = data.get("language")
        if isinstance(language, str) and language.strip():
            prefs.language = language.strip()
        if data.get("color_scheme") in set(ColorScheme):
            prefs.color_scheme = ColorScheme(data["color_scheme"])
        if isinstance(data.get("close_to_tray"), bool):
            prefs.close_to_tray = data["close_to_tray"]
        notifications = data.get("notifications")
        if isinstance(notifications, Mapping):
            for kind in NotificationKind:
                if isinstance(notifications.get(kind.value), bool):
                    prefs.notifications[kind] = notifications[kind.value]
        minutes = data.get("refresh_minutes")
        if (
            isinstance(minutes, int)
            and not isinstance(minutes, bool)
            and minutes in REFRESH_MINUTES
        ):
            prefs.refresh_minutes = minutes
        shortcuts = data.get("shortcuts")
        if isinstance(shortcuts, Mapping):
            prefs.shortcuts = {
                str(action): [str(key) for key in keys]
                for action, keys in shortcuts.items()
                if isinstance(keys, list) and all(isinstance(key, str) for key in keys)
            }
        return prefs
