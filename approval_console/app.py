"""Composition root: builds the store, connectors and services for one profile. No globals.

The window (built on top of this) and the tests both start here, so both run exactly the parts
a user's app runs.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from approval_console.connectors.registry import create_connector
from approval_console.core.accounts import Account
from approval_console.core.errors import ConsoleError, MissingKeyError
from approval_console.core.i18n import translate
from approval_console.core.log import register_secret
from approval_console.core.paths import Paths
from approval_console.core.secrets import SecretStore
from approval_console.core.settings import Settings, load_settings, save_settings
from approval_console.services.account_ops import AccountOps
from approval_console.services.changes import ChangeService
from approval_console.services.dbthread import DbThread
from approval_console.services.merchant import MerchantService
from approval_console.services.sync import SyncService
from approval_console.store.db import Database
from approval_console.store.journal import Journal
from approval_console.store.journal_accounts import JournalAccounts, Orphan
from approval_console.store.journal_move import move_journal_out_of_cache
from approval_console.store.journal_schema import JOURNAL
from approval_console.store.orders import OrderCache

if TYPE_CHECKING:
    from pathlib import Path

    import httpx

    from approval_console.connectors.base import Connector

log = logging.getLogger(__name__)


class Console:
    """Everything below the window for one profile."""

    def __init__(
        self,
        paths: Paths,
        *,
        secrets: SecretStore | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        database: Database | None = None,
        settings: Settings | None = None,
    ) -> None:
        """`database` and `settings` are those already opened and read (by the start-up
        preview), else they are opened and read here."""
        paths.ensure()
        self.paths = paths
        self.secrets = secrets or SecretStore()
        self.settings: Settings = (
            settings if settings is not None else load_settings(paths.settings_file)
        )
        self.db_thread = DbThread()
        self.database: Database = database or self.db_thread.call(Database.open, paths.database)
        try:
            self.journal_db: Database = self.db_thread.call(
                _open_journal, paths.journal, self.database
            )
        except BaseException:
            self.db_thread.call(self.database.close)
            self.db_thread.close()
            raise
        self.cache = OrderCache(self.database)
        self.journal = Journal(self.journal_db)
        self.journal_accounts = JournalAccounts(self.journal_db)
        self.db_thread.call(self.journal_accounts.remember, self.settings.accounts)
        # Unsent or in-doubt changes of accounts the settings no longer have: kept, and
        # handed back when the account is added again (see `add_account`).
        self.orphans: list[Orphan] = self.db_thread.call(
            self.journal_accounts.orphans, self._account_ids()
        )
        for orphan in self.orphans:
            log.warning(
                "%d unfinished changes of an account not in the settings (%s at %s, id %s) "
                "are kept in the journal; adding that account again resumes them",
                orphan.unfinished, orphan.backend, orphan.base_url, orphan.account_id,
            )  # fmt: skip
        self.sync = SyncService(self.db_thread, self.cache)
        self.changes = ChangeService(self.db_thread, self.cache, self.journal, self.sync)
        self.merchant = MerchantService(self.connector_async, self.db_thread, self.journal)
        self._transport = transport
        self._connectors: dict[str, Connector] = {}
        self._retired: list[Connector] = []
        self._locks: dict[str, asyncio.Lock] = {}
        # Our own thread, not the loop's default executor: qasync's is made of QThreads that
        # outlive the loop and log every call's arguments.
        self._builder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="connector-build")
        # What the screens ask of an account, by its id: they never hold a connector.
        self.ops = AccountOps(
            self, self.sync, self.changes, self.db_thread, self.cache, self._account, self.merchant
        )

    def save_settings(self) -> None:
        save_settings(self.paths.settings_file, self.settings)

    def add_account(self, account: Account, secret: str) -> None:
        """Store the key in the keyring first: no keyring, no account.

        An account added again at the backend and address of one whose settings were lost
        takes over that account's unfinished journal entries.
        """
        self.secrets.set(account.id, secret)
        self.settings.upsert_account(account)
        self.save_settings()
        self._retire(account.id)
        others = [account_id for account_id in self._account_ids() if account_id != account.id]
        adopted = self.db_thread.call(self.journal_accounts.adopt, account, others)
        if adopted is None:
            self.db_thread.call(self.journal_accounts.remember, [account])
        else:
            log.info("The account %s takes over the journal entries of %s", account.id, adopted)
            self.orphans = [o for o in self.orphans if o.account_id != adopted]

    def _account(self, account_id: str) -> Account | None:
        return self.settings.account(account_id)

    def _account_ids(self) -> list[str]:
        return [account.id for account in self.settings.accounts]

    def remove_account(self, account_id: str) -> None:
        """Forget the key first: an account is never left behind with its key orphaned."""
        self.secrets.delete(account_id)
        self.settings.remove_account(account_id)
        self.save_settings()
        self._retire(account_id)

    def _retire(self, account_id: str) -> None:
        """A replaced connector is closed with the others, not dropped with a live client."""
        old = self._connectors.pop(account_id, None)
        if old is not None:
            self._retired.append(old)

    def connector(self, account_id: str) -> Connector:
        """The account's one long-lived connector (and HTTP client)."""
        existing = self._connectors.get(account_id)
        if existing is not None:
            return existing
        account = self.settings.account(account_id)
        if account is None:
            raise ConsoleError(
                translate("Accounts", "There is no account {id}.").format(id=repr(account_id))
            )
        secret = self.secrets.get(account_id)
        if not secret:
            raise MissingKeyError(
                translate("Accounts", "No key is stored for the account {name}.").format(
                    name=repr(account.name)
                )
            )
        register_secret(secret)
        connector = create_connector(account, secret, self._transport)
        self._connectors[account_id] = connector
        return connector

    async def connector_async(self, account_id: str) -> Connector:
        """The connector, built on a worker thread the first time.

        Building one reads the keyring and loads TLS certificates (~100 ms): never on the GUI
        thread, never twice at once.
        """
        existing = self._connectors.get(account_id)
        if existing is not None:
            return existing
        lock = self._locks.setdefault(account_id, asyncio.Lock())
        async with lock:
            existing = self._connectors.get(account_id)
            if existing is not None:
                return existing
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._builder, self.connector, account_id)

    async def build_unsaved(self, account: Account, key: str) -> Connector:
        """A throwaway connector for an account that may not be saved (Test connection),
        built on the connector-building thread; the caller closes it.

        Submitted to the thread directly, not through the loop's `run_in_executor`, which
        logs each call's arguments (the key among them). Cancelled while building, the
        connector is dropped: a client that never sent a request holds no connection.
        """
        return await asyncio.wrap_future(self._builder.submit(create_connector, account, key))

    def peek_connector(self, account_id: str) -> Connector | None:
        """The connector if one is already built; never builds one."""
        return self._connectors.get(account_id)

    async def aclose(self) -> None:
        # Slow bulk queues still followed in the background: their entries stay unknown in
        # the journal, for the next start to read back, rather than end mid-transition.
        await self.changes.stop_following()
        for connector in [*self._connectors.values(), *self._retired]:
            await connector.aclose()
        self._connectors.clear()
        self._retired.clear()

    def close(self) -> None:
        self._builder.shutdown(wait=True)
        self.db_thread.call(self.journal_db.close)
        self.db_thread.call(self.database.close)
        self.db_thread.close()


def _open_journal(path: Path, cache: Database) -> Database:
    """The journal's own file, with any entries an older version left in the cache moved in.

    A journal file that is damaged or from a newer version raises `UnusableFileError` and is
    left untouched: it is never moved aside the way a cache is.
    """
    journal_db = Database.open(path, JOURNAL)
    try:
        move_journal_out_of_cache(cache, journal_db)
    except BaseException:
        journal_db.close()
        raise
    return journal_db
