"""A person at the keyboard and mouse of a real X display: xdotool sends real input events.

The events travel through the X server and the window manager to the app exactly as a person's
do: keyboard focus, the active window, modality and shortcuts all decide where they land. After
each action the Qt event loop runs a moment, so the app (and its coroutines) can respond.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget

SETTLE_MS = 120  # a moment for the app to take an event in, as a person's next action would


class Person:
    def __init__(self, qtbot, display: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.display = display
        self.shots = shots

    # -- the devices -----------------------------------------------------------------------

    def _xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args],
            env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin:/usr/local/bin"},
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return result.stdout

    def settle(self, ms: int = SETTLE_MS) -> None:
        self.qtbot.wait(ms)

    def press(self, *keys: str) -> None:
        """Key chords in xdotool's names: "ctrl+shift+s", "Return", "Escape", "Tab", "F5"."""
        for key in keys:
            self._xdotool("key", "--clearmodifiers", key)
            self.settle()

    def type(self, text: str) -> None:
        self._xdotool("type", "--delay", "15", "--", text)
        self.settle()

    def move_to(self, widget: QWidget, point: QPoint | None = None) -> None:
        x, y = self._screen_point(widget, point)
        self._xdotool("mousemove", "--sync", str(x), str(y))

    def click(
        self,
        widget: QWidget,
        point: QPoint | None = None,
        *,
        button: int = 1,
        double: bool = False,
        modifiers: str = "",
    ) -> None:
        """Click `widget` at `point` (its centre by default), holding `modifiers` ("ctrl")."""
        self.move_to(widget, point)
        if modifiers:
            self._xdotool("keydown", modifiers)
        self._xdotool("click", *(["--repeat", "2"] if double else []), str(button))
        if modifiers:
            self._xdotool("keyup", modifiers)
        self.settle()

    def click_row(
        self, table: QAbstractItemView, row: int, column: int = 1, modifiers: str = ""
    ) -> None:
        model = table.model()
        index = model.index(row, column)
        table.scrollTo(index)
        self.settle(30)
        rect = table.visualRect(index)
        self.click(table.viewport(), rect.center(), modifiers=modifiers)

    def choose(self, combo: QComboBox, text: str) -> None:
        """Open a combo box's list with a click and click the item showing `text`."""
        self.click(combo)
        view = combo.view()
        self.qtbot.waitUntil(view.isVisible, timeout=3000)
        row = combo.findText(text)
        assert row >= 0, f"{text!r} is not offered"
        index = view.model().index(row, combo.modelColumn())
        view.scrollTo(index)
        self.settle(30)
        self.click(view.viewport(), view.visualRect(index).center())
        self.qtbot.waitUntil(lambda: not view.isVisible(), timeout=3000)

    def _screen_point(self, widget: QWidget, point: QPoint | None) -> tuple[int, int]:
        local = point if point is not None else widget.rect().center()
        where = widget.mapToGlobal(local)
        ratio = widget.devicePixelRatioF()  # X works in device pixels; Qt in scaled ones
        return round(where.x() * ratio), round(where.y() * ratio)

    # -- windows ---------------------------------------------------------------------------

    def activate(self, window: QWidget) -> None:
        """Bring `window` to the front and give it the keyboard, through the window manager."""
        self.qtbot.waitExposed(window)
        self._xdotool("windowactivate", "--sync", str(int(window.winId())))
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)

    def active_window_title(self) -> str:
        """What the window manager says is the active window's title."""
        window_id = self._xdotool("getactivewindow").strip()
        return self._xdotool("getwindowname", window_id).strip()

    # -- looking ---------------------------------------------------------------------------

    def screenshot(self, name: str) -> Path:
        """The whole X screen as the person sees it, saved where the run said it would be."""
        self.settle(60)
        screen = QGuiApplication.primaryScreen()
        path = self.shots / f"{time.strftime('%H%M%S')}-{name}.png"
        screen.grabWindow(0).save(str(path))
        return path
