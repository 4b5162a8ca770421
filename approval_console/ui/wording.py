"""Counts in sentences, in the person's language.

A sentence with a count is one translatable message with `%n` ("%n order(s)"), so each
language picks its own plural form (French says "1 commande", "0 commande"; English "0 orders").
Qt writes `%n` bare ("12345"); `with_number` writes it as the locale does ("12,345",
"12 345"), as every other number on screen is written.

`counted` and `agree` put English words together: they are kept for screens still worded that
way and read well only in English; new wording never uses them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(count: int) -> str:
    """A count as the person's locale writes it: "12,345" in English, "12 345" in French.
    The C locale (LANG=C, common on servers) has no customs of its own: "12,345" there."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return f"{count:,}"
    return locale.toString(count)


def with_number(text: str, count: int) -> str:
    """`text`, translated with `%n` for `count`, its number written as `number` writes it."""
    return text.replace(str(count), number(count)) if abs(count) >= 1000 else text


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 order", "2 orders", "1,200 orders" (English only); `plural` where adding an s is
    wrong."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def agree(count: int, singular: str, plural: str) -> str:
    """The verb phrase for `count` things (English only): agree(1, "is", "are") -> "is"."""
    return singular if count == 1 else plural
