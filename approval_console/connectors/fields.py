"""Reading untrusted JSON with errors that name the field.

An API that drops a field or changes its type must give "data[3].customer.email is missing",
not a KeyError deep in a view. Unknown fields are simply never read.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypeVar

from approval_console.core.errors import ResponseFormatError
from approval_console.core.i18n import translate

T = TypeVar("T")

_MISSING = object()


class Fields:
    """A JSON object with the path it was found at."""

    def __init__(self, value: Any, path: str = "body") -> None:
        if not isinstance(value, dict):
            raise ResponseFormatError(
                path,
                translate("Server", "should be an object, got {kind}").format(kind=_kind(value)),
            )
        self.value: dict[str, Any] = value
        self.path = path

    def _get(self, key: str, required: bool) -> Any:
        value = self.value.get(key, _MISSING)
        if value is _MISSING:
            if required:
                raise ResponseFormatError(self._at(key), translate("Server", "is missing"))
            return None
        return value

    def _at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def has(self, key: str) -> bool:
        return key in self.value

    def text(self, key: str) -> str:
        value = self._get(key, True)
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        raise ResponseFormatError(
            self._at(key),
            translate("Server", "should be text, got {kind}").format(kind=_kind(value)),
        )

    def opt_text(self, key: str) -> str | None:
        value = self._get(key, False)
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        raise ResponseFormatError(
            self._at(key),
            translate("Server", "should be text, got {kind}").format(kind=_kind(value)),
        )

    def integer(self, key: str) -> int:
        value = self._get(key, True)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
        raise ResponseFormatError(
            self._at(key),
            translate("Server", "should be a whole number, got {kind}").format(kind=_kind(value)),
        )

    def opt_integer(self, key: str, default: int | None = None) -> int | None:
        if self._get(key, False) is None:
            return default
        return self.integer(key)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if value in (0, 1):
            return bool(value)
        raise ResponseFormatError(
            self._at(key),
            translate("Server", "should be true or false, got {kind}").format(kind=_kind(value)),
        )

    def obj(self, key: str) -> Fields:
        return Fields(self._get(key, True), self._at(key))

    def opt_obj(self, key: str) -> Fields | None:
        value = self._get(key, False)
        return None if value is None else Fields(value, self._at(key))

    def array(self, key: str, required: bool = True) -> list[Any]:
        value = self._get(key, required)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            raise ResponseFormatError(
                self._at(key),
                translate("Server", "should be a list, got {kind}").format(kind=_kind(value)),
            )
        return value

    def objects(self, key: str, required: bool = True) -> list[Fields]:
        return [
            Fields(item, f"{self._at(key)}[{index}]")
            for index, item in enumerate(self.array(key, required))
        ]

    def text_list(self, key: str) -> tuple[str, ...]:
        items = self.array(key, required=False)
        for index, item in enumerate(items):
            if not isinstance(item, str):
                raise ResponseFormatError(
                    f"{self._at(key)}[{index}]", translate("Server", "should be text")
                )
        return tuple(items)

    def opt_datetime(self, key: str) -> datetime | None:
        value = self.opt_text(key)
        if value is None or value == "":
            return None
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ResponseFormatError(
                self._at(key),
                translate("Server", "is not a date and time: {value}").format(value=repr(value)),
            ) from None
        if parsed.tzinfo is None:
            from datetime import UTC

            parsed = parsed.replace(tzinfo=UTC)
        return parsed

    def opt_date(self, key: str) -> date | None:
        value = self.opt_text(key)
        if not value:
            return None
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            raise ResponseFormatError(
                self._at(key),
                translate("Server", "is not a date: {value}").format(value=repr(value)),
            ) from None


def objects_of(value: Any, path: str = "body") -> list[Fields]:
    """A top-level JSON list of objects."""
    if not isinstance(value, list):
        raise ResponseFormatError(
            path, translate("Server", "should be a list, got {kind}").format(kind=_kind(value))
        )
    return [Fields(item, f"{path}[{index}]") for index, item in enumerate(value)]


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return translate("Server", "a boolean")
    if isinstance(value, int | float):
        return translate("Server", "a number ({value})").format(value=value)
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return translate("Server", "text ({value})").format(value=repr(shown))
    if isinstance(value, list):
        return translate("Server", "a list")
    if isinstance(value, dict):
        return translate("Server", "an object")
    return type(value).__name__
