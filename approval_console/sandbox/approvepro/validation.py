"""Laravel's request validation, as far as ApprovePro's answers show it.

Errors are collected per field (first failing rule only) and answered as Laravel does:
422 `{"message": "<first> (and N more errors)", "errors": {field: [message]}}`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

LARAVEL_TRUE_FALSE = (True, False, 0, 1, "0", "1")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
INTEGER_PATTERN = re.compile(r"[+-]?\d+")


class ApiError(Exception):
    """An error answer; raised anywhere in a handler, turned into a response by the route."""

    def __init__(self, status_code: int, body: dict[str, Any]) -> None:
        super().__init__(body.get("message"))
        self.status_code = status_code
        self.body = body

    def response(self) -> JSONResponse:
        return JSONResponse(self.body, status_code=self.status_code)


def not_found(message: str = "Order not found.") -> ApiError:
    return ApiError(404, {"message": message})


def label(field: str) -> str:
    """How Laravel names a field: `due_date` -> `due date`; array items (`order_ids.0`) as is."""
    return field if "." in field else field.replace("_", " ")


class Errors:
    """Collects the first error of each field, in the order the rules are checked."""

    def __init__(self) -> None:
        self.by_field: dict[str, list[str]] = {}

    def add(self, field: str, message: str) -> None:
        self.by_field.setdefault(field, [message])

    def has(self, field: str) -> bool:
        return field in self.by_field

    def raise_if_any(self) -> None:
        if self.by_field:
            raise validation_error(self.by_field)


def validation_error(errors: dict[str, list[str]]) -> ApiError:
    """The 422 answer; its message pluralises as Laravel's ValidationException does."""
    messages = [message for field_messages in errors.values() for message in field_messages]
    message = messages[0]
    extra = len(messages) - 1
    if extra:
        message += f" (and {extra} more error{'s' if extra > 1 else ''})"
    return ApiError(422, {"message": message, "errors": errors})


async def json_body(request: Request) -> dict[str, Any]:
    """The JSON object sent, with "" turned into null as Laravel's middleware does.

    An empty body counts as no fields; a body that is not JSON is a 400.
    """
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, {"message": "Malformed JSON."}) from None
    if not isinstance(data, dict):
        return {}
    return {key: (None if value == "" else value) for key, value in data.items()}


def check_boolean(errors: Errors, data: dict[str, Any], field: str, default: bool) -> bool:
    """Laravel's `boolean` rule: true, false, 0, 1, "0" or "1" (null means the default)."""
    value = data.get(field)
    if value is None:
        return default
    if isinstance(value, float) or value not in LARAVEL_TRUE_FALSE:
        errors.add(field, f"The {label(field)} field must be true or false.")
        return default
    return value in (True, 1, "1")


def check_comment(errors: Errors, data: dict[str, Any], *, required: bool) -> str | None:
    """`comment`: plain text of 3 to 1000 characters."""
    value = data.get("comment")
    if value is None:
        if required:
            errors.add("comment", "The comment field is required.")
        return None
    if not isinstance(value, str):
        errors.add("comment", "The comment field must be a string.")
        return None
    if len(value) < 3:
        errors.add("comment", "The comment field must be at least 3 characters.")
    elif len(value) > 1000:
        errors.add("comment", "The comment field must not be greater than 1000 characters.")
    return value


def parse_date(value: Any) -> date | None:
    """A strict YYYY-MM-DD calendar date, or None."""
    if not isinstance(value, str) or not DATE_PATTERN.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def check_date(errors: Errors, field: str, value: Any) -> date | None:
    """Laravel's `date_format:Y-m-d` (null passes as "not given")."""
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        errors.add(field, f"The {label(field)} field must match the format Y-m-d.")
    return parsed


def as_integer(value: Any) -> int | None:
    """Laravel's `integer` rule: an int, or a string holding one (never a bool or a float)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and INTEGER_PATTERN.fullmatch(value.strip()):
        return int(value)
    return None


def query_values(items: Iterable[tuple[str, str]], name: str) -> list[str]:
    """Every value of a PHP-style array parameter: `name[]=a`, `name[0]=a` or plain `name=a`."""
    values = []
    for key, value in items:
        is_array_key = key.startswith(f"{name}[") and key.endswith("]")
        if (key == name or is_array_key) and value != "":
            values.append(value)
    return values


def query_value(items: Iterable[tuple[str, str]], name: str) -> str | None:
    """A single-valued parameter (the last one wins, as in PHP); "" counts as absent."""
    found = None
    for key, value in items:
        if key == name:
            found = value
    return found if found != "" else None
