"""The journal read as an activity log: every change made from this profile, newest first.

The journal already holds what a person wants to look back on (which order, what change, how
it ended and why); this module reads it across accounts, by filters, one page at a time, so a
journal of 100,000 entries opens as fast as one of ten. Order numbers come from the cache (the
journal knows orders by id only), status names from the account's statuses.

A retry goes through the account's operations like any change: a change that was refused or
given up on is asked for again (the journal records it as a new entry), and one an interruption
left is settled with the server first and only resent when proven not applied, as at a start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from approval_console.core.changes import (
    Change,
    CommentChange,
    CreateInvoice,
    CreateWebhook,
    DeleteWebhook,
    DueDateChange,
    InvoiceAction,
    OrderAction,
    RecordReturn,
    RecordShipment,
    StatusChange,
)
from approval_console.core.display import format_amount, format_day, minor_units
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.labels import status_text
from approval_console.services.account_ops import AccountOps
from approval_console.services.dbthread import DbThread
from approval_console.services.merchant import merchant_subject
from approval_console.services.outcomes import Outcome
from approval_console.store.journal import (
    UNFINISHED,
    EntryState,
    Journal,
    JournalEntry,
    JournalQuery,
)
from approval_console.store.order_rows import fold
from approval_console.store.orders import OrderCache

PAGE = 200


class ActivityOutcome(StrEnum):
    """How a change ended, as the log says it (the journal's states, and whether this process
    is still carrying the change)."""

    APPLIED = "applied"
    NOT_APPLIED = "not_applied"
    IN_FLIGHT = "in_flight"  # pending or sent by a run of this process, not finished yet
    INTERRUPTED = "interrupted"  # left unfinished by a crash, a quit or a dropped connection


OUTCOME_TEXT = {
    ActivityOutcome.APPLIED: QT_TRANSLATE_NOOP("Activity", "Applied"),
    ActivityOutcome.NOT_APPLIED: QT_TRANSLATE_NOOP("Activity", "Not applied"),
    ActivityOutcome.IN_FLIGHT: QT_TRANSLATE_NOOP("Activity", "Pending or in flight"),
    ActivityOutcome.INTERRUPTED: QT_TRANSLATE_NOOP("Activity", "Interrupted"),
}

# What an order or invoice action is called in the log.
ACTION_WORDS = {
    "finalize": QT_TRANSLATE_NOOP("Activity", "Finalize"),
    "approve": QT_TRANSLATE_NOOP("Activity", "Approve"),
    "cancel": QT_TRANSLATE_NOOP("Activity", "Cancel"),
}
INVOICE_ACTION_WORDS = {
    "issue": QT_TRANSLATE_NOOP("Activity", "Issue invoice"),
    "close": QT_TRANSLATE_NOOP("Activity", "Close invoice"),
    "cancel": QT_TRANSLATE_NOOP("Activity", "Cancel invoice"),
}


def outcome_of(entry: JournalEntry, live: Iterable[int]) -> ActivityOutcome:
    if entry.state is EntryState.CONFIRMED:
        return ActivityOutcome.APPLIED
    if entry.state is EntryState.FAILED:
        return ActivityOutcome.NOT_APPLIED
    return ActivityOutcome.IN_FLIGHT if entry.id in set(live) else ActivityOutcome.INTERRUPTED


def outcome_words(entry: JournalEntry, outcome: ActivityOutcome) -> str:
    """The outcome cell: a change still carried says whether it has been sent yet."""
    if outcome is ActivityOutcome.IN_FLIGHT:
        if entry.state is EntryState.PENDING:
            return translate("Activity", "Pending")
        return translate("Activity", "In flight")
    return translate("Activity", OUTCOME_TEXT[outcome])


def reason_words(entry: JournalEntry, outcome: ActivityOutcome) -> str:
    """Why: the server's or the console's reason, or what an interruption means."""
    if entry.reason:
        return entry.reason
    if outcome is ActivityOutcome.INTERRUPTED:
        if entry.state is EntryState.PENDING:
            return translate("Changes", "interrupted before sending")
        return translate(
            "Activity",
            "interrupted in flight; checked with the server before anything is resent",
        )
    return ""


def when_words(moment: datetime) -> str:
    """ "3 Dec 2026 20:04", local time: a log reaches back further than a year goes unsaid."""
    local = moment.astimezone()
    return f"{format_day(local)} {local:%H:%M}"


def change_words(change: Change, status_names: Callable[[str], str]) -> str:
    """What a change did, as words: "Status → Shipped", "Comment", "Due date 10 Dec 2026"."""
    if isinstance(change, StatusChange):
        return translate("Activity", "Status → {status}").format(
            status=status_text(status_names(change.status_code), change.status_code)
        )
    if isinstance(change, CommentChange):
        if change.public:
            return translate("Activity", "Comment (public)")
        return translate("Activity", "Comment")
    if isinstance(change, DueDateChange):
        if change.due_date is None:
            return translate("Activity", "Due date cleared")
        if change.due_date_to is not None:
            return translate("Activity", "Due date {start} – {end}").format(
                start=format_day(change.due_date), end=format_day(change.due_date_to)
            )
        return translate("Activity", "Due date {day}").format(day=format_day(change.due_date))
    if isinstance(change, OrderAction):
        return translate("Activity", ACTION_WORDS.get(str(change.action), str(change.action)))
    if isinstance(change, CreateInvoice):
        return translate("Activity", "Invoice {number}").format(number=change.number)
    if isinstance(change, InvoiceAction):
        words = INVOICE_ACTION_WORDS.get(str(change.action))
        if words is not None:
            return translate("Activity", words)
        return f"{str(change.action).capitalize()} invoice"
    if isinstance(change, RecordShipment):
        if change.tracking_number:
            return translate("Activity", "Shipment {tracking}").format(
                tracking=change.tracking_number
            )
        return translate("Activity", "Shipment")
    if isinstance(change, RecordReturn):
        amount = Decimal(change.amount_minor).scaleb(-minor_units(change.currency))
        return translate("Activity", "Return {amount}").format(
            amount=format_amount(amount, change.currency)
        )
    if isinstance(change, CreateWebhook):
        return translate("Activity", "Add webhook {url}").format(url=change.url)
    return translate("Activity", "Remove webhook {url}").format(url=change.url)


class DayRange(StrEnum):
    """The day filter's quick choices; a picked date is a `date` instead."""

    TODAY = "today"
    YESTERDAY = "yesterday"
    LAST_7_DAYS = "last_7_days"


def day_bounds(day: DayRange | date, today: date) -> tuple[float, float]:
    """The local-time span [since, until) of a day choice, as timestamps."""
    if isinstance(day, DayRange):
        first, last = {
            DayRange.TODAY: (today, today),
            DayRange.YESTERDAY: (today - timedelta(days=1), today - timedelta(days=1)),
            DayRange.LAST_7_DAYS: (today - timedelta(days=6), today),
        }[day]
    else:
        first = last = day

    def start(of: date) -> float:
        return datetime.combine(of, time()).astimezone().timestamp()

    return start(first), start(last + timedelta(days=1))


@dataclass(frozen=True, slots=True)
class ActivityFilter:
    """What the log shows; every empty field means "not filtered"."""

    account_id: str | None = None
    outcome: ActivityOutcome | None = None
    day: DayRange | date | None = None
    number: str = ""  # a piece of the order's number (or id), as typed


@dataclass(frozen=True, slots=True)
class Activity:
    """One journal entry as the log shows it."""

    entry: JournalEntry
    when: str
    account: str
    order: str  # the number people read ("#1042"), the id where the cache has none
    what: str
    outcome: ActivityOutcome
    outcome_text: str
    reason: str
    applied_later: bool = False  # a later try of the very same change was applied

    @property
    def id(self) -> int:
        return self.entry.id

    @property
    def of_order(self) -> bool:
        """An order's entry (a merchant's webhook changes name no order)."""
        return not self.entry.order_id.startswith(merchant_subject(""))

    @property
    def retryable(self) -> bool:
        if self.applied_later:
            return False
        return self.outcome in (ActivityOutcome.NOT_APPLIED, ActivityOutcome.INTERRUPTED)


@dataclass(frozen=True, slots=True)
class ActivityPage:
    entries: list[Activity]
    more: bool  # older entries match too
    total: int | None = None  # how many match in all, when counted


@dataclass(frozen=True, slots=True)
class Retried:
    """What became of one retried entry (the journal holds the new entry, if one was made)."""

    activity: Activity
    outcome: Outcome
    reason: str | None = None


@dataclass
class RetryReport:
    results: list[Retried] = field(default_factory=list)

    def changed(self) -> dict[str, set[str]]:
        """The orders that may have changed, by account."""
        by_account: dict[str, set[str]] = {}
        for result in self.results:
            entry = result.activity.entry
            by_account.setdefault(entry.account_id, set()).add(entry.order_id)
        return by_account

    def count(self, outcome: Outcome) -> int:
        return sum(1 for result in self.results if result.outcome is outcome)


EXPORT_HEADER = (
    "When",
    "Account",
    "Order",
    "Change",
    "Outcome",
    "Why",
    "Account id",
    "Order id",
    "Entry id",
)


def export_row(activity: Activity) -> tuple[object, ...]:
    """An entry as a CSV row: the columns shown, in their order, then the ids; the time as
    a moment, so that a spreadsheet reads it as one."""
    entry = activity.entry
    return (
        datetime.fromtimestamp(entry.created_at).astimezone(),
        activity.account,
        activity.order,
        activity.what,
        activity.outcome_text,
        activity.reason,
        entry.account_id,
        entry.order_id,
        entry.id,
    )


class ActivityLog:
    """Reads the journal for the activity log and retries what it lists; no Qt here."""

    def __init__(
        self,
        db: DbThread,
        journal: Journal,
        cache: OrderCache,
        live: set[int],
        account_name: Callable[[str], str | None],
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db = db
        self._journal = journal
        self._cache = cache
        self._live = live  # the change service's own set: entries this process carries
        self._account_name = account_name
        self._today = today
        self._names: dict[tuple[str, str], tuple[str, str]] = {}  # (name, number) per order
        self._statuses: dict[str, dict[str, str]] = {}

    # -- reading --------------------------------------------------------------------------------

    async def page(
        self,
        flt: ActivityFilter,
        *,
        before_id: int | None = None,
        limit: int = PAGE,
        count: bool = False,
    ) -> ActivityPage:
        """Matching entries, newest first, older than `before_id`; with `count`, how many
        match in all."""
        live = tuple(self._live)
        return await self._db.run(self._page, flt, live, before_id, limit, count)

    async def everything(self, flt: ActivityFilter) -> list[Activity]:
        """Every matching entry, newest first (for an export)."""
        found: list[Activity] = []
        before: int | None = None
        while True:
            page = await self.page(flt, before_id=before, limit=2000)
            found.extend(page.entries)
            if not page.more or not page.entries:
                return found
            before = page.entries[-1].id

    def _page(
        self,
        flt: ActivityFilter,
        live: tuple[int, ...],
        before_id: int | None,
        limit: int,
        count: bool,
    ) -> ActivityPage:
        """On the database thread: the journal's page, and the names the cache gives it."""
        query = self._query(flt, live)
        if query is None:
            return ActivityPage([], False, 0 if count else None)
        entries = self._journal.query(query, before_id=before_id, limit=limit + 1)
        more = len(entries) > limit
        entries = entries[:limit]
        shown = self._activities(entries, live)
        total = self._journal.count_matching(query) if count else None
        return ActivityPage(shown, more, total)

    def _query(self, flt: ActivityFilter, live: tuple[int, ...]) -> JournalQuery | None:
        """The journal query for a filter; None when nothing can match."""
        states: tuple[EntryState, ...] = ()
        ids_in: tuple[int, ...] | None = None
        ids_out: tuple[int, ...] = ()
        if flt.outcome is ActivityOutcome.APPLIED:
            states = (EntryState.CONFIRMED,)
        elif flt.outcome is ActivityOutcome.NOT_APPLIED:
            states = (EntryState.FAILED,)
        elif flt.outcome is ActivityOutcome.IN_FLIGHT:
            states, ids_in = UNFINISHED, live
        elif flt.outcome is ActivityOutcome.INTERRUPTED:
            states, ids_out = UNFINISHED, live
        since = until = None
        if flt.day is not None:
            since, until = day_bounds(flt.day, self._today())
        orders = None
        if flt.number.strip():
            orders = tuple(self._orders_numbered(fold(flt.number.strip()), flt.account_id))
            if not orders:
                return None
        return JournalQuery(
            account_id=flt.account_id,
            states=states,
            ids_in=ids_in,
            ids_out=ids_out,
            since=since,
            until=until,
            orders=orders,
        )

    def _orders_numbered(self, needle: str, account_id: str | None) -> Iterator[tuple[str, str]]:
        """The journal's orders whose number (or name, or id) holds `needle`."""
        pairs = [p for p in self._journal.orders() if account_id is None or p[0] == account_id]
        self._learn_names(set(pairs))
        for pair in pairs:
            name, number = self._names.get(pair, ("", ""))
            if any(needle in fold(text) for text in (name, number, pair[1]) if text):
                yield pair

    def _learn_names(self, pairs: set[tuple[str, str]]) -> None:
        """Read the numbers of orders not seen yet from the cache (once: they never change)."""
        wanted: dict[str, list[str]] = {}
        for account_id, order_id in pairs - self._names.keys():
            wanted.setdefault(account_id, []).append(order_id)
        for account_id, order_ids in wanted.items():
            for start in range(0, len(order_ids), 5000):
                chunk = order_ids[start : start + 5000]
                found = self._cache.get_many(account_id, chunk)
                for order_id in chunk:
                    order = found.get(order_id)
                    # Not cached (yet): known by its id until `forget_names`.
                    name = (order.name, order.number) if order is not None else (order_id, "")
                    self._names[(account_id, order_id)] = name

    def forget_names(self) -> None:
        """Orders were read again from a server: numbers not cached before may be now."""
        self._names = {}

    def _status_name(self, account_id: str, code: str) -> str:
        """The status's name, read once per page and account (a refresh may rename it)."""
        names = self._statuses.get(account_id)
        if names is None:
            names = {s.code: s.name for s in self._cache.statuses(account_id)}
            self._statuses[account_id] = names
        return names.get(code, code)

    def _activities(self, entries: list[JournalEntry], live: Iterable[int]) -> list[Activity]:
        self._statuses.clear()
        self._learn_names({(e.account_id, e.order_id) for e in entries})
        later = self._journal.applied_later([e.id for e in entries])
        return [self._activity(entry, live, entry.id in later) for entry in entries]

    def _activity(self, entry: JournalEntry, live: Iterable[int], later: bool) -> Activity:
        outcome = outcome_of(entry, live)
        reason = reason_words(entry, outcome)
        if later:
            later_try = translate("Activity", "applied on a later try")
            reason = f"{reason} · {later_try}" if reason else later_try
        name = self._names.get((entry.account_id, entry.order_id), (entry.order_id, ""))[0]
        name = name or entry.order_id
        if entry.order_id.startswith(merchant_subject("")):
            name = translate("Activity", "Merchant")
        return Activity(
            entry=entry,
            when=when_words(datetime.fromtimestamp(entry.created_at).astimezone()),
            account=self._account_name(entry.account_id) or entry.account_id,
            order=name,
            what=change_words(entry.change, lambda code: self._status_name(entry.account_id, code)),
            outcome=outcome,
            outcome_text=outcome_words(entry, outcome),
            reason=reason,
            applied_later=later,
        )

    async def current(self, activities: Sequence[Activity]) -> list[Activity]:
        """The same entries as the journal has them now."""
        ids = [a.id for a in activities]
        live = tuple(self._live)

        def read() -> list[Activity]:
            entries = [e for e in map(self._journal.get, ids) if e is not None]
            return self._activities(entries, live)

        return await self._db.run(read)

    # -- retrying -------------------------------------------------------------------------------

    async def retry(self, ops: AccountOps, activities: Sequence[Activity]) -> RetryReport:
        """Ask again for what was not applied, entry by entry, through the account's operations.

        A refused or abandoned change is sent as a new change (the journal records it anew); an
        interrupted one is first settled with the server, as at a start, and resent only when
        proven not applied. What is applied or still being carried is left alone, and said so.
        """
        report = RetryReport()
        interrupted: dict[str, list[Activity]] = {}
        for activity in await self.current(activities):
            entry = activity.entry
            if activity.outcome is ActivityOutcome.APPLIED or activity.applied_later:
                applied = translate("Activity", "already applied")
                report.results.append(Retried(activity, Outcome.SKIPPED, applied))
            elif activity.outcome is ActivityOutcome.IN_FLIGHT:
                sending = translate("Activity", "still being sent")
                report.results.append(Retried(activity, Outcome.SKIPPED, sending))
            elif isinstance(entry.change, CreateWebhook | DeleteWebhook):
                reason = translate(
                    "Activity", "a webhook is changed again from the merchant's settings"
                )
                report.results.append(Retried(activity, Outcome.NOT_SENT, reason))
            elif activity.outcome is ActivityOutcome.INTERRUPTED:
                interrupted.setdefault(entry.account_id, []).append(activity)
            else:
                try:
                    single = await ops.apply(entry.account_id, entry.order_id, entry.change)
                except Exception as error:  # the account is gone, or cannot be reached
                    report.results.append(Retried(activity, Outcome.NOT_SENT, str(error)))
                    continue
                result = single.result
                report.results.append(Retried(activity, result.outcome, result.reason))
        for account_id, group in interrupted.items():
            try:
                await self._resume(ops, account_id, group, report)
            except Exception as error:
                for activity in group:
                    report.results.append(Retried(activity, Outcome.NOT_SENT, str(error)))
        return report

    async def _resume(
        self, ops: AccountOps, account_id: str, group: list[Activity], report: RetryReport
    ) -> None:
        """Settle the account's interrupted changes, then send those proven never applied."""
        await ops.interrupted(account_id)
        settled = await self.current(group)
        pending = [a.entry for a in settled if a.entry.state is EntryState.PENDING]
        if pending:
            await ops.resume(account_id, pending)
        for activity in await self.current(settled):
            state = activity.entry.state
            if state is EntryState.CONFIRMED:
                outcome = Outcome.APPLIED
            elif state is EntryState.FAILED:
                outcome = Outcome.NOT_APPLIED
            else:
                outcome = Outcome.UNKNOWN
            report.results.append(Retried(activity, outcome, activity.entry.reason))


__all__ = [
    "EXPORT_HEADER",
    "OUTCOME_TEXT",
    "PAGE",
    "Activity",
    "ActivityFilter",
    "ActivityLog",
    "ActivityOutcome",
    "ActivityPage",
    "DayRange",
    "Retried",
    "RetryReport",
    "change_words",
    "day_bounds",
    "export_row",
]
