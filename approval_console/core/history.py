"""An order's history and the public progress timeline its customer sees, backend-neutral.

Kept apart from `domain` because the order list needs none of it: the list is on screen before
these are first read (each dataclass costs its import about a millisecond).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from approval_console.core.open_enum import OpenStrEnum


class HistoryKind(StrEnum):
    STATUS_CHANGE = "STATUS_CHANGE"
    COMMENT = "COMMENT"


@dataclass(frozen=True, slots=True)
class MailLog:
    """The email that went out with an event, and what became of it."""

    sender: str
    recipient: str
    subject: str
    delivery_status: str


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    kind: HistoryKind
    created_at: datetime
    status_code: str | None = None
    status_name: str | None = None
    comment: str | None = None
    comment_is_public: bool = False
    mail: MailLog | None = None
    actor: str | None = None


class Progress(OpenStrEnum):
    COMPLETE = "Complete"
    CURRENT = "Current"
    INCOMPLETE = "Incomplete"


@dataclass(frozen=True, slots=True)
class TimelineStep:
    """One step of the public progress timeline the customer sees."""

    name: str
    description: str | None
    progress: Progress
    timestamp: str | None = None
