"""`GET /api/orders/` parameters, checked: wrong formats are 400, unknown choices are 422."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import bad_parameter, unacceptable
from .models import STATUSES, Order

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 250
INCLUDES = ("items", "shipments", "status_history")
FILTER_ON = ("created_at", "updated_at", "placed_at")
SORT_FIELDS = (
    "created_at",
    "updated_at",
    "placed_at",
    "grand_total",
    "order_number",
    "status",
    "customer_name",
)
DEFAULT_SORT = "created_at"
DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?")
DIGITS = re.compile(r"\d+")
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S"


@dataclass
class ListQuery:
    """A validated list request; `echo` is what `meta.filters` reports back."""

    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    sort: list[tuple[str, bool]] = field(default_factory=lambda: [(DEFAULT_SORT, False)])
    sort_text: str = DEFAULT_SORT
    include: list[str] = field(default_factory=list)
    tests: list[Callable[[Order], bool]] = field(default_factory=list)
    echo: dict[str, Any] = field(default_factory=dict)


def parse_list_query(params: dict[str, str]) -> ListQuery:
    """Read every documented parameter; unknown parameters are ignored, "" counts as absent."""
    given = {key: value.strip() for key, value in params.items() if value.strip() != ""}
    query = ListQuery()
    query.page = _integer(given, "page", 1, minimum=1)
    query.per_page = _per_page(given)
    _statuses(given, query)
    for name in ("customer_id", "user_id"):
        if name in given:
            number = _integer(given, name, 0, minimum=0)
            query.echo[name] = number
            query.tests.append(_id_test(name, number))
    for name in ("order_number", "po_number"):
        if name in given:
            wanted = given[name].casefold()
            query.echo[name] = given[name]
            query.tests.append(_identifier_test(name, wanted))
    if "q" in given:
        query.echo["q"] = given["q"]
        query.tests.append(_search_test(given["q"].casefold()))
    _totals(given, query)
    _dates(given, query)
    query.include = _include(given)
    _sort(given, query)
    return query


def _integer(given: dict[str, str], name: str, default: int, *, minimum: int) -> int:
    raw = given.get(name)
    if raw is None:
        return default
    if not DIGITS.fullmatch(raw) or int(raw) < minimum:
        raise bad_parameter(name, f"an integer of at least {minimum}")
    return int(raw)


def _per_page(given: dict[str, str]) -> int:
    raw = given.get("per_page")
    if raw is None:
        return DEFAULT_PER_PAGE
    if not DIGITS.fullmatch(raw) or not 1 <= int(raw) <= MAX_PER_PAGE:
        raise bad_parameter("per_page", f"an integer between 1 and {MAX_PER_PAGE}")
    return int(raw)


def _statuses(given: dict[str, str], query: ListQuery) -> None:
    if "status" not in given:
        return
    wanted = [part.strip().lower() for part in given["status"].split(",") if part.strip()]
    unknown = [status for status in wanted if status not in STATUSES]
    if unknown:
        raise unacceptable(
            "invalid_status",
            f"Unknown status {unknown[0]!r}; use one of: {', '.join(STATUSES)}.",
        )
    chosen = set(wanted)
    query.echo["status"] = wanted
    query.tests.append(lambda order: order.status in chosen)


def _id_test(name: str, number: int) -> Callable[[Order], bool]:
    if name == "user_id":
        return lambda order: order.user_id == number
    return lambda order: order.customer.id == number


def _identifier_test(name: str, wanted: str) -> Callable[[Order], bool]:
    if name == "order_number":
        return lambda order: order.order_number.casefold() == wanted
    return lambda order: (order.po_number or "").casefold() == wanted


def _search_test(needle: str) -> Callable[[Order], bool]:
    """Fuzzy as the portal means it: a case-insensitive substring of any of the four fields."""

    def matches(order: Order) -> bool:
        fields = (order.order_number, order.customer.name, order.customer.code, order.po_number)
        return any(needle in value.casefold() for value in fields if value)

    return matches


def _totals(given: dict[str, str], query: ListQuery) -> None:
    for name in ("min_total", "max_total"):
        raw = given.get(name)
        if raw is None:
            continue
        try:
            amount = Decimal(raw)
        except InvalidOperation:
            raise bad_parameter(name, "a number such as 100.00") from None
        if not amount.is_finite():
            raise bad_parameter(name, "a number such as 100.00")
        limit = float(amount)
        query.echo[name] = limit
        query.tests.append(_at_least(limit) if name == "min_total" else _at_most(limit))


def _at_least(low: float) -> Callable[[Order], bool]:
    return lambda order: order.grand_total >= low


def _at_most(high: float) -> Callable[[Order], bool]:
    return lambda order: order.grand_total <= high


def _dates(given: dict[str, str], query: ListQuery) -> None:
    filter_on = given.get("filter_on", "created_at")
    if filter_on not in FILTER_ON:
        raise unacceptable(
            "invalid_filter_on", f"filter_on must be one of: {', '.join(FILTER_ON)}."
        )
    ranges = (
        ("date_from", filter_on, True),
        ("date_to", filter_on, False),
        ("placed_from", "placed_at", True),
        ("placed_to", "placed_at", False),
        ("updated_since", "updated_at", True),
    )
    if "date_from" in given or "date_to" in given:
        query.echo["filter_on"] = filter_on
    for name, column, is_start in ranges:
        raw = given.get(name)
        if raw is None:
            continue
        moment = parse_moment(name, raw, is_start)
        query.echo[name] = format_timestamp(moment)
        query.tests.append(_range_test(column, moment, is_start))


def parse_moment(name: str, raw: str, is_start: bool) -> int:
    """`YYYY-MM-DD` (start or end of that day) or `YYYY-MM-DD HH:MM[:SS]`, in UTC."""
    try:
        if DATE_ONLY.fullmatch(raw):
            text = raw + (" 00:00:00" if is_start else " 23:59:59")
        elif DATE_TIME.fullmatch(raw):
            text = raw.replace("T", " ") + (":00" if raw.count(":") == 1 else "")
        else:
            raise ValueError(raw)
        moment = datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        expected = "a date (YYYY-MM-DD) or timestamp (YYYY-MM-DD HH:MM:SS)"
        raise bad_parameter(name, expected) from None
    return int(moment.timestamp())


def _range_test(column: str, moment: int, is_start: bool) -> Callable[[Order], bool]:
    def test(order: Order) -> bool:
        value = getattr(order, column)
        if value is None:
            return False
        return value >= moment if is_start else value <= moment

    return test


def _include(given: dict[str, str]) -> list[str]:
    if "include" not in given:
        return []
    wanted = [part.strip() for part in given["include"].split(",") if part.strip()]
    for name in wanted:
        if name not in INCLUDES:
            raise unacceptable(
                "invalid_include",
                f"Cannot include {name!r}; use any of: {', '.join(INCLUDES)}.",
            )
    return list(dict.fromkeys(wanted))


def _sort(given: dict[str, str], query: ListQuery) -> None:
    if "sort" not in given:
        return
    keys: list[tuple[str, bool]] = []
    for part in given["sort"].split(","):
        part = part.strip()
        descending = part.startswith("-")
        name = part.removeprefix("-").removeprefix("+")
        if name not in SORT_FIELDS:
            raise unacceptable(
                "invalid_sort", f"Cannot sort by {name!r}; use any of: {', '.join(SORT_FIELDS)}."
            )
        keys.append((name, descending))
    query.sort = keys
    query.sort_text = ",".join(("-" if desc else "") + name for name, desc in keys)


def format_timestamp(moment: int | None) -> str | None:
    if moment is None:
        return None
    return datetime.fromtimestamp(moment, UTC).strftime(TIMESTAMP_FORMAT)
