"""Demo mode: the sandbox in a background process, and a throwaway profile wired to it.

The sandbox is started as its own process (never imported), so demo mode exercises the same HTTP
path as a real account; closing the app stops it. It says where it listens in a ready file, not
only on stdout: the windowed app on Windows, which runs the sandbox from its own executable,
has no stdout at all.

The throwaway profile must go however the demo ends. A normal close, SIGTERM and SIGINT end the
console through its window (see `quit_signals`), and its own `finally` removes the profile. But
no code in a process survives that process's abort (Qt aborts when a platform plugin cannot
load) or a SIGKILL. So the sandbox, told about the profile (`--remove-on-exit`), removes it when
it stops: it outlives the console's death by design, because on Linux the kernel then sends it
SIGTERM (PR_SET_PDEATHSIG), which it handles by cleaning up and exiting. Until the sandbox has
installed that handler, SIGTERM stays blocked in it (the mask is inherited across exec), so even
a console killed while the sandbox still imports leaves nothing behind. The sandbox runs in its
own session: Ctrl+C in a terminal reaches only the console, which then stops it in order.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS
from approval_console.frozen import SANDBOX_FLAG

OUTPUT_LINES = 200  # what the sandbox said last, for the message when it fails
READY_POLL = 0.02  # seconds between looks for the ready file


@dataclass
class DemoSandbox:
    url: str
    process: subprocess.Popen[str]
    output: deque[str] = field(default_factory=lambda: deque(maxlen=OUTPUT_LINES))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def sandbox_command(*args: str) -> list[str]:
    """The sandbox as a child process: the frozen app runs it through its own executable."""
    if getattr(sys, "frozen", False):
        return [sys.executable, SANDBOX_FLAG, "--port", "0", *args]
    return [sys.executable, "-m", "approval_console.sandbox", "--port", "0", *args]


def _die_with_parent(parent: int) -> None:
    """Linux: the sandbox gets SIGTERM when the console dies, even if it was killed outright.

    Runs in the child between fork and exec. SIGTERM is blocked until the sandbox can handle it;
    if the console died before the request took effect, the signal is sent now instead.
    """
    import ctypes
    import signal

    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:
        os.kill(os.getpid(), signal.SIGTERM)


def start_sandbox(
    *args: str, timeout: float = 30.0, remove_on_exit: Path | None = None
) -> DemoSandbox:
    """Start the sandbox on a free loopback port and wait until it accepts connections.

    `remove_on_exit`: a folder the sandbox removes when it stops, the console's death included.
    """
    if remove_on_exit is not None:
        args = (*args, "--remove-on-exit", str(remove_on_exit))
    linux = sys.platform.startswith("linux")
    with contextlib.ExitStack() as stack:
        # Inside a folder the sandbox removes, the ready file goes even if the console is killed
        # while it waits.
        folder = remove_on_exit or Path(
            stack.enter_context(tempfile.TemporaryDirectory(prefix="approval-console-sandbox-"))
        )
        ready_file = folder / "sandbox-url"
        process = subprocess.Popen(
            sandbox_command("--ready-file", str(ready_file), *args),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
            preexec_fn=partial(_die_with_parent, os.getpid()) if linux else None,
            start_new_session=True,
        )
        output: deque[str] = deque(maxlen=OUTPUT_LINES)
        pump = threading.Thread(
            target=_keep_output, args=(process, output), daemon=True, name="sandbox-output"
        )
        pump.start()
        deadline = time.monotonic() + timeout
        try:
            while not ready_file.exists():
                if process.poll() is not None or time.monotonic() > deadline:
                    break
                time.sleep(READY_POLL)
        except BaseException:  # a quit asked for by a signal while it was starting
            _end(process, pump)
            raise
        if not ready_file.exists():
            _end(process, pump)
            raise RuntimeError("The sandbox did not start:\n" + "".join(output))
        url = ready_file.read_text(encoding="utf-8").strip()
        ready_file.unlink()
    sandbox = DemoSandbox(url, process, output)
    atexit.register(sandbox.stop)
    return sandbox


def _end(process: subprocess.Popen[str], pump: threading.Thread) -> None:
    process.kill()
    process.wait()
    pump.join(timeout=1)  # all it said, for the message


def _keep_output(process: subprocess.Popen[str], output: deque[str]) -> None:
    """What the sandbox says, kept for the message if it fails (and so its pipe never fills)."""
    if process.stdout is not None:
        for line in process.stdout:
            output.append(line)


def demo_profile() -> Path:
    """A fresh directory per demo run: the user's own profile is never touched."""
    return Path(tempfile.mkdtemp(prefix="approval-console-demo-"))


def demo_account_id(backend: str) -> str:
    """The id of `backend`'s demo account: never a demo key, nor inside one, nor holding one.

    Ids are written everywhere (settings, cache, journal, log lines); keys must be nowhere. An id
    equal to a key would turn every search for a leaked key into a list of harmless ids.
    """
    return f"{backend}-demo"


def demo_accounts(url: str) -> list[tuple[Account, str]]:
    """One account per backend the sandbox serves, with its documented demo key."""
    return [
        (
            Account(
                id=demo_account_id(backend.key),
                backend=backend.key,
                name=f"{backend.title} (demo)",
                base_url=url,
                options={"timezone": "Europe/London", **dict(backend.demo_options)},
            ),
            backend.demo_key,
        )
        for backend in BACKENDS.values()
    ]
