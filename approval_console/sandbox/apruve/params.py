"""Reading request bodies as a Rails model would cast and validate them.

Unknown keys are ignored (strong parameters); values are cast as ActiveRecord casts them
(`"12"` is 12, `"false"` is false); what cannot be cast is a 422 naming the attribute.

Bodies may come wrapped in the resource's name, `{"order": {...}}`, as Rails' ParamsWrapper
expects and as Apruve's own Ruby client sends them (apruve-ruby `lib/apruve/resources/order.rb`
`update!` sends `{order: self}`, `webhook_endpoint.rb` `create!` sends `{webhook_endpoint:
self}`); the document never shows that form, but the server's client wins over its document.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request

from .errors import Errors, bad_request, refused

MAX_CENTS = 99_999_999
INTEGER = re.compile(r"\s*[+-]?\d+\s*")
RAILS_FALSE = (False, 0, "0", "f", "F", "false", "FALSE", "False", "off", "OFF")


async def json_body(request: Request, wrapper: str | None = None) -> dict[str, Any]:
    """The JSON object sent; an empty body is no attributes, an unparsable one a 400.

    With `wrapper` (the resource's name, e.g. "order"), an object under that key has its
    fields merged over the top-level ones, as ParamsWrapper and `params.require(:order)` read
    them: wrapped and unwrapped bodies mean the same thing.
    """
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise bad_request() from None
    if not isinstance(data, dict):
        return {}
    wrapped = data.get(wrapper) if wrapper else None
    if isinstance(wrapped, dict):
        rest = {key: value for key, value in data.items() if key != wrapper}
        return {**rest, **wrapped}
    return data


def check_updatable(
    data: dict[str, Any], record: str, updatable: tuple[str, ...], read_only: frozenset[str]
) -> None:
    """An update must name at least one attribute it can change, else a 422 that says why.

    Strong parameters drop what they do not permit, so a body whose every key is dropped
    (a misspelt name, a wrapper under the wrong key, only read-only fields) would otherwise
    answer 200 with nothing changed, and the client would believe its change was made.
    Read-only attributes beside a changeable one are ignored: a client that read a record
    and sends it back whole (as apruve-ruby's `update!` does) sends them all. An empty item
    list changes nothing and does not count: apruve-ruby sends `"order_items": []` (and
    `invoice_items`, `shipment_items`) with every record it did not read whole, because its
    `initialize` sets a missing list to `[]` (`lib/apruve/resources/order.rb`).
    """
    given = [name for name in updatable if name in data and data[name] != []]
    if given:
        return
    empty = sorted(name for name in data if name in updatable)
    fixed = sorted(name for name in data if name in read_only)
    unknown = sorted(name for name in data if name not in read_only and name not in updatable)
    reasons = []
    if not data:
        reasons.append("the body has no attributes")
    if empty:
        reasons.append(f"{', '.join(empty)} {'is' if len(empty) == 1 else 'are'} empty")
    if fixed:
        reasons.append(f"{', '.join(fixed)} cannot be changed by an update")
    if unknown:
        verb = "is not an attribute" if len(unknown) == 1 else "are not attributes"
        reasons.append(f"{', '.join(unknown)} {verb} of {record}")
    raise refused(
        "base",
        f"nothing to update ({'; '.join(reasons)}): send one of {', '.join(updatable)}",
    )


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
