"""Money and dates as people read them, spelled one way on the screen and on paper.

An amount is written with its currency's own precision (ISO 4217 minor units: yen have none,
dinars three) and the currency code after it: "1,234.50 USD", "1,235 JPY", "12.345 BHD". The
code rather than a symbol, because "$" alone says nothing of which dollar, and because the same
text then reads the same in the list, the detail pane and the printed invoice.

The unambiguous date form, "3 Dec 2026", is the one the console falls back to where the locale
has none of its own (see `ui.dates`), and the one services use in sentences they compose. Month
names come from a table rather than `strftime`, whose `%b` follows the process's C locale.

No Qt here: services and the PDF writer format with the same functions as the widgets.
"""

from __future__ import annotations

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


def minor_units(currency: str) -> int:
    """How many decimals `currency` is written with: 0 for JPY, 3 for BHD, 2 for most."""
    return _MINOR_UNITS.get(currency.strip().upper(), DEFAULT_MINOR_UNITS)


def format_number(amount: Decimal, currency: str) -> str:
    """ "-1,234.50": the amount alone, to the currency's precision, for a column whose
    currency is said once. Exact: rounded as a `Decimal`, never through a float."""
    places = minor_units(currency)
    rounded = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    sign = "-" if rounded < 0 else ""
    return f"{sign}{abs(rounded):,.{places}f}"


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
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_day_and_time(moment: datetime) -> str:
    """ "3 Dec 20:04" in the computer's zone: a recent moment, whose year goes without saying."""
    local = _local(moment)
    return f"{local.day} {MONTHS[local.month - 1]} {local:%H:%M}"


def _local(value: datetime) -> datetime:
    return value.astimezone() if value.tzinfo is not None else value
