"""Account-level entry points: the work a screen asks of an account, by the account's id.

A screen names the account and what it wants; this module finds the account's connector (the
console's one long-lived connector per account, built off the GUI thread the first time) and
runs the service logic around it: read-through caching of an order, changes through the
journal, the review decisions of several accounts, the sync of every account. The screens
never hold a connector or the journal, so what is sent, cached and journaled is decided here,
in one place, and the same way for every screen.

The connector-taking methods of `SyncService` and `ChangeService` stay what this module builds
on (and what the service tests drive directly).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from approval_console.core.accounts import Account
from approval_console.core.backends import Capabilities, can_reverse, capabilities_of
from approval_console.core.changes import Change, OrderActionKind, StatusChange
from approval_console.core.errors import ConsoleError
from approval_console.core.i18n import translate
from approval_console.services.bulk import BulkPlan, BulkProgress
from approval_console.services.changes import ChangeService, SingleResult
from approval_console.services.dbthread import DbThread
from approval_console.services.merchant import MerchantService
from approval_console.services.outcomes import ChangeReport, OrderResult, Outcome
from approval_console.services.review import NoDecision, decision
from approval_console.services.sync import ProgressCallback, SyncResult, SyncService
from approval_console.services.sync_pass import PassCallback
from approval_console.services.undo import UndoPlan, UndoRef, UndoReport, plan_undo, undo
from approval_console.store.journal import EntryState, JournalEntry
from approval_console.store.orders import OrderCache

if TYPE_CHECKING:
    from approval_console.connectors.base import Connector, RateBudget
    from approval_console.core.billing import Merchant
    from approval_console.core.detail import OrderDetail
    from approval_console.core.domain import Contact, Order, Status

PendingChange = JournalEntry
"""A change the journal holds unfinished: what a screen offers to resume or discard."""


class ConnectorSource(Protocol):
    """Where an account's connector comes from (the `Console`)."""

    async def connector_async(self, account_id: str) -> Connector: ...

    def peek_connector(self, account_id: str) -> Connector | None: ...

    async def build_unsaved(self, account: Account, key: str) -> Connector: ...


@runtime_checkable
class _SellerSource(Protocol):
    """A backend that knows the merchant selling on its invoices (Apruve)."""

    async def get_merchant(self) -> Merchant: ...


@runtime_checkable
class _VersionedServer(Protocol):
    """A backend whose server's version the connector learns as it reads (Spree)."""

    system: str
    server_version: str | None


@runtime_checkable
class _ContactSource(Protocol):
    """A backend whose approvals are recorded against a contact (Arlo)."""

    async def list_contacts(self) -> list[Contact]: ...


@dataclass(frozen=True)
class Interrupted:
    """What reconciling an account's interrupted changes found, and what is left to decide.

    `pending` are changes never sent: the person chooses to resume or discard them.
    """

    report: ChangeReport = field(default_factory=ChangeReport)
    pending: list[PendingChange] = field(default_factory=list)


@dataclass
class Decisions:
    """What became of one approve or cancel over one or more orders, across accounts."""

    action: OrderActionKind
    results: dict[tuple[str, str], OrderResult] = field(default_factory=dict)
    batches: dict[str, str] = field(default_factory=dict)  # account id -> its journal batch

    def count(self, outcome: Outcome) -> int:
        return sum(1 for result in self.results.values() if result.outcome is outcome)

    def held(self) -> list[tuple[str, str]]:
        """The orders held back because another operator changed them meanwhile."""
        return [key for key, r in self.results.items() if r.outcome is Outcome.CHANGED_MEANWHILE]


class AccountOps:
    """Every account-level operation a screen runs, each resolving its account's connector."""

    def __init__(
        self,
        connectors: ConnectorSource,
        sync: SyncService,
        changes: ChangeService,
        db: DbThread,
        cache: OrderCache,
        account_of: Callable[[str], Account | None],
        merchant: MerchantService | None = None,
    ) -> None:
        self._connectors = connectors
        self._merchant = merchant
        self._sync = sync
        self._changes = changes
        self._db = db
        self._cache = cache
        self._account_of = account_of

    async def _connector(self, account_id: str) -> Connector:
        return await self._connectors.connector_async(account_id)

    # -- reading ------------------------------------------------------------------------------

    async def sync(
        self,
        account_id: str,
        *,
        on_progress: ProgressCallback | None = None,
        on_pass: PassCallback | None = None,
    ) -> SyncResult:
        """Refresh the account's cached orders (see `SyncService.sync`); a full pass tells
        `on_pass` its pages, orders and time left as each page lands."""
        connector = await self._connector(account_id)
        return await self._sync.sync(connector, on_progress=on_progress, on_pass=on_pass)

    async def sync_each(
        self,
        accounts: Sequence[Account],
        on_account: Callable[[Account, int, int], None] | None = None,
    ) -> list[tuple[Account, Exception]]:
        """Sync the accounts one after another; one account's trouble never stops the rest.

        `on_account(account, number, total)` is told as each begins; the accounts that
        failed come back with their errors.
        """
        problems: list[tuple[Account, Exception]] = []
        for number, account in enumerate(accounts, 1):
            if on_account is not None:
                on_account(account, number, len(accounts))
            try:
                await self.sync(account.id)
            except Exception as error:
                problems.append((account, error))
        return problems

    async def order_detail(self, account_id: str, order_id: str) -> OrderDetail:
        """The order as the server has it now, kept in the cache for the next time (and for
        offline): read through the cache."""
        connector = await self._connector(account_id)
        detail = await connector.get_order(order_id)
        await self._db.run(self._cache.save_detail, account_id, detail)
        return detail

    async def lookup(self, account_id: str, number: str, email: str) -> OrderDetail:
        """Find an order by its number and the customer's email; cached like any read."""
        connector = await self._connector(account_id)
        detail = await connector.lookup(number, email)
        await self._db.run(self._cache.save_detail, account_id, detail)
        return detail

    async def viable_statuses(self, account_id: str, order_id: str) -> list[Status]:
        """The statuses the order may move to; kept as the rule of its tag set and status
        (`store.status_rules`), so that a later bulk plan need not ask for them again."""
        connector = await self._connector(account_id)
        statuses = await connector.viable_statuses(order_id)
        order = await self._db.run(self._cache.get, account_id, order_id)
        if order is not None:
            await self._db.run(
                self._cache.rules.learn,
                account_id,
                order.tags,
                order.status_code,
                [status.code for status in statuses],
                time.time(),
            )
        return statuses

    async def merchant(self, account_id: str) -> Merchant:
        """The seller on the account's invoices."""
        connector = await self._connector(account_id)
        if not isinstance(connector, _SellerSource):
            raise ConsoleError(
                translate("Accounts", "This account's server does not say who the seller is.")
            )
        return await connector.get_merchant()

    async def contacts(self, account_id: str) -> list[Contact]:
        """The contacts an approval can be recorded against."""
        connector = await self._connector(account_id)
        if not isinstance(connector, _ContactSource):
            raise ConsoleError(translate("Accounts", "This account's server keeps no contacts."))
        return list(await connector.list_contacts())

    def budget(self, account_id: str) -> RateBudget | None:
        """The account's rate budget now; None until its connector exists (never builds one)."""
        connector = self._connectors.peek_connector(account_id)
        return connector.budget() if connector is not None else None

    def server_version(self, account_id: str) -> str:
        """Which server the account talks to, where its connector learnt it ("Spree 6.0");
        empty until then (never builds a connector, never asks the server)."""
        connector = self._connectors.peek_connector(account_id)
        if isinstance(connector, _VersionedServer) and connector.server_version:
            return f"{connector.system} {connector.server_version}"
        return ""

    async def test_connection(self, account: Account, key: str) -> int:
        """Reach an account (saved or not) with a throwaway connector; the number of statuses
        proves it works. The connector is built off the GUI thread and always closed again."""
        connector = await self._connectors.build_unsaved(account, key)
        try:
            statuses = await connector.list_statuses()
        finally:
            await connector.aclose()
        return len(statuses)

    # -- changing -----------------------------------------------------------------------------

    async def apply(
        self,
        account_id: str,
        order_id: str,
        change: Change,
        *,
        seen: Order | None = None,
        check: bool = True,
    ) -> SingleResult:
        """One change on one order, through the journal (see `ChangeService.apply`)."""
        connector = await self._connector(account_id)
        return await self._changes.apply(connector, order_id, change, seen=seen, check=check)

    async def apply_many(
        self,
        account_id: str,
        order_ids: Sequence[str],
        change: Change,
        *,
        description: str,
        on_progress: Callable[[int, int], None] | None = None,
        cancel: asyncio.Event | None = None,
        seen: Mapping[str, Order] | None = None,
        check: bool = True,
    ) -> ChangeReport:
        """One change on many orders, one request each (see `ChangeService.apply_many`)."""
        connector = await self._connector(account_id)
        return await self._changes.apply_many(
            connector,
            order_ids,
            change,
            description=description,
            on_progress=on_progress,
            cancel=cancel,
            seen=seen,
            check=check,
        )

    async def plan_bulk(
        self, account_id: str, order_ids: Sequence[str], change: StatusChange
    ) -> BulkPlan:
        connector = await self._connector(account_id)
        return await self._changes.plan_bulk(connector, order_ids, change)

    async def run_bulk(
        self,
        account_id: str,
        plan: BulkPlan,
        *,
        on_progress: Callable[[BulkProgress], None] | None = None,
        cancel: asyncio.Event | None = None,
        on_late: Callable[[ChangeReport], None] | None = None,
    ) -> ChangeReport:
        """Send a planned bulk change and confirm every order (see `ChangeService.run_bulk`)."""
        connector = await self._connector(account_id)
        return await self._changes.run_bulk(
            connector, plan, on_progress=on_progress, cancel=cancel, on_late=on_late
        )

    def capabilities(self, account_id: str) -> Capabilities:
        """What the account can do: its backend's, as its connector learnt them from the
        server where it has (Spree 5.6 sends no cancel email); nothing for an unknown one."""
        connector = self._connectors.peek_connector(account_id)
        if connector is not None:
            return connector.capabilities
        account = self._account_of(account_id)
        known = capabilities_of(account.backend) if account is not None else None
        return known or Capabilities()

    def _decision(self, account_id: str, action: OrderActionKind) -> Change:
        """This account's change for the decision, or `NoDecision` saying why there is none."""
        account = self._account_of(account_id)
        if account is None:
            raise NoDecision(translate("Accounts", "This account no longer exists."))
        return decision(account, self.capabilities(account_id), action)

    async def decide(
        self,
        entries: Sequence[tuple[str, str]],
        outcome: Decisions,
        *,
        seen: Mapping[tuple[str, str], Order] | None = None,
        check: bool = True,
    ) -> Decisions:
        """Approve or cancel orders given as (account id, order id), account after account,
        each account's orders with that account's own change, through the journal.

        `outcome` is filled in as each account is done, so a failure midway still tells what
        became of the accounts before it. An order another operator changed since `seen` is
        held back (changed meanwhile), unless `check` is off.
        """
        seen = seen or {}
        action = outcome.action
        by_account: dict[str, list[str]] = {}
        for account_id, order_id in entries:
            by_account.setdefault(account_id, []).append(order_id)
        for account_id, order_ids in by_account.items():
            try:
                change = self._decision(account_id, action)
            except NoDecision as refusal:
                for order_id in order_ids:
                    outcome.results[(account_id, order_id)] = OrderResult(
                        order_id, Outcome.NOT_SENT, str(refusal)
                    )
                continue
            count = len(order_ids)
            report = await self.apply_many(
                account_id,
                order_ids,
                change,
                description=(
                    translate("Review", "Approve %n order(s) from review", "", count)
                    if action is OrderActionKind.APPROVE
                    else translate("Review", "Cancel %n order(s) from review", "", count)
                ),
                seen={o: seen[(account_id, o)] for o in order_ids if (account_id, o) in seen},
                check=check,
            )
            for order_id, result in report.results.items():
                outcome.results[(account_id, order_id)] = result
            if report.batch_id is not None:
                outcome.batches[account_id] = report.batch_id
        return outcome

    # -- undo ---------------------------------------------------------------------------------

    def can_undo(self, account_id: str, change: Change) -> bool:
        """Whether the account's backend lets this change be set back afterwards."""
        return can_reverse(self.capabilities(account_id), change)

    def can_undo_decision(self, account_id: str, action: OrderActionKind) -> bool:
        """Whether a review decision on this account's orders can be set back: an ApprovePro
        decision is a status; Spree's and Arlo's cancels and approvals are for good."""
        try:
            change = self._decision(account_id, action)
        except NoDecision:
            return False
        return self.can_undo(account_id, change)

    async def undo_plan(self, ref: UndoRef) -> UndoPlan:
        """What undoing a change would put back, from its journal entries (see `services.undo`)."""
        return await plan_undo(self._changes, ref, self.capabilities(ref.account_id))

    async def undo(
        self, ref: UndoRef, *, on_progress: Callable[[int, int], None] | None = None
    ) -> UndoReport:
        """Put back what the change `ref` names had, through the journal like any change."""
        plan = await self.undo_plan(ref)
        if not plan.orders:
            return UndoReport(ref.account_id)
        connector = await self._connector(ref.account_id)
        return await undo(self._changes, connector, plan, on_progress=on_progress)

    # -- interrupted changes ------------------------------------------------------------------

    async def interrupted(self, account_id: str) -> Interrupted:
        """Settle the account's changes a crash or a dropped connection left in doubt, and
        say which were never sent.

        A bulk change still running (its dialog closed or not) is not interrupted: its entries
        are left out, or coming back to the account would offer to resume them. Webhook
        changes are settled too, from the merchant's endpoint list (never resent).
        """
        if self._merchant is not None and self.capabilities(account_id).merchant:
            # An unreadable endpoint list leaves the entries for the next start.
            with contextlib.suppress(ConsoleError):
                await self._merchant.settle_unfinished(account_id)
        if not await self._changes.unfinished(account_id):
            return Interrupted()
        connector = await self._connector(account_id)
        report = await self._changes.reconcile(connector)
        entries = await self._changes.unfinished(account_id)
        return Interrupted(
            report, [entry for entry in entries if entry.state is EntryState.PENDING]
        )

    async def resume(self, account_id: str, entries: Sequence[PendingChange]) -> ChangeReport:
        """Send changes never sent after an interruption (the person chose to)."""
        connector = await self._connector(account_id)
        return await self._changes.resume(connector, entries)

    async def discard(self, entries: Sequence[PendingChange]) -> None:
        """The person chose not to resume: the changes end as failed, never sent."""
        await self._changes.discard(entries)
