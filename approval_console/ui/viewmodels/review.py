"""The review queue and the all-accounts list: rows across accounts, and decisions on them.

Rows come from the cache (every account at once, answered on the query thread), so the queue is
there before any server answers; Refresh syncs each account in turn behind it. A decision is
the account's own change (see `services.review.decision`) sent through the journal, like any
other change, one order after another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from enum import StrEnum

import shiboken6
from PySide6.QtCore import QObject, Signal

from approval_console.core.accounts import Account
from approval_console.core.backends import Capabilities
from approval_console.core.changes import OrderActionKind
from approval_console.core.domain import Contact, Order
from approval_console.services.account_ops import Decisions
from approval_console.services.outcomes import OrderResult, Outcome
from approval_console.services.review import (
    chosen_contact,
    chosen_notify,
    deciding_accounts,
    marked_statuses,
    tells_customer,
    waiting_accounts,
    why_awaiting,
    why_undecided,
    with_choices,
)
from approval_console.store.orders import OrderFilter, SortKey
from approval_console.ui.context import UiContext
from approval_console.ui.models.across import AcrossAccountsModel
from approval_console.ui.operations import Operation
from approval_console.ui.runtime import explain
from approval_console.ui.viewmodels.list_filters import ListFilters


class QueueMode(StrEnum):
    REVIEW = "review"  # every order awaiting a decision here, from every account
    WAITING = "waiting"  # orders awaiting someone else's decision (their buyer's): to follow up
    ALL = "all"  # every order of every account


class ReviewQueueViewModel(QObject):
    countChanged = Signal(int)
    decided = Signal(object)  # Decisions
    deciding = Signal(bool)
    refreshing = Signal(str)  # progress text; "" when done
    refreshed = Signal()  # every account was read again: their lists may have changed
    contactsLoaded = Signal(str, list)  # account id, list[Contact]

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = AcrossAccountsModel(context.reader, self)
        self.mode = QueueMode.REVIEW
        self.search = ""
        # The All accounts list's filters; its statuses are chosen by name (`status_codes`
        # holds names there: each account defines its own codes).
        self.filters = ListFilters()
        self.sort_key = SortKey.CREATED
        self.descending = True
        self.busy = False  # a decision is being sent, or the queue does not show its outcome yet
        self.refreshing_now = False  # every account is being read again
        self._settling = False  # decided: busy until the next rows show without those orders
        self._contacts: dict[str, list[Contact]] = {}
        self.model.sortRequested.connect(self._sort)

    # -- rows ----------------------------------------------------------------------------------

    def set_mode(self, mode: QueueMode | str) -> None:
        """Show another list; a combo box hands its enum data back as a plain string."""
        self.mode = QueueMode(mode)
        self.requery()

    def set_search(self, text: str) -> None:
        self.search = text
        self.requery()

    def set_filters(self, filters: ListFilters) -> None:
        """The All accounts list's filters (the queues ignore them)."""
        filters = replace(filters, search="")
        if filters == self.filters:
            return
        self.filters = filters
        if self.mode is QueueMode.ALL:
            self.requery()

    def store_filter(self) -> OrderFilter:
        """What the current list asks the cache: in All accounts, its filters as well."""
        search = self.search.strip() or None
        if self.mode is not QueueMode.ALL:
            return OrderFilter(search=search)
        flt = replace(self.filters, search=self.search).to_store()
        return replace(flt, status_codes=(), status_names=self.filters.status_codes)

    def _sort(self, key: SortKey, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.requery()

    def requery(self) -> None:
        accounts = list(self._context.console.settings.accounts)
        names = {account.id: account.name for account in accounts}
        marks = marked_statuses(accounts)
        flt = self.store_filter()
        cache, thread = self._context.query_cache, self._context.query_thread
        awaiting = self.mode is not QueueMode.ALL
        # Orders waiting on their buyer are shown apart: nobody here can decide them.
        if self.mode is QueueMode.REVIEW:
            accounts = deciding_accounts(accounts)
        elif self.mode is QueueMode.WAITING:
            accounts = waiting_accounts(accounts)
        elif self.filters.accounts:
            accounts = [account for account in accounts if account.id in self.filters.accounts]
        ids = [account.id for account in accounts]
        sort, descending = self.sort_key, self.descending

        async def query() -> list[tuple[int, str]]:
            return await thread.run(
                cache.query_across,
                ids,
                flt,
                awaiting=awaiting,
                review_statuses=marks,
                sort=sort,
                descending=descending,
            )

        def show(rows: list[tuple[int, str]]) -> None:
            if not shiboken6.isValid(self.model):
                return  # the window went while the query ran
            self.model.set_rows(rows, names)
            if self._settling:
                self._settle()
            self.countChanged.emit(len(rows))

        self._context.runner.start(query(), key="review-query", context="queue", on_done=show)

    def refresh(self) -> None:
        """Sync every account, one after another, then show the queue again."""
        console = self._context.console
        accounts = list(console.settings.accounts)

        def starting(account: Account, number: int, total: int) -> None:
            self.refreshing_now = True
            self.refreshing.emit(
                self.tr("Refreshing {account} ({number} of {total})…").format(
                    account=account.name, number=number, total=total
                )
            )

        def done(problems: list[tuple[Account, Exception]]) -> None:
            self.refreshing_now = False
            self.refreshing.emit("; ".join(f"{a.name}: {explain(e)}" for a, e in problems))
            self.refreshed.emit()
            self.requery()

        (
            Operation(
                self._context,
                lambda op: console.ops.sync_each(accounts, on_account=op.report),
                key="review-refresh",
            )
            .progress(starting)
            .success(done)
            .run()
        )

    def _settle(self) -> None:
        self._settling = False
        self.busy = False
        self.deciding.emit(False)

    def stop(self) -> None:
        """The window closes: reading stops; a decision in flight is left to finish and be
        confirmed, never cut off mid-request."""
        runner = self._context.runner
        runner.cancel("review-query")
        if self._settling:
            self._settle()  # the window reads its rows again when it opens
        if runner.running("review-refresh"):
            runner.cancel("review-refresh")
            self.refreshing_now = False
            self.refreshing.emit("")  # Refresh is offered again when the window reopens

    # -- decisions -----------------------------------------------------------------------------

    def _known(self, account_id: str) -> tuple[Account, Capabilities] | None:
        """The account and what its backend can do (nothing, for a backend this version does
        not know); None once the account is gone."""
        account = self._context.console.settings.account(account_id)
        if account is None:
            return None
        return account, self._context.console.ops.capabilities(account_id)

    def capabilities(self, account_id: str) -> Capabilities | None:
        known = self._known(account_id)
        return known[1] if known is not None else None

    def why_awaiting(self, account_id: str, order: Order) -> str:
        """Why the order is in the queue; empty in the all-accounts list."""
        known = self._known(account_id)
        if self.mode is QueueMode.ALL or known is None:
            return ""
        return why_awaiting(*known, order)

    def tells_customer(self, account_id: str, action: OrderActionKind) -> bool | None:
        """Whether deciding this account's order tells its customer; None where it cannot."""
        known = self._known(account_id)
        return tells_customer(*known, action) if known is not None else None

    def why_not(self, account_id: str, order: Order, action: OrderActionKind) -> str | None:
        """Why this order cannot take the action here, or None when it can: its account's
        backend and its own state both decide (see `services.review.why_undecided`)."""
        known = self._known(account_id)
        if known is None:
            return self.tr("This account no longer exists.")
        return why_undecided(*known, order, action)

    def split(
        self, entries: Sequence[tuple[str, Order]], action: OrderActionKind
    ) -> tuple[list[tuple[str, Order]], dict[str, int]]:
        """The entries that can take the action here, and how many cannot, by reason: only
        the first are ever sent."""
        ready: list[tuple[str, Order]] = []
        refused: dict[str, int] = {}
        for account_id, order in entries:
            reason = self.why_not(account_id, order, action)
            if reason is None:
                ready.append((account_id, order))
            else:
                refused[reason] = refused.get(reason, 0) + 1
        return ready, refused

    def choices(self, account_id: str) -> tuple[bool, str | None]:
        """The notify choice and approving contact last used for this account's orders."""
        account = self._context.console.settings.account(account_id)
        if account is None:
            return True, None
        return chosen_notify(account), chosen_contact(account)

    def remember_choices(self, account_id: str, *, notify: bool, contact_id: str | None) -> None:
        console = self._context.console
        account = console.settings.account(account_id)
        if account is None or (notify, contact_id) == self.choices(account_id):
            return
        console.settings.upsert_account(with_choices(account, notify=notify, contact_id=contact_id))
        console.save_settings()

    def load_contacts(self, account_id: str) -> None:
        """The contacts an approval can be recorded against (Arlo), read once per account."""
        if account_id in self._contacts:
            self.contactsLoaded.emit(account_id, self._contacts[account_id])
            return
        ops = self._context.console.ops

        def done(contacts: list[Contact]) -> None:
            self._contacts[account_id] = contacts
            self.contactsLoaded.emit(account_id, contacts)

        Operation(
            self._context,
            lambda _op: ops.contacts(account_id),
            key=f"contacts-{account_id}",
            context="contacts",
        ).success(done).run()

    def decide(
        self,
        entries: Sequence[tuple[str, str]],
        action: OrderActionKind,
        *,
        seen: Mapping[tuple[str, str], Order] | None = None,
        check: bool = True,
    ) -> None:
        """Approve or cancel orders given as (account id, order id), each through the journal,
        with the notify and approving-contact choices last made for each order's account.

        `seen` holds the orders as the queue showed them: one another operator changed since
        is held back (reported as changed meanwhile), unless `check` is off.
        """
        if self.busy or not entries:
            return
        seen = seen or {}
        ops = self._context.console.ops
        outcome = Decisions(action)
        self.busy = True
        self.deciding.emit(True)

        # Busy until the rows are read again: until then the decided orders still show (and
        # may be selected), and a quick second key would act on them again.
        def done(result: Decisions) -> None:
            self._settling = True
            self.decided.emit(result)
            self.requery()

        def failed(error: BaseException) -> None:
            for account_id, order_id in entries:
                outcome.results.setdefault(
                    (account_id, order_id), OrderResult(order_id, Outcome.UNKNOWN, explain(error))
                )
            done(outcome)

        (
            Operation(
                self._context,
                lambda _op: ops.decide(entries, outcome, seen=seen, check=check),
                key="review-decide",
                context="review",
            )
            .success(done)
            .failure(failed)
            .run()
        )
