"""An export in a process of its own ends, fails and cancels as one on a thread does."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from approval_console.core.domain import Customer, Order, OrderStatus
from approval_console.services.csv_export import ExportCanceled
from approval_console.services.export_process import ExportFailed, run_in_process
from approval_console.services.order_export import OrderRows, export_orders_at
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache, OrderFilter, SortKey

OLD = b"Number\r\nold\r\n"


@pytest.fixture
def cached(tmp_path: Path) -> Iterator[tuple[Path, list[int]]]:
    db = Database.open(tmp_path / "cache.sqlite3")
    cache = OrderCache(db)
    orders = [
        Order(f"id-{n}", f"#{n}", f"#{n}", Customer(f"C {n}", ""), OrderStatus("s", "Open"))
        for n in range(1, 1201)
    ]
    cache.upsert_orders("shop", orders)
    rowids = cache.query_rowids("shop", OrderFilter(), SortKey.NUMBER, descending=False)
    yield db.path, rowids
    db.close()


def test_writes_every_row_and_reports_progress(cached, tmp_path: Path) -> None:
    database, rowids = cached
    target = tmp_path / "orders.csv"
    seen: list[int] = []

    args = (database, target, OrderRows(rowids), ["Number", "Status"])
    written = run_in_process(export_orders_at, args, progress=seen.append)

    assert written == 1200
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["Number", "Status", "Order id"]
    assert rows[1] == ["#1", "Open", "id-1"] and len(rows) == 1201
    assert seen and seen[-1] == 1200


def test_a_cancel_keeps_the_old_file(cached, tmp_path: Path) -> None:
    database, rowids = cached
    target = tmp_path / "orders.csv"
    target.write_bytes(OLD)

    with pytest.raises(ExportCanceled):
        run_in_process(
            export_orders_at,
            (database, target, OrderRows(rowids), ["Number"]),
            cancelled=lambda: True,
        )

    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("cache")] == ["orders.csv"]


def test_a_file_system_error_comes_back_as_itself(cached, tmp_path: Path) -> None:
    database, rowids = cached

    with pytest.raises(FileNotFoundError) as raised:
        run_in_process(
            export_orders_at, (database, tmp_path / "gone" / "x.csv", OrderRows(rowids), [])
        )

    assert raised.value.strerror == "No such file or directory"


def test_anything_else_comes_back_as_export_failed(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="OperationalError"):
        run_in_process(
            export_orders_at, (tmp_path / "no-cache-here", tmp_path / "x.csv", OrderRows([1]), [])
        )

    assert list(tmp_path.iterdir()) == []  # no empty cache made up on the way


def report_niceness(*, progress: object = None, cancelled: object = None) -> int:
    """Run in the export process: how far behind the window it is scheduled."""
    return os.getpriority(os.PRIO_PROCESS, 0)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no process priorities here")
def test_the_export_process_yields_the_cores_to_the_window() -> None:
    before = os.getpriority(os.PRIO_PROCESS, 0)

    assert run_in_process(report_niceness, ()) >= before + 5
