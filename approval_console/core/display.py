"""Money and dates as people read them, spelled one way on the screen and on paper.

An amount is written with its currency's own precision (ISO 4217 minor units: yen have none,
dinars three) and the currency code after it: "1,234.50 USD", "1,235 JPY", "12.345 BHD". The
code rather than a symbol, because "$" alone says nothing of which dollar, and because the same
text then reads the same in the list, the detail pane and the printed invoice.

The unambiguous date form, "3 Dec 2026", is the one the console falls back to where the locale
has none of its own (see `ui.dates`), and the one services use in sentences they compose. Month
names come from a table rather than `strftime`, whose `%b` follows the process's C locale.

Both follow the language the person chose: the window sets a `DisplayStyle` from Qt's locale
at each switch (`use_style`), so "1 234,50 USD" and "3 déc. 2026" read in French, "1.234,50 USD"
and "3. Dez. 2026" in German. Only the separators and month names change: the currency code
stays beside the amount, and the order of day, month and year stays unambiguous. Without a
style set (services on their own, the tests of this module) the English forms above are written.
Files meant for other programs (the CSV export) never come through here: they write plain
numbers and ISO dates.

No Qt here: services and the PDF writer format with the same functions as the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Protocol


class Amount(Protocol):
    """What `format_money` reads of a `core.domain.Money`; a protocol, so that `domain`
    (whose `Money.__str__` writes through this module) is not imported back."""

    @property
    def amount(self) -> Decimal: ...

    @property
    def currency(self) -> str: ...


DEFAULT_MINOR_UNITS = 2
# ISO 4217 currencies whose minor unit is not the hundredth.
_ZERO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND"
_MINOR_UNITS: dict[str, int] = {
    **dict.fromkeys(_ZERO_DECIMALS.split(), 0),
    **dict.fromkeys(_THREE_DECIMALS.split(), 3),
    **dict.fromkeys(("CLF", "UYW"), 4),
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class DisplayStyle:
    """How one locale writes numbers and days: separators, minus sign, abbreviated months.

    `day` and `day_time` are `str.format` patterns over `day`, `month`, `year` and `time`
    ("{day}. {month} {year}" in German, where the day is an ordinal).
    """

    group: str = ","
    decimal: str = "."
    minus: str = "-"
    months: tuple[str, ...] = MONTHS
    day: str = "{day} {month} {year}"
    day_time: str = "{day} {month} {time}"
    time: str = "%H:%M"


ENGLISH = DisplayStyle()
_style = ENGLISH


def use_style(style: DisplayStyle) -> None:
    """Write numbers and days in `style` from now on (the window calls it at each switch)."""
    global _style
    if len(style.months) != 12:
        raise ValueError("a style names twelve months")
    _style = style


def current_style() -> DisplayStyle:
    return _style


def minor_units(currency: str) -> int:
    """How many decimals `currency` is written with: 0 for JPY, 3 for BHD, 2 for most."""
    return _MINOR_UNITS.get(currency.strip().upper(), DEFAULT_MINOR_UNITS)


def format_number(amount: Decimal, currency: str) -> str:
    """ "-1,234.50": the amount alone, to the currency's precision, for a column whose
    currency is said once. Exact: rounded as a `Decimal`, never through a float."""
    places = minor_units(currency)
    rounded = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    style = _style
    sign = style.minus if rounded < 0 else ""
    english = f"{abs(rounded):,.{places}f}"
    if style.group == "," and style.decimal == ".":
        return sign + english
    whole, _point, fraction = english.partition(".")
    digits = whole.replace(",", style.group)
    return sign + (f"{digits}{style.decimal}{fraction}" if fraction else digits)


def format_count(count: int) -> str:
    """ "12,345" ("12 345", "12.345"): a count inside a sentence, grouped as the locale does."""
    style = _style
    digits = f"{abs(count):,}".replace(",", style.group)
    return (style.minus if count < 0 else "") + digits


def format_amount(amount: Decimal, currency: str) -> str:
    """ "1,234.50 USD", "1,235 JPY", "-12.345 BHD"."""
    return f"{format_number(amount, currency)} {currency}"


def format_money(money: Amount | None) -> str:
    """A `Money` as `format_amount` writes it; nothing for no amount."""
    return "" if money is None else format_amount(money.amount, money.currency)


def format_day(value: date | datetime | None) -> str:
    """ "3 Dec 2026"; a moment is shown as its local calendar date (a naive one as already
    local)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _local(value).date()
    style = _style
    return style.day.format(day=value.day, month=style.months[value.month - 1], year=value.year)


def format_day_and_time(moment: datetime) -> str:
    """ "3 Dec 20:04" in the computer's zone: a recent moment, whose year goes without saying."""
    local = _local(moment)
    style = _style
    return style.day_time.format(
        day=local.day, month=style.months[local.month - 1], time=local.strftime(style.time)
    )


def _local(value: datetime) -> datetime:
    return value.astimezone() if value.tzinfo is not None else value
