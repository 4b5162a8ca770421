"""The operation runner: one way to run service work and get its outcome on the GUI thread."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from approval_console.core.errors import ConsoleError
from approval_console.ui.change_bus import ChangeBus, OrderChanges
from approval_console.ui.operations import Operation
from approval_console.ui.runtime import TaskRunner


@dataclass
class Host:
    runner: TaskRunner = field(default_factory=TaskRunner)
    bus: ChangeBus = field(default_factory=ChangeBus)


def heard(bus: ChangeBus) -> list[OrderChanges]:
    changes: list[OrderChanges] = []
    bus.changed.connect(changes.append)
    return changes


def test_success_publishes_the_changed_orders_once_then_hands_back_the_result(qtbot):
    host = Host()
    published = heard(host.bus)
    seen: list[tuple[str, int]] = []

    async def change() -> set[str]:
        await asyncio.sleep(0.01)
        return {"o-1", "o-2"}

    operation = (
        Operation(host, lambda _op: change())
        .publishes("acct", lambda ids: ids)
        .success(lambda ids: seen.append((",".join(sorted(ids)), len(published))))
        .run()
    )
    assert operation.running
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert published == [OrderChanges("acct", frozenset({"o-1", "o-2"}))]
    assert seen == [("o-1,o-2", 1)]  # the bus has spoken before the screen hears the result
    assert not operation.running


def test_a_result_that_says_nothing_changed_publishes_nothing(qtbot):
    host = Host()
    published = heard(host.bus)
    seen: list[str] = []

    async def read() -> str:
        return "detail"

    Operation(host, lambda _op: read()).publishes("acct", lambda _r: None).success(
        seen.append
    ).run()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert published == []


def test_a_failure_goes_to_its_handler_and_publishes_nothing(qtbot):
    host = Host()
    published = heard(host.bus)
    failures: list[BaseException] = []
    successes: list[object] = []

    async def broken() -> set[str]:
        raise ConsoleError("The server refused the key.")

    Operation(host, lambda _op: broken()).publishes("acct", lambda ids: ids).success(
        successes.append
    ).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    [failure] = failures
    assert isinstance(failure, ConsoleError) and failure.message == "The server refused the key."
    assert successes == [] and published == []


def test_without_a_failure_handler_the_window_is_told(qtbot):
    host = Host()

    async def broken() -> None:
        raise ConsoleError("The server is unreachable.")

    with qtbot.waitSignal(host.runner.failed, timeout=3000) as signal:
        Operation(host, lambda _op: broken(), context="refresh").run()
    assert signal.args == ["refresh", "The server is unreachable."]


def test_progress_reaches_the_screen_while_the_work_runs(qtbot):
    host = Host()
    steps: list[tuple[int, int]] = []
    done: list[int] = []

    async def pages(report) -> int:  # type: ignore[no-untyped-def]
        for page in range(1, 4):
            await asyncio.sleep(0.01)
            report(page, 3)
        return 3

    Operation(host, lambda op: pages(op.report)).progress(
        lambda page, total: steps.append((page, total))
    ).success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    assert steps == [(1, 3), (2, 3), (3, 3)]


def test_a_cancelled_operation_reports_neither_success_nor_failure(qtbot):
    host = Host()
    outcomes: list[object] = []

    async def slow() -> str:
        await asyncio.sleep(5)
        return "late"

    operation = (
        Operation(host, lambda _op: slow()).success(outcomes.append).failure(outcomes.append).run()
    )
    operation.cancel()
    qtbot.waitUntil(lambda: not host.runner.busy, timeout=3000)
    qtbot.wait(50)
    assert outcomes == [] and not operation.running


def test_the_latest_operation_of_a_key_wins(qtbot):
    host = Host()
    results: list[str] = []

    async def slow(name: str, delay: float) -> str:
        await asyncio.sleep(delay)
        return name

    first = Operation(host, lambda _op: slow("first", 0.3), key="detail").success(results.append)
    first.run()
    Operation(host, lambda _op: slow("second", 0.05), key="detail").success(results.append).run()
    qtbot.waitUntil(lambda: not host.runner.busy, timeout=3000)
    assert results == ["second"]
    assert not first.running
