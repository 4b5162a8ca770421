"""Bulk status changes through a queued bulk endpoint, confirmed economically.

Orders go out in chunks of the backend's bulk maximum as fast as the rate limits allow. The
server applies each chunk later, silently skipping orders it will not change, so every order is
confirmed by reading the target status's listing (a page holds a hundred orders; a GET per
order would spend the minute's budget on fifty). Queues run chunks in order, so once any order
of a chunk shows the new status, that chunk and every earlier one has run: an order still
missing from them was not applied. A chunk whose request was lost in flight and never shows up
is sent again, which is safe because the queue skips orders that already have the status.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from approval_console.connectors.base import Connector
from approval_console.connectors.ratelimit import Priority
from approval_console.core import errors
from approval_console.core.domain import Order
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.services import meanwhile
from approval_console.services.bulk_plan import NOT_VIABLE, BulkPlan, BulkProgress
from approval_console.services.change_desk import REFUSED, ChangeDesk, outcome_unknown
from approval_console.services.outcomes import ChangeReport, OrderResult, Outcome, describe_error
from approval_console.services.sync import start_page
from approval_console.services.viability import (
    forget_contradicted,
    judge,
    probe_allowance,
    prove,
)
from approval_console.store.journal import EntryState, JournalEntry

log = logging.getLogger(__name__)

READBACK_GETS = 25
CHUNK_ATTEMPTS = 4
# Kept in English and translated where said, so that a report can be asked which they are.
STILL_CHECKING = QT_TRANSLATE_NOOP(
    "Bulk", "Queued; the server had not applied it yet. Still checking."
)
GAVE_UP_CHECKING = QT_TRANSLATE_NOOP(
    "Bulk", "Queued, but the server had not applied it; checked again at the next start."
)


async def wait_for_turn(connector: Connector, cancel: asyncio.Event, *, bulk: bool) -> None:
    """Wait until the rate limits let one more change go, or until asked to stop.

    The limiter inside a request would wait just as long, but deaf to a stop: a change still
    waiting for its slot (up to a minute) when the person stops would go out afterwards.
    Waiting here first, it is not sent at all.
    """
    delay = connector.estimate_seconds(0, 1) if bulk else connector.estimate_seconds(1)
    if delay > 0 and not cancel.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(cancel.wait(), delay)


@dataclass
class _Sent:
    """An order whose chunk went out, awaiting its confirmation."""

    sequence: int
    sent_at: float
    queued: bool
    entry: JournalEntry
    ran_seen_at: float | None = None


class BulkRun:
    """One execution of a plan: a sender task and a confirming loop sharing this state.

    The run owns its journal entries while it lives (`ChangeDesk.live`): nothing else in
    this process (a reconcile after switching accounts, a resume) may move them.
    """

    def __init__(
        self,
        service: ChangeDesk,
        connector: Connector,
        plan: BulkPlan,
        *,
        on_progress: Callable[[BulkProgress], None] | None = None,
        cancel: asyncio.Event | None = None,
    ) -> None:
        self.service = service
        self.connector = connector
        self.plan = plan
        self.change = plan.change
        self.on_progress = on_progress
        self.cancel = cancel or asyncio.Event()
        self.report = ChangeReport()
        self.queue: deque[list[JournalEntry]] = deque()
        self.awaiting: dict[str, _Sent] = {}
        self.late: dict[str, _Sent] = {}  # queued, not applied when the run ended: followed
        self.attempts: dict[str, int] = {}
        self.sequence = 0
        self.ran_upto = -1
        self.reached: set[int] = set()  # chunks known to have reached the queue
        self.queue_latency: float | None = None  # longest seen from acceptance to applied
        self.sent_ids: set[str] = set()  # orders sent at least once (a resend is not another)
        self.activity = asyncio.Event()
        self.sender: asyncio.Task[None] | None = None
        self.viable: dict[str, bool] = dict(plan.viable)
        self.reasons: dict[str, str] = dict(plan.not_viable)
        self.entries: list[JournalEntry] = []
        self.following = False
        self.priority = Priority.INTERACTIVE
        self.heads: dict[int, str] = {}  # first id of each page of the target's listing read
        # Orders seen leaving the one status they were all in, their target not read yet
        # (`services.bulk_source`): shown as applied while the run goes on.
        self.left_source: dict[str, _Sent] = {}

    # -- orchestration ---------------------------------------------------------------------

    async def execute(self) -> ChangeReport:
        """Send and confirm every order; whatever goes wrong, each order ends with a result."""
        service = self.service
        for oid in self.plan.already:
            self.report.add(
                OrderResult(oid, Outcome.SKIPPED, translate("Bulk", "already has this status"))
            )
        entries = list(self.plan.entries)
        if not entries and self.plan.to_send:
            batch_id = await service.db.run(
                service.journal.new_batch,
                self.plan.account_id,
                f"status → {self.change.status_code} on {len(self.plan.to_send)} orders",
            )
            self.report.batch_id = batch_id
            entries = await service.db.run(
                service.journal.record,
                self.plan.account_id,
                list(self.plan.to_send),
                self.change,
                batch_id=batch_id,
                before=self.plan.before,
            )
        self.entries = entries
        service.live.update(entry.id for entry in entries)
        try:
            check = self.plan.check
            if check is not None and check.source is not None:
                # Imported here: that module builds on this one.
                from approval_console.services.bulk_source import SourceRun

                await SourceRun(self, check.source, check.source_name).execute(entries)
            else:
                entries = await meanwhile.hold_back(self, entries)
                size = self.connector.capabilities.bulk_max
                for start in range(0, len(entries), size):
                    self.queue.append(entries[start : start + size])
                self._ensure_sender()
                await self._confirm_loop()
        except Exception as error:  # every order still gets a truthful end
            log.exception("bulk run stopped by an unexpected error")
            await self._abandon(error)
        finally:
            if self.sender is not None and not self.sender.done():
                self.sender.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self.sender
        if self.report.batch_id and not self.late:
            await service.db.run(service.journal.finish_batch, self.report.batch_id)
        self._progress(done=True)
        return self.report

    def release(self) -> None:
        """The run is over (followed to the end, or given up): its entries are no longer live."""
        self.service.live.difference_update(entry.id for entry in self.entries)

    async def _abandon(self, error: BaseException) -> None:
        """An error that is not the server's stopped the run: say what each order's state is.

        Orders sent and not confirmed may have been applied: unknown, for the next start to
        read back. Orders still waiting to go out were not sent: pending, for the person to
        resume or discard. No entry stays `sent`, which would claim a request in flight.
        """
        reason = translate(
            "Bulk", "The change stopped on an error in this program ({reason})."
        ).format(reason=describe_error(error))
        if self.sender is not None and not self.sender.done():
            self.sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.sender
        self.awaiting.clear()
        self.late.clear()
        self.queue.clear()
        self.left_source.clear()
        journal, ids = self.service.journal, [entry.id for entry in self.entries]
        current = await self.service.db.run(lambda: [journal.get(i) for i in ids])
        for entry in current:
            if entry is None:
                continue
            if entry.state is EntryState.SENT:
                await self._set([entry], EntryState.UNKNOWN, reason)
            if entry.state in (EntryState.SENT, EntryState.UNKNOWN):
                self.report.add(OrderResult(entry.order_id, Outcome.UNKNOWN, reason))
            elif entry.state is EntryState.PENDING:
                self.report.add(OrderResult(entry.order_id, Outcome.NOT_SENT, reason))

    def _ensure_sender(self) -> None:
        if self.queue and (self.sender is None or self.sender.done()):
            self.sender = asyncio.create_task(self._send_all())

    def _sender_busy(self) -> bool:
        return self.sender is not None and not self.sender.done()

    def _progress(self, *, done: bool = False) -> None:
        if self.on_progress is None:
            return
        counts = self.report.counts()
        waiting_chunks = len(self.queue)
        pages = max(1, math.ceil(len(self.awaiting) / self.connector.capabilities.max_page_size))
        eta = (
            0.0
            if done
            else (
                self.connector.estimate_seconds(pages, waiting_chunks)
                + self.service.first_check_delay
            )
        )
        self.on_progress(
            BulkProgress(
                total=self.plan.total,
                sent=len(self.sent_ids),
                applied=counts[Outcome.APPLIED] + len(self.left_source),
                not_applied=counts[Outcome.NOT_APPLIED]
                + counts[Outcome.NOT_SENT]
                + counts[Outcome.CHANGED_MEANWHILE],
                unknown=counts[Outcome.UNKNOWN],
                skipped=counts[Outcome.SKIPPED],
                eta_seconds=eta,
                done=done,
            )
        )

    async def _set(
        self, entries: Sequence[JournalEntry], state: EntryState, reason: str | None = None
    ) -> None:
        service = self.service
        await service.db.run(
            service.journal.transition,
            [entry.id for entry in entries],
            state,
            reason=reason,
            at=service.clock(),
        )

    # -- sending -----------------------------------------------------------------------------

    async def _send_all(self) -> None:
        while self.queue:
            await wait_for_turn(self.connector, self.cancel, bulk=True)
            chunk = self.queue.popleft()
            if self.cancel.is_set():
                await self._set(
                    chunk, EntryState.FAILED, translate("Bulk", "canceled before sending")
                )
                canceled = translate("Bulk", "canceled")
                for entry in chunk:
                    self.report.add(OrderResult(entry.order_id, Outcome.NOT_SENT, canceled))
                continue
            await self._send_chunk(chunk)
            self.activity.set()
            self._progress()

    async def _send_chunk(self, chunk: list[JournalEntry]) -> None:
        service = self.service
        ids = [entry.order_id for entry in chunk]
        await self._set(chunk, EntryState.SENT)
        sequence = self.sequence
        self.sequence += 1
        try:
            await self.connector.bulk_change_status(ids, self.change)
        except errors.ApiError as error:
            sent_at = service.clock()  # the queue's clock starts when the request got there
            reason = describe_error(error)
            if isinstance(error, REFUSED):
                await self._set(chunk, EntryState.FAILED, reason)
                for oid in ids:
                    self.report.add(OrderResult(oid, Outcome.NOT_APPLIED, reason))
                return
            if outcome_unknown(error):
                await self._unsure(chunk, sequence, sent_at, reason)
                return
            await self._set(chunk, EntryState.PENDING, reason)
            await self._requeue(chunk, reason)
            return
        except Exception as error:  # not the server's answer: prove, never guess
            # Whether the request left is not known: confirm it as any unanswered request is.
            log.exception("bulk request failed in this program")
            await self._unsure(chunk, sequence, service.clock(), describe_error(error))
            return
        sent_at = service.clock()
        self.reached.add(sequence)
        for entry in chunk:
            self.awaiting[entry.order_id] = _Sent(sequence, sent_at, True, entry)
            self.sent_ids.add(entry.order_id)

    async def _unsure(
        self, chunk: list[JournalEntry], sequence: int, sent_at: float, reason: str
    ) -> None:
        """A chunk that may or may not have reached the queue: read back before any resend."""
        await self._set(chunk, EntryState.UNKNOWN, reason)
        for entry in chunk:
            self.awaiting[entry.order_id] = _Sent(sequence, sent_at, False, entry)
            self.sent_ids.add(entry.order_id)

    async def _requeue(self, entries: list[JournalEntry], reason: str) -> None:
        """Entries proven unsent go out again, a few times at most, never more than a bulk
        request takes (lost chunks are resent together: two of them are twice its limit)."""
        again: list[JournalEntry] = []
        for entry in entries:
            tries = self.attempts.get(entry.order_id, 0) + 1
            self.attempts[entry.order_id] = tries
            if tries < CHUNK_ATTEMPTS:
                again.append(entry)
            else:
                self.report.add(OrderResult(entry.order_id, Outcome.NOT_SENT, reason))
                await self._set([entry], EntryState.FAILED, reason)
        size = self.connector.capabilities.bulk_max
        for start in range(0, len(again), size):
            self.queue.append(again[start : start + size])

    # -- confirming ----------------------------------------------------------------------------

    async def _confirm_loop(self) -> None:
        service = self.service
        interval = service.first_check_delay
        while True:
            if not self.awaiting:
                if self.queue:
                    self._ensure_sender()
                if not self._sender_busy() and not self.queue:
                    return
                self.activity.clear()
                await self._wait_activity(None)
                continue
            # One read per burst: once the newest chunk has had the queue's time (after the
            # first burst, its observed pace: a read before the queue applies a burst finds
            # nothing and is read again), and while the next chunk waits for the rate limit. A
            # read between chunks going out back to back would read the same pages again a
            # second later, a page per hundred orders each time.
            latest = max(sent.sent_at for sent in self.awaiting.values())
            pace = max(service.first_check_delay, self.queue_latency or 0.0)
            wait = latest + pace - service.clock()
            if wait <= 0 and self.queue and self._sender_busy():
                soon = self.connector.estimate_seconds(0, 1)
                if soon <= 2 * service.first_check_delay:
                    wait = max(soon, 0.05)  # the chunk going out wakes this up
            if wait > 0:
                self.activity.clear()
                await self._wait_activity(wait)
                continue
            try:
                await self._scan()
                interval = service.first_check_delay
            except errors.ApiError as error:
                log.info("bulk confirmation read failed: %s", error)
                interval = min(interval * 2, 10.0)
            self._progress()
            if self.awaiting:
                self.activity.clear()
                await self._wait_activity(interval)
            if self.queue:
                self._ensure_sender()

    async def _wait_activity(self, timeout: float | None) -> None:
        waiters: list[asyncio.Future[Any]] = [asyncio.ensure_future(self.activity.wait())]
        if self.sender is not None and not self.sender.done():
            waiters.append(self.sender)
        done, pending = await asyncio.wait(
            waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
        )
        for waiter in pending:
            if waiter is not self.sender:
                waiter.cancel()
        for waiter in done:
            error = waiter.exception() if waiter is self.sender else None
            if error is not None:
                raise error

    async def _scan(self) -> None:
        """Read the target status's listing once and settle what it proves."""
        service = self.service
        wanted = set(self.awaiting)
        found = await service.sync.orders_in_status(
            self.connector,
            self.change.status_code,
            wanted=wanted,
            priority=self.priority,
            start=start_page(self.heads, wanted),
            heads=self.heads,
        )
        applied = [oid for oid in wanted if oid in found]
        if applied:
            changed = await service.db.run(
                service.cache.upsert_orders, self.plan.account_id, [found[oid] for oid in applied]
            )
            self.report.changed_ids.update(changed)
            seen_at = service.clock()
            for oid in applied:
                sent = self.awaiting[oid]
                self.ran_upto = max(self.ran_upto, sent.sequence)
                self.reached.add(sent.sequence)
                latency = seen_at - sent.sent_at
                self.queue_latency = max(self.queue_latency or 0.0, latency)
            await self._confirm([self.awaiting.pop(oid) for oid in applied])
            taken = [found[oid] for oid in applied]
            await forget_contradicted(
                service,
                self.plan.account_id,
                [order for order in taken if self.viable.get(order.id) is False],
            )
            await prove(service, self.plan.account_id, self.change.status_code, taken, ())

        now = service.clock()
        settled_missing: list[_Sent] = []
        resend: list[_Sent] = []
        unprobed: list[str] = []
        for oid in list(self.awaiting):
            sent = self.awaiting[oid]
            if self.viable.get(oid) is False and sent.sequence in self.reached:
                # The queue has it and will skip it; no need to wait for the queue. (One whose
                # request was lost goes out again below like any other: a probe is no proof.)
                settled_missing.append(self.awaiting.pop(oid))
            elif sent.sequence <= self.ran_upto:
                # Its chunk ran, if it ever reached the queue; give a slow queue one more look.
                if sent.ran_seen_at is None:
                    sent.ran_seen_at = now
                elif now - sent.ran_seen_at >= service.first_check_delay:
                    if sent.sequence in self.reached:
                        settled_missing.append(self.awaiting.pop(oid))
                    else:
                        resend.append(self.awaiting.pop(oid))
            elif self.following:
                continue  # only the queue running (or the follow-up's end) settles it now
            elif now - sent.sent_at > self._settle_timeout():
                await self._overdue(oid, resend)
            elif oid not in self.viable and now - sent.sent_at > 3 * service.first_check_delay:
                unprobed.append(oid)
        spare = 0 if self.following else self._spare_requests()
        if unprobed and spare:
            # A chunk that shows nothing may hold only orders that cannot take the status.
            cached = await service.db.run(service.cache.get_many, self.plan.account_id, unprobed)
            answers = (
                await judge(
                    service, self.connector, unprobed, cached, self.change.status_code, spare
                )
            ).answers
            self.viable.update(answers)
            self.reasons.update(
                {oid: translate("Bulk", NOT_VIABLE) for oid, ok in answers.items() if not ok}
            )
        if settled_missing:
            await self._settle_missing(settled_missing)
        if resend:
            entries = [sent.entry for sent in resend]
            await self._set(
                entries, EntryState.PENDING, translate("Bulk", "lost in flight and never applied")
            )
            await self._requeue(entries, translate("Bulk", "lost in flight"))

    def _spare_requests(self) -> int:
        """How many extra probes the run may ask now. Never the last third of the limit's
        budget: a slow queue would otherwise have the probes spend it all, and the person's
        own reads while the change runs (an order's history) would wait for the next window."""
        budget = self.connector.budget()
        spare = budget.remaining - budget.limit // 3
        return max(0, min(probe_allowance(self.service, self.connector), spare))

    async def _overdue(self, oid: str, resend: list[_Sent]) -> None:
        """An order not confirmed within the settle time: still checking (later, in the
        background) if the queue took its request, else sent again."""
        sent = self.awaiting.pop(oid)
        if not sent.queued:
            resend.append(sent)
            return
        await self._set(
            [sent.entry], EntryState.UNKNOWN, translate("Bulk", "the queue has not run it")
        )
        self.report.add(OrderResult(oid, Outcome.UNKNOWN, translate("Bulk", STILL_CHECKING)))
        self.late[oid] = sent

    def _settle_timeout(self) -> float:
        """How long a chunk may show nothing: a few times the queue's observed pace, capped."""
        limit = self.service.settle_timeout
        if self.queue_latency is None:
            return limit
        return min(limit, max(4 * self.queue_latency, 3 * self.service.first_check_delay))

    async def _confirm(self, sents: Sequence[_Sent]) -> None:
        await self._set([sent.entry for sent in sents], EntryState.CONFIRMED)
        for sent in sents:
            self.report.add(OrderResult(sent.entry.order_id, Outcome.APPLIED))

    async def _settle_missing(self, sents: Sequence[_Sent]) -> None:
        """Orders of chunks that ran but never showed the status: find out why, cheaply."""
        unexplained = [s for s in sents if s.entry.order_id not in self.reasons]
        reasons: dict[str, str] = dict(self.reasons)
        applied: list[_Sent] = []
        contradicted: list[Order] = []
        skipped: list[Order] = []
        for sent in unexplained[:READBACK_GETS]:
            oid = sent.entry.order_id
            try:
                detail = await self.connector.get_order(oid, priority=self.priority)
            except errors.NotFoundError:
                reasons[oid] = translate("Bulk", "The order no longer exists.")
                continue
            except errors.ApiError:
                reasons[oid] = translate("Bulk", "The server's queue did not apply it.")
                continue
            await self.service.db.run(
                self.service.cache.upsert_orders, self.plan.account_id, [detail.order]
            )
            if detail.order.status_code == self.change.status_code:
                applied.append(sent)
            else:
                reasons[oid] = translate(
                    "Bulk", "The server's queue skipped it (status not available)."
                )
                if self.viable.get(oid) is True:
                    contradicted.append(detail.order)
                if detail.order.status_code == self.plan.before.get(oid):
                    skipped.append(detail.order)  # not moved by anyone: its tags refuse it
        if applied:
            await self._confirm(applied)
        await forget_contradicted(self.service, self.plan.account_id, contradicted)
        await prove(self.service, self.plan.account_id, self.change.status_code, (), skipped)
        applied_ids = {sent.entry.order_id for sent in applied}
        for sent in sents:
            oid = sent.entry.order_id
            if oid in applied_ids:
                continue
            reason = reasons.get(oid) or translate("Bulk", "The server's queue did not apply it.")
            await self._set([sent.entry], EntryState.FAILED, reason)
            self.report.add(OrderResult(oid, Outcome.NOT_APPLIED, reason))

    # -- following a slow queue ------------------------------------------------------------------

    async def follow(self, on_update: Callable[[ChangeReport], None] | None = None) -> None:
        """Keep confirming orders the queue took but had not applied when the run ended.

        A queue slower than the settle time would otherwise leave them unknown until the next
        start. This reads the target status's listing, as the run does, but at background
        priority, ever less often (the first look soon, then backing off to a cap), and only
        while the rate budget has more than its last third spare, so the person's own work
        never waits for it. Each answer updates the journal and the run's report, and
        `on_update` gets the report; after `service.follow_for` seconds the rest stay unknown
        for the next start to read back.
        """
        service = self.service
        self.following = True
        self.priority = Priority.BACKGROUND
        self.awaiting.update(self.late)
        self.late.clear()
        started = service.clock()
        interval = service.follow_first
        while self.awaiting and service.clock() - started < service.follow_for:
            await asyncio.sleep(interval)
            interval = min(interval * 2, service.follow_max)
            if self._spare_requests() == 0:
                continue
            before = dict(self.report.results)
            try:
                await self._scan()
            except errors.ApiError as error:
                log.info("following a bulk change: read failed: %s", error)
                continue
            if self.report.results != before and on_update is not None:
                on_update(self.report)
        for oid in self.awaiting:  # their entries stay unknown: the next start reads them back
            self.report.add(OrderResult(oid, Outcome.UNKNOWN, GAVE_UP_CHECKING))
        if self.awaiting and on_update is not None:
            on_update(self.report)
        self.awaiting.clear()
        if self.report.batch_id:
            await service.db.run(service.journal.finish_batch, self.report.batch_id)
