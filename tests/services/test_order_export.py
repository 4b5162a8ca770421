"""Orders written as a spreadsheet reads them: the shown columns, typed values, and the ids."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from approval_console.core.domain import Customer, Money, Order, OrderStatus
from approval_console.services.order_export import (
    REPORT_HEADER,
    Field,
    OrderRows,
    export_orders,
    fields_for,
    report_rows,
)
from approval_console.services.outcomes import ChangeReport, OrderResult, Outcome
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache, OrderFilter, SortKey


def order(n: int, **changes: object) -> Order:
    values: dict[str, object] = {
        "id": f"id-{n}",
        "name": f"#{n}",
        "number": f"#{n}",
        "customer": Customer(f"Customer {n}", f"c{n}@example.com"),
        "status": OrderStatus("proof", "Awaiting Proof", set_at=datetime(2026, 12, 1, 9, 30)),
        "financial_status": "partially_refunded",
        "fulfillment_status": "unfulfilled",
        "created_at": datetime(2026, 11, 30, 14, 5),
        "due_date": date(2026, 12, 3),
        "history_count": 4,
        "amount": Money(Decimal("1234.5"), "USD"),
    }
    values.update(changes)
    return Order(**values)  # type: ignore[arg-type]


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "cache.sqlite3")
    cache = OrderCache(db)
    cache.upsert_orders("shop", [order(n) for n in range(1, 6)])
    cache.upsert_orders("other", [order(9, name="R-9", amount=Money(Decimal("1000"), "JPY"))])
    yield db
    db.close()


def rowids(db: Database, account: str = "shop") -> list[int]:
    return OrderCache(db).query_rowids(account, OrderFilter(), SortKey.NUMBER, descending=False)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_columns_follow_the_titles_given_with_amount_split_and_the_id_last() -> None:
    titles = [f.title for f in fields_for(["Status", "Number", "Amount", "Due"])]

    assert titles == ["Status", "Number", "Amount", "Currency", "Due", "Due until", "Order id"]


def test_across_accounts_the_account_id_follows_the_order_id() -> None:
    titles = [f.title for f in fields_for(["Account", "Number"], across=True)]

    assert titles == ["Account", "Number", "Order id", "Account id"]


def test_an_unknown_column_is_filled_by_the_fallback_or_left_out() -> None:
    def fallback(title: str) -> Field | None:
        return Field(title, lambda r: r.order.name.upper()) if title == "Badge" else None

    titles = [f.title for f in fields_for(["Number", "Badge", "Mystery"], fallback=fallback)]

    assert titles == ["Number", "Badge", "Order id"]


def test_values_as_people_read_them_typed_for_a_spreadsheet(
    database: Database, tmp_path: Path
) -> None:
    target = tmp_path / "orders.csv"
    titles = ["Number", "Customer", "Status", "Amount", "Financial", "Due", "Status changed"]
    fields = fields_for([*titles, "History", "Created", "Email", "Fulfillment"])

    written = export_orders(database, target, OrderRows(rowids(database)[:1]), fields)

    assert written == 1
    assert read(target) == [
        {
            "Number": "#1",
            "Customer": "Customer 1",
            "Status": "Awaiting Proof",  # the status's name, not its code
            "Amount": "1234.50",  # a number, to the currency's precision
            "Currency": "USD",
            "Financial": "Partially refunded",
            "Due": "2026-12-03",
            "Due until": "",
            "Status changed": "2026-12-01 09:30",
            "History": "4",
            "Created": "2026-11-30 14:05",
            "Email": "c1@example.com",
            "Fulfillment": "Unfulfilled",
            "Order id": "id-1",
        }
    ]


def test_all_the_rows_given_in_their_order(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    listed = list(reversed(rowids(database)))

    written = export_orders(database, target, OrderRows(listed), fields_for(["Number"]))

    assert written == 5
    assert [row["Number"] for row in read(target)] == ["#5", "#4", "#3", "#2", "#1"]


def test_a_selection_exports_only_those_orders(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    every = rowids(database)

    export_orders(database, target, OrderRows([every[3], every[1]]), fields_for(["Number"]))

    assert [row["Order id"] for row in read(target)] == ["id-4", "id-2"]


def test_an_order_deleted_since_the_list_was_read_is_skipped(
    database: Database, tmp_path: Path
) -> None:
    target = tmp_path / "orders.csv"
    every = rowids(database)
    OrderCache(database).remove("shop", ["id-2"])

    written = export_orders(database, target, OrderRows(every), fields_for(["Number"]))

    assert written == 4
    assert [row["Number"] for row in read(target)] == ["#1", "#3", "#4", "#5"]


def test_across_accounts_each_row_names_its_account(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    pairs = OrderCache(database).query_across(["shop", "other"], OrderFilter(), sort=SortKey.NUMBER)
    rows = OrderRows(
        [rowid for rowid, _ in pairs],
        [account for _, account in pairs],
        {"shop": "Main shop", "other": "Wholesale"},
    )
    fields = fields_for(["Account", "Number", "Amount"], across=True)

    export_orders(database, target, rows, fields)

    found = {row["Number"]: row for row in read(target)}
    assert found["R-9"]["Account"] == "Wholesale"
    assert found["R-9"]["Account id"] == "other"
    assert (found["R-9"]["Amount"], found["R-9"]["Currency"]) == ("1000", "JPY")
    assert found["#3"]["Account"] == "Main shop"


def test_an_order_without_status_or_amount(database: Database, tmp_path: Path) -> None:
    cache = OrderCache(database)
    cache.upsert_orders("shop", [order(7, status=None, amount=None, due_date=None)])
    target = tmp_path / "orders.csv"

    export_orders(
        database,
        target,
        OrderRows([cache.rowid_of("shop", "id-7") or 0]),
        fields_for(["Status", "Amount", "Due"]),
    )

    assert read(target)[0] == {
        "Status": "No status",
        "Amount": "",
        "Currency": "",
        "Due": "",
        "Due until": "",
        "Order id": "id-7",
    }


def test_cancel_keeps_the_old_file(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    target.write_text("old")

    from approval_console.services.csv_export import ExportCanceled

    with pytest.raises(ExportCanceled):
        export_orders(
            database, target, OrderRows(rowids(database)), fields_for([]), cancelled=lambda: True
        )

    assert target.read_text() == "old"


def test_a_report_lists_every_order_with_its_outcome_and_reason_problems_first() -> None:
    report = ChangeReport(
        results={
            "a": OrderResult("a", Outcome.APPLIED),
            "b": OrderResult("b", Outcome.NOT_APPLIED, "Tags do not allow it"),
            "c": OrderResult("c", Outcome.SKIPPED),
        }
    )
    texts = {Outcome.APPLIED: "Applied", Outcome.NOT_APPLIED: "Not applied"}

    rows = report_rows(report, {"a": "#1", "b": "#2"}, texts)

    assert REPORT_HEADER == ("Number", "Outcome", "Reason", "Order id")
    assert rows == [
        ["#2", "Not applied", "Tags do not allow it", "b"],
        ["c", "skipped", "", "c"],  # no number known, no text for it: its own words
        ["#1", "Applied", "", "a"],
    ]


def test_moments_from_servers_are_written_in_local_time(database: Database, tmp_path: Path) -> None:
    cache = OrderCache(database)
    moment = datetime(2026, 12, 3, 14, 5, tzinfo=UTC)
    cache.upsert_orders("shop", [order(8, created_at=moment)])
    target = tmp_path / "orders.csv"

    export_orders(
        database, target, OrderRows([cache.rowid_of("shop", "id-8") or 0]), fields_for(["Created"])
    )

    assert read(target)[0]["Created"] == moment.astimezone().strftime("%Y-%m-%d %H:%M")
