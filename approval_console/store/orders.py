"""The order cache: orders, statuses, details and sync bookkeeping per account.

Filtering, sorting and searching happen in SQL over indexed columns, and the window's model
holds only rowids and asks for rows as they scroll into view: 100,000 orders never become
100,000 Python objects at once.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from itertools import chain
from typing import TYPE_CHECKING, Any

from approval_console.core.domain import Order, Status
from approval_console.store.db import Database
from approval_console.store.order_rows import (
    COLUMNS,
    SEARCHED,
    SELECT_COLUMNS,
    date_to_text,
    datetime_to_text,
    fold,
    keep_known,
    order_to_row,
    row_to_order,
    search_text,
    tag_pattern,
    text_to_tags,
)

if TYPE_CHECKING:
    from approval_console.core.detail import OrderDetail
    from approval_console.store.status_rules import StatusRules

__all__ = ["OrderCache", "OrderFilter", "QueryCancelled", "SearchList", "SortKey"]

# How many SQLite VM steps run between two looks at a query's cancel flag: some tens of
# microseconds of work (the look costs under 2% of it), so a stopped query lets go at once.
_CANCEL_STEPS = 1_000


class QueryCancelled(Exception):
    """The query was told to stop (a newer one replaced it) and stopped before finishing."""


@dataclass(frozen=True, slots=True)
class SearchList:
    """A list's rowids in display order and, aligned with them, each order's search text:
    what a short search filters in memory. (As `str`: a substring test on `bytes` takes ten
    times longer, for 16 bytes less per order.)"""

    rowids: array[int]
    texts: list[str]


NO_STATUS = ""  # in `OrderFilter.status_codes`: orders without a status


@dataclass(frozen=True, slots=True)
class OrderFilter:
    """What the list shows; every empty field means "not filtered"."""

    search: str | None = None
    status_codes: tuple[str, ...] = ()
    financial_statuses: tuple[str, ...] = ()
    fulfillment_statuses: tuple[str, ...] = ()
    tags_any: tuple[str, ...] = ()
    include_canceled: bool = True
    due_from: date | None = None
    due_to: date | None = None
    ids: tuple[str, ...] = ()
    # Its due date (a range's last day) is before this day while the order is still open.
    overdue_on: date | None = None
    # Its status was set at or after this moment.
    changed_since: datetime | None = None
    # Awaiting a decision: the backend says so, or the status is one of `review_codes` (the
    # statuses the person marked as needing review for the account). Across accounts the
    # marks come per account instead (`OrderCache.query_across`'s `review_statuses`).
    awaiting: bool = False
    review_codes: tuple[str, ...] = ()
    # By the status's name, for lists across accounts (each account has its own codes);
    # `NO_STATUS` stands for orders without a status, as in `status_codes`.
    status_names: tuple[str, ...] = ()


class SortKey(StrEnum):
    NUMBER = "number"
    CUSTOMER = "customer"
    EMAIL = "email"
    STATUS = "status"
    FINANCIAL = "financial"
    FULFILLMENT = "fulfillment"
    DUE_DATE = "due_date"
    STATUS_SET_AT = "status_set_at"
    HISTORY_COUNT = "history_count"
    CREATED = "created"
    AMOUNT = "amount"


# Each key's ORDER BY terms; the rowid tie-break is appended in the same direction, which
# matches how each index stores its entries, so SQLite can walk the index instead of sorting.
_SORT_TERMS: dict[SortKey, tuple[str, ...]] = {
    SortKey.NUMBER: ("o.number_sort", "o.number"),
    SortKey.CUSTOMER: ("o.customer_name COLLATE NOCASE",),
    SortKey.EMAIL: ("o.customer_email COLLATE NOCASE",),
    SortKey.STATUS: ("{status_rank}", "o.status_name COLLATE NOCASE"),
    SortKey.FINANCIAL: ("o.financial_status",),
    SortKey.FULFILLMENT: ("o.fulfillment_status",),
    SortKey.DUE_DATE: ("o.due_date", "o.due_date_to"),
    SortKey.STATUS_SET_AT: ("o.status_set_at",),
    SortKey.HISTORY_COUNT: ("o.history_count",),
    SortKey.CREATED: ("o.created_at",),
    SortKey.AMOUNT: ("o.amount_sort",),
}

_INSERT = (
    f"INSERT INTO orders (row_id, account_id, {', '.join(COLUMNS)}) "
    f"VALUES (?, ?, {', '.join('?' for _ in COLUMNS)})"
)


TRIGRAM = 3


PLAIN_SOURCE = "orders o"
# Driven from the trigram index: a selective search then reads only its matches and sorts them,
# instead of walking the whole sort index and probing each row (2-10x faster over 100,000).
SEARCH_SOURCE = "order_fts f CROSS JOIN orders o ON o.row_id = f.rowid"


def _where(account_id: str | None, flt: OrderFilter) -> tuple[str, str, list[Any]]:
    """The FROM source, the WHERE clause (for alias `o`) and its parameters; an `account_id`
    of None spans every account (the cross-account views)."""
    # Orders awaiting a decision are read from their own small indexes (`_awaiting`): a unary
    # `+` keeps SQLite from walking the account's every order to test each against them.
    account_term = "+o.account_id = ?" if flt.awaiting else "o.account_id = ?"
    clauses = [account_term] if account_id is not None else []
    params: list[Any] = [account_id] if account_id is not None else []
    source = PLAIN_SOURCE
    needle = fold(flt.search.strip()) if flt.search else ""
    if len(needle) >= TRIGRAM:
        # The trigram index matches the needle as a phrase of its trigrams: a substring.
        source = SEARCH_SOURCE
        clauses.insert(0, "f.order_fts MATCH ?")
        params.insert(0, '"' + needle.replace('"', '""') + '"')
    elif needle and account_id is None:
        clauses.append("o.row_id IN (SELECT row_id FROM order_search WHERE instr(text, ?) > 0)")
        params.append(needle)
    elif needle:
        # instr, not LIKE: the text is matched literally, so `%` and `_` need no escaping.
        clauses.append(
            "o.row_id IN (SELECT row_id FROM order_search WHERE account_id = ? "
            "AND instr(text, ?) > 0)"
        )
        params.extend((account_id, needle))
    statuses = (("o.status_code", flt.status_codes), ("o.status_name", flt.status_names))
    for column, chosen in statuses:
        if chosen:
            clauses.append(_status_clause(column, chosen, params))
    for column, values in (
        ("o.financial_status", flt.financial_statuses),
        ("o.fulfillment_status", flt.fulfillment_statuses),
    ):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)
    if flt.tags_any:
        clauses.append("(" + " OR ".join("o.tags LIKE ? ESCAPE '\\'" for _ in flt.tags_any) + ")")
        params.extend(tag_pattern(tag) for tag in flt.tags_any)
    if not flt.include_canceled and flt.overdue_on is None:  # an overdue order is open
        clauses.append("o.canceled_at IS NULL")
    # Both as index `orders_due_window` spells them.
    if flt.due_from is not None:  # the range's end reaches the interval's start
        clauses.append("coalesce(o.due_date_to, o.due_date) >= ?")
        params.append(date_to_text(flt.due_from))
    if flt.due_to is not None:  # the range's start is before the interval's end
        clauses.append("coalesce(o.due_date, o.due_date_to) <= ?")
        params.append(date_to_text(flt.due_to))
    if flt.ids:
        clauses.append("o.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(flt.ids)))
    if flt.overdue_on is not None:  # the same expression as index `orders_open_due`
        clauses.append("o.is_open = 1 AND coalesce(o.due_date_to, o.due_date) < ?")
        params.append(date_to_text(flt.overdue_on))
    if flt.changed_since is not None:
        clauses.append("o.status_set_at >= ?")
        params.append(datetime_to_text(flt.changed_since))
    if flt.awaiting and account_id is not None:
        clause, extra = _awaiting({account_id: flt.review_codes})
        clauses.append(clause)
        params.extend(extra)
    return source, " AND ".join(clauses) or "1", params


def _only_overdue(flt: OrderFilter) -> bool:
    """`flt` asks for the overdue orders and nothing more (whether canceled orders are left
    out does not matter: an overdue order is open, so never canceled)."""
    return flt.overdue_on is not None and replace(flt, include_canceled=True) == OrderFilter(
        overdue_on=flt.overdue_on
    )


def _status_clause(column: str, chosen: tuple[str, ...], params: list[Any]) -> str:
    """Orders whose status `column` (code, or name across accounts) is one of `chosen`;
    `NO_STATUS` among them also takes the orders without a status."""
    words = [word for word in chosen if word != NO_STATUS]
    alternatives = []
    if words:
        alternatives.append(f"{column} IN ({', '.join('?' for _ in words)})")
        params.extend(words)
    if NO_STATUS in chosen:
        alternatives.append("o.status_code IS NULL OR o.status_code = ''")
    return "(" + " OR ".join(alternatives) + ")"


def _awaiting(review_statuses: Mapping[str, Sequence[str]]) -> tuple[str, list[Any]]:
    """Orders awaiting a decision: those their backend says so of, and those in a status the
    person marked as needing review on accounts whose backend has no such notion.

    Written as a set of rowids, each part read from its own index (the small partial index of
    orders awaiting, the status index): as an OR of row tests SQLite read every order's row,
    seconds over a million orders for the "Needs review" view's count.
    """
    parts = ["SELECT row_id FROM orders WHERE review = 'awaiting'"]
    params: list[Any] = []
    for account_id, codes in review_statuses.items():
        if codes:
            marks = ", ".join("?" for _ in codes)
            parts.append(
                f"SELECT row_id FROM orders WHERE account_id = ? AND status_code IN ({marks})"
            )
            params += [account_id, *codes]
    return f"o.row_id IN ({' UNION ALL '.join(parts)})", params


class OrderCache:
    """Synchronous access to cached orders; run it on the store's worker thread."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @cached_property
    def rules(self) -> StatusRules:
        """The status rules learnt for this cache (imported on first use: the order list's
        first paint reads none)."""
        from approval_console.store.status_rules import StatusRules

        return StatusRules(self._db)

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    # -- writing ---------------------------------------------------------------------------

    def upsert_orders(
        self, account_id: str, orders: Iterable[Order], *, generation: int | None = None
    ) -> list[str]:
        """Insert or update in one transaction; return ids whose stored row is new or changed.

        Rows are compared in Python first so unchanged rows are not rewritten (no index churn,
        no WAL growth) and the caller learns exactly what to refresh. `generation` stamps every
        given row, changed or not, for `delete_missing` after a full listing.
        """
        rows: dict[str, tuple[Any, ...]] = {}
        for order in orders:
            rows[order.id] = order_to_row(order)
        if not rows:
            return []
        ids_json = json.dumps(list(rows))
        with self._db.transaction() as conn:
            stored = {
                row[1]: (row[0], tuple(row[1:]))
                for row in conn.execute(
                    f"SELECT o.row_id, {SELECT_COLUMNS} FROM orders o WHERE o.account_id = ? "
                    "AND o.id IN (SELECT value FROM json_each(?))",
                    (account_id, ids_json),
                )
            }
            changed: list[str] = []
            inserts: list[tuple[Any, ...]] = []
            # Updates grouped by the set of columns that differ: SQLite rewrites only the
            # indexes holding a column in SET, so a status change leaves the others alone.
            updates: dict[tuple[int, ...], list[tuple[Any, ...]]] = {}
            searches: list[tuple[str, int]] = []
            for id_, row in rows.items():
                old = stored.get(id_)
                row = row if old is None else keep_known(old[1], row)
                if old is None:
                    inserts.append(row)
                elif old[1] != row:
                    diff = tuple(
                        i for i, (a, b) in enumerate(zip(old[1], row, strict=True)) if a != b
                    )
                    updates.setdefault(diff, []).append((*(row[i] for i in diff), old[0]))
                    if any(i in SEARCHED for i in diff):
                        searches.append((search_text(row), old[0]))
                else:
                    continue
                changed.append(id_)
            # Rowids assigned here (the write lock is held, AUTOINCREMENT's counter is read)
            # so the search rows need no lookup per new order.
            last = conn.execute(
                "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'orders'"
            ).fetchone()[0]
            numbered = list(enumerate(inserts, start=last + 1))
            conn.executemany(_INSERT, ((rowid, account_id, *row) for rowid, row in numbered))
            conn.executemany(
                "INSERT INTO order_search (row_id, account_id, text) VALUES (?, ?, ?)",
                ((rowid, account_id, search_text(row)) for rowid, row in numbered),
            )
            for diff, params in updates.items():
                assignments = ", ".join(f"{COLUMNS[i]} = ?" for i in diff)
                conn.executemany(f"UPDATE orders SET {assignments} WHERE row_id = ?", params)
            conn.executemany("UPDATE order_search SET text = ? WHERE row_id = ?", searches)
            if generation is not None:
                conn.execute(
                    "UPDATE orders SET generation = ? WHERE account_id = ? "
                    "AND id IN (SELECT value FROM json_each(?)) AND generation IS NOT ?",
                    (generation, account_id, ids_json, generation),
                )
        return changed

    def delete_missing(self, account_id: str, generation: int) -> list[str]:
        """Remove the account's rows not stamped with `generation`; return their ids."""
        with self._db.transaction() as conn:
            rows = conn.execute(
                "DELETE FROM orders WHERE account_id = ? AND generation IS NOT ? RETURNING id",
                (account_id, generation),
            ).fetchall()
        return [row[0] for row in rows]

    def remove(self, account_id: str, ids: Iterable[str]) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "DELETE FROM orders WHERE account_id = ? "
                "AND id IN (SELECT value FROM json_each(?))",
                (account_id, json.dumps(list(ids))),
            )

    def replace_statuses(self, account_id: str, statuses: Sequence[Status]) -> None:
        """Replace the account's statuses; their order is kept to break position ties."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM statuses WHERE account_id = ?", (account_id,))
            conn.executemany(
                "INSERT OR REPLACE INTO statuses "
                "(account_id, code, name, description, color, position, seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (account_id, s.code, s.name, s.description, s.color, s.position, seq)
                    for seq, s in enumerate(statuses)
                ),
            )

    def save_detail(self, account_id: str, detail: OrderDetail) -> None:
        """Keep an order's history and timeline so they can be shown offline."""
        # Imported here: the detail types cost ~40 ms to import, and the first painted list
        # (which imports this module) never reads a detail.
        from approval_console.store import codec

        with self._db.transaction() as conn:
            self.upsert_orders(account_id, [detail.order])
            conn.execute(
                "INSERT OR REPLACE INTO order_details "
                "(account_id, order_id, history, timeline, billing, records) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    account_id,
                    detail.order.id,
                    codec.dumps(detail.history),
                    codec.dumps(detail.timeline),
                    codec.dumps(detail.billing) if detail.billing is not None else None,
                    codec.dumps(detail.records) if detail.records is not None else None,
                ),
            )

    def set_meta(self, account_id: str, key: str, value: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta (account_id, key, value) VALUES (?, ?, ?)",
                (account_id, key, value),
            )

    def clear_account(self, account_id: str) -> None:
        """Forget the account's cached data; the journal is kept (it records what was sent)."""
        with self._db.transaction() as conn:
            # Details go with their orders.
            for table in ("orders", "statuses", "meta", "status_rules"):
                conn.execute(f"DELETE FROM {table} WHERE account_id = ?", (account_id,))

    # -- reading ---------------------------------------------------------------------------

    def statuses(self, account_id: str) -> list[Status]:
        rows = self._conn.execute(
            "SELECT code, name, description, color, position FROM statuses "
            "WHERE account_id = ? ORDER BY position, seq",
            (account_id,),
        )
        return [Status(*row) for row in rows]

    def get(self, account_id: str, order_id: str) -> Order | None:
        row = self._conn.execute(
            f"SELECT {SELECT_COLUMNS} FROM orders o WHERE o.account_id = ? AND o.id = ?",
            (account_id, order_id),
        ).fetchone()
        return row_to_order(row) if row else None

    def get_many(self, account_id: str, ids: Iterable[str]) -> dict[str, Order]:
        rows = self._conn.execute(
            f"SELECT {SELECT_COLUMNS} FROM orders o WHERE o.account_id = ? "
            "AND o.id IN (SELECT value FROM json_each(?))",
            (account_id, json.dumps(list(ids))),
        )
        return {row[0]: row_to_order(row) for row in rows}

    def query_rowids(
        self,
        account_id: str,
        flt: OrderFilter,
        sort: SortKey = SortKey.CREATED,
        descending: bool = True,
        limit: int | None = None,
    ) -> list[int]:
        """Rowids of the matching orders in display order; ties broken by rowid.

        `limit` gives just the first screenful, which an index answers at once.
        """
        return self.rowid_array(account_id, flt, sort, descending, limit).tolist()

    def rowid_array(
        self,
        account_id: str,
        flt: OrderFilter,
        sort: SortKey = SortKey.CREATED,
        descending: bool = True,
        limit: int | None = None,
        *,
        cancel: threading.Event | None = None,
    ) -> array[int]:
        """`query_rowids` as 8 bytes per order (a list of ints costs 36), read without a
        Python tuple per row; setting `cancel` from another thread stops the query
        (`QueryCancelled`)."""
        whole = limit is None
        sql, params = self._ordered("o.row_id", account_id, flt, sort, descending, whole=whole)
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._cancellable(cancel):
            return array("q", chain.from_iterable(self._conn.execute(sql, params)))

    def search_list(
        self,
        account_id: str,
        flt: OrderFilter,
        sort: SortKey = SortKey.CREATED,
        descending: bool = True,
        *,
        cancel: threading.Event | None = None,
    ) -> SearchList:
        """The list `flt` shows, with each order's search text alongside, in one pass: the
        texts come in display order, so no `{rowid: text}` map is ever built."""
        sql, params = self._ordered(
            "o.row_id, s.text",
            account_id,
            flt,
            sort,
            descending,
            join="CROSS JOIN order_search s ON s.row_id = o.row_id",
        )
        rowids: array[int] = array("q")
        texts: list[str] = []
        with self._cancellable(cancel):
            cursor = self._conn.execute(sql, params)
            while batch := cursor.fetchmany(10_000):
                ids, words = zip(*batch, strict=True)
                rowids.extend(ids)
                texts.extend(words)
        return SearchList(rowids, texts)

    def _ordered(
        self,
        columns: str,
        account_id: str,
        flt: OrderFilter,
        sort: SortKey,
        descending: bool,
        join: str = "",
        *,
        whole: bool = True,
    ) -> tuple[str, list[Any]]:
        """SELECT `columns` of the orders `flt` matches, in display order."""
        source, where, params = _where(account_id, flt)
        sort = SortKey(sort)
        direction = "DESC" if descending else "ASC"
        # A filter on an indexed word (a status, a payment or fulfillment state) keeps a
        # fraction of the orders: read them from that filter's index and sort them. SQLite
        # would rather walk the sort key's index and test every order's row (10x slower over
        # 100,000, and more over a million); a unary `+` takes that index out of its choice.
        # Not for a first screen, which the sort index finds sooner than the sort would run,
        # nor for one status in creation order: index `orders_status_created` holds both.
        narrowed = flt.status_codes or flt.financial_statuses or flt.fulfillment_statuses
        one_status = len(flt.status_codes) == 1 and flt.status_codes != (NO_STATUS,)
        in_order = sort is SortKey.CREATED and one_status
        unindexed = "+" if whole and narrowed and not in_order else ""
        terms = [f"{unindexed}{term} {direction}" for term in _SORT_TERMS[sort]]
        if sort is SortKey.DUE_DATE:  # orders without a due date last, either way
            terms.insert(0, "o.due_date IS NULL")
        if sort is SortKey.STATUS:
            rank, rank_params = self._status_rank(account_id)
            terms[0] = terms[0].format(status_rank=rank)
            params = params + rank_params  # ORDER BY follows WHERE in the text
        sql = (
            f"SELECT {columns} FROM {source} {join} WHERE {where} "
            f"ORDER BY {', '.join(terms)}, o.row_id {direction}"
        )
        return sql, params

    @contextmanager
    def _cancellable(self, cancel: threading.Event | None) -> Iterator[None]:
        """Run the body's queries so that setting `cancel` stops them: SQLite asks a progress
        handler every few thousand steps, and a set flag makes it give up the statement."""
        if cancel is None:
            yield
            return
        if cancel.is_set():
            raise QueryCancelled
        conn = self._conn
        conn.set_progress_handler(cancel.is_set, _CANCEL_STEPS)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if cancel.is_set():
                raise QueryCancelled from exc
            raise
        finally:
            conn.set_progress_handler(None, 0)

    def query_across(
        self,
        accounts: Sequence[str],
        flt: OrderFilter,
        *,
        awaiting: bool = False,
        review_statuses: Mapping[str, Sequence[str]] | None = None,
        sort: SortKey = SortKey.CREATED,
        descending: bool = True,
    ) -> list[tuple[int, str]]:
        """(rowid, account id) of matching orders of all `accounts`, in display order; with
        `awaiting`, only orders awaiting a decision (see `_awaiting`)."""
        if not accounts:
            return []
        source, where, params = _where(None, flt)
        where += f" AND o.account_id IN ({', '.join('?' for _ in accounts)})"
        params = [*params, *accounts]
        if awaiting or flt.awaiting:
            clause, extra = _awaiting(review_statuses or {})
            where += f" AND {clause}"
            params += extra
        sort = SortKey(sort)
        direction = "DESC" if descending else "ASC"
        # Statuses rank per account; across accounts their names sort instead.
        terms = ["o.status_name COLLATE NOCASE"] if sort is SortKey.STATUS else _SORT_TERMS[sort]
        order_by = ", ".join(f"{term} {direction}" for term in terms)
        sql = (
            f"SELECT o.row_id, o.account_id FROM {source} WHERE {where} "
            f"ORDER BY {order_by}, o.row_id {direction}"
        )
        return [(row[0], row[1]) for row in self._conn.execute(sql, params).fetchall()]

    def _status_rank(self, account_id: str) -> tuple[str, list[Any]]:
        """A CASE ranking status codes by workflow position (then name, then code).

        Computed from the few statuses instead of joining per row: the join doubled the cost
        of sorting 100,000 orders. Unknown codes rank after known ones, no status last.
        """
        codes = [
            row[0]
            for row in self._conn.execute(
                "SELECT code FROM statuses WHERE account_id = ? "
                "ORDER BY position, name COLLATE NOCASE, code",
                (account_id,),
            )
        ]
        if not codes:
            return "(o.status_code IS NULL)", []
        whens = " ".join("WHEN ? THEN ?" for _ in codes)
        params: list[Any] = [value for rank, code in enumerate(codes) for value in (code, rank)]
        rank = (
            f"CASE WHEN o.status_code IS NULL THEN {len(codes) + 1} "
            f"ELSE CASE o.status_code {whens} ELSE {len(codes)} END END"
        )
        return rank, params

    def tags(self, account_id: str) -> list[str]:
        """Every tag the account's cached orders carry, sorted as people read them; tags
        differing only in case are one (the tag filter matches either), the most used
        spelling offered.

        Orders share few tag sets, so the distinct stored texts are few and split here.
        """
        rows = self._conn.execute(
            "SELECT tags, count(*) FROM orders WHERE account_id = ? AND tags != '' GROUP BY tags",
            (account_id,),
        )
        uses: dict[str, dict[str, int]] = {}
        for text, count in rows:
            for tag in text_to_tags(text):
                if tag:
                    spellings = uses.setdefault(tag.casefold(), {})
                    spellings[tag] = spellings.get(tag, 0) + count
        chosen = [max(sorted(spellings), key=spellings.__getitem__) for spellings in uses.values()]
        return sorted(chosen, key=lambda tag: (tag.casefold(), tag))

    def count(
        self, account_id: str, flt: OrderFilter, *, cancel: threading.Event | None = None
    ) -> int:
        source, where, params = _where(account_id, flt)
        if source == PLAIN_SOURCE and where == "o.account_id = ?":
            # Every order of the account: kept counted by the writes (`order_counts`).
            sql, params = "SELECT orders FROM order_counts WHERE account_id = ?", [account_id]
        elif _only_overdue(flt):
            # The writes keep the open orders counted by the day they are due.
            sql = (
                "SELECT coalesce(sum(orders), 0) FROM open_due_days "
                "WHERE account_id = ? AND due_day < ?"
            )
            params = [account_id, date_to_text(flt.overdue_on)]
        else:
            sql = f"SELECT count(*) FROM {source} WHERE {where}"
        with self._cancellable(cancel):
            row = self._conn.execute(sql, params).fetchone()
        return int(row[0]) if row is not None else 0

    def count_from(self, account_id: str, status_code: str | None, oldest_id: str) -> int:
        """Orders cached in a status (None: in any) with a numeric id at or above `oldest_id`:
        how far down a newest-first listing holds that order (its rank, counted from one)."""
        status_clause = "" if status_code is None else "AND status_code = ? "
        params = (account_id,) if status_code is None else (account_id, status_code)
        row = self._conn.execute(
            f"SELECT count(*) FROM orders WHERE account_id = ? {status_clause}"
            "AND CAST(id AS INTEGER) >= ?",
            (*params, int(oldest_id)),
        ).fetchone()
        return int(row[0])

    def rows(self, rowids: Sequence[int]) -> list[Order]:
        """The orders for `rowids`, in the order asked; rowids no longer stored are skipped."""
        if not rowids:
            return []
        found = {
            row[0]: row_to_order(row[1:])
            for row in self._conn.execute(
                f"SELECT o.row_id, {SELECT_COLUMNS} FROM orders o "
                "WHERE o.row_id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(rowids)),),
            )
        }
        return [found[rowid] for rowid in rowids if rowid in found]

    def rowid_of(self, account_id: str, order_id: str) -> int | None:
        row = self._conn.execute(
            "SELECT row_id FROM orders WHERE account_id = ? AND id = ?", (account_id, order_id)
        ).fetchone()
        return row[0] if row else None

    def ids_for_rowids(self, rowids: Sequence[int]) -> list[str]:
        """Order ids for `rowids`, in the order asked; missing rowids skipped."""
        if not rowids:
            return []
        found = dict(
            self._conn.execute(
                "SELECT row_id, id FROM orders WHERE row_id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(rowids)),),
            ).fetchall()
        )
        return [found[rowid] for rowid in rowids if rowid in found]

    def count_by_status(self, account_id: str) -> dict[str | None, int]:
        rows = self._conn.execute(
            "SELECT status_code, count(*) FROM orders WHERE account_id = ? GROUP BY status_code",
            (account_id,),
        )
        return dict(rows.fetchall())

    def detail(self, account_id: str, order_id: str) -> OrderDetail | None:
        """The saved history and timeline, with the order as currently cached; None if unsaved."""
        from approval_console.core.detail import OrderDetail
        from approval_console.store import codec

        order = self.get(account_id, order_id)
        if order is None:
            return None
        row = self._conn.execute(
            "SELECT history, timeline, billing, records FROM order_details "
            "WHERE account_id = ? AND order_id = ?",
            (account_id, order_id),
        ).fetchone()
        if row is None:
            return None
        return OrderDetail(
            order=order,
            history=codec.load_history(row[0]),
            timeline=codec.load_timeline(row[1]),
            billing=codec.load_billing(row[2]) if row[2] is not None else None,
            records=codec.load_records(row[3]) if row[3] is not None else None,
        )

    def meta(self, account_id: str, key: str) -> str | None:
        row = self._conn.execute(
            "SELECT value FROM meta WHERE account_id = ? AND key = ?", (account_id, key)
        ).fetchone()
        return row[0] if row else None

    def numbered_between(
        self, account_id: str, low: int, high: int, limit: int
    ) -> list[tuple[str, str, str, str]]:
        """(id, name, number, customer) of the orders whose number's value lies in [low, high],
        in number order: a seek in the (account, number_sort) index, never a scan."""
        rows = self._conn.execute(
            "SELECT id, name, number, customer_name FROM orders "
            "WHERE account_id = ? AND number_sort BETWEEN ? AND ? "
            "ORDER BY number_sort, number LIMIT ?",
            (account_id, low, high, limit),
        ).fetchall()
        return [(str(a), str(b), str(c), str(d or "")) for a, b, c, d in rows]
