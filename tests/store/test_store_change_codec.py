"""How a change is stored in the journal: every field as its type, nothing unknown accepted."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from legacy_samples import CHANGES

from approval_console.core.changes import (
    CHANGE_TYPES,
    ChangeFormatError,
    ChangeKind,
    CommentChange,
    CreateWebhook,
    DeleteWebhook,
    RecordShipment,
    StatusChange,
    change_from_json,
    change_to_json,
)
from approval_console.store.journal import Journal

# Kinds newer than the legacy journal file, so absent from its samples.
NEWER = (
    CreateWebhook("https://hooks.example.com/apruve", with_auth_header=True),
    DeleteWebhook("wh-1", "https://hooks.example.com/apruve"),
)


def test_every_kind_has_one_type_and_every_sample_round_trips() -> None:
    samples = (*CHANGES, *NEWER)
    assert set(CHANGE_TYPES) == set(ChangeKind)
    assert {type(change) for change in samples} == set(CHANGE_TYPES.values())
    for change in samples:
        back = change_from_json(change.kind, change_to_json(change))
        assert repr(back) == repr(change)


def test_datetimes_and_dates_come_back_as_such() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    back = change_from_json(
        "shipment", change_to_json(RecordShipment("inv", moment, delivered_at=moment))
    )
    assert isinstance(back, RecordShipment)
    assert type(back.shipped_at) is datetime and back.shipped_at == moment
    assert type(back.delivered_at) is datetime
    status = change_from_json(
        "status", change_to_json(StatusChange("x", due_date=date(2026, 1, 2)))
    )
    assert isinstance(status, StatusChange) and type(status.due_date) is date


@pytest.mark.parametrize(
    ("kind", "payload", "problem"),
    [
        ("comment", '{"comment": "hi", "colour": "red"}', "no field colour"),
        ("comment", '{"comment": 12}', "Expected `str`"),
        ("comment", '{"public": true}', "missing required field `comment`"),
        ("shipment", '{"invoice_id": "i", "shipped_at": "soon"}', "datetime"),
        (
            "return",
            '{"invoice_id": "i", "amount_minor": "12", "currency": "USD", "reason": "x"}',
            "Expected `int`",
        ),
        ("teleport", "{}", "unknown change kind"),
        ("comment", "not json", "CommentChange: JSON is malformed"),
    ],
)
def test_unknown_or_mistyped_fields_are_errors(kind: str, payload: str, problem: str) -> None:
    with pytest.raises(ChangeFormatError, match=problem):
        change_from_json(kind, payload)


def test_a_change_that_would_not_read_back_is_refused_before_it_is_recorded(
    journal: Journal,
) -> None:
    wrong = StatusChange("approved", send_at="2026-01-02T03:04:05")  # type: ignore[arg-type]  # the mistake under test
    with pytest.raises(ChangeFormatError, match="read back"):
        journal.record("acct", ["o1"], wrong)
    assert journal.unfinished() == []
    assert journal.record("acct", ["o1"], CommentChange("fine"))[0].change == CommentChange("fine")
