"""Amounts and days follow the locale the window sets; the English forms stay the default."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

import pytest

from approval_console.core import display
from approval_console.core.display import (
    ENGLISH,
    DisplayStyle,
    format_amount,
    format_day,
    format_day_and_time,
    format_number,
)
from approval_console.core.domain import Money

FRENCH = DisplayStyle(
    group="\u202f",
    decimal=",",
    months=(
        "janv.", "févr.", "mars", "avr.", "mai", "juin",
        "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ),
)  # fmt: skip
GERMAN = DisplayStyle(
    group=".",
    decimal=",",
    months=(
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni",
        "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
    ),
    day="{day}. {month} {year}",
    day_time="{day}. {month} {time}",
)  # fmt: skip


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    display.use_style(ENGLISH)


def test_without_a_style_the_english_forms_are_written() -> None:
    assert display.current_style() == ENGLISH
    assert format_amount(Decimal("1234.5"), "USD") == "1,234.50 USD"
    assert format_day(date(2026, 12, 3)) == "3 Dec 2026"


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        ("1234.5", "USD", "1\u202f234,50 USD"),
        ("1234567.891", "EUR", "1\u202f234\u202f567,89 EUR"),
        ("123456", "JPY", "123\u202f456 JPY"),
        ("12.5", "BHD", "12,500 BHD"),
        ("-1234.5", "USD", "-1\u202f234,50 USD"),
        ("999", "USD", "999,00 USD"),
    ],
)
def test_french_amounts_keep_their_precision_and_currency_code(
    amount: str, currency: str, shown: str
) -> None:
    display.use_style(FRENCH)
    assert format_amount(Decimal(amount), currency) == shown
    assert str(Money(Decimal(amount), currency)) == shown, "the list writes Money the same"


def test_german_groups_with_dots_and_writes_the_day_as_an_ordinal() -> None:
    display.use_style(GERMAN)
    assert format_number(Decimal("-1234567.5"), "EUR") == "-1.234.567,50"
    assert format_day(date(2026, 12, 3)) == "3. Dez. 2026"
    assert format_day_and_time(datetime(2026, 3, 3, 20, 4)) == "3. März 20:04"


def test_french_month_names() -> None:
    display.use_style(FRENCH)
    assert format_day(date(2026, 2, 14)) == "14 févr. 2026"
    assert format_day_and_time(datetime(2026, 8, 1, 9, 5)) == "1 août 09:05"


def test_a_style_must_name_twelve_months() -> None:
    with pytest.raises(ValueError, match="twelve months"):
        display.use_style(DisplayStyle(months=("Jan",)))
    assert display.current_style() == ENGLISH
