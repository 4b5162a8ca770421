"""Vendor vocabularies that may grow without the console breaking.

A server may start sending a state word its documents never named (a new Apruve invoice state, a
new ApprovePro progress). Refusing the whole order over it would hide every other order field
from the person; instead the word becomes a member of its own, equal to its text, shown as itself
(made readable by `core.labels.readable`), and never taken for any known member: code that asks
`state is InvoiceState.CLOSED` stays right.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Self

from approval_console.core.labels import readable


class OpenStrEnum(StrEnum):
    """A `StrEnum` whose unknown non-empty values become members of their own."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str) or not value.strip():
            return None  # an empty word is no word: still an error
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def known(self) -> bool:
        """Whether the console knows what this word means (else it shows it as it came)."""
        return self._value_ in type(self)._value2member_map_

    def described_by(self, table: Mapping[Self, tuple[str, str]]) -> tuple[str, str]:
        """Its (label, description) from `table`; a word the table lacks is its own label."""
        return table.get(self, (readable(self.value), ""))
