"""One worker thread for every SQLite call.

The cache and journal are synchronous; running them on a single dedicated thread keeps the event
loop (and with it the window) free, and serialises access to the one connection.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class DbThread:
    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-db")

    async def run(self, function: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, functools.partial(function, *args, **kwargs)
        )

    def submit(self, function: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> Future[R]:
        """Queue `function` on the worker now; await it later with `asyncio.wrap_future`.

        For work that should start at once, where a task's first turn would come only after
        the window has repainted whatever the person's change altered.
        """
        return self._executor.submit(function, *args, **kwargs)

    def call(self, function: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        """Run synchronously on the worker (for start-up and shutdown, outside the loop)."""
        return self._executor.submit(function, *args, **kwargs).result()

    def close(self) -> None:
        self._executor.shutdown(wait=True)
