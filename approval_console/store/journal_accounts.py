"""The journal's own memory of its accounts, so its entries outlive a lost settings file.

Entries name their account by id only, and the ids lived only in the settings file: a damaged
file that could not be restored left every unsent change tied to an id nothing knew. The journal
file now keeps each account's backend, address and name. Entries of an account the settings no
longer have stay in the journal (nothing here deletes any), are listed by `orphans`, and are
handed to the account when it is added again at the same backend and address (`adopt`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from approval_console.core.accounts import Account
from approval_console.store.db import Database
from approval_console.store.journal import UNFINISHED

__all__ = ["JournalAccounts", "Orphan"]


@dataclass(frozen=True, slots=True)
class Orphan:
    """Unfinished journal entries of an account id the settings no longer have."""

    account_id: str
    unfinished: int
    backend: str | None  # None: the entries predate the journal's memory of accounts
    base_url: str | None
    name: str | None


def same_address(first: str, second: str) -> bool:
    """Two base URLs of one server: scheme and host case and a trailing slash do not count."""
    return _address(first) == _address(second)


def _address(url: str) -> str:
    url = url.strip().rstrip("/")
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}{sep}{host.lower()}{slash}{path}"


class JournalAccounts:
    """Synchronous, on the store's worker thread, like the journal."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def remember(self, accounts: Iterable[Account]) -> None:
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO accounts (id, backend, base_url, name) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET backend = excluded.backend, "
                "base_url = excluded.base_url, name = excluded.name",
                [(a.id, a.backend, a.base_url, a.name) for a in accounts],
            )

    def orphans(self, known_ids: Collection[str]) -> list[Orphan]:
        """Accounts with unfinished entries that `known_ids` (the settings' accounts) lack."""
        states = ", ".join(f"'{state}'" for state in UNFINISHED)
        rows = self._db.connection.execute(
            f"SELECT j.account_id, count(*), a.backend, a.base_url, a.name FROM journal j "
            f"LEFT JOIN accounts a ON a.id = j.account_id WHERE j.state IN ({states}) "
            "GROUP BY j.account_id ORDER BY j.account_id"
        )
        return [Orphan(*row) for row in rows if row[0] not in known_ids]

    def adopt(self, account: Account, known_ids: Collection[str]) -> str | None:
        """Give `account` the entries of the one orphan at its backend and address.

        Returns the orphan's old id, or None when there is none or more than one (then nothing
        is guessed: the entries stay where they are, still listed by `orphans`).
        """
        candidates = [
            orphan
            for orphan in self.orphans({*known_ids, account.id})
            if orphan.backend == account.backend
            and orphan.base_url is not None
            and same_address(orphan.base_url, account.base_url)
        ]
        if len(candidates) != 1:
            return None
        old_id = candidates[0].account_id
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE batches SET account_id = ? WHERE account_id = ?", (account.id, old_id)
            )
            conn.execute(
                "UPDATE journal SET account_id = ? WHERE account_id = ?", (account.id, old_id)
            )
            conn.execute("DELETE FROM accounts WHERE id = ?", (old_id,))
        self.remember([account])
        return old_id
