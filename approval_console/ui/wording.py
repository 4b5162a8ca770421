"""Counts in sentences, in the person's language.

A sentence with a count is one translatable message with `%n` ("%n order(s)"), so each
language picks its own plural form (French says "1 commande", "0 commande"; English "0 orders").
Qt writes `%n` bare ("12345"); `with_number` writes it as the locale does ("12,345",
"12 345"), as every other number on screen is written.
"""

from __future__ import annotations

from approval_console.core.display import format_count


def number(count: int) -> str:
    """A count as the person's locale writes it: "12,345" in English, "12 345" in French.
    The C locale (LANG=C, common on servers) has no customs of its own: "12,345" there."""
    return format_count(count)


def with_number(text: str, count: int) -> str:
    """`text`, translated with `%n` for `count`, its number written as `number` writes it."""
    return text.replace(str(count), number(count)) if abs(count) >= 1000 else text
