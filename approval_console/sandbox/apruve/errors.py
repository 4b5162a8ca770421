"""Error answers as the Apruve document shows them, and as a Rails JSON API words the rest.

Documented: 401 `{"error": ...}` (Devise's message) and 404 `{"errors": [{"title": "Not Found"}]}`.
Validation and state refusals follow the same JSON:API error objects, as JSONAPI::Resources
writes them: `title` is the message, `detail` is "<attribute> - <message>", `source.pointer`
names the attribute.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

UNAUTHORIZED_BODY = {"error": "You need to login or sign up before continuing."}
NOT_FOUND_BODY = {"errors": [{"title": "Not Found"}]}


class ApiError(Exception):
    """An error answer, raised anywhere in a handler and turned into a response by the route."""

    def __init__(self, status_code: int, body: dict[str, Any]) -> None:
        super().__init__(status_code)
        self.status_code = status_code
        self.body = body

    def response(self) -> JSONResponse:
        return JSONResponse(self.body, status_code=self.status_code)


def not_found() -> ApiError:
    return ApiError(404, NOT_FOUND_BODY)


def bad_request() -> ApiError:
    """What Rails in API mode answers when the body cannot be parsed (production format)."""
    return ApiError(400, {"status": 400, "error": "Bad Request"})


def error_object(attribute: str, message: str) -> dict[str, Any]:
    return {
        "title": message,
        "detail": f"{attribute.split('/')[-1]} - {message}",
        "source": {"pointer": f"/data/attributes/{attribute}"},
    }


def refused(attribute: str, message: str) -> ApiError:
    """A single 422 for a rule about state rather than about one field's value."""
    return ApiError(422, {"errors": [error_object(attribute, message)]})


def transition_refused(event: str, record: str, status: str) -> ApiError:
    return refused("status", f"cannot {event} {record} that is {status}")


class Errors:
    """Collects validation errors (first per attribute) and raises them as one 422."""

    def __init__(self) -> None:
        self.by_attribute: dict[str, str] = {}

    def add(self, attribute: str, message: str) -> None:
        self.by_attribute.setdefault(attribute, message)

    def has(self, attribute: str) -> bool:
        return attribute in self.by_attribute

    def raise_if_any(self) -> None:
        if self.by_attribute:
            objects = [error_object(a, m) for a, m in self.by_attribute.items()]
            raise ApiError(422, {"errors": objects})
