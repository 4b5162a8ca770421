"""What became of each order in a change, as the window reports it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from approval_console.core import errors
from approval_console.core.log import redact


class Outcome(StrEnum):
    APPLIED = "applied"
    NOT_APPLIED = "not_applied"
    SKIPPED = "skipped"
    NOT_SENT = "not_sent"
    UNKNOWN = "unknown"
    # Held back, never sent: the order moved on since the person looked (another operator).
    CHANGED_MEANWHILE = "changed_meanwhile"


@dataclass(frozen=True, slots=True)
class OrderResult:
    order_id: str
    outcome: Outcome
    reason: str | None = None


@dataclass
class ChangeReport:
    """Per-order results of one change, and which cached orders it touched."""

    batch_id: str | None = None
    results: dict[str, OrderResult] = field(default_factory=dict)
    changed_ids: set[str] = field(default_factory=set)

    def add(self, result: OrderResult) -> None:
        self.results[result.order_id] = result

    def counts(self) -> Counter[Outcome]:
        return Counter(result.outcome for result in self.results.values())

    def ids(self, *outcomes: Outcome) -> list[str]:
        return [oid for oid, result in self.results.items() if result.outcome in outcomes]


def describe_error(error: BaseException) -> str:
    """A one-line reason for the result table and the journal; 422 field messages included,
    never a secret (an unexpected error's text is the server's or a library's, unredacted)."""
    if isinstance(error, errors.ValidationError) and error.fields:
        details = "; ".join(message for messages in error.fields.values() for message in messages)
        return redact(details or error.message)
    if isinstance(error, errors.ConsoleError):
        return redact(error.message)
    return redact(f"{type(error).__name__}: {error}")
