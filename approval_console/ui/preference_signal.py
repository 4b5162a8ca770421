"""Says when the person's preferences changed, so every part that follows one applies it live.

The Preferences dialog changes `console.settings.preferences` and calls `announce`; the parts
that follow a preference (language, colour scheme, tray, notifications, refresh, keys) read the
new value from the settings when told, rather than each holding a copy that could go stale.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class PreferenceSignal(QObject):
    changed = Signal()  # read console.settings.preferences again

    def announce(self) -> None:
        self.changed.emit()
