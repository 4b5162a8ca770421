"""The bulk-status queue: accepted now, applied later by a background task, as a real queue."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from .models import Account
from .store import StatusChange, apply_status_change, find_order


class BulkQueue:
    """Applies each job after the delay current when it was queued, skipping what does not fit."""

    def __init__(self, delay_seconds: Callable[[], float]) -> None:
        self._delay_seconds = delay_seconds
        self._tasks: set[asyncio.Task[None]] = set()
        self.applied_jobs = 0

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def enqueue(self, account: Account, order_ids: list[int], change: StatusChange) -> None:
        task = asyncio.get_running_loop().create_task(
            self._run(account, order_ids, change, self._delay_seconds())
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(
        self, account: Account, order_ids: list[int], change: StatusChange, delay: float
    ) -> None:
        await asyncio.sleep(delay)
        apply_bulk(account, order_ids, change)
        self.applied_jobs += 1


def apply_bulk(account: Account, order_ids: list[int], change: StatusChange) -> list[int]:
    """Apply to each known order for which the status is viable; return the ids changed."""
    changed = []
    for order_id in order_ids:
        order = find_order(account, order_id)
        if order is None or not account.is_viable(order, change.status_code):
            continue
        apply_status_change(account, order, change)
        changed.append(order.id)
    return changed
