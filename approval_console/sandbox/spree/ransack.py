"""Ransack-style `q[attribute_predicate]` filters and the `sort` parameter, for orders.

As Ransack does by default, unknown attributes or predicates are ignored and a value that
cannot be cast to the attribute's type drops its condition, rather than failing the request.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .models import ZERO, Order
from .versions import SCOPES, SpreeVersion

Getter = Callable[[Order], Any]
PARAM = re.compile(r"q\[([a-z0-9_]+)\](\[\d*\])?")

# Every column the sandbox can filter on; which names reach them is the release's whitelist
# (versions.py), as Ransack only honours `ransackable_attributes`.
STRING: dict[str, Getter] = {
    "id": lambda o: o.id,
    "number": lambda o: o.number,
    "email": lambda o: o.email,
    "state": lambda o: o.state,
    "status": lambda o: o.status,
    "payment_status": lambda o: o.payment_status,
    "fulfillment_status": lambda o: o.fulfillment_status,
    "currency": lambda o: o.currency,
    "channel_id": lambda o: o.channel_id,
    "coupon_code": lambda o: None,
    "seller_id": lambda o: None,
    "order_group_id": lambda o: None,
    "name": lambda o: None,
}
BOOLEAN: dict[str, Getter] = {"considered_risky": lambda o: o.considered_risky}


def _ms(moment: float | None) -> float | None:
    """Times compare as the API shows them (whole milliseconds), so that a client filtering
    `updated_at_gt` with a value it was shown does not get that same order back."""
    return None if moment is None else math.floor(moment * 1000) / 1000


TIME: dict[str, Getter] = {
    "completed_at": lambda o: _ms(o.completed_at),
    "created_at": lambda o: _ms(o.created_at),
    "updated_at": lambda o: _ms(o.updated_at),
}
NUMBER: dict[str, Getter] = {
    "total": lambda o: o.total,
    "item_total": lambda o: o.item_total,
    "delivery_total": lambda o: o.delivery_total,
    "total_quantity": lambda o: Decimal(o.total_quantity),
    "position": lambda o: None,
}
ATTRIBUTES: dict[str, Getter] = {**STRING, **BOOLEAN, **TIME, **NUMBER}
# Longest first, so that `not_eq` is not read as `eq`.
PREDICATES = sorted(
    (
        "eq",
        "not_eq",
        "in",
        "not_in",
        "cont",
        "i_cont",
        "not_cont",
        "start",
        "end",
        "gt",
        "gteq",
        "lt",
        "lteq",
        "null",
        "not_null",
        "present",
        "blank",
        "true",
        "false",
    ),
    key=len,
    reverse=True,
)
DEFAULT_SORT = [("created_at", True)]
RANSACK_FALSE = {"0", "f", "false"}  # Ransack's FALSE_VALUES, compared case-insensitively


def filters(items: list[tuple[str, str]], version: SpreeVersion) -> list[Callable[[Order], bool]]:
    """One test per condition the release honours (array values: `q[status_in][]=a`).

    Ransack (with `ignore_unknown_conditions`, its default) drops a condition whose attribute is
    not in the model's `ransackable_attributes`, so a filter the release does not know returns
    every order rather than an error.
    """
    values: dict[str, list[str]] = {}
    for key, value in items:
        match = PARAM.fullmatch(key)
        if match:
            values.setdefault(match.group(1), []).append(value)
    tests = []
    for condition, raw in values.items():
        test = (
            _scope(condition, raw) if condition in SCOPES else _condition(condition, raw, version)
        )
        if test is not None:
            tests.append(test)
    return tests


def _scope(name: str, raw: list[str]) -> Callable[[Order], bool] | None:
    """`Order`'s ransackable scopes. Ransack skips an argument-less scope given a false value."""
    value = raw[-1]
    if name in ("search", "multi_search"):
        return _search(value)
    if value.strip().lower() in RANSACK_FALSE:
        return None
    if name == "complete":
        return lambda order: order.completed_at is not None
    if name == "incomplete":
        return lambda order: order.completed_at is None
    full = name == "refunded"

    def refunded(order: Order) -> bool:
        given = sum((r.amount for r in order.refunds), ZERO)
        return bool(order.refunds) and (given == order.total if full else given < order.total)

    return refunded


def _search(query: str) -> Callable[[Order], bool]:
    """`Order.search`: number contains, billing name contains, or the email exactly (any case);
    a blank query matches nothing (`none`)."""
    needle = query.strip().casefold()

    def matches(order: Order) -> bool:
        if not needle:
            return False
        address = order.billing_address
        names = (order.number, address.first_name, address.last_name)
        return any(needle in name.casefold() for name in names) or order.email.casefold() == needle

    return matches


def _condition(
    condition: str, raw: list[str], version: SpreeVersion
) -> Callable[[Order], bool] | None:
    predicate = next((p for p in PREDICATES if condition.endswith(f"_{p}")), None)
    if predicate is None:
        return None
    columns = [version.column(name) for name in condition[: -len(predicate) - 1].split("_or_")]
    if any(column is None or column not in ATTRIBUTES for column in columns):
        return None
    tests = [_test(column, predicate, raw) for column in columns if column is not None]
    if any(test is None for test in tests):
        return None
    return lambda order: any(test(order) for test in tests if test is not None)


def _test(name: str, predicate: str, raw: list[str]) -> Callable[[Order], bool] | None:
    getter = ATTRIBUTES[name]
    if predicate in ("null", "not_null", "present", "blank", "true", "false"):
        flag = _boolean(raw[-1])
        if flag is None:
            return None
        return _unary(getter, predicate, flag)
    if predicate in ("in", "not_in"):
        cast_all = [_cast(name, value) for value in raw]
        wanted = [value for value in cast_all if value is not None]
        if not wanted:
            return None
        if predicate == "in":
            return lambda order: getter(order) in wanted
        return lambda order: getter(order) not in wanted
    value = _cast(name, raw[-1])
    if value is None:
        return None
    return _binary(getter, predicate, value)


def _unary(getter: Getter, predicate: str, flag: bool) -> Callable[[Order], bool]:
    def holds(order: Order) -> bool:
        value = getter(order)
        if predicate == "null":
            return value is None
        if predicate == "not_null":
            return value is not None
        if predicate == "present":
            return value not in (None, "")
        if predicate == "blank":
            return value in (None, "")
        return value is (predicate == "true")

    return holds if flag else lambda order: not holds(order)


def _binary(getter: Getter, predicate: str, wanted: Any) -> Callable[[Order], bool]:
    def holds(order: Order) -> bool:
        value = getter(order)
        if predicate == "eq":
            return value == wanted
        if predicate == "not_eq":
            return value != wanted
        if value is None:
            return False
        if predicate in ("cont", "i_cont", "not_cont", "start", "end"):
            text, needle = str(value).casefold(), str(wanted).casefold()
            if predicate == "start":
                return text.startswith(needle)
            if predicate == "end":
                return text.endswith(needle)
            return (needle in text) != (predicate == "not_cont")
        if predicate == "gt":
            return value > wanted
        if predicate == "gteq":
            return value >= wanted
        if predicate == "lt":
            return value < wanted
        return value <= wanted  # lteq

    return holds


def _cast(name: str, raw: str) -> Any:
    if name in BOOLEAN:
        return _boolean(raw)
    if name in TIME:
        return _time(raw)
    if name in NUMBER:
        try:
            number = Decimal(raw)
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return raw


def _boolean(raw: str) -> bool | None:
    """Rails' boolean casting of a query string value."""
    lowered = raw.strip().lower()
    if lowered in ("1", "t", "true", "on", "yes"):
        return True
    if lowered in ("0", "f", "false", "off", "no"):
        return False
    return None


def _time(raw: str) -> float | None:
    """A date (its midnight, UTC) or an ISO 8601 time; other text casts to nothing."""
    text = raw.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def sort_keys(raw: str | None, version: SpreeVersion) -> list[tuple[str, bool]]:
    """`sort=-completed_at,number` -> [("completed_at", True), ("number", False)].

    `sort` becomes Ransack's `s`, which sorts only by ransackable attributes: others are
    skipped; nothing usable falls back to newest first.
    """
    keys = []
    for part in (raw or "").split(","):
        part = part.strip()
        column = version.column(part.removeprefix("-"))
        if column is not None and column in ATTRIBUTES:
            keys.append((column, part.startswith("-")))
    return keys or list(DEFAULT_SORT)


def sort_orders(orders: list[Order], keys: list[tuple[str, bool]]) -> list[Order]:
    """Stable multi-key sort; missing values last ascending and first descending (PostgreSQL)."""
    result = sorted(orders, key=lambda order: order.sequence)
    for name, descending in reversed(keys):
        getter = ATTRIBUTES[name]

        def key(order: Order, getter: Getter = getter) -> tuple[bool, Any]:
            value = getter(order)
            return (value is None, value if value is not None else 0)

        result.sort(key=key, reverse=descending)
    return result
