"""Amounts as Spree's JSON writes them: BigDecimal strings ("110.0") beside display strings."""

from __future__ import annotations

from decimal import Decimal

CENT = Decimal("0.01")
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}


def amount(value: Decimal) -> str:
    """Ruby's BigDecimal#to_s("F"): no trailing zeros, but at least one decimal ("10.0")."""
    text = format(value.quantize(CENT).normalize(), "f")
    return text if "." in text else f"{text}.0"


def display(value: Decimal, currency: str) -> str:
    """The money gem's default format: "$1,234.50"; the euro as "€1.234,50"."""
    rounded = value.quantize(CENT)
    sign = "-" if rounded < 0 else ""
    text = f"{abs(rounded):,.2f}"
    if currency == "EUR":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{sign}{SYMBOLS.get(currency, '')}{text}"


def pair(name: str, value: Decimal, currency: str) -> dict[str, str]:
    """`{name: "10.0", display_name: "$10.00"}`."""
    return {name: amount(value), f"display_{name}": display(value, currency)}
