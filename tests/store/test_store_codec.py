"""The JSON codec behind offline order details: exact round trips, nothing else decoded."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from store_samples import FULL_ORDER

from approval_console.core.domain import Money, Order, Status
from approval_console.core.history import HistoryEvent, HistoryKind, Progress, TimelineStep
from approval_console.store import codec


@pytest.mark.parametrize(
    ("value", "type_"),
    [
        (FULL_ORDER, Order),
        # a whole OrderDetail is saved by parts (test_store_legacy_files reads every part back)
        ((HistoryEvent(HistoryKind.COMMENT, datetime(2024, 1, 1)),), tuple[HistoryEvent, ...]),
        (Money(Decimal("0.10"), "EUR"), Money),
        (Money(Decimal("-1E+3"), "JPY"), Money),
        (Status("s", "S", position=3), Status),
        (
            (
                date(2024, 2, 29),
                datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            ),
            tuple[date, datetime],
        ),
        (("text", 1, 2.5, None, True), tuple[str, int, float, None, bool]),
    ],
)
def test_round_trip_is_exact(value: object, type_: object) -> None:
    back = codec.loads(codec.dumps(value), type_)
    assert back == value
    assert type(back) is type(value)
    assert repr(back) == repr(value)  # same offsets, tuples stay tuples


def test_decimal_keeps_its_exponent() -> None:
    back = codec.loads(codec.dumps(Decimal("12.50")), Decimal)
    assert str(back) == "12.50"


def test_unknown_types_are_refused() -> None:
    with pytest.raises(TypeError):
        codec.dumps(object())
    with pytest.raises(ValueError):
        codec.load_history('[{"$type": "Popen", "fields": {}}]')
    with pytest.raises(ValueError):
        codec.load_history('{"surprise": 1}')


def test_a_value_of_the_wrong_type_is_an_error_not_a_string() -> None:
    event = '[{"kind": "COMMENT", "created_at": "yesterday"}]'
    with pytest.raises(codec.CacheFormatError, match="datetime"):
        codec.load_history(event)
    with pytest.raises(codec.CacheFormatError):
        codec.load_timeline('[{"name": "x", "description": null, "progress": 3}]')
    with pytest.raises(codec.CacheFormatError):
        codec.load_timeline('[{"name": "x", "description": null, "progress": ""}]')
    # A progress word ApprovePro added later is kept as the word it is (core.open_enum).
    [later] = codec.load_timeline('[{"name": "x", "description": null, "progress": "Sideways"}]')
    assert later.progress == "Sideways" and not later.progress.known
    good = codec.load_timeline('[{"name": "x", "description": null, "progress": "Current"}]')
    assert good == (TimelineStep("x", None, Progress.CURRENT),)
