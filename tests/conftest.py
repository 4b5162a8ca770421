"""Fixtures shared by every test: a real sandbox server on a free loopback port."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from approval_console import demo
from approval_console.demo import DemoSandbox

# The journeys run on a real X server, in their own pytest run (scripts/test.sh starts it):
# Qt's platform is chosen once per process, and every other test runs offscreen.
collect_ignore = [] if os.environ.get("APPROVAL_CONSOLE_JOURNEYS") else ["journeys"]

# Offscreen, Qt's one screen is 800×800 unless told otherwise: the windows, which fit themselves
# to their screen, are tested on one the size of the journeys' X server, a common desktop.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"


# `-m "not e2e"` runs the fast tests alone. A test is end-to-end when it starts another process:
# the sandbox (every fixture that starts one is named `sandbox`, `shared_sandbox` or
# `sandbox_factory`), the console, the frozen app, or a real X server (the journeys). The `slow`
# tests start consoles and kill them, so they count too; any other test that starts a process
# itself says so with `pytest.mark.e2e`.
E2E_FIXTURES = frozenset({"sandbox", "sandbox_factory", "shared_sandbox", "frozen_app"})
E2E_FOLDERS = ("journeys", "packaging")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    tests = Path(__file__).parent
    for item in items:
        folder = item.path.relative_to(tests).parts[0] if item.path.is_relative_to(tests) else ""
        fixtures = set(getattr(item, "fixturenames", ()))
        slow = item.get_closest_marker("slow") is not None
        if folder in E2E_FOLDERS or fixtures & E2E_FIXTURES or slow:
            item.add_marker(pytest.mark.e2e)


@dataclass
class SandboxProcess(DemoSandbox):
    """A sandbox started as its own process, exactly as the demo launcher starts it."""

    def admin(self) -> httpx.Client:
        """A plain client for the sandbox's `/_sandbox` control endpoints (no auth, no limits)."""
        return httpx.Client(base_url=self.url, timeout=10)

    def configure(self, **settings: object) -> None:
        """Change fault rate, latency or queue delay while the sandbox runs."""
        with self.admin() as client:
            client.post("/_sandbox/config", json=settings).raise_for_status()

    def stats(self) -> dict:
        with self.admin() as client:
            response = client.get("/_sandbox/stats")
            response.raise_for_status()
            return response.json()


def start_sandbox(*args: str, timeout: float = 60.0) -> SandboxProcess:
    """Start `python -m approval_console.sandbox --port 0 ARGS` and wait for its listening line."""
    started = demo.start_sandbox(*args, timeout=timeout)
    return SandboxProcess(started.url, started.process, started.output)


@pytest.fixture
def sandbox_factory() -> Iterator[Callable[..., SandboxProcess]]:
    """Start sandboxes with given options; every one is stopped after the test."""
    started: list[SandboxProcess] = []

    def factory(*args: str) -> SandboxProcess:
        sandbox = start_sandbox(*args)
        started.append(sandbox)
        return sandbox

    yield factory
    for sandbox in started:
        sandbox.stop()


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[SandboxProcess]:
    """One sandbox for read-mostly tests: 500 orders, seed 7, rate limits off, short queue delay."""
    sandbox = start_sandbox("--seed", "7", "--rate-window", "0", "--queue-delay-ms", "200")
    yield sandbox
    sandbox.stop()


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    """Install an in-memory keyring for the test, and put the previous one back after."""
    import keyring

    from approval_console.core.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session", autouse=True)
def english_words(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """Every test reads the console in English, as the app shows it: plurals included ("1
    order", "2 orders"), which come from the English catalogue, compiled here from the sources
    being tested. Yields the folder of the compiled catalogues (`.qm`) for the other languages."""
    folder = tmp_path_factory.mktemp("i18n")
    request.getfixturevalue("qapp")
    import subprocess
    import sys

    from PySide6.QtCore import QLocale

    from approval_console.ui.language import app_language

    tool = Path(__file__).resolve().parents[1] / "scripts" / "translations.py"
    subprocess.run(
        [sys.executable, str(tool), "build", "--out", str(folder)], check=True, capture_output=True
    )
    # Through the app's own loader, on a C desktop whatever this machine's locale: a test that
    # announces preferences ("system" language) stays in English with C dates and numbers.
    language = app_language()
    language.apply("en", system=QLocale.c(), folder=folder)
    assert language.code == "en" and not language.missing, language.missing
    yield folder
    language.reset()


@pytest.fixture(autouse=True)
def english_after_each_test(english_words: Path) -> Iterator[None]:
    """A test that chose another language (through Preferences, say) leaves English behind."""
    yield
    from PySide6.QtCore import QLocale

    from approval_console.ui.language import app_language

    app_language().apply("en", system=QLocale.c(), folder=english_words)


@pytest.fixture
def french(english_words: Path) -> Iterator[object]:
    """The French catalogue, compiled from the sources at the session's start: a QTranslator
    the test installs (a language change), removed afterwards whatever happened."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(english_words / "approval_console_fr.qm"))
    yield translator
    QCoreApplication.removeTranslator(translator)
