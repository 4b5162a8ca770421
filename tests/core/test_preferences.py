"""The person's preferences survive a restart, and a damaged field costs only itself."""

from __future__ import annotations

import json
from pathlib import Path

from approval_console.core.preferences import ColorScheme, NotificationKind, Preferences
from approval_console.core.settings import Settings, load_settings, save_settings


def test_preferences_read_back_after_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings()
    settings.preferences.language = "fr"
    settings.preferences.color_scheme = ColorScheme.DARK
    settings.preferences.close_to_tray = True
    settings.preferences.notifications[NotificationKind.EXPORT] = False
    settings.preferences.refresh_minutes = 10
    settings.preferences.shortcuts = {"orders.change_status": ["Ctrl+Alt+S"]}
    save_settings(path, settings)

    again = load_settings(path).preferences

    assert again == settings.preferences
    assert not again.notifies(NotificationKind.EXPORT)
    assert again.notifies(NotificationKind.REVIEW)


def test_a_file_from_before_preferences_starts_with_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"accounts": [], "ui": {}}), encoding="utf-8")

    assert load_settings(path).preferences == Preferences()


def test_a_damaged_field_falls_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    preferences = {
        "language": "de",
        "color_scheme": "purple",
        "close_to_tray": "yes",
        "notifications": {"review": False, "bulk_job": 3},
        "refresh_minutes": 7,
        "shortcuts": {"orders.refresh": "F5", "orders.find": ["Ctrl+F"]},
    }
    path.write_text(json.dumps({"accounts": [], "preferences": preferences}), encoding="utf-8")

    read = load_settings(path).preferences

    assert read.language == "de"
    assert read.color_scheme is ColorScheme.SYSTEM
    assert read.close_to_tray is False
    assert read.notifications[NotificationKind.REVIEW] is False
    assert read.notifications[NotificationKind.BULK_JOB] is True
    assert read.refresh_minutes == 2
    assert read.shortcuts == {"orders.find": ["Ctrl+F"]}
