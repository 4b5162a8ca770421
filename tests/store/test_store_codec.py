"""The JSON codec behind offline order details: exact round trips, nothing else decoded."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from store_samples import FULL_ORDER

from approval_console.core.detail import OrderDetail
from approval_console.core.domain import HistoryEvent, HistoryKind, Money, Status
from approval_console.store import codec


@pytest.mark.parametrize(
    "value",
    [
        FULL_ORDER,
        OrderDetail(FULL_ORDER, (HistoryEvent(HistoryKind.COMMENT, datetime(2024, 1, 1)),)),
        Money(Decimal("0.10"), "EUR"),
        Money(Decimal("-1E+3"), "JPY"),
        Status("s", "S", position=3),
        (date(2024, 2, 29), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
        ("text", 1, 2.5, None, True),
    ],
)
def test_round_trip_is_exact(value: object) -> None:
    back = codec.loads(codec.dumps(value))
    assert back == value
    assert type(back) is type(value)


def test_decimal_keeps_its_exponent() -> None:
    back = codec.loads(codec.dumps(Decimal("12.50")))
    assert str(back) == "12.50"


def test_unknown_types_are_refused() -> None:
    with pytest.raises(TypeError):
        codec.dumps(object())
    with pytest.raises(KeyError):
        codec.loads('{"$type": "Popen", "fields": {}}')
    with pytest.raises(ValueError):
        codec.loads('{"surprise": 1}')
