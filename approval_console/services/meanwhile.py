"""Has the order moved on since the person looked? Then their decision is held back, not sent.

Two operators work the same orders. Operator B's list may be minutes old: a cancel B decides
on an order A approved meanwhile would undo A's decision and email the customer. So a change
that decides where an order goes (a status, an approve or cancel) is compared, just before it
is sent, with the order as the person saw it. Where the status or the review decision differ,
the change is held back and reported as "changed meanwhile: now X, by …" (or "at …" when the
server does not say who), for the person to look again or apply it anyway.

Comments, invoices, shipments and returns add to an order and overwrite nothing: never held.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from approval_console.connectors.base import Connector
from approval_console.connectors.ratelimit import Priority
from approval_console.core import errors
from approval_console.core.changes import Change, OrderAction, StatusChange
from approval_console.core.detail import OrderDetail
from approval_console.core.display import format_day_and_time
from approval_console.core.domain import Order, Review
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.labels import status_label, status_text
from approval_console.services.outcomes import ChangeReport, OrderResult, Outcome, describe_error
from approval_console.store.journal import EntryState, JournalEntry
from approval_console.store.orders import OrderFilter

if TYPE_CHECKING:
    from approval_console.services.change_desk import ChangeDesk

log = logging.getLogger(__name__)

# Listing pages a bulk change may read just before sending to check its orders (a page holds
# a hundred orders; ApprovePro allows sixty requests a minute, which the change itself needs):
# at least this many, and up to four times the pages the selection itself fills: the usual
# bulk change, the orders of a status or two chosen by a filter, is checked whole, and so is a
# selection of a third of an account's orders, whatever their statuses (each status's last
# page is a part page).
BULK_CHECK_PAGES = 6
PAGES_PER_SELECTED_PAGE = 4
# Orders found moved in a bulk check that are read one by one to say where they are now.
BULK_NAMED = 5
# A decision named for what it is: Spree's approved order keeps its status ("Complete").
REVIEW_WORDS = {
    Review.APPROVED: QT_TRANSLATE_NOOP("Meanwhile", "approved"),
    Review.CANCELED: QT_TRANSLATE_NOOP("Meanwhile", "canceled"),
}


def changed_meanwhile(where: str) -> str:
    """ "changed meanwhile: now “Shipped”, by Dana": a held order's reason, in the person's
    language (`said_where` takes the part after the colon back out)."""
    return translate("Meanwhile", "changed meanwhile: {where}").format(where=where)


def said_where(reason: str) -> str:
    """What a `changed_meanwhile` reason says after its "changed meanwhile: "."""
    head = translate("Meanwhile", "changed meanwhile: {where}").split("{where}")[0]
    return reason.removeprefix(head)


def decides(change: Change) -> bool:
    """Whether the change decides where the order goes, and so must not rest on stale sight."""
    return isinstance(change, StatusChange | OrderAction)


def _position(order: Order) -> tuple[str | None, Review | None, bool]:
    return order.status_code, order.review, order.is_canceled


def moved_on(change: Change, seen: Order | None, now: Order) -> bool:
    """The order's status or review decision is no longer what the person saw."""
    if seen is None or not decides(change):
        return False
    return _position(seen) != _position(now)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return format_day_and_time(moment)


def where_now(seen: Order | None, detail: OrderDetail) -> str:
    """What the order is now, and who did it (or when), in the person's words."""
    now = detail.order
    if now.review in REVIEW_WORDS and (seen is None or now.review is not seen.review):
        label = translate("Meanwhile", REVIEW_WORDS[now.review])
    elif now.status is not None:
        label = translate("Meanwhile", "“{status}”").format(status=status_label(now.status))
    else:
        label = translate("Meanwhile", "no status")
    latest = detail.history[0] if detail.history else None
    if latest is not None and latest.actor:
        return translate("Meanwhile", "now {state}, by {actor}").format(
            state=label, actor=latest.actor
        )
    moment = now.canceled_at if now.is_canceled else None
    if latest is not None and (moment is None or latest.created_at > moment):
        moment = latest.created_at
    if moment is None and now.status is not None:
        moment = now.status.set_at
    if moment is None:
        return translate("Meanwhile", "now {state}").format(state=label)
    return translate("Meanwhile", "now {state}, at {moment}").format(
        state=label, moment=_when(moment)
    )


def held_reason(seen: Order | None, detail: OrderDetail) -> str:
    return changed_meanwhile(where_now(seen, detail))


# -- bulk status changes: checked from listing pages, not one read per order ------------------


class HeldPlan(Protocol):
    """What the check reads of a bulk plan (a `services.bulk_plan.BulkPlan`)."""

    @property
    def account_id(self) -> str: ...

    @property
    def before(self) -> dict[str, str | None]: ...

    @property
    def check(self) -> BulkCheck | None: ...


class HeldRun(Protocol):
    """What the check needs of a bulk run (a `services.bulk.BulkRun`), which calls it: named
    here, this module needs nothing of the bulk modules, which build on it."""

    @property
    def service(self) -> ChangeDesk: ...

    @property
    def connector(self) -> Connector: ...

    @property
    def plan(self) -> HeldPlan: ...

    @property
    def report(self) -> ChangeReport: ...


@dataclass(frozen=True, slots=True)
class BulkCheck:
    """What a bulk change checks just before sending: the listing of each status its orders
    were seen in, when the cached counts say it is a few pages."""

    statuses: tuple[str, ...]  # seen statuses whose listings are read
    pages: int
    checked: int  # orders whose seen status is read
    unchecked: int  # orders sent without a check: their statuses' listings are too long
    # The orders are read from the listing of every status instead, where they fill its pages
    # more densely than each status's listing (the newest orders of an account, whatever their
    # statuses: each status's last page would be a part page).
    everything: bool = False
    # Every order was seen in this one status: its listing is read before each burst of
    # requests instead (`services.bulk_source`), and the plan's pages are that reading's.
    source: str | None = None
    source_name: str = ""

    def describe(self) -> str:
        if self.source is not None:
            count = self.pages
            listed = translate("Meanwhile", "%n listing page(s)", "", count)
            return translate(
                "Meanwhile",
                "Before each burst of requests, the listing of “{status}” is read ({pages} in "
                "all): it checks that the next orders are still as you saw them (any changed "
                "meanwhile are held back) and shows that those already sent have left it. An "
                "order is confirmed by the new status where the budget lets it be read, "
                "otherwise by having left “{status}” once its request ran.",
            ).format(status=status_text(self.source_name, self.source), pages=listed)
        if not self.checked:
            if not self.unchecked:
                return ""
            return translate(
                "Meanwhile",
                "Orders are not checked for changes made meanwhile: their statuses hold too "
                "many orders to read cheaply.",
            )
        pages, checked, unchecked = self.pages, self.checked, self.unchecked
        read = translate("Meanwhile", "%n listing page(s) are read", "", pages)
        text = (
            translate(
                "Meanwhile",
                "Just before sending, {pages} to check that the order is still as you saw it; "
                "if it changed meanwhile, it is held back.",
            )
            if self.checked == 1
            else translate(
                "Meanwhile",
                "Just before sending, {pages} to check that the %n orders are still as you saw "
                "them; any changed meanwhile are held back.",
                "",
                checked,
            )
        ).format(pages=read)
        if self.unchecked:
            text += " " + translate(
                "Meanwhile", "%n order(s) in long statuses are not checked.", "", unchecked
            )
        return text


async def plan_check(
    service: ChangeDesk,
    connector: Connector,
    seen: Mapping[str, Order],
    to_send: Sequence[str],
) -> BulkCheck:
    """Which seen statuses to re-read before sending, smallest listings first, within budget.

    When every order was seen in one status whose listing they fill (the common change:
    everything awaiting approval, approved), that listing is read before each burst instead:
    one reading both checks the next orders and shows the last ones gone (`source_check`)."""
    by_status: dict[str, int] = {}
    members: dict[str, list[str]] = {}
    for oid in to_send:
        code = seen[oid].status_code if oid in seen else None
        if code is not None:
            by_status[code] = by_status.get(code, 0) + 1
            members.setdefault(code, []).append(oid)
    per_page = connector.capabilities.max_page_size
    sizes = {
        code: await _pages(service, connector, code, per_page, members[code]) for code in by_status
    }
    cap = max(BULK_CHECK_PAGES, PAGES_PER_SELECTED_PAGE * math.ceil(len(to_send) / per_page))
    if len(by_status) == 1 and sum(by_status.values()) == len(to_send):
        single = await source_check(service, connector, seen, to_send, cap)
        if single is not None:
            return single
    chosen: list[str] = []
    pages = 0
    # The statuses that check the most selected orders per page read go first.
    for code in sorted(sizes, key=lambda code: by_status[code] / sizes[code], reverse=True):
        if pages + sizes[code] <= cap:
            chosen.append(code)
            pages += sizes[code]
    checked = sum(by_status[code] for code in chosen)
    whole = [oid for oid in to_send if oid in seen and seen[oid].status_code is not None]
    if whole and all(oid.isdigit() for oid in whole):
        oldest = min(whole, key=int)
        rank = await service.db.run(service.cache.count_from, connector.account.id, None, oldest)
        dense = max(1, math.ceil(rank / per_page))
        if dense <= cap and (dense < pages or len(whole) > checked):
            return BulkCheck(tuple(by_status), dense, len(whole), len(to_send) - len(whole), True)
    return BulkCheck(tuple(chosen), pages, checked, len(to_send) - checked)


async def source_check(
    service: ChangeDesk,
    connector: Connector,
    seen: Mapping[str, Order],
    to_send: Sequence[str],
    cap: int,
) -> BulkCheck | None:
    """The per-burst reading of the one status every order was seen in, or None when its
    listing holds too many other orders above them to read cheaply (or ids are not numbers,
    so the listing's newest-first order cannot be watched).

    Its pages: the listing down to the oldest order, once (each burst's orders come to the
    top as the earlier ones leave), a page more per burst where a reading starts on a part
    page, and one last reading that shows the last burst gone."""
    if not to_send or not all(oid.isdigit() for oid in to_send):
        return None
    first = seen[to_send[0]]
    code = first.status_code
    if code is None or first.status is None:
        return None
    per_page = connector.capabilities.max_page_size
    oldest = min(to_send, key=int)
    rank = await service.db.run(service.cache.count_from, connector.account.id, code, oldest)
    dense = max(1, math.ceil(rank / per_page))
    if dense > cap:
        return None
    chunks = math.ceil(len(to_send) / max(1, connector.capabilities.bulk_max))
    budget = connector.budget()
    sending = connector.estimate_seconds(0, chunks)
    bursts = 1 + int(sending // budget.window) if budget.window > 0 else 1
    pages = dense + bursts
    return BulkCheck((code,), pages, len(to_send), 0, source=code, source_name=first.status.name)


async def _pages(
    service: ChangeDesk,
    connector: Connector,
    code: str | None,
    per_page: int,
    wanted: Sequence[str] = (),
) -> int:
    """Listing pages of a status read to find `wanted`, by the cached counts: down to the
    oldest of them where ids are numbers (the listing runs newest first and its reading stops
    there, see `SyncService.orders_in_status`), else the whole listing."""
    account_id = connector.account.id
    if wanted and all(oid.isdigit() for oid in wanted):
        oldest = min(wanted, key=int)
        count = await service.db.run(service.cache.count_from, account_id, code, oldest)
    else:
        statuses = (code,) if code is not None else ()
        count = await service.db.run(
            service.cache.count, account_id, OrderFilter(status_codes=statuses)
        )
    return max(1, math.ceil(count / per_page))


async def _leave_a_third(connector: Connector, pages: int) -> None:
    """Wait until reading `pages` leaves a third of the rate budget to the person: the check
    is paced, never skipped, and the person's own reads while it runs (an order's history)
    need not wait for the next window."""
    budget = connector.budget()
    if budget.window <= 0 or budget.limit <= 0:
        return
    wanted = min(pages, budget.limit - budget.limit // 3)
    deadline = asyncio.get_running_loop().time() + 2 * budget.window
    while connector.budget().remaining - wanted < budget.limit // 3:
        if asyncio.get_running_loop().time() > deadline:
            return  # a window and more: the limiter alone paces what is left
        await asyncio.sleep(min(1.0, budget.window / 10))


async def _end_unsent(
    run: HeldRun, entries: list[JournalEntry], outcome: Outcome, reasons: Mapping[int, str]
) -> None:
    """Entries the check would not let go end failed, never sent, each with its reason."""
    service = run.service
    for entry in entries:
        await service.db.run(
            service.journal.transition,
            [entry.id],
            EntryState.FAILED,
            reason=reasons[entry.id],
            at=service.clock(),
        )
        run.report.add(OrderResult(entry.order_id, outcome, reasons[entry.id]))


async def hold_back(run: HeldRun, entries: list[JournalEntry]) -> list[JournalEntry]:
    """The entries still to send; those whose order moved on since planning end as failed,
    reported as changed meanwhile. Called once, just before the first chunk goes out."""
    check = run.plan.check
    if check is None or not check.statuses or not entries:
        return entries
    service, connector, seen = run.service, run.connector, run.plan.before
    moved: list[JournalEntry] = []
    per_page = connector.capabilities.max_page_size
    unchecked: dict[int, str] = {}
    readings: list[tuple[str | None, list[JournalEntry]]] = [
        (code, [e for e in entries if seen.get(e.order_id) == code]) for code in check.statuses
    ]
    if check.everything:
        statuses = set(check.statuses)
        readings = [(None, [e for e in entries if seen.get(e.order_id) in statuses])]
    for code, members in readings:
        if not members:
            continue
        wanted = {e.order_id for e in members}
        pages = await _pages(service, connector, code, per_page, list(wanted))
        await _leave_a_third(connector, pages)
        try:
            # The plan told the person these pages are read: they wait for the rate limits
            # like the change's own requests, behind whatever the person reads meanwhile.
            found = await service.sync.orders_in_status(
                connector, code, wanted=wanted, priority=Priority.NORMAL
            )
        except errors.ApiError as error:
            # Not checked is not the same as unchanged: these are not sent either.
            said = describe_error(error)
            reason = translate(
                "Meanwhile", "not sent: could not check it was still as you saw it ({reason})"
            ).format(reason=said)
            unchecked.update(dict.fromkeys((e.id for e in members), reason))
            continue
        moved += [
            e
            for e in members
            if e.order_id not in found or found[e.order_id].status_code != seen.get(e.order_id)
        ]
    if unchecked:
        await _end_unsent(
            run, [e for e in entries if e.id in unchecked], Outcome.NOT_SENT, unchecked
        )
        entries = [e for e in entries if e.id not in unchecked]
    if not moved:
        return entries
    held = await hold(run, moved)
    return [e for e in entries if e.id not in held]


async def hold(run: HeldRun, moved: list[JournalEntry]) -> set[int]:
    """End the entries a listing showed moved on as changed meanwhile, never sent; the first
    few are read one by one to say where they are now. One found still as the person saw it
    (a listing read while others left it shifts its pages) is not held: its entry id is left
    out of those returned."""
    service, connector, seen = run.service, run.connector, run.plan.before
    cached = await service.db.run(
        service.cache.get_many, run.plan.account_id, [e.order_id for e in moved]
    )
    reasons: dict[str, str] = {}
    still: set[int] = set()
    for entry in moved[:BULK_NAMED]:
        try:
            detail = await connector.get_order(entry.order_id, priority=Priority.NORMAL)
        except errors.ApiError:
            continue
        await service.db.run(service.cache.upsert_orders, run.plan.account_id, [detail.order])
        if detail.order.status_code == seen.get(entry.order_id):
            still.add(entry.id)
            continue
        run.report.changed_ids.add(entry.order_id)
        reasons[entry.order_id] = held_reason(cached.get(entry.order_id), detail)
    moved = [e for e in moved if e.id not in still]
    held_for: dict[int, str] = {}
    for entry in moved:
        order = cached.get(entry.order_id)
        if order is not None and order.status and order.status_code == seen.get(entry.order_id):
            gone = translate("Meanwhile", "no longer “{status}”").format(
                status=status_label(order.status)
            )
        else:
            gone = translate("Meanwhile", "no longer in the status you saw")
        held_for[entry.id] = reasons.get(entry.order_id) or changed_meanwhile(gone)
    await _end_unsent(run, moved, Outcome.CHANGED_MEANWHILE, held_for)
    return {e.id for e in moved}
