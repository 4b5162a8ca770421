"""Garbage collection runs on the GUI thread while the console is open, and is handed back."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from approval_console.ui.collector import GarbageCollector

freed_on: set[threading.Thread] = set()  # the threads the cycles were freed on


class Node:
    """One half of a reference cycle: only the cyclic collector can free it."""

    def __init__(self) -> None:
        self.other: Node | None = None


def drop_cycles(count: int) -> list[weakref.finalize]:
    finalizers = []
    for _ in range(count):
        first, second = Node(), Node()
        first.other, second.other = second, first
        finalizers.append(weakref.finalize(first, lambda: freed_on.add(threading.current_thread())))
    return finalizers


@pytest.fixture
def collector(qtbot):
    collector = GarbageCollector()
    collector.start()
    yield collector
    collector.stop()


def test_cycles_dropped_on_a_worker_thread_are_freed_on_the_gui_thread(qtbot, collector):
    freed_on.clear()
    finalizers: list[weakref.finalize] = []
    # Far past the youngest generation's threshold: left automatic, a collection would run
    # inside this worker thread, in the middle of its allocations.
    worker = threading.Thread(target=lambda: finalizers.extend(drop_cycles(5_000)))
    worker.start()
    worker.join()
    assert not freed_on  # nothing collected on the worker

    qtbot.waitUntil(lambda: not any(f.alive for f in finalizers), timeout=5_000)
    assert freed_on == {threading.main_thread()}
    assert collector.collections[0] + collector.collections[1] + collector.collections[2] > 0


def test_stopping_gives_collection_back_to_python(qtbot):
    enabled = gc.isenabled()
    collector = GarbageCollector()
    collector.start()
    assert not gc.isenabled()
    assert gc.get_freeze_count() > 0  # what existed at start is never walked again

    collector.stop()
    assert gc.isenabled() == enabled
    assert gc.get_freeze_count() == 0
