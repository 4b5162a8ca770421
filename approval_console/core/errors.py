"""The error tree every layer speaks.

Connectors map transport failures and HTTP statuses into these classes, so services and the
window decide what to do (retry, reconcile, show inline) by type, never by parsing messages.
Messages are written for the person at the console and never carry a secret: a server's own
words (which may echo the request's key back) are redacted here, as each error is made, of every
secret the log's redactor knows.
"""

from __future__ import annotations

from collections.abc import Mapping

from approval_console.core.i18n import translate
from approval_console.core.log import redact


def _redacted(value: object) -> object:
    """A parsed body with every string in it redacted, its shape kept."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {key: _redacted(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_redacted(item) for item in value]
    return value


class ConsoleError(Exception):
    """Base of every error the console expects and can explain."""

    def __init__(self, message: str) -> None:
        message = redact(message)
        super().__init__(message)
        self.message = message


class ApiError(ConsoleError):
    """Anything that went wrong talking to an order API."""


class ApiConnectionError(ApiError):
    """No usable answer arrived.

    `maybe_applied` is true when the request may have reached the server before the connection
    failed: for a request that changes something, its outcome is then unknown and must be
    re-read, never blindly sent again.
    """

    def __init__(self, message: str, *, maybe_applied: bool) -> None:
        super().__init__(message)
        self.maybe_applied = maybe_applied


class ApiTimeoutError(ApiConnectionError):
    """The server took longer than the timeout to answer."""


class ResponseFormatError(ApiError):
    """The server answered, but not in the documented shape; `field` names what was wrong."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(
            translate("Server", "Unexpected answer from the server: {field} {problem}").format(
                field=field, problem=problem
            )
        )
        self.field = redact(field)
        self.problem = redact(problem)


class ApiStatusError(ApiError):
    """The server answered with an error status."""

    status: int = 0

    def __init__(self, message: str, *, status: int | None = None, body: object = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status
        self.body = _redacted(body)


class BadRequestError(ApiStatusError):
    status = 400


class AuthenticationError(ApiStatusError):
    status = 401


class PermissionDeniedError(ApiStatusError):
    status = 403


class NotFoundError(ApiStatusError):
    status = 404


class ConflictError(ApiStatusError):
    status = 409


class ValidationError(ApiStatusError):
    """422: the request was understood and refused; `fields` holds the server's reasons."""

    status = 422

    def __init__(
        self,
        message: str,
        *,
        fields: Mapping[str, list[str]] | None = None,
        status: int | None = None,
        body: object = None,
    ) -> None:
        super().__init__(message, status=status, body=body)
        self.fields: dict[str, list[str]] = {
            redact(str(name)): [redact(str(reason)) for reason in reasons]
            for name, reasons in (fields or {}).items()
        }


class RateLimitError(ApiStatusError):
    """429 after the client's own retries gave up; `retry_after` is in seconds."""

    status = 429

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None,
        status: int | None = None,
        body: object = None,
    ) -> None:
        super().__init__(message, status=status, body=body)
        self.retry_after = retry_after


class ServerError(ApiStatusError):
    """5xx: the server failed; for a change, whether it applied is unknown."""

    status = 500


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
}


def status_error_class(status: int) -> type[ApiStatusError]:
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, ApiStatusError)


class InsecureAddressError(ConsoleError):
    """The account's address would carry its key in clear (or is no address): nothing is sent."""


class KeyringUnavailableError(ConsoleError):
    """No usable OS keyring: secrets cannot be stored, and are never stored anywhere else."""


class MissingKeyError(ConsoleError):
    """The account has no key in the keyring (removed outside the console, or never stored)."""


class CacheError(ConsoleError):
    """The local cache could not be opened or written."""
