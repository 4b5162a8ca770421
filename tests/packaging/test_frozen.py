"""The frozen app as a person starts it: it says its version, comes up in demo mode with orders
on screen, exits cleanly when its window closes, and writes only where it should."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from approval_console import __version__

# The first test here may build the app (about a minute, more on a slow machine).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def _home(tmp_path: Path) -> dict[str, str]:
    """An empty home with every XDG location and the temporary directory inside it."""
    home = tmp_path / "home"
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        TMPDIR=str(home / "tmp"),
        QT_QPA_PLATFORM="offscreen",
    )
    (home / "tmp").mkdir(parents=True)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env


def _files(folder: Path) -> set[Path]:
    return {path.relative_to(folder) for path in folder.rglob("*") if path.is_file()}


def _running(command_start: list[str]) -> list[int]:
    """Processes whose command line starts so (read from /proc: no procps on a bare system)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            arguments = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if [part.decode(errors="replace") for part in arguments[: len(command_start)]] == (
            command_start
        ):
            found.append(int(cmdline.parent.name))
    return found


def test_version(frozen_app: Path) -> None:
    result = subprocess.run(
        [str(frozen_app / "approval-console"), "--version"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert result.stdout.strip() == f"Approval Console {__version__}"


def test_demo_window_comes_up_with_orders_and_exits_cleanly(frozen_app: Path, tmp_path: Path):
    env = _home(tmp_path)
    home = Path(env["HOME"])
    # How fast it starts, tests/benchmarks/frozen.py prints; the timeout only ends a hang.
    # --report-startup prints once the list paints with orders in it, then closes the window.
    result = subprocess.run(
        [str(frozen_app / "approval-console"), "--demo", "--report-startup"],
        capture_output=True, text=True, env=env, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert any(line.startswith("first-paint ") for line in lines), result.stdout
    assert any(line.startswith("loaded rss-mb ") for line in lines), result.stdout
    # The demo's sandbox went with it, and so did its throwaway profile: nothing is left.
    assert _running([str(frozen_app / "approval-console"), "--run-sandbox"]) == []
    assert _files(home) == set()


def test_it_writes_only_to_its_own_locations(frozen_app: Path, tmp_path: Path) -> None:
    env = _home(tmp_path)
    home = Path(env["HOME"])
    process = subprocess.Popen(
        [str(frozen_app / "approval-console")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
            path.name == "console.sqlite3" for path in _files(home)
        ):
            time.sleep(0.2)
        time.sleep(1.0)
    finally:
        process.terminate()
        process.wait(timeout=30)
    written = _files(home)
    assert any(path.name == "console.sqlite3" for path in written), written
    allowed = [Path(".config/approval-console"), Path(".local/share/approval-console"),
               Path(".cache/approval-console"), Path(".local/state/approval-console")]  # fmt: skip
    strays = [path for path in written if not any(path.is_relative_to(a) for a in allowed)]
    assert strays == []
    assert not (frozen_app / "console.sqlite3").exists()


def test_modules_imported_by_name_are_in_the_bundle(frozen_app: Path) -> None:
    # The registry imports each connector by name, keyring finds its backends through entry
    # points, uvicorn picks its protocol at run time: none of these the analysis can see.
    # (The bundle keeps its modules as .pyc files in `_internal`: see the spec's `noarchive`.)
    from approval_console.core.backends import BACKENDS

    def bundled(module: str) -> bool:
        path = frozen_app.joinpath("_internal", *module.split("."))
        return path.with_suffix(".pyc").is_file() or (path / "__init__.pyc").is_file()

    for backend in BACKENDS.values():
        assert bundled(backend.connector.split(":")[0]), backend.connector
    for name in (
        "keyring.backends.SecretService",
        "keyring.backends.kwallet",
        "approval_console.sandbox.arlo",
        "uvicorn.protocols.http.h11_impl",
        "uvicorn.loops.asyncio",
        # shiboken's signature support, compiled (packaging/shiboken_support.py), and
        # PyInstaller's multiprocessing hook, which the spec's own hook runs on demand.
        "shibokensupport.signature.loader",
        "pyi_rth_multiprocessing",
    ):
        assert bundled(name), name
    assert list((frozen_app / "_internal").glob("keyring-*.dist-info/entry_points.txt"))
    assert (frozen_app / "_internal" / "resources" / "icons" / "approval-console.svg").is_file()
