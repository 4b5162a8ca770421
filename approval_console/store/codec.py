"""How the order details kept for offline reading are written to the cache and read back.

msgspec writes each value as plain JSON and reads it back as the type the domain declares
(Decimal from its exact text, datetimes with their offsets, tuples as tuples, enums by value),
so a timeline read offline equals the one saved. Only the declared type is ever built: a
damaged row cannot make the decoder construct anything else, and a value of the wrong type
is an error, never a silently different value.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, NamedTuple

import msgspec

from approval_console.core.history import HistoryEvent, TimelineStep

if TYPE_CHECKING:
    from approval_console.core.billing import OrderBilling, OrderRecords

__all__ = [
    "CacheFormatError",
    "dumps",
    "load_billing",
    "load_history",
    "load_records",
    "load_timeline",
    "loads",
]


class CacheFormatError(ValueError):
    """A cached value that does not read back as the type asked for."""


class _Decoders(NamedTuple):
    history: msgspec.json.Decoder[tuple[HistoryEvent, ...]]
    timeline: msgspec.json.Decoder[tuple[TimelineStep, ...]]
    billing: msgspec.json.Decoder[OrderBilling]
    records: msgspec.json.Decoder[OrderRecords]


@functools.cache
def _decoders() -> _Decoders:
    """Built on the first detail read. Billing's types are imported here, not when the store
    is: the cached list paints before they are needed."""
    from approval_console.core.billing import OrderBilling, OrderRecords

    return _Decoders(
        msgspec.json.Decoder(tuple[HistoryEvent, ...]),
        msgspec.json.Decoder(tuple[TimelineStep, ...]),
        msgspec.json.Decoder(OrderBilling),
        msgspec.json.Decoder(OrderRecords),
    )


def dumps(value: object) -> str:
    """A domain value (dataclasses, tuples, Decimal, dates, enums) as JSON text.

    A type msgspec cannot write raises `TypeError`.
    """
    return msgspec.json.encode(value).decode()


def _decode(decoder: msgspec.json.Decoder[Any], text: str) -> Any:
    try:
        return decoder.decode(text)
    except msgspec.DecodeError as exc:  # also msgspec.ValidationError
        raise CacheFormatError(f"unreadable cached value: {exc}") from exc


def loads(text: str, type_: Any) -> Any:
    """`text` read back as `type_`; anything else raises `CacheFormatError`."""
    return _decode(msgspec.json.Decoder(type_), text)


def load_history(text: str) -> tuple[HistoryEvent, ...]:
    history: tuple[HistoryEvent, ...] = _decode(_decoders().history, text)
    return history


def load_timeline(text: str) -> tuple[TimelineStep, ...]:
    timeline: tuple[TimelineStep, ...] = _decode(_decoders().timeline, text)
    return timeline


def load_billing(text: str) -> OrderBilling:
    billing: OrderBilling = _decode(_decoders().billing, text)
    return billing


def load_records(text: str) -> OrderRecords:
    records: OrderRecords = _decode(_decoders().records, text)
    return records
