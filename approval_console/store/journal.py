"""The outbox: every change is written here before it is sent, and tracked until resolved.

The state machine is the protection against double-sending (and so against double emails to
a customer): an entry that may have reached the server (`sent`, `unknown`) can only become
`pending` again through an explicit transition the service makes once it has proved the change
was not applied. Every other move is checked here, all or nothing.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from approval_console.core.changes import Change, change_from_json, change_to_json
from approval_console.store.db import Database

__all__ = [
    "ALLOWED_TRANSITIONS",
    "Batch",
    "EntryState",
    "Journal",
    "JournalEntry",
    "JournalQuery",
]


class EntryState(StrEnum):
    PENDING = "pending"  # written, not yet sent: safe to send
    SENT = "sent"  # a request is (or was) in flight: never resend blindly
    CONFIRMED = "confirmed"  # the server applied it
    FAILED = "failed"  # refused, or given up; not applied
    UNKNOWN = "unknown"  # the request may have been applied: reconcile before anything else


ALLOWED_TRANSITIONS: Mapping[EntryState, frozenset[EntryState]] = {
    EntryState.PENDING: frozenset({EntryState.SENT, EntryState.FAILED}),
    # back to PENDING only when the server refused without effect (e.g. 429)
    EntryState.SENT: frozenset(
        {EntryState.CONFIRMED, EntryState.FAILED, EntryState.UNKNOWN, EntryState.PENDING}
    ),
    # back to PENDING only once the service proved the change was not applied
    EntryState.UNKNOWN: frozenset({EntryState.CONFIRMED, EntryState.FAILED, EntryState.PENDING}),
    EntryState.CONFIRMED: frozenset(),
    EntryState.FAILED: frozenset(),
}
TERMINAL = frozenset({EntryState.CONFIRMED, EntryState.FAILED})
UNFINISHED = (EntryState.PENDING, EntryState.SENT, EntryState.UNKNOWN)


@dataclass(frozen=True, slots=True)
class JournalEntry:
    id: int
    account_id: str
    batch_id: str | None
    order_id: str
    change: Change
    state: EntryState
    reason: str | None
    attempts: int
    created_at: float
    sent_at: float | None
    resolved_at: float | None
    before_status: str | None  # the order's status code when planned, for reconciliation


@dataclass(frozen=True, slots=True)
class Batch:
    id: str
    account_id: str
    description: str
    created_at: float
    finished_at: float | None


_ENTRY_COLUMNS = (
    "id, account_id, batch_id, order_id, kind, payload, state, reason, attempts, "
    "created_at, sent_at, resolved_at, before_status"
)


def _entry(row: tuple[Any, ...]) -> JournalEntry:
    (id_, account_id, batch_id, order_id, kind, payload, state, reason, attempts,
     created_at, sent_at, resolved_at, before_status) = row  # fmt: skip
    return JournalEntry(
        id=id_,
        account_id=account_id,
        batch_id=batch_id,
        order_id=order_id,
        change=change_from_json(kind, payload),
        state=EntryState(state),
        reason=reason,
        attempts=attempts,
        created_at=created_at,
        sent_at=sent_at,
        resolved_at=resolved_at,
        before_status=before_status,
    )


@dataclass(frozen=True, slots=True)
class JournalQuery:
    """Which entries the activity log shows; every empty field means "not filtered".

    `ids_in` and `ids_out` name entries by id (those a run of this process carries, to tell
    a change in flight from one an interruption left); `orders` are (account id, order id).
    """

    account_id: str | None = None
    states: tuple[EntryState, ...] = ()
    ids_in: tuple[int, ...] | None = None
    ids_out: tuple[int, ...] = ()
    since: float | None = None  # created at or after
    until: float | None = None  # created before
    orders: tuple[tuple[str, str], ...] | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.account_id is not None:
            clauses.append("account_id = ?")
            params.append(self.account_id)
        if self.states:
            clauses.append(f"state IN ({', '.join('?' for _ in self.states)})")
            params.extend(str(state) for state in self.states)
        if self.ids_in is not None:
            clauses.append("id IN (SELECT value FROM json_each(?))")
            params.append(_json_ids(self.ids_in))
        if self.ids_out:
            clauses.append("id NOT IN (SELECT value FROM json_each(?))")
            params.append(_json_ids(self.ids_out))
        if self.since is not None:
            clauses.append("created_at >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append("created_at < ?")
            params.append(self.until)
        if self.orders is not None:
            clauses.append(
                "(account_id, order_id) IN (SELECT json_extract(value, '$[0]'), "
                "json_extract(value, '$[1]') FROM json_each(?))"
            )
            params.append(json.dumps([list(pair) for pair in self.orders]))
        return " AND ".join(clauses) or "1", params


class Journal:
    """The change journal; synchronous, on the store's worker thread."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    def new_batch(self, account_id: str, description: str, *, at: float | None = None) -> str:
        batch_id = uuid.uuid4().hex
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO batches (id, account_id, description, created_at) VALUES (?, ?, ?, ?)",
                (batch_id, account_id, description, time.time() if at is None else at),
            )
        return batch_id

    def finish_batch(self, batch_id: str, *, at: float | None = None) -> None:
        with self._db.transaction() as conn:
            updated = conn.execute(
                "UPDATE batches SET finished_at = ? WHERE id = ?",
                (time.time() if at is None else at, batch_id),
            ).rowcount
        if not updated:
            raise ValueError(f"unknown batch {batch_id!r}")

    def batch(self, batch_id: str) -> Batch | None:
        row = self._conn.execute(
            "SELECT id, account_id, description, created_at, finished_at FROM batches WHERE id = ?",
            (batch_id,),
        ).fetchone()
        return Batch(*row) if row else None

    def record(
        self,
        account_id: str,
        order_ids: Sequence[str],
        change: Change,
        *,
        batch_id: str | None = None,
        before: Mapping[str, str | None] | None = None,
        at: float | None = None,
    ) -> list[JournalEntry]:
        """Write one PENDING entry per order, in one transaction, before anything is sent."""
        created_at = time.time() if at is None else at
        payload = change_to_json(change)
        kind = str(change.kind)
        before = before or {}
        entry_ids: list[int] = []
        with self._db.transaction() as conn:
            if batch_id is not None:
                owner = conn.execute(
                    "SELECT account_id FROM batches WHERE id = ?", (batch_id,)
                ).fetchone()
                if owner is None:
                    raise ValueError(f"unknown batch {batch_id!r}")
                if owner[0] != account_id:
                    raise ValueError(f"batch {batch_id!r} belongs to another account")
            for order_id in order_ids:
                cursor = conn.execute(
                    "INSERT INTO journal (account_id, batch_id, order_id, kind, payload, state, "
                    "created_at, before_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        account_id,
                        batch_id,
                        order_id,
                        kind,
                        payload,
                        EntryState.PENDING,
                        created_at,
                        before.get(order_id),
                    ),
                )
                entry_ids.append(int(cursor.lastrowid or 0))
            return self._get_many(conn, entry_ids)

    def transition(
        self,
        entry_ids: Sequence[int],
        new_state: EntryState,
        *,
        reason: str | None = None,
        at: float | None = None,
    ) -> list[JournalEntry]:
        """Move entries to `new_state`, all or none; a refused move raises `ValueError`.

        `sent` counts an attempt and stamps `sent_at`; terminal states stamp `resolved_at`.
        `reason` replaces the previous one: it explains the entry's current state.
        """
        new_state = EntryState(new_state)
        ids = list(dict.fromkeys(entry_ids))  # a repeated id must not count two attempts
        now = time.time() if at is None else at
        with self._db.transaction() as conn:
            current = self._get_many(conn, ids)
            missing = set(ids) - {entry.id for entry in current}
            if missing:
                raise ValueError(f"unknown journal entries: {sorted(missing)}")
            refused = [e for e in current if new_state not in ALLOWED_TRANSITIONS[e.state]]
            if refused:
                moves = ", ".join(f"#{e.id} {e.state}" for e in refused)
                raise ValueError(f"refused journal transition to {new_state}: {moves}")
            for entry in current:
                updated = conn.execute(
                    "UPDATE journal SET state = ?, reason = ?, "
                    "attempts = attempts + ?, sent_at = ?, resolved_at = ? "
                    "WHERE id = ? AND state = ?",
                    (
                        new_state,
                        reason,
                        1 if new_state is EntryState.SENT else 0,
                        now if new_state is EntryState.SENT else entry.sent_at,
                        now if new_state in TERMINAL else None,
                        entry.id,
                        entry.state,
                    ),
                ).rowcount
                if updated != 1:  # pragma: no cover - the write lock makes this impossible
                    raise ValueError(f"journal entry #{entry.id} changed under us")
            return self._get_many(conn, ids)

    def get(self, entry_id: int) -> JournalEntry | None:
        entries = self._get_many(self._conn, [entry_id])
        return entries[0] if entries else None

    def entries(self, batch_id: str) -> list[JournalEntry]:
        return self._select("WHERE batch_id = ? ORDER BY id", (batch_id,))

    def unfinished(self, account_id: str | None = None) -> list[JournalEntry]:
        """Pending, sent and unknown entries, oldest first: what a restart must resume."""
        states = ", ".join(f"'{state}'" for state in UNFINISHED)
        if account_id is None:
            return self._select(f"WHERE state IN ({states}) ORDER BY id", ())
        return self._select(
            f"WHERE state IN ({states}) AND account_id = ? ORDER BY id", (account_id,)
        )

    def history(self, account_id: str, order_id: str) -> list[JournalEntry]:
        return self._select(
            "WHERE account_id = ? AND order_id = ? ORDER BY id", (account_id, order_id)
        )

    def counts(self, batch_id: str) -> dict[EntryState, int]:
        """Entries of the batch per state; every state is present, zero when none."""
        counts = dict.fromkeys(EntryState, 0)
        for state, count in self._conn.execute(
            "SELECT state, count(*) FROM journal WHERE batch_id = ? GROUP BY state", (batch_id,)
        ):
            counts[EntryState(state)] = count
        return counts

    # -- read as an activity log ------------------------------------------------------------

    def query(
        self, query: JournalQuery, *, before_id: int | None = None, limit: int = 200
    ) -> list[JournalEntry]:
        """Matching entries, newest first, `limit` at most and older than `before_id`: pages
        that the primary key answers without sorting, however long the journal."""
        where, params = query.where()
        if before_id is not None:
            where += " AND id < ?"
            params.append(before_id)
        return self._select(f"WHERE {where} ORDER BY id DESC LIMIT ?", (*params, int(limit)))

    def count_matching(self, query: JournalQuery) -> int:
        where, params = query.where()
        row = self._conn.execute(f"SELECT count(*) FROM journal WHERE {where}", params).fetchone()
        return int(row[0])

    def applied_later(self, entry_ids: Sequence[int]) -> set[int]:
        """Of these entries, those whose very change (same order, same fields) a later entry
        applied: a retry that went through, so the entry needs no retry of its own."""
        rows = self._conn.execute(
            "SELECT DISTINCT j.id FROM journal j JOIN journal k ON k.account_id = j.account_id "
            "AND k.order_id = j.order_id AND k.kind = j.kind AND k.payload = j.payload "
            "AND k.id > j.id AND k.state = ? "
            "WHERE j.id IN (SELECT value FROM json_each(?)) AND j.state != ?",
            (EntryState.CONFIRMED, _json_ids(entry_ids), EntryState.CONFIRMED),
        )
        return {row[0] for row in rows}

    def orders(self) -> list[tuple[str, str]]:
        """Every (account id, order id) the journal names, once each."""
        rows = self._conn.execute("SELECT DISTINCT account_id, order_id FROM journal")
        return [(row[0], row[1]) for row in rows]

    def _select(self, clause: str, params: tuple[Any, ...]) -> list[JournalEntry]:
        rows = self._conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM journal {clause}", params)
        return [_entry(row) for row in rows]

    @staticmethod
    def _get_many(conn: sqlite3.Connection, ids: Sequence[int]) -> list[JournalEntry]:
        """Entries by id, in the order given; unknown ids skipped."""
        found = {
            row[0]: _entry(row)
            for row in conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM journal "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (_json_ids(ids),),
            )
        }
        return [found[i] for i in ids if i in found]


def _json_ids(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
