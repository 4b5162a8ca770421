"""Running an export in a process of its own, so the window never waits on it.

Turning 100,000 cached rows into CSV is a few seconds of pure Python. On a thread of the
console's own process that work holds the interpreter lock in turns with the GUI thread, and
each of the many times the GUI thread takes the lock back between two Qt calls it may wait for
the worker's turn to end: measured, the window then froze for 100 to 400 ms at a time. In a
process of its own the export shares no lock with the window and only competes for a core.

The process is started fresh ("spawn"), never forked: a fork of a process running Qt and
several threads copies locks held by threads that do not exist in the child. What it runs
must therefore be a module-level function with arguments that pickle; it reports progress
and its end through a pipe, and is asked to stop through an event. Its failure comes back as
the same kind of exception (`OSError` with its errno and message, `ExportCanceled`), or as
`ExportFailed` for anything else, so the caller handles both ways of running alike.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from approval_console.core.i18n import translate
from approval_console.services.csv_export import ExportCanceled

POLL_SECONDS = 0.05  # how soon a Cancel reaches the process
JOIN_SECONDS = 5.0
BACKGROUND_NICENESS = 10  # as `nice` runs background work


class ExportFailed(Exception):
    """The export process failed for a reason other than the file system, or died."""


def can_run_in_process() -> bool:
    """Whether a new process can run the export: always, now. From source it is Python
    running `multiprocessing`'s own entry point. A frozen app has no Python to start, so the
    process is a copy of the app's executable, which serves as one because the app's entry
    point (`approval_console.__main__.main`, the frozen app's only one) calls
    `multiprocessing.freeze_support()` before it reads its command line; `--check-bundle`
    (approval_console/bundle_check.py) proves it in the built app."""
    return True


def run_in_process(
    target: Callable[..., int],
    args: tuple[Any, ...],
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Call `target(*args, progress=..., cancelled=...)` in a new process and return what it
    returns; blocks until then (call it from a worker thread). `progress` is called here with
    what the process reports; `cancelled` is asked every `POLL_SECONDS`."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    stop = context.Event()
    process = context.Process(
        target=_child, args=(sender, stop, target, args), name="console-export", daemon=True
    )
    process.start()
    _run_behind(process.pid)
    sender.close()  # the child's end: once it exits, reading here says so (EOFError)
    try:
        while True:
            if cancelled is not None and cancelled():
                stop.set()
            if not receiver.poll(POLL_SECONDS):
                continue
            try:
                kind, value = receiver.recv()
            except EOFError:
                raise ExportFailed(
                    translate("Export", "The export stopped unexpectedly.")
                ) from None
            if kind == "progress":
                if progress is not None:
                    progress(value)
            elif kind == "done":
                return int(value)
            elif kind == "canceled":
                raise ExportCanceled
            elif kind == "oserror":
                number, message, filename = value
                raise OSError(number, message, filename)
            else:
                raise ExportFailed(str(value))
    finally:
        stop.set()
        process.join(JOIN_SECONDS)
        if process.is_alive():
            process.kill()
            process.join(JOIN_SECONDS)
        receiver.close()


def _run_behind(pid: int | None) -> None:
    """Let the window have the cores first: on a two-core machine the export's start-up
    imports and its rows otherwise compete with the GUI thread for the same core."""
    if pid is not None and hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, pid, BACKGROUND_NICENESS)


def _child(
    sender: Connection, stop: Any, target: Callable[..., int], args: tuple[Any, ...]
) -> None:
    def progress(done: int) -> None:
        sender.send(("progress", done))

    try:
        count = target(*args, progress=progress, cancelled=stop.is_set)
    except ExportCanceled:
        sender.send(("canceled", None))
    except OSError as error:
        sender.send(("oserror", (error.errno, error.strerror or str(error), error.filename)))
    except BaseException as error:  # whatever it was, the window must hear of it
        sender.send(("error", f"{type(error).__name__}: {error}"))
    else:
        sender.send(("done", count))
    finally:
        sender.close()
