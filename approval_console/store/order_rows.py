"""How one `Order` becomes one `orders` row and back.

Values are stored so that SQL can sort and filter them: datetimes as ISO text in UTC with a
fixed width (so text order is time order), tags as `|a|b|` (a tag test is one LIKE), the amount
as exact decimal text plus a REAL copy for sorting, and derived values (`number_sort`, the
search text, whether the order is still open) computed here once per write instead of per
query.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from approval_console.core.domain import Customer, Money, Order, OrderStatus, Review

# Data columns in row order; `row_id`, `account_id` and `generation` are bookkeeping.
COLUMNS: tuple[str, ...] = (
    "id", "name", "number", "number_sort",
    "customer_name", "customer_email", "customer_locale",
    "status_code", "status_name", "status_public_name", "status_description", "status_color",
    "status_public", "status_set_at", "status_auto_change_at",
    "financial_status", "fulfillment_status", "tags",
    "canceled_at", "created_at", "due_date", "due_date_to",
    "history_count", "amount", "amount_sort", "currency", "review", "is_open",
)  # fmt: skip
# The columns `search_text` is built from; a row whose diff misses them keeps its search text.
SEARCHED: tuple[int, ...] = tuple(
    COLUMNS.index(name) for name in ("name", "number", "customer_name", "customer_email")
)
SELECT_COLUMNS = ", ".join(f"o.{name}" for name in COLUMNS)

_SEARCH_SEPARATOR = "\x1f"  # a needle never contains it, so a match cannot span two fields
_NUMBER = re.compile(r"^\D*?(\d+)$")
_INT64_MAX = 2**63 - 1


def datetime_to_text(value: datetime | None) -> str | None:
    """Aware values in UTC, always with microseconds, so text order is time order.

    A naive value stays naive (no offset): inventing a zone would make it compare unequal to
    what was stored.
    """
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")


def text_to_datetime(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def date_to_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def text_to_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def number_sort(number: str) -> int | None:
    """The number as an integer when it is digits after an optional prefix ("#1002" → 1002)."""
    match = _NUMBER.match(number.strip())
    if not match:
        return None
    value = int(match.group(1))
    return value if value <= _INT64_MAX else None


def _escape_tag(tag: str) -> str:
    # Percent-escape so the stored text has no `|` but the separators: exact round trip.
    return tag.replace("%", "%25").replace("|", "%7C")


def _unescape_tag(tag: str) -> str:
    return tag.replace("%7C", "|").replace("%25", "%")


def tags_to_text(tags: tuple[str, ...]) -> str:
    return "|" + "|".join(_escape_tag(tag) for tag in tags) + "|" if tags else ""


def text_to_tags(text: str) -> tuple[str, ...]:
    return tuple(_unescape_tag(tag) for tag in text[1:-1].split("|")) if text else ()


def like_escape(text: str) -> str:
    """Escape LIKE wildcards for `ESCAPE '\\'`."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def tag_pattern(tag: str) -> str:
    """A LIKE pattern (with `ESCAPE '\\'`) matching rows that carry `tag`."""
    return "%" + like_escape(f"|{_escape_tag(tag)}|") + "%"


def fold(text: str) -> str:
    """Case folding for search; casefold also matches "STRASSE" with "Straße"."""
    return text.casefold().replace(_SEARCH_SEPARATOR, " ")


def search_text(row: tuple[Any, ...]) -> str:
    """The `order_search` text for a row from `order_to_row`."""
    return _SEARCH_SEPARATOR.join(fold(row[index]) for index in SEARCHED)


def order_to_row(order: Order) -> tuple[Any, ...]:
    """Values for `COLUMNS`, in order."""
    status = order.status
    amount = order.amount
    return (
        order.id,
        order.name,
        order.number,
        number_sort(order.number),
        order.customer.name,
        order.customer.email,
        order.customer.locale,
        status.code if status else None,
        status.name if status else None,
        status.public_name if status else None,
        status.description if status else None,
        status.color if status else None,
        int(status.public) if status else None,
        datetime_to_text(status.set_at) if status else None,
        datetime_to_text(status.auto_change_at) if status else None,
        order.financial_status,
        order.fulfillment_status,
        tags_to_text(order.tags),
        datetime_to_text(order.canceled_at),
        datetime_to_text(order.created_at),
        date_to_text(order.due_date),
        date_to_text(order.due_date_to),
        order.history_count,
        str(amount.amount) if amount else None,
        float(amount.amount) if amount and amount.amount.is_finite() else None,
        amount.currency if amount else None,
        order.review.value if order.review else None,
        int(order.is_open),  # derived, so "overdue" is one indexed test in SQL
    )


_STATUS_CODE = COLUMNS.index("status_code")
_STATUS_COLOR = COLUMNS.index("status_color")


def keep_known(stored: tuple[Any, ...], row: tuple[Any, ...]) -> tuple[Any, ...]:
    """`row` with what its source does not say taken from the stored row.

    ApprovePro's listing gives a status its colour but its order read does not: without this,
    opening an order greyed its chip wherever the account's statuses are not at hand (the
    list across accounts). Kept only while the status is the same one.
    """
    if row[_STATUS_COLOR] is None and stored[_STATUS_CODE] == row[_STATUS_CODE]:
        return (*row[:_STATUS_COLOR], stored[_STATUS_COLOR], *row[_STATUS_COLOR + 1 :])
    return row


def row_to_order(row: tuple[Any, ...] | Any) -> Order:
    """Inverse of `order_to_row` for a row selected with `SELECT_COLUMNS`."""
    (
        id_, name, number, _number_sort,
        customer_name, customer_email, customer_locale,
        status_code, status_name, status_public_name, status_description, status_color,
        status_public, status_set_at, status_auto_change_at,
        financial_status, fulfillment_status, tags,
        canceled_at, created_at, due_date, due_date_to,
        history_count, amount, _amount_sort, currency, review, _is_open,
    ) = row  # fmt: skip
    status = None
    if status_code is not None:
        status = OrderStatus(
            code=status_code,
            name=status_name,
            public_name=status_public_name,
            description=status_description,
            color=status_color,
            public=bool(status_public),
            set_at=text_to_datetime(status_set_at),
            auto_change_at=text_to_datetime(status_auto_change_at),
        )
    return Order(
        id=id_,
        name=name,
        number=number,
        customer=Customer(name=customer_name, email=customer_email, locale=customer_locale),
        status=status,
        financial_status=financial_status,
        fulfillment_status=fulfillment_status,
        tags=text_to_tags(tags),
        canceled_at=text_to_datetime(canceled_at),
        created_at=text_to_datetime(created_at),
        due_date=text_to_date(due_date),
        due_date_to=text_to_date(due_date_to),
        history_count=history_count,
        amount=Money(Decimal(amount), currency) if amount is not None else None,
        review=Review(review) if review else None,
    )
