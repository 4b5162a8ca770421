"""Reading request bodies as a Rails model would cast and validate them.

Unknown keys are ignored (strong parameters); values are cast as ActiveRecord casts them
(`"12"` is 12, `"false"` is false); what cannot be cast is a 422 naming the attribute.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request

from .errors import Errors, bad_request

MAX_CENTS = 99_999_999
INTEGER = re.compile(r"\s*[+-]?\d+\s*")
RAILS_FALSE = (False, 0, "0", "f", "F", "false", "FALSE", "False", "off", "OFF")


async def json_body(request: Request) -> dict[str, Any]:
    """The JSON object sent; an empty body is no attributes, an unparsable one a 400."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise bad_request() from None
    return data if isinstance(data, dict) else {}


def parse_instant(value: Any) -> datetime | None:
    """An ISO 8601 date or date-time; without an offset it is taken as UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


class Body:
    """One JSON object of a request (or a nested one), with its attribute path for errors."""

    def __init__(self, data: dict[str, Any], errors: Errors, prefix: str = "") -> None:
        self.data = data
        self.errors = errors
        self.prefix = prefix

    def pointer(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def has(self, name: str) -> bool:
        return name in self.data

    def _value(self, name: str, required: bool) -> Any:
        value = self.data.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.errors.add(self.pointer(name), "can't be blank")
            return None
        return value

    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        minimum: int | None = 0,
        maximum: int | None = MAX_CENTS,
    ) -> int | None:
        value = self._value(name, required)
        if value is None:
            return None
        number: int | None = None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, int):
            number = value
        elif (isinstance(value, float) and value.is_integer()) or (
            isinstance(value, str) and INTEGER.fullmatch(value)
        ):
            number = int(value)
        if number is None:
            self.errors.add(self.pointer(name), "is not a number")
        elif minimum is not None and number < minimum:
            self.errors.add(self.pointer(name), f"must be greater than or equal to {minimum}")
        elif maximum is not None and number > maximum:
            self.errors.add(self.pointer(name), f"must be less than or equal to {maximum}")
        else:
            return number
        return None

    def string(self, name: str, *, required: bool = False) -> str | None:
        value = self._value(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.errors.add(self.pointer(name), "is invalid")
            return None
        return str(value)

    def boolean(self, name: str, default: bool) -> bool:
        value = self.data.get(name)
        if value is None or value == "":
            return default
        return value not in RAILS_FALSE

    def instant(self, name: str, *, required: bool = False) -> datetime | None:
        value = self._value(name, required)
        if value is None:
            return None
        moment = parse_instant(value)
        if moment is None:
            self.errors.add(self.pointer(name), "is not a valid ISO8601 date")
        return moment

    def currency(self) -> str:
        value = self.string("currency")
        if value is not None and value != "USD":
            self.errors.add(self.pointer("currency"), "is not included in the list")
        return "USD"

    def choice(self, name: str, accepted: tuple[str, ...], *, required: bool = False) -> str | None:
        value = self.string(name, required=required)
        if value is not None and value not in accepted:
            self.errors.add(self.pointer(name), "is not included in the list")
            return None
        return value

    def child(self, name: str) -> Body | None:
        """A nested object (`payment_term`, an address); anything else there is invalid."""
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.errors.add(self.pointer(name), "is invalid")
            return None
        return Body(value, self.errors, f"{self.pointer(name)}/")

    def children(self, name: str) -> list[Body] | None:
        """A nested array of objects (`order_items`...); None when absent."""
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.errors.add(self.pointer(name), "is invalid")
            return None
        return [
            Body(item, self.errors, f"{self.pointer(name)}/{index}/")
            for index, item in enumerate(value)
        ]
