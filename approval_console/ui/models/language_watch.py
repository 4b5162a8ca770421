"""Tells models when the language changes: they have no widget to receive Qt's event.

A model's header labels and tooltips are read by its views whenever they paint, but a view does
not ask again on its own after a language change; the model says so (`headerDataChanged`,
`dataChanged`). Qt sends `LanguageChange` to the application object; one watcher per
application listens there and passes it on as a signal, so a hundred models cost one filter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot

from approval_console.ui.app_helpers import app_helper

_NAME = "modelLanguageWatch"


class LanguageWatch(QObject):
    """The application's language changed: `changed` is emitted once per change."""

    changed = Signal()

    def __init__(self, application: QCoreApplication) -> None:
        super().__init__(application)
        self.setObjectName(_NAME)
        self._application = application
        application.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self._application:
            self.changed.emit()
        return False


def on_language_change(receiver: QObject, apply: Callable[[], None]) -> None:
    """Call `apply()` after each language change while `receiver` lives (no call now)."""
    application = QCoreApplication.instance()
    if application is None:
        return
    watch = app_helper(LanguageWatch, lambda: LanguageWatch(application))
    relay = _Relay(receiver, apply)
    watch.changed.connect(relay.apply)


class _Relay(QObject):
    """Owned by the receiver: gone with it, so no call reaches a deleted model."""

    def __init__(self, receiver: QObject, apply: Callable[[], None]) -> None:
        super().__init__(receiver)
        self._apply = apply

    @Slot()
    def apply(self) -> None:
        self._apply()
