"""Orders as a spreadsheet reads them: the list's columns, its rows, and the ids to find them by.

A person exports what they see: the columns the list shows, in the order they arranged them,
and the orders the list holds with its filters, search and sort (or those selected). Each
column is written as people read it (status names, not codes), but typed so a spreadsheet can
work with it: an amount is a number with its currency in a column of its own, a date is a date.
The order's id (and, across accounts, the account's) follows, so a row can be matched back.

Rows are read from the cache in chunks, on whatever thread or process calls `export_orders`
(never the window's), through a connection of its own so the list's queries are never held up
by it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from approval_console.core.display import minor_units
from approval_console.core.domain import Order
from approval_console.core.labels import FINANCIAL, FULFILLMENT
from approval_console.services.csv_export import write_csv
from approval_console.services.outcomes import ChangeReport, Outcome
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache

CHUNK = 1_000  # orders read per query: ~10 ms each, so a Cancel is heard at once
ORDER_ID = "Order id"
ACCOUNT_ID = "Account id"
NO_STATUS = "No status"  # as the list says it


@dataclass(frozen=True, slots=True)
class Listed:
    """One order as the list holds it: the order and, across accounts, whose it is."""

    order: Order
    account_id: str | None = None
    account_name: str = ""


@dataclass(frozen=True, slots=True)
class Field:
    """One column of the file: its title and how a listed order fills it."""

    title: str
    value: Callable[[Listed], object]


def _amount(listed: Listed) -> Decimal | None:
    money = listed.order.amount
    if money is None:
        return None
    # To the currency's precision (1234.5 USD is written 1234.50), exactly, as the list shows it.
    return money.amount.quantize(Decimal(1).scaleb(-minor_units(money.currency)))


def _status(listed: Listed) -> str:
    status = listed.order.status
    return status.name if status else NO_STATUS


def _status_set_at(listed: Listed) -> object:
    status = listed.order.status
    return status.set_at if status else None


# The list's columns by title, as written to a file. A column may become two: an amount is a
# number and a currency, a due date a start and, where a backend has ranges, an end.
FIELDS: dict[str, tuple[Field, ...]] = {
    "Account": (Field("Account", lambda r: r.account_name),),
    "Number": (Field("Number", lambda r: r.order.name),),
    "Customer": (Field("Customer", lambda r: r.order.customer.name),),
    "Email": (Field("Email", lambda r: r.order.customer.email),),
    "Status": (Field("Status", _status),),
    "Amount": (
        Field("Amount", _amount),
        Field("Currency", lambda r: r.order.amount.currency if r.order.amount else None),
    ),
    "Financial": (Field("Financial", lambda r: FINANCIAL.text(r.order.financial_status)),),
    "Fulfillment": (Field("Fulfillment", lambda r: FULFILLMENT.text(r.order.fulfillment_status)),),
    "Due": (
        Field("Due", lambda r: r.order.due_date),
        Field("Due until", lambda r: r.order.due_date_to),
    ),
    "Status changed": (Field("Status changed", _status_set_at),),
    "History": (Field("History", lambda r: r.order.history_count),),
    "Created": (Field("Created", lambda r: r.order.created_at),),
    "Tags": (Field("Tags", lambda r: ", ".join(r.order.tags)),),
}


def fields_for(
    titles: Sequence[str],
    *,
    across: bool = False,
    fallback: Callable[[str], Field | None] | None = None,
) -> list[Field]:
    """The file's columns for the list's shown columns `titles` (in their shown order), then
    the ids. A title this module does not know is asked of `fallback` (the list's own text for
    it), and left out when there is none."""
    fields: list[Field] = []
    for title in titles:
        known = FIELDS.get(title)
        if known is not None:
            fields.extend(known)
        elif fallback is not None and (field := fallback(title)) is not None:
            fields.append(field)
    fields.append(Field(ORDER_ID, lambda r: r.order.id))
    if across:
        fields.append(Field(ACCOUNT_ID, lambda r: r.account_id))
    return fields


@dataclass(frozen=True)
class OrderRows:
    """Which orders to export, in the list's order: cache rowids and, across accounts, the
    account of each (aligned with `rowids`) and the accounts' names."""

    rowids: Sequence[int]
    accounts: Sequence[str] | None = None
    names: Mapping[str, str] | None = None

    def __len__(self) -> int:
        return len(self.rowids)


def listed_orders(cache: OrderCache, rows: OrderRows) -> Iterator[Listed]:
    """The orders of `rows`, read `CHUNK` at a time; orders deleted since are skipped."""
    names = rows.names or {}
    for start in range(0, len(rows.rowids), CHUNK):
        chunk = list(rows.rowids[start : start + CHUNK])
        accounts: Sequence[str | None] = (
            rows.accounts[start : start + CHUNK]
            if rows.accounts is not None
            else [None] * len(chunk)
        )
        orders = cache.rows(chunk)
        pairs: Iterable[tuple[Order, str | None]]
        if len(orders) == len(chunk):
            pairs = zip(orders, accounts, strict=True)
        else:  # some were deleted since the list was read: keep each with its account
            found = (
                (cache.rows([rowid]), account)
                for rowid, account in zip(chunk, accounts, strict=True)
            )
            pairs = ((one[0], account) for one, account in found if one)
        for order, account in pairs:
            yield Listed(order, account, names.get(account or "", account or ""))


def order_values(fields: Sequence[Field], listed: Iterator[Listed]) -> Iterator[list[object]]:
    for row in listed:
        yield [field.value(row) for field in fields]


def export_orders(
    database: Database,
    path: Path,
    rows: OrderRows,
    fields: Sequence[Field],
    *,
    bom: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write `rows` to `path` as CSV with `fields`; return how many orders were written.

    Reads through a connection of its own, opened and closed here, so it may run on any
    thread for as long as it takes without holding up the list's queries.
    """
    reader = database.reader()
    try:
        return _write_orders(OrderCache(reader), path, rows, fields, bom, progress, cancelled)
    finally:
        reader.close()


def export_orders_at(
    database_path: Path,
    path: Path,
    rows: OrderRows,
    titles: Sequence[str],
    across: bool = False,
    bom: bool = False,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """`export_orders` for another process (see `services.export_process`): everything it
    takes pickles, and it opens the cache itself, read-only. Columns the list has and this
    module does not know are left out (their text is the window's, which this process lacks).
    """
    # Read-only by its URI too: a cache that is not there is an error, not a new empty file.
    uri = f"{Path(database_path).resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
    try:
        connection.execute("PRAGMA query_only = ON")
        # Closed below, never through the `Database`: only the app's own writer leaves the
        # mark that says the file was shut down cleanly.
        cache = OrderCache(Database(connection, database_path))
        fields = fields_for(titles, across=across)
        return _write_orders(cache, path, rows, fields, bom, progress, cancelled)
    finally:
        connection.close()


def _write_orders(
    cache: OrderCache,
    path: Path,
    rows: OrderRows,
    fields: Sequence[Field],
    bom: bool,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    values = order_values(fields, listed_orders(cache, rows))
    header = [field.title for field in fields]
    return write_csv(path, header, values, bom=bom, progress=progress, cancelled=cancelled)


REPORT_HEADER = ("Number", "Outcome", "Reason", ORDER_ID)


def report_rows(
    report: ChangeReport, numbers: Mapping[str, str], outcome_text: Mapping[Outcome, str]
) -> list[list[object]]:
    """Every order of a change with what became of it and why, those that need a look first
    (as the report on screen lists them)."""
    results = sorted(
        report.results.values(),
        key=lambda r: (r.outcome is Outcome.APPLIED, r.outcome is Outcome.SKIPPED),
    )
    return [
        [
            numbers.get(result.order_id, result.order_id),
            outcome_text.get(result.outcome, result.outcome.value),
            result.reason or "",
            result.order_id,
        ]
        for result in results
    ]
