"""The console's words follow the language chosen, live: no restart, no window rebuilt.

Qt sends every widget a `LanguageChange` event when a translator is installed or removed. A
widget that sets its words once, in its constructor, registers them with `follow_language`
instead: the words are set now and again after each change, while the window keeps its
selection, scroll position and whatever was being typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class _LanguageFollower(QObject):
    def __init__(self, watched: QObject, apply: Callable[[], None]) -> None:
        super().__init__(watched)
        self._apply = apply
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._apply()
        return False


def follow_language(watched: QObject, apply: Callable[[], None]) -> None:
    """Run `apply()` now and again whenever the language changes, while `watched` lives.

    `watched` is usually the widget whose words `apply` sets (a dialog, a window); it must be
    a widget or the application for Qt to tell it of the change.
    """
    apply()
    _LanguageFollower(watched, apply)
