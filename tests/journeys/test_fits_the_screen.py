"""The real app, started as a person starts it, fits the screen at 150 % and on a small screen.

Qt's scale is fixed per process, so these journeys launch `python -m approval_console --demo`
as a separate process on an X display, find its windows through the window manager, and read
their geometry, frame included, as the X server has it.
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

import pytest

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
            # A window that goes while xdotool looks through them (the cached list's preview
            # hands over to the console) makes the search fail: look again.
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", title],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            ).stdout.split()
            if found:
                return found[0]
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


@pytest.fixture
def launched(tmp_path):  # type: ignore[no-untyped-def]
    apps: list[RunningApp] = []

    def launch(display: str = "", profile: str = "profile", **env: str) -> RunningApp:
        # The journeys' own X server, which conftest named in DISPLAY (importing conftest
        # here would run it again, and start a second server).
        app = RunningApp(display or os.environ["DISPLAY"], tmp_path / profile, **env)
        apps.append(app)
        return app

    yield launch
    for app in apps:
        if app.process.poll() is None:
            app.process.kill()
            app.process.wait()


def test_at_150_percent_the_console_and_its_dialogs_fit_a_1600_by_1000_screen(launched, person):
    # A first run at 100 % leaves a large window low and to the right: saved for next time.
    first = launched()
    window = first.window()
    first.x("xdotool", "windowsize", "--sync", window, "1400", "860")
    first.x("xdotool", "windowmove", "--sync", window, "180", "120")
    time.sleep(1.5)  # saved a second after the change, as a crash would find it
    first.quit()
    assert first.process.returncode == 0

    # At 150 % that geometry is 2100×1290 device pixels: it must come back inside.
    app = launched(QT_SCALE_FACTOR="1.5")
    window = app.window()
    box = app.settled_box(window)
    person.screenshot("150-restored")
    assert box.within(1600, 1000), box
    assert box.right - box.left > 1200  # the room there is, not a postage stamp

    app.press(window, "F1")
    shortcuts = app.window("^Keyboard shortcuts$")
    assert app.settled_box(shortcuts).within(1600, 1000)
    person.screenshot("150-shortcuts")
    app.press(shortcuts, "Escape")

    # Apruve's invoice actions make the widest detail pane: the window still fits.
    app.press(window, "ctrl+f", "shift+Tab", "Down")
    deadline = time.monotonic() + 20
    while "Apruve" not in app.title(window) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "Apruve" in app.title(window)
    time.sleep(1.5)  # the list and the first order's invoices arrive
    box = app.settled_box(window)
    person.screenshot("150-apruve")
    assert box.within(1600, 1000), box
    app.quit()
    assert app.process.returncode == 0


@pytest.mark.parametrize(
    "env",
    [{"QT_SCREEN_SCALE_FACTORS": "1.5"}, {}, {"QT_SCALE_FACTOR": "2"}],
    ids=["screen-scale-150", "100", "200-smaller-than-its-least-size"],
)
def test_a_first_start_fits_the_screen(launched, env):
    app = launched(**env)
    box = app.settled_box(app.window())
    assert box.within(1600, 1000), box
    app.quit()


def test_on_a_1280_by_720_screen_the_first_window_fits_and_uses_it(launched, person):
    small = xserver.start("1280x720x24")
    try:
        app = launched(display=small.display)
        box = app.settled_box(app.window())
        shot = person.shots / "1280x720.png"  # that screen is not this process's own
        grab = (
            "from PySide6.QtGui import QGuiApplication as A; a = A([]); "
            f"a.primaryScreen().grabWindow(0).save({str(shot)!r})"
        )
        subprocess.run(
            [sys.executable, "-c", grab], env=dict(small.env, QT_QPA_PLATFORM="xcb"), check=False
        )
        assert box.within(1280, 720), box
        assert box.right - box.left > 1100 and box.bottom - box.top > 600
        app.quit()
    finally:
        small.stop()
