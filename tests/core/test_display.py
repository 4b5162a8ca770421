"""Amounts and dates read the same wherever the console writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from approval_console.core.display import (
    format_amount,
    format_day,
    format_day_and_time,
    format_money,
    format_number,
    minor_units,
)
from approval_console.core.domain import Money


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        ("1234.5", "USD", "1,234.50 USD"),
        ("0", "USD", "0.00 USD"),
        ("1234567.891", "EUR", "1,234,567.89 EUR"),
        ("123456", "JPY", "123,456 JPY"),
        ("1234.5", "JPY", "1,234 JPY"),  # a half yen rounds to even, exactly
        ("1235.5", "JPY", "1,236 JPY"),
        ("9800", "KRW", "9,800 KRW"),
        ("12.5", "BHD", "12.500 BHD"),
        ("1234.5678", "KWD", "1,234.568 KWD"),
        ("7", "jod", "7.000 jod"),
    ],
)
def test_each_currency_is_written_to_its_own_precision(
    amount: str, currency: str, shown: str
) -> None:
    assert format_amount(Decimal(amount), currency) == shown


def test_negative_amounts_carry_their_sign_before_the_digits() -> None:
    assert format_amount(Decimal("-1234.5"), "USD") == "-1,234.50 USD"
    assert format_amount(Decimal("-500"), "JPY") == "-500 JPY"
    assert format_number(Decimal("-0.001"), "USD") == "0.00", "no minus before a zero"


def test_no_amount_is_no_text() -> None:
    assert format_money(None) == ""
    assert format_day(None) == ""


def test_money_reads_the_same_through_str_and_the_formatter() -> None:
    yen = Money(Decimal("1500"), "JPY")
    assert str(yen) == format_money(yen) == "1,500 JPY"
    assert str(Money(Decimal("1234.5"), "USD")) == "1,234.50 USD"


def test_minor_units_follow_iso_4217() -> None:
    assert [minor_units(c) for c in ("USD", "EUR", "JPY", "KRW", "BHD", "OMR", "TND")] == [
        2, 2, 0, 0, 3, 3, 3,
    ]  # fmt: skip
    assert minor_units("XYZ") == 2, "an unknown code is written as most are"


def test_days_are_written_day_month_year_in_english() -> None:
    assert format_day(date(2026, 12, 3)) == "3 Dec 2026"
    assert format_day(datetime(2026, 1, 31, 23, 59)) == "31 Jan 2026"


def test_a_moment_shows_the_local_calendar_day_and_time() -> None:
    moment = datetime(2026, 12, 3, 23, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert format_day(moment) == f"{local.day} {local:%b} {local.year}"
    assert format_day_and_time(moment) == f"{local.day} {local:%b %H:%M}"
    east = datetime(2026, 3, 7, 8, 5, tzinfo=timezone(timedelta(hours=9)))
    assert format_day_and_time(east.astimezone()) == format_day_and_time(east)
