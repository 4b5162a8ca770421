"""A real X server with a window manager for the journeys: Xvfb and openbox, nothing simulated.

Each test run starts its own server on a display number Xvfb picks (`-displayfd`), so runs in
parallel never share a screen, and stops it when the run ends.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field

SCREEN = "1600x1000x24"
NEEDED = ("Xvfb", "openbox", "xdotool", "xprop", "xwininfo")


@dataclass
class XServer:
    display: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        return dict(os.environ, DISPLAY=self.display)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def missing_tools() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


def start(screen: str = SCREEN, timeout: float = 20.0) -> XServer:
    """Xvfb on a free display, then openbox on it; returns once the window manager runs."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            screen,
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        raise RuntimeError("Xvfb did not start")
    server = XServer(f":{number}", [xvfb])
    server.processes.append(
        subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=server.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    deadline = time.monotonic() + timeout
    while not _window_manager_runs(server):
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError("openbox did not take the screen")
        time.sleep(0.05)
    return server


def _window_manager_runs(server: XServer) -> bool:
    """An EWMH window manager announces itself on the root window."""
    result = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
        env=server.env,
        capture_output=True,
        text=True,
        check=False,
    )
    return "window id" in result.stdout


def visible_window(env: dict[str, str], title: str) -> str | None:
    """The id of a visible window whose title matches the pattern `title`, if one is shown.

    Meant to be polled: `xdotool search --sync` gives up with an X error when a window it is
    looking at closes meanwhile (the cached list's preview hands over to the console)."""
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        env=env, capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    found = result.stdout.split()
    return found[0] if result.returncode == 0 and found else None
