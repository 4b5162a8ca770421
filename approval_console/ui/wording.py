"""Counts in sentences: a noun (and its verb) agrees with the number before it."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 order", "2 orders", "1,200 orders"; `plural` where adding an s is wrong."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def agree(count: int, singular: str, plural: str) -> str:
    """The verb phrase for `count` things: agree(1, "is", "are") -> "is"."""
    return singular if count == 1 else plural
