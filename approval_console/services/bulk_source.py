"""A bulk change of orders that all share one status, read from that status's listing.

The common bulk change takes every order of a status ("approve everything awaiting
approval"). Checking each order before it is sent and confirming it afterwards from listing
pages would read each order twice. Here the source status's listing, newest first, is read
once before each burst of requests (as many as the bulk limit lets go at once): the orders of
the coming burst are on its first pages, since those sent earlier, newer, have left it; so
one reading both checks that the coming orders are still as the person saw them (any changed
meanwhile are held back, never sent) and proves that the earlier ones are gone (the reading
went below their ids without meeting them). Each order is read there about once.

Having left the source is not having reached the target: another operator may have moved an
order elsewhere in the seconds between its check and its queue's run. So what is left of the
request budget (`REQUESTS_PER_THOUSAND`) reads the target's listing at the end: the orders
met there are confirmed by it; those it proves absent were moved elsewhere and are read one
by one to say where; the rest are confirmed by having left the source, and say so.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import math
from collections import deque
from typing import TYPE_CHECKING

from approval_console.core import errors
from approval_console.core.domain import Order, OrderStatus
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.services import meanwhile
from approval_console.services.bulk import READBACK_GETS, _Sent, wait_for_turn
from approval_console.services.outcomes import OrderResult, Outcome, describe_error
from approval_console.services.status_reads import Reading, read_newest_first
from approval_console.store.journal import EntryState, JournalEntry

if TYPE_CHECKING:
    from approval_console.services.bulk import BulkRun

log = logging.getLogger(__name__)

# What a bulk change of a thousand orders may spend in all, its bulk requests included: the
# target's listing is read with whatever the source's readings left of it (a page at least).
REQUESTS_PER_THOUSAND = 35
# A reading that finds the queue has not run the newest chunk yet: the next waits this many
# times as long from that chunk's sending (each early reading costs a page).
PACE_GROWTH = 1.5
# How far ahead, as a share of the rate window, the chunks that may go are counted as one burst:
# the slots of one burst free a moment apart, those of the next a window later.
BURST_SLACK = 0.5
LEFT_SOURCE = QT_TRANSLATE_NOOP(
    "Bulk",
    "Confirmed by having left “{source}” once its request ran; not read back in “{target}”.",
)
MOVED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Bulk", "Moved elsewhere while the change ran: it left “{source}” but is not in “{target}”."
)


class SourceRun:
    """The sending and confirming of a `BulkRun` whose plan reads one source status."""

    def __init__(self, run: BulkRun, source: str, source_name: str) -> None:
        self.run = run
        self.source = source
        self.source_name = source_name
        self.chunks: deque[list[JournalEntry]] = deque()
        self.left = run.left_source  # left the source once their request ran
        self.spent = 0  # requests of this run: readings, single reads, bulk requests
        self.pace = run.service.first_check_delay  # the queue's delay, as far as seen
        self.target_name = run.change.status_code

    async def execute(self, entries: list[JournalEntry]) -> None:
        run = self.run
        size = max(1, run.connector.capabilities.bulk_max)
        self.chunks.extend(entries[start : start + size] for start in range(0, len(entries), size))
        while True:
            while run.queue:  # chunks proven unsent, to go out again
                self.chunks.append(run.queue.popleft())
            if not self.chunks and not run.awaiting:
                break
            if run.cancel.is_set() and self.chunks:
                await self._cancel_rest()
                continue
            await self._let_the_queue_run()
            burst: list[list[JournalEntry]] = []
            if self.chunks:
                await wait_for_turn(run.connector, run.cancel, bulk=True)
                if run.cancel.is_set():
                    continue
                burst = self._take_burst()
            await self._burst(burst)
            run._progress()
        await self._confirm_in_target()

    # -- sending ---------------------------------------------------------------------------

    def _take_burst(self) -> list[list[JournalEntry]]:
        """The chunks the bulk limit lets go now or within a moment: a limit that slides frees
        the slots of the last burst one by one, as far apart as their requests were, and
        reading the source for each would read its first pages again for a chunk or two."""
        connector = self.run.connector
        slack = max(0.0, connector.budget().window * BURST_SLACK)
        count = 1
        while count < len(self.chunks) and connector.estimate_seconds(0, count + 1) <= slack:
            count += 1
        return [self.chunks.popleft() for _ in range(count)]

    async def _cancel_rest(self) -> None:
        run = self.run
        canceled = translate("Bulk", "canceled")
        while self.chunks:
            chunk = self.chunks.popleft()
            await run._set(chunk, EntryState.FAILED, translate("Bulk", "canceled before sending"))
            for entry in chunk:
                run.report.add(OrderResult(entry.order_id, Outcome.NOT_SENT, canceled))

    async def _burst(self, burst: list[list[JournalEntry]]) -> None:
        """One reading of the source: settle what was sent, check the burst, send it."""
        run = self.run
        coming = [entry for chunk in burst for entry in chunk]
        wanted = {entry.order_id for entry in coming} | set(run.awaiting)
        try:
            reading = await self._read_source(wanted, first_only=not coming)
        except errors.ApiError as error:
            log.info("bulk change: reading the source status failed: %s", error)
            self.spent += 1
            if coming:
                # Not checked is not the same as unchanged: these are not sent.
                reason = translate(
                    "Meanwhile", "not sent: could not check it was still as you saw it ({reason})"
                ).format(reason=describe_error(error))
                await meanwhile._end_unsent(
                    run, coming, Outcome.NOT_SENT, dict.fromkeys((e.id for e in coming), reason)
                )
            await self._wait(min(10.0, 2 * self.pace))
            return
        log.debug(
            "source read: %d pages, %d coming, %d awaiting, %d gone",
            reading.pages,
            len(coming),
            len(run.awaiting),
            len(reading.absent),
        )
        await self._store(list(reading.found.values()))
        await self._settle(reading)
        if not coming:
            return
        seen = run.plan.before
        moved = [
            entry
            for entry in coming
            if entry.order_id not in reading.found
            or reading.found[entry.order_id].status_code != seen.get(entry.order_id)
        ]
        held: set[int] = set()
        if moved:
            self.spent += min(len(moved), meanwhile.BULK_NAMED)
            held = await meanwhile.hold(run, moved)
        for chunk in burst:
            chunk = [entry for entry in chunk if entry.id not in held]
            if not chunk:
                continue
            await wait_for_turn(run.connector, run.cancel, bulk=True)
            if run.cancel.is_set():
                self.chunks.appendleft(chunk)
                continue
            await run._send_chunk(chunk)
            self.spent += 1
            run._progress()

    # -- confirming ------------------------------------------------------------------------

    async def _read_source(self, wanted: set[str], *, first_only: bool) -> Reading:
        """The source's listing read for `wanted`. With nothing to send, its first page comes
        alone first: if it still shows an order of a chunk the queue has not run, no later
        chunk has run either (queues run in order), and the pages below would only be read
        again after the wait."""
        run = self.run
        if first_only:
            first = await read_newest_first(
                run.connector, self.source, wanted, priority=run.priority, max_pages=1
            )
            self.spent += first.pages
            waiting = any(
                oid in first.found and sent.queued and sent.sequence > run.ran_upto
                for oid, sent in run.awaiting.items()
            )
            unsettled = wanted - first.found.keys() - first.absent
            if waiting or not unsettled:
                return first
        reading = await read_newest_first(run.connector, self.source, wanted, priority=run.priority)
        self.spent += reading.pages
        return reading

    async def _wait(self, seconds: float) -> None:
        if seconds > 0 and not self.run.cancel.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.run.cancel.wait(), seconds)

    async def _let_the_queue_run(self) -> None:
        """Read the source only once the queue has had its time for the newest chunk: a
        reading before then shows the orders still there and is paid again."""
        sent = [s.sent_at for s in self.run.awaiting.values() if s.queued]
        if sent:
            await self._wait(max(sent) + self.pace - self.run.service.clock())

    async def _settle(self, reading: Reading) -> None:
        """What a reading of the source proves of the orders sent and not yet settled."""
        run, service = self.run, self.run.service
        now = service.clock()
        gone = [oid for oid in run.awaiting if oid in reading.absent]
        for oid in gone:
            sent = run.awaiting.pop(oid)
            run.ran_upto = max(run.ran_upto, sent.sequence)
            run.reached.add(sent.sequence)
            self.left[oid] = sent
        if any(
            s.queued and s.sequence > run.ran_upto and oid in reading.found
            for oid, s in run.awaiting.items()
        ):
            # A chunk the queue has not run yet: its delay is longer than waited for.
            newest = max(s.sent_at for s in run.awaiting.values())
            self.pace = min(service.settle_timeout, max(self.pace, PACE_GROWTH * (now - newest)))
        settled_missing: list[_Sent] = []
        resend: list[_Sent] = []
        for oid in list(run.awaiting):
            sent = run.awaiting[oid]
            if oid not in reading.found:
                continue  # not reached by this reading
            if run.viable.get(oid) is False and sent.sequence in run.reached:
                settled_missing.append(run.awaiting.pop(oid))  # the queue skips it
            elif sent.sequence <= run.ran_upto:
                # Its chunk ran (others of it left), and it is still here: one more look.
                if sent.ran_seen_at is None:
                    sent.ran_seen_at = now
                elif now - sent.ran_seen_at >= service.first_check_delay:
                    if sent.sequence in run.reached:
                        settled_missing.append(run.awaiting.pop(oid))
                    else:
                        resend.append(run.awaiting.pop(oid))
            elif now - sent.sent_at > run._settle_timeout():
                await run._overdue(oid, resend)
        if settled_missing:
            unexplained = [s for s in settled_missing if s.entry.order_id not in run.reasons]
            self.spent += min(len(unexplained), READBACK_GETS)
            await run._settle_missing(settled_missing)
        if resend:
            entries = [sent.entry for sent in resend]
            await run._set(
                entries, EntryState.PENDING, translate("Bulk", "lost in flight and never applied")
            )
            await run._requeue(entries, translate("Bulk", "lost in flight"))
        if run.awaiting and not self.chunks and not run.queue:
            newest = max(s.sent_at for s in run.awaiting.values())
            due = newest + self.pace - service.clock()
            await self._wait(due if due > 0 else service.first_check_delay)

    async def _confirm_in_target(self) -> None:
        """The orders that left the source: met in the target, proven elsewhere, or unread."""
        if not self.left:
            return
        run = self.run
        target = run.change.status_code
        statuses = await run.service.db.run(run.service.cache.statuses, run.plan.account_id)
        self.target_name = next((s.name for s in statuses if s.code == target), target)
        allowance = math.ceil(REQUESTS_PER_THOUSAND * run.plan.total / 1000) - self.spent
        reading = Reading()
        try:
            reading = await read_newest_first(
                run.connector,
                target,
                set(self.left),
                priority=run.priority,
                max_pages=max(1, allowance),
            )
        except errors.ApiError as error:
            log.info("bulk change: reading the target status failed: %s", error)
        there = [oid for oid in self.left if oid in reading.found]
        if there:
            await self._store([reading.found[oid] for oid in there])
            await run._confirm([self.left.pop(oid) for oid in there])
        elsewhere = [self.left.pop(oid) for oid in list(self.left) if oid in reading.absent]
        if elsewhere:
            await self._moved_elsewhere(elsewhere)
        if self.left:
            await self._left_source(list(self.left.values()), reading)
            self.left.clear()

    async def _moved_elsewhere(self, sents: list[_Sent]) -> None:
        run = self.run
        cached = await run.service.db.run(
            run.service.cache.get_many, run.plan.account_id, [s.entry.order_id for s in sents]
        )
        confirmed: list[_Sent] = []
        for index, sent in enumerate(sents):
            oid = sent.entry.order_id
            reason = translate("Bulk", MOVED_ELSEWHERE).format(
                source=self.source_name, target=self.target_name
            )
            if index < meanwhile.BULK_NAMED:
                try:
                    detail = await run.connector.get_order(oid, priority=run.priority)
                except errors.ApiError:
                    detail = None
                if detail is not None:
                    await self._store([detail.order])
                    if detail.order.status_code == run.change.status_code:
                        confirmed.append(sent)  # met in the target after all
                        continue
                    reason = meanwhile.held_reason(cached.get(oid), detail)
            run.report.changed_ids.add(oid)
            await run._set([sent.entry], EntryState.FAILED, reason)
            run.report.add(OrderResult(oid, Outcome.NOT_APPLIED, reason))
        if confirmed:
            await run._confirm(confirmed)

    async def _left_source(self, sents: list[_Sent], reading: Reading) -> None:
        """Confirmed by leaving the source, and said so; the cache shows them in the target
        (the next refresh reads the target's listing, whose count moved, and corrects any)."""
        run, service = self.run, self.run.service
        status = self._target_status(reading)
        reason = translate("Bulk", LEFT_SOURCE).format(source=self.source_name, target=status.name)
        ids = [s.entry.order_id for s in sents]
        cached = await service.db.run(service.cache.get_many, run.plan.account_id, ids)
        await self._store([dataclasses.replace(order, status=status) for order in cached.values()])
        await run._set([s.entry for s in sents], EntryState.CONFIRMED, reason)
        for oid in ids:
            run.report.add(OrderResult(oid, Outcome.APPLIED, reason))

    def _target_status(self, reading: Reading) -> OrderStatus:
        code = self.run.change.status_code
        for order in reading.found.values():
            if order.status is not None and order.status.code == code:
                return order.status
        return OrderStatus(code, self.target_name)

    async def _store(self, orders: list[Order]) -> None:
        if not orders:
            return
        service = self.run.service
        changed = await service.db.run(
            service.cache.upsert_orders, self.run.plan.account_id, orders
        )
        self.run.report.changed_ids.update(changed)
