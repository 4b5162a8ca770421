"""The merchant behind an account: who it is, its corporate accounts, its webhook endpoints.

Callers name an account; the service resolves its connector each time (editing the account's key
replaces it). Adding or removing a webhook endpoint is a change like any other: written to the
journal before it is sent, and settled there as applied, refused or in doubt. The endpoint list
is read again after every change, refused ones too: a refusal may mean the list changed
elsewhere, and a lost answer means the change may have happened anyway. That read also settles
a change whose answer was lost.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar, runtime_checkable

from approval_console.connectors.base import Connector
from approval_console.core import errors
from approval_console.core.billing import CorporateAccount, Listing, Merchant, WebhookEndpoint
from approval_console.core.changes import CreateWebhook, DeleteWebhook, MerchantChange
from approval_console.core.concurrency import all_or_first_error
from approval_console.core.i18n import translate
from approval_console.core.log import register_secret
from approval_console.core.settings import url_problem
from approval_console.services.dbthread import DbThread
from approval_console.services.outcomes import describe_error
from approval_console.store.journal import EntryState, Journal, JournalEntry

T = TypeVar("T")

ACCOUNTS_PAGE_SIZE = 100  # the documented maximum: fewest requests for a full read
MAX_ACCOUNT_PAGES = 500  # a server that always says "more" must not loop us forever
WEBHOOK_VERSION = "v4"  # the only version the document lists


@runtime_checkable
class MerchantBackend(Protocol):
    """The merchant calls a backend with `Capabilities.merchant` answers."""

    async def merchant_id(self) -> str: ...

    async def get_merchant(self, merchant_id: str | None = None) -> Merchant: ...

    async def list_corporate_accounts(
        self,
        *,
        email: str | None = None,
        merchant_id: str | None = None,
        page: int = 1,
        per_page: int = 100,
    ) -> Listing[CorporateAccount]: ...

    async def list_webhook_endpoints(
        self, *, merchant_id: str | None = None
    ) -> list[WebhookEndpoint]: ...

    async def create_webhook_endpoint(
        self,
        url: str,
        *,
        version: str = "v4",
        auth_header: str | None = None,
        merchant_id: str | None = None,
    ) -> WebhookEndpoint: ...

    async def delete_webhook_endpoint(
        self, endpoint_id: str, *, merchant_id: str | None = None
    ) -> WebhookEndpoint: ...


class NoMerchantError(errors.ConsoleError):
    """The account's backend has no merchant to show (only Apruve accounts have one)."""


@dataclass(frozen=True, slots=True)
class MerchantOverview:
    """Everything the merchant window shows, read in one go: never a half-loaded state."""

    merchant: Merchant
    accounts: tuple[CorporateAccount, ...]
    webhooks: tuple[WebhookEndpoint, ...]


@dataclass(slots=True)
class WebhookOutcome(Generic[T]):
    """What one webhook change came to: its result or refusal, the list read after it, and
    the journal entry that records it (None for a plain reload)."""

    result: T | None = None
    failure: errors.ConsoleError | None = None
    endpoints: tuple[WebhookEndpoint, ...] | None = None
    list_failure: errors.ConsoleError | None = None
    entry: JournalEntry | None = field(default=None)


def webhook_url_problem(text: str) -> str | None:
    """Why `text` cannot receive webhooks, or None: the rule every account's address passes.

    The backend posts notifications, with the auth header, to this address: plain http:// is
    for this computer only, as it is for an account's address, and said in the same words.
    """
    return url_problem(text)


def merchant_subject(merchant_id: str) -> str:
    """What a merchant change is journaled against, where an order change names its order."""
    return f"merchant/{merchant_id}"


async def read_all_accounts(
    api: MerchantBackend, merchant_id: str, *, per_page: int = ACCOUNTS_PAGE_SIZE
) -> tuple[CorporateAccount, ...]:
    """Every page of corporate accounts, in the server's order (no server-side name search)."""
    accounts: list[CorporateAccount] = []
    page = 1
    while True:
        listing = await api.list_corporate_accounts(
            merchant_id=merchant_id, page=page, per_page=per_page
        )
        accounts.extend(listing.items)
        if not listing.has_more or not listing.items or page >= MAX_ACCOUNT_PAGES:
            return tuple(accounts)
        page += 1


MERCHANT_CHANGES = (CreateWebhook, DeleteWebhook)  # `MerchantChange`, for isinstance


def _outcome_unknown(error: errors.ConsoleError) -> bool:
    """True when a failed request may nevertheless have been applied."""
    if isinstance(error, errors.ApiConnectionError):
        return error.maybe_applied
    return isinstance(error, errors.ServerError | errors.ResponseFormatError)


def _shows(change: MerchantChange, endpoints: tuple[WebhookEndpoint, ...]) -> bool:
    """Does the endpoint list show the change made?"""
    if isinstance(change, CreateWebhook):
        return any(endpoint.url == change.url for endpoint in endpoints)
    return all(endpoint.id != change.endpoint_id for endpoint in endpoints)


class MerchantService:
    """Reads the merchant of an account and carries its webhook changes through the journal."""

    def __init__(
        self,
        connector: Callable[[str], Awaitable[Connector]],
        db: DbThread,
        journal: Journal,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._connector = connector
        self.db = db
        self.journal = journal
        self.clock = clock
        self.accounts_page_size = ACCOUNTS_PAGE_SIZE

    async def backend(self, account_id: str) -> tuple[MerchantBackend, str]:
        """The account's merchant calls and merchant id, asked afresh each time."""
        connector = await self._connector(account_id)
        if not connector.capabilities.merchant or not isinstance(connector, MerchantBackend):
            raise NoMerchantError(
                translate(
                    "Merchant",
                    "“{account}” has no merchant settings to show (only Apruve accounts have "
                    "them).",
                ).format(account=connector.account.name)
            )
        return connector, await connector.merchant_id()  # known after the first time

    async def overview(self, account_id: str) -> MerchantOverview:
        """The merchant, every corporate account and the webhook endpoints, read at once; the
        first failure is what the caller explains, and the other reads stop."""
        api, merchant_id = await self.backend(account_id)
        merchant: Merchant | None = None
        accounts: tuple[CorporateAccount, ...] = ()
        webhooks: tuple[WebhookEndpoint, ...] = ()

        async def read_merchant() -> None:
            nonlocal merchant
            merchant = await api.get_merchant(merchant_id)

        async def read_accounts() -> None:
            nonlocal accounts
            accounts = await read_all_accounts(api, merchant_id, per_page=self.accounts_page_size)

        async def read_webhooks() -> None:
            nonlocal webhooks
            webhooks = tuple(await api.list_webhook_endpoints(merchant_id=merchant_id))

        await all_or_first_error((read_merchant(), read_accounts(), read_webhooks()))
        assert merchant is not None  # all three were read, or the first failure raised
        return MerchantOverview(merchant, accounts, webhooks)

    async def reload_webhooks(self, account_id: str) -> WebhookOutcome[None]:
        api, merchant_id = await self.backend(account_id)
        outcome: WebhookOutcome[None] = WebhookOutcome()
        await self._read_endpoints(api, merchant_id, outcome)
        return outcome

    async def add_webhook(
        self, account_id: str, url: str, auth_header: str | None = None
    ) -> WebhookOutcome[WebhookEndpoint]:
        """Register `url`; an address refused by the rule is never journaled nor sent."""
        url = url.strip()
        problem = webhook_url_problem(url)
        if problem is not None:
            raise errors.InsecureAddressError(problem)
        auth_header = (auth_header or "").strip() or None
        if auth_header is not None:
            register_secret(auth_header)  # before it can reach any log line
        change = CreateWebhook(url, WEBHOOK_VERSION, with_auth_header=auth_header is not None)

        async def send(api: MerchantBackend, merchant_id: str) -> WebhookEndpoint:
            return await api.create_webhook_endpoint(
                url, version=WEBHOOK_VERSION, auth_header=auth_header, merchant_id=merchant_id
            )

        return await self._carry(account_id, change, send)

    async def remove_webhook(
        self, account_id: str, endpoint: WebhookEndpoint
    ) -> WebhookOutcome[WebhookEndpoint]:
        change = DeleteWebhook(endpoint.id, endpoint.url)

        async def send(api: MerchantBackend, merchant_id: str) -> WebhookEndpoint:
            return await api.delete_webhook_endpoint(endpoint.id, merchant_id=merchant_id)

        return await self._carry(account_id, change, send)

    async def settle_unfinished(self, account_id: str) -> list[JournalEntry]:
        """Settle webhook changes a crash or a lost answer left in doubt, by the endpoint list.

        One the list shows is applied; one it does not is failed, never sent again: a webhook's
        auth header is not kept, so the person adds it again if it is still wanted. Returns the
        entries settled; entries stay as they are when the list cannot be read.
        """
        entries = await self.db.run(self.journal.unfinished, account_id)
        ours = [entry for entry in entries if isinstance(entry.change, MERCHANT_CHANGES)]
        if not ours:
            return []
        api, merchant_id = await self.backend(account_id)
        endpoints = tuple(await api.list_webhook_endpoints(merchant_id=merchant_id))
        settled: list[JournalEntry] = []
        for entry in ours:
            change = entry.change
            assert isinstance(change, MERCHANT_CHANGES)
            if entry.state is EntryState.SENT:
                entry = await self._move(
                    entry, EntryState.UNKNOWN, translate("Changes", "interrupted in flight")
                )
            if entry.state is not EntryState.PENDING and _shows(change, endpoints):
                settled.append(await self._move(entry, EntryState.CONFIRMED))
            else:
                settled.append(
                    await self._move(
                        entry, EntryState.FAILED, translate("Changes", "interrupted; not applied")
                    )
                )
        return settled

    async def _carry(
        self,
        account_id: str,
        change: MerchantChange,
        send: Callable[[MerchantBackend, str], Awaitable[T]],
    ) -> WebhookOutcome[T]:
        """Journal, send, re-read the list, and settle the entry by what came back."""
        api, merchant_id = await self.backend(account_id)
        [entry] = await self.db.run(
            self.journal.record, account_id, [merchant_subject(merchant_id)], change
        )
        outcome: WebhookOutcome[T] = WebhookOutcome()
        entry = await self._move(entry, EntryState.SENT)
        try:
            outcome.result = await send(api, merchant_id)
        except errors.ConsoleError as error:
            outcome.failure = error
            unknown = _outcome_unknown(error)
            state = EntryState.UNKNOWN if unknown else EntryState.FAILED
            entry = await self._move(entry, state, describe_error(error))
        except BaseException:
            # Cancelled or a fault mid-request: it may have reached the server.
            await self._move(
                entry, EntryState.UNKNOWN, translate("Changes", "interrupted in flight")
            )
            raise
        else:
            entry = await self._move(entry, EntryState.CONFIRMED)
        await self._read_endpoints(api, merchant_id, outcome)
        if entry.state is EntryState.UNKNOWN and outcome.endpoints is not None:
            if _shows(change, outcome.endpoints):
                entry = await self._move(entry, EntryState.CONFIRMED)
            else:
                entry = await self._move(
                    entry, EntryState.FAILED, translate("Changes", "not applied")
                )
        outcome.entry = entry
        return outcome

    async def _read_endpoints(
        self, api: MerchantBackend, merchant_id: str, outcome: WebhookOutcome[T]
    ) -> None:
        try:
            endpoints = await api.list_webhook_endpoints(merchant_id=merchant_id)
        except errors.ConsoleError as error:
            outcome.list_failure = error
        else:
            outcome.endpoints = tuple(endpoints)

    async def _move(
        self, entry: JournalEntry, state: EntryState, reason: str | None = None
    ) -> JournalEntry:
        [moved] = await self.db.run(
            self.journal.transition, [entry.id], state, reason=reason, at=self.clock()
        )
        return moved
