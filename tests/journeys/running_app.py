"""The real app, started as a person starts it, in a process of its own on an X display.

Qt's scale and platform are fixed per process, so journeys about the whole launch run
`python -m approval_console --demo` as a separate process, find its windows through the window
manager, and read their geometry, frame included, as the X server has it.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.journeys import xserver

ROOT = Path(__file__).resolve().parents[2]
MAIN_TITLE = "^Approval Console — "  # the console itself, not its hidden cached-list preview


@dataclass(frozen=True)
class Box:
    """A window as the X server has it: the frame's outer edges, in device pixels."""

    left: int
    top: int
    right: int
    bottom: int

    def within(self, width: int, height: int) -> bool:
        return self.left >= 0 and self.top >= 0 and self.right <= width and self.bottom <= height


class RunningApp:
    """`python -m approval_console --demo` on `display`, with `env` added to its environment."""

    def __init__(self, display: str, profile: Path, **env: str) -> None:
        self.env = {"DISPLAY": display, "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "approval_console", "--demo", "--profile", str(profile)],
            cwd=ROOT,
            env={
                **{k: v for k, v in os.environ.items() if not k.startswith("QT_")},
                **self.env,
                "QT_QPA_PLATFORM": "xcb",
                **env,
            },
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def x(self, *args: str, timeout: float = 60) -> str:
        return subprocess.run(
            list(args), env=self.env, capture_output=True, text=True, timeout=timeout, check=True
        ).stdout

    def window(self, title: str = MAIN_TITLE, timeout: float = 60) -> str:
        """The id of the visible window whose title matches, once it is on screen."""
        deadline = time.monotonic() + timeout
        while True:
            found = xserver.visible_window(self.env, title)
            if found:
                return found
            assert self.process.poll() is None, "the app ended"
            assert time.monotonic() < deadline, f"no window titled {title!r}"
            time.sleep(0.2)

    def title(self, window: str) -> str:
        return self.x("xdotool", "getwindowname", window).strip()

    def box(self, window: str) -> Box:
        """The window with the frame its window manager drew around it (xdotool's position
        of a framed window is its offset in the frame: xwininfo says where it is)."""
        info = self.x("xwininfo", "-id", window)
        x, y, w, h = (
            int(re.search(rf"{label}:\s+(-?\d+)", info).group(1))  # type: ignore[union-attr]
            for label in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
        )
        extents = self.x("xprop", "-id", window, "_NET_FRAME_EXTENTS")
        left, right, top, bottom = (int(n) for n in re.findall(r"\d+", extents.split("=")[-1]))
        return Box(x - left, y - top, x + w + right, y + h + bottom)

    def press(self, window: str, *keys: str) -> None:
        self.x("xdotool", "windowactivate", "--sync", window)
        for key in keys:
            self.x("xdotool", "key", "--clearmodifiers", key)
            time.sleep(0.15)

    def settled_box(self, window: str) -> Box:
        """The box once the window manager stopped moving it (it places a window a moment
        after mapping it)."""
        last, box = None, self.box(window)
        while box != last:
            time.sleep(0.3)
            last, box = box, self.box(window)
        return box

    def quit(self) -> None:
        """Ctrl+Q, as a person quits; SIGTERM if it does not end."""
        if self.process.poll() is None:
            try:
                self.press(self.window(), "ctrl+q")
                self.process.wait(timeout=30)
            except (subprocess.SubprocessError, OSError):
                self.process.send_signal(signal.SIGTERM)
                self.process.wait(timeout=30)
