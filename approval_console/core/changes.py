"""The changes a user can ask for, as plain values the journal can store and replay.

Each change knows how to turn itself into JSON and back, so a change written to the journal
before it is sent can be re-read after a crash exactly as it was asked for.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class ChangeKind(StrEnum):
    STATUS = "status"
    COMMENT = "comment"
    DUE_DATE = "due_date"


@dataclass(frozen=True, slots=True)
class StatusChange:
    status_code: str
    comment: str | None = None
    public: bool = False
    email_customer: bool = True
    email_additional: bool = True
    send_at: datetime | None = None
    due_date: date | None = None

    kind = ChangeKind.STATUS


@dataclass(frozen=True, slots=True)
class CommentChange:
    comment: str
    public: bool = False

    kind = ChangeKind.COMMENT


@dataclass(frozen=True, slots=True)
class DueDateChange:
    """Set a due date (and optional range end); `due_date=None` clears both."""

    due_date: date | None
    due_date_to: date | None = None

    kind = ChangeKind.DUE_DATE


Change = StatusChange | CommentChange | DueDateChange

_TYPES: dict[ChangeKind, type] = {
    ChangeKind.STATUS: StatusChange,
    ChangeKind.COMMENT: CommentChange,
    ChangeKind.DUE_DATE: DueDateChange,
}


def change_to_json(change: Change) -> str:
    def encode(value: Any) -> Any:
        if isinstance(value, datetime | date):
            return value.isoformat()
        return value

    return json.dumps({key: encode(value) for key, value in asdict(change).items()})


def change_from_json(kind: ChangeKind | str, payload: str) -> Change:
    """Rebuild a change from the journal; dates come back as dates."""
    cls = _TYPES[ChangeKind(kind)]
    data = json.loads(payload)
    for key in ("due_date", "due_date_to"):
        if data.get(key):
            data[key] = date.fromisoformat(data[key])
    if data.get("send_at"):
        data["send_at"] = datetime.fromisoformat(data["send_at"])
    return cls(**data)


COMMENT_MIN = 3
COMMENT_MAX = 1000


def comment_problem(comment: str) -> str | None:
    """Why a comment would be refused, or None when it is fine to send."""
    length = len(comment.strip())
    if length < COMMENT_MIN:
        return f"A comment needs at least {COMMENT_MIN} characters."
    if len(comment) > COMMENT_MAX:
        return f"A comment can have at most {COMMENT_MAX} characters ({len(comment)} now)."
    return None
