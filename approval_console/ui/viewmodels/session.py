"""The account in use: refreshing it, whether it is online, its rate budget, interrupted changes.

A refresh that fails is a fact about the account, not a passing status line: the reason, and
what to do about it, go out as a `ReadProblem` for the list area to show, and the time of the
last refresh is claimed only for one that succeeded.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS
from approval_console.core.errors import (
    ApiConnectionError,
    AuthenticationError,
    ConsoleError,
    InsecureAddressError,
    MissingKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseFormatError,
    ServerError,
)
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.services.account_ops import Interrupted, PendingChange
from approval_console.services.outcomes import ChangeReport, Outcome
from approval_console.services.review import deciding_accounts, marked_statuses
from approval_console.services.sync import LAST_REFRESH, SyncResult
from approval_console.services.sync_pass import SyncProgress
from approval_console.store.orders import OrderFilter
from approval_console.ui.context import UiContext
from approval_console.ui.dates import format_datetime, format_time
from approval_console.ui.operations import Operation
from approval_console.ui.runtime import explain

MINUTE_MS = 60_000  # the auto refresh runs every `preferences.refresh_minutes` (0: only on F5)
NETWORK_START_DELAY_MS = 250


class Remedy(Enum):
    """What the person can do about an account that cannot be read."""

    CHECK_KEY = "key"  # the key is refused or missing: edit the account
    CHECK_ADDRESS = "address"  # something answered, but not this API: edit the account
    TRY_AGAIN = "again"  # the network or the server failed: it may work in a moment


@dataclass(frozen=True)
class ReadProblem:
    """Why an account's orders could not be read, and what to do, in the person's words."""

    account_id: str
    title: str  # "The server refused the key of “Little Kiln”"
    detail: str  # what the server or the connection said
    advice: str  # what to do next
    remedy: Remedy

    @property
    def opens_account(self) -> bool:
        """Whether the fix is in File → Accounts… rather than in waiting and trying again."""
        return self.remedy is not Remedy.TRY_AGAIN

    @property
    def action(self) -> str:
        """The label of the button that does what `advice` says."""
        if self.remedy is Remedy.CHECK_KEY:
            return translate("ReadProblem", "Check the key in File → Accounts…")
        if self.remedy is Remedy.CHECK_ADDRESS:
            return translate("ReadProblem", "Check the address in File → Accounts…")
        return translate("ReadProblem", "Try again")


def read_problem(account: Account, error: BaseException) -> ReadProblem:
    """Name the failure the way a person can act on it: a refused or missing key and a wrong
    address are fixed in the account; an unreachable or failing server by trying again."""
    name = account.name
    said = explain(error)
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return ReadProblem(
            account.id,
            translate("ReadProblem", "The server refused the key of “{name}”").format(name=name),
            translate("ReadProblem", "It answered: {said}").format(said=said),
            translate("ReadProblem", "Once the server accepts the key, the orders are read again."),
            Remedy.CHECK_KEY,
        )
    if isinstance(error, MissingKeyError):
        return ReadProblem(
            account.id,
            translate("ReadProblem", "No key is stored for “{name}”").format(name=name),
            translate("ReadProblem", "The system keyring holds no key for this account."),
            translate("ReadProblem", "Once a key is stored, the orders are read again."),
            Remedy.CHECK_KEY,
        )
    if isinstance(error, InsecureAddressError):
        return ReadProblem(
            account.id,
            translate("ReadProblem", "“{name}” was not contacted").format(name=name),
            said,
            translate("ReadProblem", "Its key would travel in clear: give it an https:// address."),
            Remedy.CHECK_ADDRESS,
        )
    if isinstance(error, ApiConnectionError):
        return ReadProblem(
            account.id,
            translate("ReadProblem", "Cannot reach the server of “{name}”").format(name=name),
            said,
            translate("ReadProblem", "Check this computer's network connection, then try again."),
            Remedy.TRY_AGAIN,
        )
    if isinstance(error, ServerError | RateLimitError):
        return ReadProblem(
            account.id,
            translate("ReadProblem", "The server of “{name}” failed to answer").format(name=name),
            said,
            translate("ReadProblem", "This is usually brief: try again in a minute."),
            Remedy.TRY_AGAIN,
        )
    if isinstance(error, ResponseFormatError | NotFoundError):
        backend = BACKENDS.get(account.backend)
        if backend is not None:
            title = translate(
                "ReadProblem", "The server of “{name}” did not answer as the {api} API does"
            )
            advice = translate(
                "ReadProblem",
                "Check that the address in File → Accounts… is that of the {api} API.",
            )
        else:
            title = translate(
                "ReadProblem", "The server of “{name}” did not answer as the API does"
            )
            advice = translate(
                "ReadProblem", "Check that the address in File → Accounts… is that of the API."
            )
        api = backend.title if backend is not None else ""
        return ReadProblem(
            account.id,
            title.format(name=name, api=api),
            said,
            advice.format(api=api),
            Remedy.CHECK_ADDRESS,
        )
    return ReadProblem(
        account.id,
        translate("ReadProblem", "The orders of “{name}” could not be read").format(name=name),
        said,
        translate(
            "ReadProblem", "Try again; if it keeps failing, check the account in File → Accounts…"
        ),
        Remedy.TRY_AGAIN,
    )


def refresh_line(last: float | None, *, failed: bool, now: float | None = None) -> str:
    """The status bar's claim about freshness: "Refreshed" only after a refresh that worked.

    A time from an earlier day carries its date, so yesterday's refresh never reads as today's.
    """
    if last is None:
        return translate("Session", "Refresh failed") if failed else ""
    when = datetime.fromtimestamp(last)
    today = datetime.fromtimestamp(now if now is not None else time.time()).date()
    stamp = format_time(when) if when.date() == today else format_datetime(when)
    if failed:
        return translate("Session", "Last refreshed {time} · refresh failed").format(time=stamp)
    return translate("Session", "Refreshed {time}").format(time=stamp)


class SessionViewModel(QObject):
    accountChanged = Signal(object)  # account id or None
    syncState = Signal(str)  # a line for the status bar
    syncProgress = Signal(int, int)
    syncPassed = Signal(object)  # SyncProgress: a full pass's pages, orders and time left
    synced = Signal(object)  # SyncResult
    offlineChanged = Signal(bool)
    refreshLineChanged = Signal(str)  # "Refreshed 10:42", or that the last refresh failed
    problemChanged = Signal(object)  # ReadProblem, or None once the account reads again
    budgetChanged = Signal(int, int)
    serverChanged = Signal(str)  # "Spree 6.0" once the server's version is known, else ""
    interrupted = Signal(object, list)  # ChangeReport, pending entries
    resumed = Signal(object)  # ChangeReport
    error = Signal(str)
    awaitingCounted = Signal(int)  # orders awaiting a decision, across every account

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.account_id: str | None = None
        self.offline = False
        self.problem: ReadProblem | None = None
        self._last_refresh: float | None = None  # of the account in use, successful ones only
        self._refresh_failed = False  # the last refresh of the account in use failed
        self._sync_words: Callable[[], str] | None = None  # the sync line's words, to say again
        self._passing: str | None = None  # the account whose full pass is being read
        self._problem_error: BaseException | None = None  # what the problem shown tells of
        self._budget_timer = QTimer(self)
        self._budget_timer.setInterval(1000)
        self._budget_timer.timeout.connect(self._report_budget)
        self._auto = QTimer(self)
        self._auto.setInterval(self._auto_refresh_ms() or MINUTE_MS)
        self._auto.timeout.connect(lambda: self.refresh(quiet=True))
        self._stopped = False  # the window closed: no preference starts the timer again
        context.preferences.changed.connect(self._follow_refresh_preference)
        self._network_start = QTimer(self)
        self._network_start.setSingleShot(True)
        self._network_start.setInterval(NETWORK_START_DELAY_MS)
        self._network_start.timeout.connect(self._start_network)

    def accounts(self) -> list:
        return list(self._context.console.settings.accounts)

    def account(self) -> Account | None:
        """The account in use, as the settings hold it now (None without one)."""
        return self._context.console.settings.account(self.account_id or "")

    def count_awaiting(self) -> None:
        """Count, from the cache and off the GUI thread, what the review queue would show."""
        accounts = self.accounts()
        cache, thread = self._context.query_cache, self._context.query_thread

        async def count() -> int:
            rows = await thread.run(
                cache.query_across,
                [account.id for account in deciding_accounts(accounts)],  # not buyers' orders
                OrderFilter(),
                awaiting=True,
                review_statuses=marked_statuses(accounts),
            )
            return len(rows)

        self._context.runner.start(count(), key="awaiting-count", on_done=self.awaitingCounted.emit)

    def switch(self, account_id: str | None) -> None:
        """Show an account: from the cache at once, then reconcile and refresh behind it."""
        console = self._context.console
        if account_id is not None and console.settings.account(account_id) is None:
            account_id = None
        self.account_id = account_id
        console.settings.last_account = account_id
        console.save_settings()
        self.accountChanged.emit(account_id)
        self._set_offline(False)
        self._set_problem(None)
        # The cache records only successful refreshes: another account's time must not stay.
        last = self._context.reader.meta(account_id, LAST_REFRESH) if account_id else None
        self._last_refresh = float(last) if last else None
        self._refresh_failed = False
        self.tell_refresh_line()
        if account_id is None:
            self._budget_timer.stop()
            self._auto.stop()
            self._tell_sync(lambda: self.tr("No account: add one under File → Accounts…"))
            return
        self._budget_timer.start()
        self._start_auto()
        # The cached list paints first; the network work (and building the connector, ~100 ms
        # of imports and certificates on another thread, which still competes for the GIL)
        # starts a moment later.
        self._network_start.start()

    def _auto_refresh_ms(self) -> int:
        """How often the account on screen is read again, as the person chose (0: never)."""
        return self._context.console.settings.preferences.refresh_minutes * MINUTE_MS

    def _start_auto(self) -> None:
        interval = self._auto_refresh_ms()
        if interval <= 0:
            self._auto.stop()
            return
        self._auto.setInterval(interval)
        self._auto.start()

    def _follow_refresh_preference(self) -> None:
        """A new interval counts from now; any other preference leaves the countdown alone."""
        interval = self._auto_refresh_ms()
        if self.account_id is None or self._stopped:
            return
        if interval <= 0:
            self._auto.stop()
        elif interval != self._auto.interval() or not self._auto.isActive():
            self._start_auto()

    def _start_network(self) -> None:
        if self.account_id is None:
            return
        self._reconcile()
        self.refresh()

    def stop(self) -> None:
        """The window is closing: no more timers."""
        self._stopped = True
        self._network_start.stop()
        self._budget_timer.stop()
        self._auto.stop()

    def refresh(self, *, quiet: bool = False) -> None:
        account_id = self.account_id
        if account_id is None:
            return
        if quiet and self._passing == account_id:
            # A first sync under way is the freshest read there is; restarting it would only
            # read its last page again.
            return
        self._passing = None
        ops = self._context.console.ops
        if not quiet:
            self._tell_sync(lambda: self.tr("Refreshing…"))
        passing = False  # a full pass tells its own progress, richer than a count

        def progressed(*values: object) -> None:
            nonlocal passing
            if account_id != self.account_id:
                return
            if len(values) == 1 and isinstance(values[0], SyncProgress):
                passing = True
                self._passing = account_id
                self.syncPassed.emit(values[0])
            elif not passing and len(values) == 2:
                done, total = values
                self.syncProgress.emit(done, total)

        def done(result: SyncResult) -> None:
            self._passing = None
            if account_id != self.account_id:
                return
            self._set_offline(False)
            self._set_problem(None)
            self._report_budget()  # and the server, which the read may just have told
            self._tell_sync(lambda: self.tr("Up to date"))
            self._last_refresh = result.finished_at or time.time()
            self._refresh_failed = False
            self.tell_refresh_line()
            self.synced.emit(result)

        def failed(error: BaseException) -> None:
            self._passing = None
            if account_id != self.account_id:
                return
            account = self.account()
            if account is not None:
                self._problem_error = error
                self._set_problem(read_problem(account, error))
            self._refresh_failed = True
            self.tell_refresh_line()
            if isinstance(error, ApiConnectionError):
                self._set_offline(True)
                self._tell_sync(lambda: self.tr("Offline: showing saved orders"))
            elif isinstance(error, AuthenticationError):
                self._tell_sync(
                    lambda: self.tr("The server refused the key: check File → Accounts…")
                )
            else:
                reason = explain(error)
                self._tell_sync(lambda: self.tr("Refresh failed: {reason}").format(reason=reason))

        (
            Operation(
                self._context,
                lambda op: ops.sync(account_id, on_progress=op.report, on_pass=op.report),
                key="sync",
                context="refresh",
            )
            .progress(progressed)
            .success(done)
            .failure(failed)
            .run()
        )

    def _reconcile(self) -> None:
        account_id = self.account_id
        assert account_id is not None
        ops = self._context.console.ops

        def done(found: Interrupted) -> None:
            if found.report.results:
                self.interrupted.emit(found.report, found.pending)

        def failed(error: BaseException) -> None:
            if isinstance(error, ConsoleError):
                self.error.emit(
                    self.tr("Could not check interrupted changes: {reason}").format(
                        reason=error.message
                    )
                )

        Operation(self._context, lambda _op: ops.interrupted(account_id), key="reconcile").success(
            done
        ).failure(failed).run()

    def resume(self, entries: list[PendingChange]) -> None:
        account_id = self.account_id
        if account_id is None or not entries:
            return
        ops = self._context.console.ops
        Operation(self._context, lambda _op: ops.resume(account_id, entries), key="resume").success(
            self.resumed.emit
        ).run()

    def discard(self, entries: list[PendingChange]) -> None:
        ops = self._context.console.ops
        Operation(self._context, lambda _op: ops.discard(entries), key="discard").run()

    def _tell_sync(self, words: Callable[[], str]) -> None:
        """Say how the account's refresh goes; said again after a language change."""
        self._sync_words = words
        self.syncState.emit(words())

    def tell_sync_state(self) -> None:
        """Say again how the last refresh went (in the language now chosen)."""
        if self._sync_words is not None:
            self.syncState.emit(self._sync_words())

    def tell_problem(self) -> None:
        """Tell again why the account cannot be read, worded in the language now chosen."""
        account, error = self.account(), self._problem_error
        if self.problem is not None and account is not None and error is not None:
            self._set_problem(read_problem(account, error))

    def tell_refresh_line(self) -> None:
        """Say again when the account was last refreshed (in the language now chosen)."""
        self.refreshLineChanged.emit(refresh_line(self._last_refresh, failed=self._refresh_failed))

    def _set_problem(self, problem: ReadProblem | None) -> None:
        """Every failure is told again (the person may have tried again); a cure once."""
        if problem is None and self.problem is None:
            return
        self.problem = problem
        self.problemChanged.emit(problem)

    def _set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.offlineChanged.emit(offline)

    def _report_budget(self) -> None:
        if self.account_id is None:
            return
        budget = self._context.console.ops.budget(self.account_id)
        if budget is not None:
            self.budgetChanged.emit(budget.remaining, budget.limit)
        self.serverChanged.emit(self._context.console.ops.server_version(self.account_id))


# How many orders ended each way, in a report's line ("3 applied, 1 not applied").
SUMMARY_PARTS = (
    (Outcome.APPLIED, QT_TRANSLATE_NOOP("Outcome", "%n applied")),
    (Outcome.SKIPPED, QT_TRANSLATE_NOOP("Outcome", "%n already had it")),
    (Outcome.NOT_APPLIED, QT_TRANSLATE_NOOP("Outcome", "%n not applied")),
    (Outcome.NOT_SENT, QT_TRANSLATE_NOOP("Outcome", "%n not sent")),
    (Outcome.UNKNOWN, QT_TRANSLATE_NOOP("Outcome", "%n unknown")),
    (
        Outcome.CHANGED_MEANWHILE,
        QT_TRANSLATE_NOOP("Outcome", "%n changed meanwhile by someone else: not sent"),
    ),
)


def summarize(report: ChangeReport) -> str:
    counts = report.counts()
    parts = [
        translate("Outcome", label, None, counts[outcome])
        for outcome, label in SUMMARY_PARTS
        if counts[outcome]
    ]
    return ", ".join(parts) or translate("Outcome", "nothing to do")
