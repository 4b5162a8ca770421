"""The real app, started as a person starts it, fits the screen at 150 % and on a small screen.

Qt's scale is fixed per process, so these journeys launch `python -m approval_console --demo`
as a separate process on an X display, find its windows through the window manager, and read
their geometry, frame included, as the X server has it.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tests.journeys import xserver


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
