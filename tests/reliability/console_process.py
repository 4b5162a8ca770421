"""The real console as its own process on a temporary profile, as a desktop would start it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from approval_console.core.paths import Paths

ROOT = Path(__file__).resolve().parents[2]
WINDOW_OPEN = "The console window is open"


def as_a_user(*, needed: bool) -> list[str]:
    """A command prefix under which file permissions apply: root ignores them unless its
    override capabilities are dropped. Empty for anyone else."""
    if not needed or os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    drop = "-dac_override,-dac_read_search"
    return ["setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}"]


class ConsoleProcess:
    """`python -m approval_console --profile DIR` on the offscreen platform."""

    def __init__(self, profile: Path, output: Path, *, bound_by_permissions: bool = False):
        self.profile = profile
        output.mkdir(parents=True, exist_ok=True)
        self._out = output / "stdout.txt"
        self._err = output / "stderr.txt"
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PYTHON_KEYRING_BACKEND="approval_console.core.memory_keyring.MemoryKeyring",
        )
        command = [sys.executable, "-m", "approval_console", "--profile", str(profile)]
        with self._out.open("w") as out, self._err.open("w") as err:
            self.process = subprocess.Popen(
                [*as_a_user(needed=bound_by_permissions), *command],
                cwd=ROOT, env=env, stdout=out, stderr=err, text=True,
            )  # fmt: skip

    @property
    def stderr(self) -> str:
        return self._err.read_text()

    def wait(self, timeout: float = 60.0) -> int:
        """The exit code; a process still running after `timeout` is killed and fails."""
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            tail = self.stderr[-3000:]
            raise AssertionError(f"still running after {timeout} s:\n{tail}") from None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def log_lines(profile: Path, text: str) -> int:
    log_file = Paths.in_profile(profile).log_file
    try:
        return log_file.read_text().count(text)
    except OSError:
        return 0


def wait_for_log(console: ConsoleProcess, text: str, count: int = 1, timeout: float = 60) -> None:
    """Until the profile's log holds `text` `count` times (the console is that far)."""
    deadline = time.monotonic() + timeout
    while log_lines(console.profile, text) < count:
        assert console.process.poll() is None, console.stderr[-3000:]
        assert time.monotonic() < deadline, f"never logged {text!r}:\n{console.stderr[-3000:]}"
        time.sleep(0.05)
