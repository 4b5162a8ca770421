"""The CSV writer: cells a spreadsheet reads as their types, and a file never half written."""

from __future__ import annotations

import csv
import errno
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from approval_console.services import csv_export
from approval_console.services.csv_export import ExportCanceled, write_csv

OLD = b"Order,Customer\r\nold,kept\r\n"


def read_back(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != name)


def test_writes_header_and_rows_with_crlf_and_counts_them(tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"

    written = write_csv(target, ["Order", "Customer"], [["A-1", "Ann"], ["A-2", "Bob, Jr."]])

    assert written == 2
    assert target.read_bytes() == b'Order,Customer\r\nA-1,Ann\r\nA-2,"Bob, Jr."\r\n'
    assert leftovers(tmp_path, "orders.csv") == []


def test_quotes_what_the_csv_module_quotes_and_reads_back(tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    tricky = ['He said "yes"', "two\nlines", "a;b", "Zoë ☕"]

    write_csv(target, ["a", "b", "c", "d"], [tricky])

    assert read_back(target) == [["a", "b", "c", "d"], tricky]


def test_utf8_without_bom_by_default_and_with_bom_when_asked(tmp_path: Path) -> None:
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"

    write_csv(plain, ["Customer"], [["Zoë"]])
    write_csv(excel, ["Customer"], [["Zoë"]], bom=True)

    assert plain.read_bytes() == "Customer\r\nZoë\r\n".encode()
    assert excel.read_bytes() == b"\xef\xbb\xbf" + "Customer\r\nZoë\r\n".encode()


def test_dates_and_moments_as_iso_text_spreadsheets_read_as_dates(tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    aware = datetime(2026, 12, 3, 14, 5, tzinfo=UTC)

    write_csv(
        target,
        ["day", "naive", "seconds", "aware"],
        [[date(2026, 12, 3), datetime(2026, 12, 3, 14, 5), datetime(2026, 12, 3, 14, 5, 9), aware]],
    )

    row = read_back(target)[1]
    assert row[:3] == ["2026-12-03", "2026-12-03 14:05", "2026-12-03 14:05:09"]
    # An aware moment is written in the computer's zone, as the console shows it.
    assert row[3] == aware.astimezone().strftime("%Y-%m-%d %H:%M")


def test_numbers_plain_with_a_dot_and_no_thousands_separator(tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"

    write_csv(
        target,
        ["a", "b", "c", "d", "e", "f"],
        [[Decimal("1234.50"), Decimal("-1234567.891"), Decimal("1E+3"), 42, 0.5, True]],
    )

    assert read_back(target)[1] == ["1234.50", "-1234567.891", "1000", "42", "0.5", "TRUE"]


def test_none_is_an_empty_cell(tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"

    write_csv(target, ["a", "b", "c"], [["x", None, "z"]])

    assert target.read_bytes().splitlines()[1] == b"x,,z"


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://evil")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"],
)
def test_text_that_would_run_as_a_formula_gets_a_leading_quote(tmp_path: Path, text: str) -> None:
    target = tmp_path / "orders.csv"

    write_csv(target, ["Customer"], [[text]])

    assert read_back(target)[1] == ["'" + text]


def test_ordinary_text_and_negative_numbers_are_not_guarded(tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"

    write_csv(target, ["a", "b", "c"], [["Anne-Marie", Decimal("-5.00"), "a=b"]])

    assert read_back(target)[1] == ["Anne-Marie", "-5.00", "a=b"]


def test_replaces_an_existing_file_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    target.write_bytes(OLD)

    write_csv(target, ["Order"], [["new"]])

    assert read_back(target) == [["Order"], ["new"]]
    assert leftovers(tmp_path, "orders.csv") == []


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    umask = os.umask(0o022)
    try:
        write_csv(target, ["Order"], [["A-1"]])
    finally:
        os.umask(umask)

    assert target.stat().st_mode & 0o777 == 0o644


class Unprintable:
    def __str__(self) -> str:
        raise ValueError("cannot be written")


def test_a_row_that_fails_midway_keeps_the_old_file_and_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    target = tmp_path / "orders.csv"
    target.write_bytes(OLD)
    rows: list[Sequence[object]] = [[f"A-{n}"] for n in range(2000)] + [[Unprintable()]]

    with pytest.raises(ValueError, match="cannot be written"):
        write_csv(target, ["Order"], rows)

    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, "orders.csv") == []


def test_a_full_disk_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "orders.csv"
    target.write_bytes(OLD)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(csv_export.os, "fsync", full)

    with pytest.raises(OSError, match="No space left"):
        write_csv(target, ["Order"], [["A-1"]])

    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, "orders.csv") == []


def test_a_folder_that_does_not_exist_raises_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_csv(tmp_path / "gone" / "orders.csv", ["Order"], [["A-1"]])

    assert list(tmp_path.iterdir()) == []


def test_cancel_midway_raises_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    target.write_bytes(OLD)
    produced: list[int] = []

    def rows() -> Iterator[list[object]]:
        for n in range(100_000):
            produced.append(n)
            yield [f"A-{n}"]

    with pytest.raises(ExportCanceled):
        write_csv(target, ["Order"], rows(), cancelled=lambda: len(produced) >= 1200)

    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, "orders.csv") == []
    # It stopped soon after being asked, rather than writing everything first.
    assert len(produced) <= 1200 + csv_export.CHECK_EVERY


def test_cancel_after_the_last_row_still_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    target.write_bytes(OLD)

    with pytest.raises(ExportCanceled):
        write_csv(target, ["Order"], [["A-1"]], cancelled=lambda: True)

    assert target.read_bytes() == OLD


def test_progress_is_told_as_rows_are_written_and_at_the_end(tmp_path: Path) -> None:
    seen: list[int] = []

    written = write_csv(
        tmp_path / "orders.csv", ["Order"], ([f"A-{n}"] for n in range(1234)), progress=seen.append
    )

    assert written == 1234
    assert seen == [500, 1000, 1234]
