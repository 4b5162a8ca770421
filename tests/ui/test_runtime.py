"""The task runner: latest wins, errors reach a signal, and the PySide6 crash guard."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QLabel

from approval_console.core.errors import ConsoleError
from approval_console.ui.runtime import TaskRunner


def test_latest_task_of_a_key_wins(qtbot):
    runner = TaskRunner()
    results: list[str] = []

    async def slow(name: str, delay: float) -> str:
        await asyncio.sleep(delay)
        return name

    first = runner.start(slow("first", 0.3), key="search", on_done=results.append)
    runner.start(slow("second", 0.05), key="search", on_done=results.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    assert results == ["second"]
    assert first.cancelled()


def test_errors_are_reported_once_with_a_readable_message(qtbot):
    runner = TaskRunner()

    async def broken() -> None:
        raise ConsoleError("The server is unreachable.")

    with qtbot.waitSignal(runner.failed, timeout=3000) as signal:
        runner.start(broken(), context="refresh")
    assert signal.args == ["refresh", "The server is unreachable."]


def test_many_none_returning_calls_do_not_crash_the_interpreter(qtbot):
    """PySide6 6.12.0 on Python 3.11 aborts after a few thousand None-returning calls."""
    label = QLabel()
    qtbot.addWidget(label)
    for index in range(200_000):
        label.setText("x" if index % 2 else "y")
    assert label.text() == "x"
