"""Single and bulk changes: plan, journal, send, confirm, reconcile.

Every change is written to the journal before it is sent. A request whose outcome cannot be known
(a dropped connection, a 5xx, a crash) is never sent again blindly: that could email a customer
twice. The order is re-read first, and only a change proven absent is sent again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from approval_console.connectors.base import Connector
from approval_console.connectors.ratelimit import Priority
from approval_console.core import errors
from approval_console.core.changes import (
    Change,
    CommentChange,
    CreateWebhook,
    DeleteWebhook,
    DueDateChange,
    OrderAction,
    StatusChange,
)
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Order
from approval_console.core.history import HistoryEvent, HistoryKind
from approval_console.core.i18n import translate
from approval_console.services import meanwhile
from approval_console.services.billing_checks import billing_applied, order_action_applied
from approval_console.services.bulk import BulkRun, wait_for_turn
from approval_console.services.bulk_plan import BulkPlan, BulkProgress, plan_bulk
from approval_console.services.change_desk import (
    REFUSED,
    ChangeDesk,
    idempotency_key,
    outcome_unknown,
)
from approval_console.services.outcomes import ChangeReport, OrderResult, Outcome, describe_error
from approval_console.store.journal import EntryState, JournalEntry

log = logging.getLogger(__name__)

# A matching history event this little before our own send time is never proof (it may be
# someone else's), but neither does it prove our change absent: a server clock behind ours.
CLOCK_SKEW = timedelta(minutes=2)
SINGLE_ATTEMPTS = 4


def was_applied(
    change: Change,
    detail: OrderDetail,
    since: datetime,
    *,
    before: OrderDetail | None = None,
    before_status: str | None = None,
) -> bool | None:
    """Does the re-read order prove the change happened? True: it shows what only our send can
    explain; False: it shows the change absent (safe to send again); None: cannot tell.

    `before` is the order read just before the send: an event already there is never ours.
    Without it (after a restart) only events dated at or after the send (`since`) count, and
    the current state must be the change's.
    """
    order = detail.order
    if isinstance(change, CreateWebhook | DeleteWebhook):
        return None  # an order tells nothing of the merchant's webhooks (services.merchant)
    if not isinstance(change, StatusChange | CommentChange | DueDateChange):
        if detail.billing is not None:
            return billing_applied(
                change,
                detail.billing,
                since,
                before=before.billing if before is not None else None,
                before_status=before_status,
            )
        if not isinstance(change, OrderAction):
            return False
        return order_action_applied(
            change,
            order,
            before=before.order if before is not None else None,
            before_status=before_status,
        )
    if isinstance(change, DueDateChange):
        if not _due_shown(change, order):
            return False
        # A due date emails nobody: without a before-picture the state asked for is enough.
        return None if before is not None and _due_shown(change, before.order) else True
    kind = HistoryKind.STATUS_CHANGE if isinstance(change, StatusChange) else HistoryKind.COMMENT

    def matches(event: HistoryEvent) -> bool:
        if event.kind is not kind:
            return False
        if isinstance(change, StatusChange):
            if event.status_code != change.status_code:
                return False
            return not change.comment or (event.comment or "") == change.comment
        return (event.comment or "") == change.comment

    ours = [event for event in _new_events(detail, before, since) if matches(event)]
    if isinstance(change, StatusChange):
        at_target = order.status_code == change.status_code
        if not detail.history and (before is None or not before.history):
            prior = before.order.status_code if before is not None else before_status
            if not at_target:
                return False
            return True if prior is not None and prior != change.status_code else None
        if ours:
            # Ours, unless something moved the order on since: then whose is uncertain.
            return True if at_target else None
        if at_target:
            return None  # someone else's change, or a history that has not caught up
    elif ours:
        return True
    if before is None and any(
        matches(event) and since - CLOCK_SKEW <= event.created_at < since
        for event in detail.history
    ):
        return None  # just before our send: a server clock behind ours, or someone else
    return False


def _due_shown(change: DueDateChange, order: Order) -> bool:
    if change.due_date is None:
        return order.due_date is None
    return order.due_date == change.due_date and (
        change.due_date_to is None or order.due_date_to == change.due_date_to
    )


def _new_events(
    detail: OrderDetail, before: OrderDetail | None, since: datetime
) -> list[HistoryEvent]:
    """History events that were not there before the send."""
    if before is None:
        return [event for event in detail.history if event.created_at >= since]
    earlier = Counter(_identity(event) for event in before.history)
    fresh: list[HistoryEvent] = []
    for event in detail.history:
        if earlier[_identity(event)]:
            earlier[_identity(event)] -= 1
        else:
            fresh.append(event)
    return fresh


def _identity(event: HistoryEvent) -> tuple[object, ...]:
    """An event as it stays between two reads (its email's delivery state may move on)."""
    return (event.kind, event.created_at, event.status_code, event.comment, event.actor)


@dataclass(frozen=True, slots=True)
class SingleResult:
    result: OrderResult
    detail: OrderDetail | None = None


class ChangeService(ChangeDesk):
    """Carries every change through the journal to the server and back into the cache."""

    # -- single changes --------------------------------------------------------------------

    async def apply(
        self,
        connector: Connector,
        order_id: str,
        change: Change,
        *,
        seen: Order | None = None,
        check: bool = True,
    ) -> SingleResult:
        """Journal one change on one order, send it, and make sure of the outcome.

        `seen` is the order as the person saw it (the cached row when not given). The order
        is read just before sending: where it moved on since (another operator), the change is
        held back, unless `check` is off (the person chose to apply it anyway).
        """
        account_id = connector.account.id
        if seen is None:
            seen = await self.db.run(self.cache.get, account_id, order_id)
        before = {order_id: seen.status_code if seen else None}
        [entry] = await self.db.run(
            self.journal.record, account_id, [order_id], change, before=before
        )
        with self.owning([entry]):
            return await self._checked_send(connector, entry, seen, check)

    @contextlib.contextmanager
    def owning(self, entries: Sequence[JournalEntry]) -> Iterator[None]:
        """While a change is carried, its entries are this process's (`live`): switching
        accounts and back reconciles the journal, and must not take a request in flight
        for one left by a crash."""
        ids = [entry.id for entry in entries]
        self.live.update(ids)
        try:
            yield
        finally:
            self.live.difference_update(ids)

    async def _checked_send(
        self, connector: Connector, entry: JournalEntry, seen: Order | None, check: bool
    ) -> SingleResult:
        """Read the order (the one extra read), hold the change back if it moved on, or send
        it with that read as the picture of before, which verification needs."""
        try:
            current = await connector.get_order(entry.order_id, priority=Priority.INTERACTIVE)
        except errors.NotFoundError as error:
            reason = describe_error(error)
            await self._transition(entry, EntryState.FAILED, reason)
            return SingleResult(OrderResult(entry.order_id, Outcome.NOT_APPLIED, reason))
        except errors.ApiError as error:
            if check and meanwhile.decides(entry.change):
                reason = translate(
                    "Changes", "not sent: the order could not be checked first ({reason})"
                ).format(reason=describe_error(error))
                await self._transition(entry, EntryState.FAILED, reason)
                return SingleResult(OrderResult(entry.order_id, Outcome.NOT_SENT, reason))
            return await self._send_single(connector, entry)
        await self._store_detail(connector.account.id, current)
        if check and meanwhile.moved_on(entry.change, seen, current.order):
            reason = meanwhile.held_reason(seen, current)
            await self._transition(entry, EntryState.FAILED, reason)
            return SingleResult(
                OrderResult(entry.order_id, Outcome.CHANGED_MEANWHILE, reason), current
            )
        return await self._send_single(connector, entry, before=current)

    async def apply_many(
        self,
        connector: Connector,
        order_ids: Sequence[str],
        change: Change,
        *,
        description: str,
        on_progress: Callable[[int, int], None] | None = None,
        cancel: asyncio.Event | None = None,
        seen: Mapping[str, Order] | None = None,
        check: bool = True,
    ) -> ChangeReport:
        """One change on many orders, one request each, for backends without a bulk endpoint.

        The whole batch is journaled before the first request, so a crash midway leaves the rest
        pending for the person to resume or discard. Stopping marks the unsent rest failed.
        Each order is read just before its request and held back if it moved on since the
        person saw it (`seen`, else the cached rows), unless `check` is off.
        """
        account_id = connector.account.id
        cached = await self.db.run(self.cache.get_many, account_id, list(order_ids))
        if seen is not None:
            cached = {**cached, **{oid: seen[oid] for oid in order_ids if oid in seen}}
        before = {oid: order.status_code for oid, order in cached.items()}
        batch_id = await self.db.run(self.journal.new_batch, account_id, description)
        entries = await self.db.run(
            self.journal.record, account_id, order_ids, change, batch_id=batch_id, before=before
        )
        report = ChangeReport(batch_id=batch_id)
        with self.owning(entries):
            await self._send_each(connector, entries, cached, report, on_progress, cancel, check)
        await self.db.run(self.journal.finish_batch, batch_id)
        return report

    async def _send_each(
        self,
        connector: Connector,
        entries: Sequence[JournalEntry],
        seen: Mapping[str, Order],
        report: ChangeReport,
        on_progress: Callable[[int, int], None] | None,
        cancel: asyncio.Event | None,
        check: bool,
    ) -> None:
        """`apply_many`'s requests, one after another, until done or stopped."""
        for done, entry in enumerate(entries):
            if cancel is not None:
                await wait_for_turn(connector, cancel, bulk=False)
            if cancel is not None and cancel.is_set():
                rest = entries[done:]
                await self.db.run(
                    self.journal.transition,
                    [e.id for e in rest],
                    EntryState.FAILED,
                    reason=translate("Changes", "stopped before sending"),
                    at=self.clock(),
                )
                for skipped in rest:
                    report.add(OrderResult(skipped.order_id, Outcome.NOT_SENT, "stopped"))
                break
            outcome = await self._checked_send(connector, entry, seen.get(entry.order_id), check)
            report.add(outcome.result)
            report.changed_ids.add(entry.order_id)
            if on_progress is not None:
                on_progress(done + 1, len(entries))

    async def _send_single(
        self, connector: Connector, entry: JournalEntry, *, before: OrderDetail | None = None
    ) -> SingleResult:
        """Send, and after an unclear answer prove the outcome; `before` is the order read
        just before the send, when there is one (it makes the proof exact)."""
        for _attempt in range(SINGLE_ATTEMPTS):
            sent_at = self.clock()
            await self.db.run(self.journal.transition, [entry.id], EntryState.SENT, at=sent_at)
            try:
                await self._call(connector, entry)
            except REFUSED as error:
                reason = describe_error(error)
                await self._transition(entry, EntryState.FAILED, reason)
                return SingleResult(OrderResult(entry.order_id, Outcome.NOT_APPLIED, reason))
            except (errors.ApiError, ValueError) as error:
                reason = describe_error(error)
                if not outcome_unknown(error):
                    # Refused before any effect (429 after retries, no connection): safe to resend.
                    await self._transition(entry, EntryState.PENDING, reason)
                    return SingleResult(OrderResult(entry.order_id, Outcome.NOT_SENT, reason))
                await self._transition(entry, EntryState.UNKNOWN, reason)
                verdict, detail = await self._verify(connector, entry, sent_at, before=before)
                if verdict is None:
                    return SingleResult(
                        OrderResult(entry.order_id, Outcome.UNKNOWN, reason), detail
                    )
                if verdict:
                    await self._transition(entry, EntryState.CONFIRMED, None)
                    return SingleResult(OrderResult(entry.order_id, Outcome.APPLIED), detail)
                await self._transition(
                    entry, EntryState.PENDING, translate("Changes", "not applied; sending again")
                )
                before = detail or before  # the next attempt is judged against this read
                continue
            await self._transition(entry, EntryState.CONFIRMED, None)
            detail = await self._reread(connector, entry.order_id)
            return SingleResult(OrderResult(entry.order_id, Outcome.APPLIED), detail)
        reason = translate("Changes", "gave up after %n attempt(s)", "", SINGLE_ATTEMPTS)
        await self._transition(entry, EntryState.FAILED, reason)
        return SingleResult(OrderResult(entry.order_id, Outcome.NOT_APPLIED, reason))

    async def _call(self, connector: Connector, entry: JournalEntry) -> None:
        order_id, change = entry.order_id, entry.change
        if isinstance(change, StatusChange):
            await connector.change_status(order_id, change)
        elif isinstance(change, CommentChange):
            await connector.add_comment(order_id, change)
        elif isinstance(change, DueDateChange):
            await connector.set_due_date(order_id, change)
        elif isinstance(change, CreateWebhook | DeleteWebhook):
            raise TypeError("webhook changes are the merchant service's to send")
        else:
            await connector.perform(order_id, change, idempotency_key=idempotency_key(entry))

    async def _transition(self, entry: JournalEntry, state: EntryState, reason: str | None) -> None:
        await self.db.run(
            self.journal.transition, [entry.id], state, reason=reason, at=self.clock()
        )

    async def _reread(self, connector: Connector, order_id: str) -> OrderDetail | None:
        """Fetch the order after a change so the list and timeline show the server's truth."""
        try:
            detail = await connector.get_order(order_id, priority=Priority.INTERACTIVE)
        except errors.ApiError as error:
            log.info("could not re-read order %s after a change: %s", order_id, error)
            return None
        await self._store_detail(connector.account.id, detail)
        return detail

    async def _store_detail(self, account_id: str, detail: OrderDetail) -> None:
        await self.db.run(self.cache.upsert_orders, account_id, [detail.order])
        await self.db.run(self.cache.save_detail, account_id, detail)

    async def _verify(
        self,
        connector: Connector,
        entry: JournalEntry,
        sent_at: float,
        *,
        before: OrderDetail | None = None,
    ) -> tuple[bool | None, OrderDetail | None]:
        """Re-read the order: True applied, False proven not applied, None still unknown.

        With `before` (the order read just before the send) only what was not there then
        counts; without it (after a restart), only what is dated from the send on, and the
        entry's status before the change.
        """
        try:
            detail = await connector.get_order(entry.order_id, priority=Priority.INTERACTIVE)
        except errors.NotFoundError:
            return False, None
        except errors.ApiError as error:
            log.info("order %s could not be re-read: %s", entry.order_id, error)
            return None, None
        await self._store_detail(connector.account.id, detail)
        since = datetime.fromtimestamp(sent_at, UTC)
        verdict = was_applied(
            entry.change, detail, since, before=before, before_status=entry.before_status
        )
        return verdict, detail

    # -- bulk changes ----------------------------------------------------------------------

    async def plan_bulk(
        self, connector: Connector, order_ids: Sequence[str], change: StatusChange
    ) -> BulkPlan:
        return await plan_bulk(self, connector, order_ids, change)

    async def run_bulk(
        self,
        connector: Connector,
        plan: BulkPlan,
        *,
        on_progress: Callable[[BulkProgress], None] | None = None,
        cancel: asyncio.Event | None = None,
        on_late: Callable[[ChangeReport], None] | None = None,
    ) -> ChangeReport:
        """Send a planned bulk change and confirm every order; see `services.bulk`.

        Orders a slow queue had not applied when the run settled are reported unknown and
        followed in the background (`BulkRun.follow`): the same report object is updated as
        they are confirmed, and `on_late(report)` told each time.
        """
        run = BulkRun(self, connector, plan, on_progress=on_progress, cancel=cancel)
        try:
            report = await run.execute()
        except BaseException:
            run.release()
            raise
        if run.late:
            task = asyncio.create_task(self._follow(run, on_late))
            self.followers.add(task)
            task.add_done_callback(self.followers.discard)
        else:
            run.release()
        return report

    async def _follow(self, run: BulkRun, on_late: Callable[[ChangeReport], None] | None) -> None:
        try:
            await run.follow(on_late)
        except Exception:  # the entries stay unknown: the next start reads them back
            log.exception("following a bulk change failed")
        finally:
            run.release()

    async def followed(self) -> None:
        """Wait until every slow queue being followed has been settled (or given up on)."""
        while self.followers:
            await asyncio.gather(*self.followers, return_exceptions=True)

    async def stop_following(self) -> None:
        """Closing: stop following slow queues. Their entries stay unknown in the journal, and
        the next start reads them back as it does any change left in doubt."""
        for task in list(self.followers):
            task.cancel()
        await asyncio.gather(*self.followers, return_exceptions=True)

    async def unfinished(self, account_id: str) -> list[JournalEntry]:
        """Entries left unfinished by an interruption: the journal's, less those a live run
        of this process is carrying (they are not interrupted, only not finished yet)."""
        entries = await self.db.run(self.journal.unfinished, account_id)
        return [
            entry
            for entry in entries
            if entry.id not in self.live
            # Webhook changes are settled by the merchant service, from the endpoint list.
            and not isinstance(entry.change, CreateWebhook | DeleteWebhook)
        ]

    async def resume(self, connector: Connector, entries: Sequence[JournalEntry]) -> ChangeReport:
        """Send entries still pending after an interruption (the person chose to)."""
        report = ChangeReport()
        entries = [entry for entry in entries if entry.id not in self.live]
        status_entries = [
            entry
            for entry in entries
            if isinstance(entry.change, StatusChange) and connector.capabilities.bulk_status
        ]
        singles = [entry for entry in entries if entry not in status_entries]
        for entry in singles:
            with self.owning([entry]):
                outcome = await self._send_single(connector, entry)
            report.add(outcome.result)
            report.changed_ids.add(entry.order_id)
        by_change: dict[tuple[str | None, str], list[JournalEntry]] = {}
        for entry in status_entries:
            key = (entry.batch_id, repr(entry.change))
            by_change.setdefault(key, []).append(entry)
        for group in by_change.values():
            change = group[0].change
            assert isinstance(change, StatusChange)
            plan = BulkPlan.from_entries(connector.account.id, change, group)
            sub = await self.run_bulk(connector, plan)
            report.results.update(sub.results)
            report.changed_ids |= sub.changed_ids
        return report

    # -- reconciliation at start -----------------------------------------------------------

    async def reconcile(self, connector: Connector) -> ChangeReport:
        """Resolve entries left sent or unknown by a crash or a dropped connection.

        Status changes are read back from the status listing (economical for big batches),
        comments and due dates from each order. Pending entries were never sent: they are left
        for the person to resume or discard, and reported as not sent. Entries a live run of
        this process carries are not interrupted, and are left to it.
        """
        account_id = connector.account.id
        entries = await self.unfinished(account_id)
        report = ChangeReport()
        in_doubt: list[JournalEntry] = []
        for entry in entries:
            if entry.state is EntryState.PENDING:
                report.add(
                    OrderResult(
                        entry.order_id,
                        Outcome.NOT_SENT,
                        translate("Changes", "interrupted before sending"),
                    )
                )
            else:
                in_doubt.append(entry)
        status_groups: dict[str, list[JournalEntry]] = {}
        for entry in in_doubt:
            if isinstance(entry.change, StatusChange) and entry.batch_id is not None:
                status_groups.setdefault(entry.change.status_code, []).append(entry)
                continue
            verdict, _detail = await self._verify(
                connector, entry, entry.sent_at or entry.created_at
            )
            await self._settle(entry, verdict, report)
        for code, group in status_groups.items():
            wanted = {entry.order_id for entry in group}
            try:
                found = await self.sync.orders_in_status(
                    connector, code, wanted=wanted, priority=Priority.INTERACTIVE
                )
            except errors.ApiError as error:
                for entry in group:
                    report.add(OrderResult(entry.order_id, Outcome.UNKNOWN, describe_error(error)))
                continue
            await self._store_orders(account_id, [found[i] for i in wanted if i in found], report)
            for entry in group:
                if entry.order_id in found:
                    await self._settle(entry, True, report)
                else:
                    verdict, _detail = await self._verify(
                        connector, entry, entry.sent_at or entry.created_at
                    )
                    await self._settle(entry, verdict, report)
        return report

    async def _settle(
        self, entry: JournalEntry, verdict: bool | None, report: ChangeReport
    ) -> None:
        current = entry.state
        if verdict is None:
            if current is EntryState.SENT:
                await self._transition(
                    entry,
                    EntryState.UNKNOWN,
                    translate("Changes", "outcome could not be read back"),
                )
            report.add(
                OrderResult(
                    entry.order_id, Outcome.UNKNOWN, translate("Changes", "could not be read back")
                )
            )
            return
        if current is EntryState.SENT:
            await self._transition(
                entry, EntryState.UNKNOWN, translate("Changes", "interrupted in flight")
            )
        if verdict:
            await self._transition(entry, EntryState.CONFIRMED, None)
            report.add(OrderResult(entry.order_id, Outcome.APPLIED))
        else:
            not_applied = translate("Changes", "interrupted; not applied")
            await self._transition(entry, EntryState.PENDING, not_applied)
            report.add(OrderResult(entry.order_id, Outcome.NOT_SENT, not_applied))
        report.changed_ids.add(entry.order_id)

    async def _store_orders(
        self, account_id: str, orders: Sequence[Order], report: ChangeReport
    ) -> None:
        if orders:
            changed = await self.db.run(self.cache.upsert_orders, account_id, orders)
            report.changed_ids.update(changed)

    async def discard(self, entries: Sequence[JournalEntry]) -> None:
        """The person chose not to resume: pending entries end as failed, never sent."""
        ids = [entry.id for entry in entries if entry.state is EntryState.PENDING]
        if ids:
            await self.db.run(
                self.journal.transition, ids, EntryState.FAILED, reason="discarded", at=self.clock()
            )
