"""The review queue's own keys: A approves, C cancels, J and K move, in its list.

The queue answers to its default keys on its own; a main window hands over its registered
actions instead (`use`), so that the keys the person changes in Preferences → Keyboard are the
ones that work here, and the ones the queue's hint and buttons name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from approval_console.ui.review_words import QUEUE_KEYS


class QueueKeys(QObject):
    changed = Signal()  # a key was changed or handed over: say it again where it is named

    def __init__(self, area: QWidget, slots: Mapping[str, Callable[[], None]]) -> None:
        super().__init__(area)
        self._area = area  # where the keys work (the list and its panel)
        self._slots = dict(slots)
        self._actions: dict[str, QAction] = {}
        for name, key in QUEUE_KEYS:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            self._take(name, action)

    def _take(self, name: str, action: QAction) -> None:
        old = self._actions.get(name)
        if old is not None:
            self._area.removeAction(old)
            old.triggered.disconnect(self._slots[name])
            old.changed.disconnect(self.changed)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self._slots[name])
        action.changed.connect(self.changed)
        self._area.addAction(action)
        self._actions[name] = action

    def use(self, actions: Mapping[str, QAction]) -> None:
        for name, action in actions.items():
            self._take(name, action)
        self.changed.emit()

    def name(self, name: str) -> str:
        """The key that does `name` now, as the hint and the buttons say it ("A")."""
        action = self._actions.get(name)
        keys = action.shortcuts() if action is not None else []
        return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else "—"
