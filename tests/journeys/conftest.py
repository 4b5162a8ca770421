"""Journeys: the real console on a real X server, used the way a person uses it.

The run starts its own Xvfb with openbox before Qt is loaded, so the app runs on the xcb
platform as on a desktop: real windows, a window manager deciding focus and placement, and
input sent through the X server by xdotool (see `person.py`). What a journey checks comes from
the screen (window titles, geometry, widget state) and from the sandbox's own truth.

Every journey saves screenshots under one folder, named at the start and end of the run.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.journeys import xserver

_missing = xserver.missing_tools()
if _missing:
    raise pytest.UsageError(
        "The journeys need a real X server and input tools; missing: "
        + ", ".join(_missing)
        + " (bash scripts/test.sh installs them on Debian)."
    )
SERVER = xserver.start()
os.environ["DISPLAY"] = SERVER.display
os.environ["QT_QPA_PLATFORM"] = "xcb"
os.environ.pop("WAYLAND_DISPLAY", None)
SHOTS = Path(
    os.environ.get("APPROVAL_CONSOLE_SHOTS")
    or Path(tempfile.gettempdir()) / "approval-console-journeys" / time.strftime("%Y%m%d-%H%M%S")
)
SHOTS.mkdir(parents=True, exist_ok=True)

from tests.journeys.person import Person  # noqa: E402
from tests.journeys.running_app import RunningApp  # noqa: E402
from tests.qt_loop import garbage_collection, qasync_loop, qloop  # noqa: E402
from tests.windows import close_window, demo_console, open_window  # noqa: E402

__all__ = ["garbage_collection", "qasync_loop", "qloop"]


def pytest_report_header() -> list[str]:
    return [f"journeys: X display {SERVER.display}, screenshots in {SHOTS}"]


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    terminalreporter.write_line(f"Journey screenshots: {SHOTS}")


def pytest_unconfigure() -> None:
    SERVER.stop()


@pytest.fixture
def person(qtbot, request) -> Person:  # type: ignore[no-untyped-def]
    folder = SHOTS / request.node.name.replace("/", "_")
    folder.mkdir(parents=True, exist_ok=True)
    return Person(qtbot, SERVER.display, folder)


@dataclass
class Desk:
    """What a journey works with: the window a person sees, and the server behind it."""

    window: object  # MainWindow
    context: object  # UiContext
    sandbox: object  # SandboxProcess
    person: Person

    def truth(self, path: str, **params: object) -> dict:
        """The sandbox's own record (its `/_sandbox/...` control endpoints), for checking."""
        with self.sandbox.admin() as client:  # type: ignore[attr-defined]
            response = client.get(path, params=params)
            response.raise_for_status()
            return response.json()


@pytest.fixture
def demo_desk(
    qtbot, person, sandbox_factory, memory_keyring, tmp_path
) -> Iterator[Callable[..., Desk]]:
    """Open the console as `--demo` does: one account per backend on a fresh sandbox.

    Call it with the sandbox's options (default: the demo's) and, optionally, which demo
    account to start on (`start="arlo-demo"`), or `accounts=False` for a first start: no
    account yet, the welcome in the list area.
    """
    from approval_console.app import Console
    from approval_console.core.paths import Paths

    opened: list[Desk] = []

    def open_desk(*sandbox_args: str, start: str | None = None, accounts: bool = True) -> Desk:
        sandbox = sandbox_factory(*(sandbox_args or ("--orders", "500", "--seed", "11")))
        profile = tmp_path / "profile"
        console = (
            demo_console(profile, sandbox.url, start=start)
            if accounts
            else Console(Paths.in_profile(profile))
        )
        window, context = open_window(qtbot, console, demo=True)
        desk = Desk(window, context, sandbox, person)
        opened.append(desk)
        person.activate(window)
        return desk

    yield open_desk
    for desk in opened:
        close_window(qtbot, desk.window, desk.context)


@pytest.fixture
def launched(tmp_path):  # type: ignore[no-untyped-def]
    """Starts the real app in its own process (`launch(display, profile, **env)`); each one
    still running when the test ends is killed."""
    apps: list[RunningApp] = []

    def launch(display: str = "", profile: str = "profile", **env: str) -> RunningApp:
        # The journeys' own X server (DISPLAY, set above) unless another is named.
        app = RunningApp(display or os.environ["DISPLAY"], tmp_path / profile, **env)
        apps.append(app)
        return app

    yield launch
    for app in apps:
        if app.process.poll() is None:
            app.process.kill()
            app.process.wait()
