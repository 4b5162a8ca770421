"""The portal's error answer: `{"error": {"type", "message"}}` with an HTTP status."""

from __future__ import annotations

from starlette.responses import JSONResponse


class ApiError(Exception):
    """Raised anywhere in a handler; the route turns it into the documented error body."""

    def __init__(self, status_code: int, error_type: str, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error_type = error_type
        self.message = message

    def response(self) -> JSONResponse:
        body = {"error": {"type": self.error_type, "message": self.message}}
        return JSONResponse(body, status_code=self.status_code)


def bad_parameter(name: str, expected: str) -> ApiError:
    """400: the value's format is wrong (not a number, not a date...)."""
    return ApiError(400, "invalid_parameter", f"{name} must be {expected}.")


def unacceptable(error_type: str, message: str) -> ApiError:
    """422: the value is well-formed but not one the API accepts."""
    return ApiError(422, error_type, message)
