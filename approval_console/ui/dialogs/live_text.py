"""Words a dialog computes as things happen, said again when the language changes.

A status line ("Sending…", "3 sent · 2 applied") is written in reaction to an event, not in the
constructor, so `follow_language` alone would leave it in the old language until the next
event. A dialog writes such a line through `LiveText.say` instead: the line is produced now, and
produced again, from the same state, after each language change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from approval_console.ui.language import follow_language
from approval_console.ui.widgets.transient import show_message


class LiveText:
    """The lines of one dialog that were computed on events, each with how to say it again."""

    def __init__(self, owner: QObject) -> None:
        self._lines: dict[int, tuple[object, Callable[[], None]]] = {}
        follow_language(owner, self.refresh)

    def say(self, target: object, apply: Callable[[], None]) -> None:
        """Run `apply` (which sets `target`'s words) now and after each language change;
        a later `say` for the same target replaces it."""
        self._lines[id(target)] = (target, apply)
        apply()

    def refresh(self) -> None:
        for _target, apply in list(self._lines.values()):
            apply()


def say_message(
    live: LiveText, label: QLabel, produce: Callable[[], str], kind: str = "info"
) -> None:
    """An inline message (`show_message`) said again after a language change while it is
    still on screen; a success line that has faded away stays away."""
    first = True

    def apply() -> None:
        nonlocal first
        if first or not label.isHidden():
            show_message(label, produce(), kind)
        first = False

    live.say(label, apply)


def grow_to_fit(dialog: QWidget) -> None:
    """After a language change, make room for longer words (German runs a third longer than
    English), once the layouts have taken the new words in; never shrink what the person
    sized. Called before the dialog is shown, it does nothing: showing sizes it."""
    if not dialog.isVisible():
        return

    def grow() -> None:
        dialog.resize(dialog.size().expandedTo(dialog.sizeHint()))

    QTimer.singleShot(0, dialog, grow)
