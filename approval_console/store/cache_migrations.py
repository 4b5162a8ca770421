"""Cache migrations that SQL alone cannot write; each is frozen once it has shipped.

They work on the stored JSON as JSON, never through today's domain types: a migration must
keep doing what it did when it shipped, whatever those types become later.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from typing import Any

log = logging.getLogger(__name__)

_DETAIL_COLUMNS = ("history", "timeline", "billing", "records")


def untag_details(conn: sqlite3.Connection) -> None:
    """Rewrite saved order details from the tagged JSON of schema 3 to plain typed JSON.

    Schema 3 wrapped every value JSON cannot say in a tag naming its type
    (`{"$type": "Money", "fields": {...}}`, `{"$decimal": "1.50"}`, `{"$enum": ..., "value": ...}`);
    the reader now takes types from the domain's annotations, so only the values stay. A row
    that cannot be rewritten could not have been read either: it is dropped (the detail is
    fetched again when the order is next opened online), never left to fail later.
    """
    rows = conn.execute(
        "SELECT account_id, order_id, history, timeline, billing, records FROM order_details"
    ).fetchall()
    dropped = 0
    for account_id, order_id, *texts in rows:
        try:
            values = [None if text is None else _untag_text(text) for text in texts]
        except (ValueError, KeyError, TypeError):
            conn.execute(
                "DELETE FROM order_details WHERE account_id = ? AND order_id = ?",
                (account_id, order_id),
            )
            dropped += 1
            continue
        conn.execute(
            "UPDATE order_details SET history = ?, timeline = ?, billing = ?, records = ? "
            "WHERE account_id = ? AND order_id = ?",
            (*values, account_id, order_id),
        )
    if dropped:
        log.warning("Dropped %d saved order details that could not be read", dropped)


def _untag_text(text: str) -> str:
    return json.dumps(_untag(json.loads(text)), ensure_ascii=False, separators=(",", ":"))


def _untag(value: Any) -> Any:
    if isinstance(value, list):
        return [_untag(item) for item in value]
    if not isinstance(value, dict):
        return value
    for tag in ("$decimal", "$datetime", "$date"):
        if tag in value:
            return _text(value[tag])
    if "$enum" in value:
        return value["value"]
    if "$type" in value:
        return {key: _untag(item) for key, item in value["fields"].items()}
    raise ValueError(f"unknown JSON object in a saved detail: {sorted(value)}")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


# Frozen copies of what `Order.is_open` said when schema 6 shipped.
_V6_DONE_FULFILLMENT = frozenset({"fulfilled", "restocked", "shipped", "delivered"})
_V6_DONE_WORDS = frozenset(
    {
        "shipped",
        "dispatched",
        "delivered",
        "fulfilled",
        "completed",
        "complete",
        "closed",
        "cancelled",
        "canceled",
        "collected",
        "done",
        "returned",
        "refunded",
    }
)
_V6_NOT_QUITE = frozenset({"partial", "partially", "not"})


def _v6_open(
    canceled_at: str | None, review: str | None, fulfillment: str | None, status: str | None
) -> bool:
    if canceled_at is not None or review == "canceled":
        return False
    words = set(re.findall(r"[a-z]+", (fulfillment or "").lower()))
    if words & _V6_DONE_FULFILLMENT and not words & _V6_NOT_QUITE:
        return False
    if status is None:
        return True
    words = set(re.findall(r"[a-z]+", status.lower()))
    return not (words & _V6_DONE_WORDS) or bool(words & _V6_NOT_QUITE)


def add_open_column(conn: sqlite3.Connection) -> None:
    """Store whether each order is still open (not canceled, shipped, fulfilled or otherwise
    done), so "overdue" is answered by an index instead of a test per row in Python.

    Rows already cached get the value from their stored columns here; new writes compute it
    from the order (`order_rows.order_to_row`). Only closed rows are written: most are open.
    """
    conn.execute("ALTER TABLE orders ADD COLUMN is_open INTEGER NOT NULL DEFAULT 1")
    rows = conn.execute(
        "SELECT row_id, canceled_at, review, fulfillment_status, status_name FROM orders"
    )
    closed = [(row[0],) for row in rows if not _v6_open(*row[1:])]
    conn.executemany("UPDATE orders SET is_open = 0 WHERE row_id = ?", closed)
    # Overdue: open orders by the last day they are due (a range's end, else its one day).
    conn.execute(
        "CREATE INDEX orders_open_due ON orders "
        "(account_id, coalesce(due_date_to, due_date)) WHERE is_open = 1"
    )
