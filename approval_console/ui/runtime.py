"""Running coroutines from the window: start, cancel, latest-wins, errors to a signal.

qasync's own `asyncSlot` keeps no reference to its task and swallows cancellation, so every task
the window starts goes through `TaskRunner`, which holds it until it ends and can cancel it by
key: a newer search or selection replaces the older one instead of racing it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from approval_console.core.errors import ConsoleError
from approval_console.core.log import redact

log = logging.getLogger(__name__)

T = TypeVar("T")


def explain(error: BaseException) -> str:
    """A message for a person, never with a known secret in it; unexpected errors are logged
    in full and summarised."""
    if isinstance(error, ConsoleError):
        return redact(error.message)
    return f"Something went wrong ({type(error).__name__}). Details are in the log."


class TaskRunner(QObject):
    """Owns every task the window starts."""

    failed = Signal(str, str)  # context, message
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._keyed: dict[str, asyncio.Task[Any]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def start(
        self,
        coroutine: Coroutine[Any, Any, T],
        *,
        key: str | None = None,
        context: str = "",
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[T]:
        """Run `coroutine`; with a `key`, cancel the previous task of that key first."""
        if key is not None:
            self.cancel(key)
        task = asyncio.ensure_future(coroutine)
        was_busy = self.busy
        self._tasks.add(task)
        if key is not None:
            self._keyed[key] = task
        if not was_busy:
            self.busyChanged.emit(True)

        def finished(done: asyncio.Task[T]) -> None:
            self._tasks.discard(done)
            if key is not None and self._keyed.get(key) is done:
                del self._keyed[key]
            if not self._tasks:
                self.busyChanged.emit(False)
            if done.cancelled():
                return
            error = done.exception()
            if error is not None:
                if not isinstance(error, ConsoleError):
                    log.error("task %s failed", context or key, exc_info=error)
                if on_error is not None:
                    on_error(error)
                else:
                    self.failed.emit(context, explain(error))
                return
            if on_done is not None:
                try:
                    on_done(done.result())
                except Exception:
                    log.exception("handling the result of %s failed", context or key)

        task.add_done_callback(finished)
        return task

    def cancel(self, key: str) -> None:
        task = self._keyed.pop(key, None)
        if task is not None and not task.done():
            task.cancel()

    def running(self, key: str) -> bool:
        task = self._keyed.get(key)
        return task is not None and not task.done()

    async def shutdown(self) -> None:
        """Cancel everything still running and wait for it to unwind."""
        tasks = [task for task in self._tasks if not task.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


async def wait_signal(signal: Any) -> tuple[Any, ...]:
    """Await a Qt signal once (for `dialog.open()` instead of a blocking `exec()`)."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def fire(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(fire)
    try:
        return await future
    finally:
        signal.disconnect(fire)


Job = Callable[[], Awaitable[Any]]
