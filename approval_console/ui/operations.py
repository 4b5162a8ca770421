"""One way for a screen to run service work: start, success, failure, progress, cancel.

A view model names the service call, what to do with its result and with a failure, and which
orders it changed; the operation runs the call as a task of the window's `TaskRunner`
(cancellable, latest-wins by key), hands the result back on the GUI thread and, on success,
publishes the changed orders on the change bus once, for every screen that shows them (Anki's
`CollectionOp` / `QueryOp`). The work itself is a service's account-level entry point: screens
name accounts, never connectors or the journal.

    Operation(context, lambda op: ops.sync(account_id, on_progress=op.report), key="sync")
        .progress(show_progress)
        .success(show_result)
        .failure(show_error)
        .publishes(account_id, lambda result: result.changed_ids)
        .run()
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterable
from typing import Any, Generic, Protocol, TypeVar

from approval_console.ui.change_bus import ChangeBus
from approval_console.ui.runtime import TaskRunner

T = TypeVar("T")


class OperationHost(Protocol):
    """What an operation runs on: the window's tasks and its change bus (a `UiContext`)."""

    @property
    def runner(self) -> TaskRunner: ...

    @property
    def bus(self) -> ChangeBus: ...


class Operation(Generic[T]):
    """One piece of service work started from a screen; configure it, then `run()` it.

    `work` gets the operation itself, so it can pass `op.report` to a service as its progress
    callback. Without a `failure` handler a failure goes to the runner's `failed` signal (the
    status bar), as every task of the window does.
    """

    def __init__(
        self,
        host: OperationHost,
        work: Callable[[Operation[T]], Coroutine[Any, Any, T]],
        *,
        key: str | None = None,
        context: str = "",
    ) -> None:
        self._runner = host.runner
        self._bus = host.bus
        self._work = work
        self.key = key
        self.context = context
        self._on_success: list[Callable[[T], None]] = []
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: list[Callable[..., None]] = []
        self._publish: tuple[str | None, Callable[[T], Iterable[str] | None]] | None = None
        self._source: object | None = None
        self._task: asyncio.Task[T] | None = None

    def success(self, handler: Callable[[T], None]) -> Operation[T]:
        """Called with the result, on the GUI thread (after the changes are published)."""
        self._on_success.append(handler)
        return self

    def failure(self, handler: Callable[[BaseException], None]) -> Operation[T]:
        self._on_failure = handler
        return self

    def progress(self, handler: Callable[..., None]) -> Operation[T]:
        """Called with whatever the work reports through `report`, while it runs."""
        self._on_progress.append(handler)
        return self

    def publishes(
        self,
        account_id: str | None,
        ids: Callable[[T], Iterable[str] | None],
        *,
        source: object | None = None,
    ) -> Operation[T]:
        """On success, publish the orders `ids(result)` of `account_id` as changed; an empty
        set says any of the account's orders may have changed, None that nothing is said.
        `source` lets a subscriber that made the change skip hearing it back."""
        self._publish = (account_id, ids)
        self._source = source
        return self

    def report(self, *values: Any) -> None:
        """The work's progress, handed to the `progress` handlers (on the GUI thread: the
        work runs on the window's event loop)."""
        for handler in self._on_progress:
            handler(*values)

    def run(self) -> Operation[T]:
        """Start the work; with a key, the running operation of that key is cancelled first."""
        self._task = self._runner.start(
            self._work(self),
            key=self.key,
            context=self.context,
            on_done=self._succeeded,
            on_error=self._on_failure,
        )
        return self

    def cancel(self) -> None:
        """Stop the work; neither success nor failure is called then."""
        if self._task is not None and not self._task.done():
            self._task.cancel()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def _succeeded(self, result: T) -> None:
        if self._publish is not None:
            account_id, ids_of = self._publish
            ids = ids_of(result)
            if ids is not None:
                self._bus.publish(account_id, ids, source=self._source)
        for handler in self._on_success:
            handler(result)
