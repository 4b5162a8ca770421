"""Undo: put orders back as they were before a change, through the journal like any change.

What each order had before a change is in the change's journal entries (`before_status`,
the status the person saw when the change was planned), so an undo needs nothing kept in
memory: it reads the entries of the change (a bulk run's batch, a review decision's batch, or
an order's latest status change), keeps those the server confirmed and the backend can set
back (`core.backends.can_reverse`), and sends each order its previous status as a new change.

An order someone changed again since is never overwritten blindly: one the cache already
shows elsewhere is held back at once, and the rest go through the same changed-meanwhile
checks as any change (`services.meanwhile`): a bulk change reads the status listing first,
a single one reads the order. Orders are grouped by the status they go back to, and a group
of several goes out as one bulk change where the backend has a bulk endpoint.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from approval_console.core.backends import Capabilities, can_reverse
from approval_console.core.changes import StatusChange
from approval_console.core.domain import Order
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.labels import status_label
from approval_console.services import meanwhile
from approval_console.services.bulk_plan import BulkPlan
from approval_console.services.meanwhile import changed_meanwhile
from approval_console.services.outcomes import ChangeReport, OrderResult, Outcome
from approval_console.store.journal import EntryState, JournalEntry

if TYPE_CHECKING:
    from approval_console.connectors.base import Connector
    from approval_console.services.changes import ChangeService

NO_STATUS = QT_TRANSLATE_NOOP(
    "Undo", "it had no status before, and a status cannot be taken away again"
)


@dataclass(frozen=True, slots=True)
class UndoRef:
    """Which change of an account to undo: the journal batches it was written in (a bulk
    run, a review decision), and orders whose latest status change it was (a single change)."""

    account_id: str
    batch_ids: tuple[str, ...] = ()
    order_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PutBack:
    """One order to put back: from the status the change set, to the one it had before."""

    order_id: str
    changed_to: str
    back_to: str | None  # None: it had no status, and a status cannot be taken away again


@dataclass(frozen=True)
class UndoPlan:
    account_id: str
    orders: tuple[PutBack, ...] = ()

    @property
    def total(self) -> int:
        return len(self.orders)

    def by_target(self) -> dict[str, list[PutBack]]:
        """The orders grouped by the status they go back to: one change per group."""
        groups: dict[str, list[PutBack]] = {}
        for put_back in self.orders:
            if put_back.back_to is not None:
                groups.setdefault(put_back.back_to, []).append(put_back)
        return groups

    def statusless(self) -> list[PutBack]:
        """Orders that had no status before the change: nothing can set that again."""
        return [put_back for put_back in self.orders if put_back.back_to is None]


@dataclass
class UndoReport:
    """What became of each order an undo meant to put back."""

    account_id: str
    total: int = 0
    report: ChangeReport = field(default_factory=ChangeReport)

    @property
    def put_back(self) -> int:
        return self.report.counts()[Outcome.APPLIED]

    def not_put_back(self) -> dict[str, OrderResult]:
        return {
            oid: result
            for oid, result in self.report.results.items()
            if result.outcome is not Outcome.APPLIED
        }


def put_backs(entries: Sequence[JournalEntry], capabilities: Capabilities) -> list[PutBack]:
    """The orders these entries changed that undo is for: the change was confirmed, the
    backend can set it back, and the order had another status before it (known from the
    journal), or none at all (which undo reports, as it cannot set that again)."""
    found: dict[str, PutBack] = {}
    for entry in entries:
        change = entry.change
        if (
            entry.state is EntryState.CONFIRMED
            and isinstance(change, StatusChange)
            and can_reverse(capabilities, change)
            and entry.before_status != change.status_code
        ):
            # The latest entry of an order wins: it is the one whose effect is visible.
            found[entry.order_id] = PutBack(entry.order_id, change.status_code, entry.before_status)
    return list(found.values())


def latest_status_entry(history: Sequence[JournalEntry]) -> list[JournalEntry]:
    """An order's latest change that decided its status, if it was a status change."""
    for entry in reversed(history):
        if isinstance(entry.change, StatusChange):
            return [entry]
    return []


async def plan_undo(service: ChangeService, ref: UndoRef, capabilities: Capabilities) -> UndoPlan:
    """What undoing the change `ref` names would put back, read from the journal."""
    journal, db = service.journal, service.db
    entries: list[JournalEntry] = []
    for batch_id in ref.batch_ids:
        entries += await db.run(journal.entries, batch_id)
    for order_id in ref.order_ids:
        history = await db.run(journal.history, ref.account_id, order_id)
        entries += latest_status_entry(history)
    entries = [entry for entry in entries if entry.account_id == ref.account_id]
    return UndoPlan(ref.account_id, tuple(put_backs(entries, capabilities)))


def _moved_since(put_back: PutBack, order: Order | None) -> OrderResult | None:
    """Held back at once: the cache already shows the order elsewhere than the change left it."""
    if order is None:
        return OrderResult(
            put_back.order_id, Outcome.NOT_SENT, translate("Undo", "no longer in this account")
        )
    if order.status_code == put_back.back_to:
        return OrderResult(
            put_back.order_id, Outcome.SKIPPED, translate("Bulk", "already has this status")
        )
    if order.status_code != put_back.changed_to:
        now = (
            translate("Meanwhile", "now {state}").format(
                state=translate("Meanwhile", "“{status}”").format(status=status_label(order.status))
            )
            if order.status is not None
            else translate("Meanwhile", "now {state}").format(
                state=translate("Meanwhile", "no status")
            )
        )
        return OrderResult(put_back.order_id, Outcome.CHANGED_MEANWHILE, changed_meanwhile(now))
    return None


async def undo(
    service: ChangeService,
    connector: Connector,
    plan: UndoPlan,
    *,
    on_progress: Callable[[int, int], None] | None = None,
) -> UndoReport:
    """Put every order of the plan back, a change per status they go back to.

    Nobody is emailed: the customer heard of the change, or not, when it was made; putting a
    mistake right a few seconds later should not tell them twice.
    """
    account_id = plan.account_id
    outcome = UndoReport(account_id, plan.total)
    ids = [put_back.order_id for put_back in plan.orders]
    cached: Mapping[str, Order] = await service.db.run(service.cache.get_many, account_id, ids)
    for put_back in plan.statusless():
        outcome.report.add(
            OrderResult(put_back.order_id, Outcome.NOT_APPLIED, translate("Undo", NO_STATUS))
        )
    done = len(plan.statusless())
    for back_to, group in plan.by_target().items():
        to_send: list[str] = []
        for put_back in group:
            held = _moved_since(put_back, cached.get(put_back.order_id))
            if held is not None:
                outcome.report.add(held)
            else:
                to_send.append(put_back.order_id)
        if to_send:
            change = StatusChange(back_to, email_customer=False, email_additional=False)
            report = await _send(service, connector, to_send, change, cached)
            outcome.report.results.update(report.results)
            outcome.report.changed_ids |= report.changed_ids | set(report.results)
        done += len(group)
        if on_progress is not None:
            on_progress(done, plan.total)
    return outcome


async def _send(
    service: ChangeService,
    connector: Connector,
    order_ids: list[str],
    change: StatusChange,
    seen: Mapping[str, Order],
) -> ChangeReport:
    """One group's change: a bulk change where the backend has a bulk endpoint and there are
    several orders, else one request per order; each checked for changes made meanwhile."""
    if len(order_ids) > 1 and connector.capabilities.bulk_status:
        plan = await _bulk_plan(service, connector, order_ids, change, seen)
        return await service.run_bulk(connector, plan)
    count = len(order_ids)
    return await service.apply_many(
        connector,
        order_ids,
        change,
        description=translate("Undo", "Undo: status → {status} on %n order(s)", "", count).format(
            status=change.status_code
        ),
        seen={oid: seen[oid] for oid in order_ids if oid in seen},
    )


async def _bulk_plan(
    service: ChangeService,
    connector: Connector,
    order_ids: list[str],
    change: StatusChange,
    seen: Mapping[str, Order],
) -> BulkPlan:
    """A bulk change putting these orders back, planned here rather than by `plan_bulk`: each
    had this status moments ago, so asking the server whether it may take it again would only
    spend the rate budget. The orders are all checked for changes made meanwhile, however long
    the listing of the status the change left them in: an undo never overwrites blindly."""
    ids = tuple(order_ids)
    orders = {oid: seen[oid] for oid in ids}
    check = await meanwhile.plan_check(service, connector, orders, ids)
    if check.unchecked:
        statuses = tuple(sorted({o.status_code for o in orders.values() if o.status_code}))
        check = meanwhile.BulkCheck(statuses, check.pages, len(ids), 0)
    return BulkPlan(
        account_id=connector.account.id,
        change=change,
        order_ids=ids,
        to_send=ids,
        bulk_requests=math.ceil(len(ids) / connector.capabilities.bulk_max),
        before={oid: orders[oid].status_code for oid in ids},
        check=check,
    )
