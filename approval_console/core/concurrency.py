"""Awaiting several things at once, with errors that callers can still catch by type."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable
from typing import TypeVar

T = TypeVar("T")


async def all_or_first_error(awaitables: Iterable[Awaitable[T]]) -> list[T]:
    """Await all at once; the results in the order given.

    The first failure cancels the rest and is raised as itself, not wrapped in an
    ExceptionGroup: callers catch `errors.ApiError` and the like by type, and explain it.
    """
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(_awaited(awaitable)) for awaitable in awaitables]
    except BaseExceptionGroup as failed:
        error: BaseException = failed
        while isinstance(error, BaseExceptionGroup):
            error = error.exceptions[0]
        raise error from None
    return [task.result() for task in tasks]


async def _awaited(awaitable: Awaitable[T]) -> T:
    return await awaitable
