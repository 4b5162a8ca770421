"""A small exact JSON codec for the domain dataclasses (order details kept for offline use).

`json` alone would turn Decimal into float, datetimes into strings and tuples into lists, so a
timeline read back offline would not equal the one saved. Each non-JSON value is tagged with
its type instead, and only the types listed here can be decoded: a damaged or hostile row can
never make the decoder build anything else.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from approval_console.core import detail, domain


@functools.cache
def _registry() -> tuple[dict[str, type], dict[str, type[Enum]]]:
    """The types a cached detail may hold. Billing's are imported here, on the first detail
    saved or read, not when the store is: the cached list paints before they are needed."""
    from approval_console.core import billing

    dataclasses_ = {
        cls.__name__: cls
        for cls in (
            domain.Money,
            domain.Status,
            domain.OrderStatus,
            domain.Customer,
            domain.Order,
            domain.MailLog,
            domain.HistoryEvent,
            domain.TimelineStep,
            detail.OrderDetail,
            billing.Address,
            billing.LineItem,
            billing.InvoiceItem,
            billing.ShipmentItem,
            billing.PaymentTerm,
            billing.PaymentMethod,
            billing.PurchaseOrder,
            billing.Invoice,
            billing.Shipment,
            billing.Return,
            billing.InvoiceRecord,
            billing.OrderBilling,
            billing.Payment,
            billing.Refund,
            billing.OrderRecords,
        )
    }
    enums: dict[str, type[Enum]] = {
        cls.__name__: cls
        for cls in (
            domain.HistoryKind,
            domain.Progress,
            domain.Review,
            billing.OrderState,
            billing.InvoiceState,
            billing.ShipmentState,
            billing.ReturnReason,
        )
    }
    return dataclasses_, enums


def to_jsonable(value: Any) -> Any:
    """Turn a domain value into plain JSON types, tagging what JSON cannot say."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Enum):  # before str: StrEnum members are strings too
        return {"$enum": type(value).__name__, "value": value.value}
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return [to_jsonable(item) for item in value]
    if dataclasses.is_dataclass(value) and type(value).__name__ in _registry()[0]:
        fields = {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$type": type(value).__name__, "fields": fields}
    raise TypeError(f"cannot encode {type(value).__name__} for the cache")


def from_jsonable(value: Any) -> Any:
    """Inverse of `to_jsonable`; lists come back as tuples (every domain sequence is one)."""
    if isinstance(value, list):
        return tuple(from_jsonable(item) for item in value)
    if not isinstance(value, dict):
        return value
    if "$decimal" in value:
        return Decimal(value["$decimal"])
    if "$datetime" in value:
        return datetime.fromisoformat(value["$datetime"])
    if "$date" in value:
        return date.fromisoformat(value["$date"])
    if "$enum" in value:
        return _registry()[1][value["$enum"]](value["value"])
    if "$type" in value:
        cls = _registry()[0][value["$type"]]
        return cls(**{key: from_jsonable(item) for key, item in value["fields"].items()})
    raise ValueError(f"unknown JSON object in the cache: {sorted(value)}")


def dumps(value: Any) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Any:
    return from_jsonable(json.loads(text))
