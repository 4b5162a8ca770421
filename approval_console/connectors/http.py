"""One long-lived HTTP client per account: auth, rate limits, retries, timeouts, error mapping.

Creating an `httpx.AsyncClient` costs tens of milliseconds of certificate loading, so each account
keeps one for the life of the app. Every request states whether it is safe to repeat: a GET is
retried after a dropped connection or a 5xx, a status change is not, because repeating it could
email a customer twice; its failure comes back as "outcome unknown" for the journal to resolve.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from approval_console.connectors.ratelimit import Priority, SlidingWindowLimiter
from approval_console.core import errors

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=60.0)

ErrorMessage = Callable[[httpx.Response, Any], tuple[str, dict[str, list[str]]]]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.4
    max_delay: float = 10.0

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Jittered exponential backoff, never shorter than the server's Retry-After."""
        exponential = min(self.max_delay, self.base_delay * (2**attempt))
        delay = random.uniform(exponential / 2, exponential)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        from datetime import UTC, datetime

        return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _int_header(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def default_error_message(response: httpx.Response, body: Any) -> tuple[str, dict[str, list[str]]]:
    """Laravel-style `{"message", "errors"}` bodies; other connectors pass their own reader."""
    message = f"The server answered {response.status_code}."
    fields: dict[str, list[str]] = {}
    if isinstance(body, dict):
        if isinstance(body.get("message"), str):
            message = body["message"]
        raw = body.get("errors")
        if isinstance(raw, dict):
            for key, value in raw.items():
                if isinstance(value, list):
                    fields[str(key)] = [str(item) for item in value]
                elif isinstance(value, str):
                    fields[str(key)] = [value]
    return message, fields


class HttpClient:
    """Sends requests for one account through its limiters, with retries where safe."""

    def __init__(
        self,
        base_url: str,
        *,
        auth: httpx.Auth | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        error_message: ErrorMessage = default_error_message,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url,
            auth=auth,
            headers=dict(headers or {}),
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
        )
        self.retry = retry or RetryPolicy()
        self._error_message = error_message
        self.requests_sent = 0
        self.rate_limited = 0

    async def aclose(self) -> None:
        await self._client.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
        limiters: Sequence[SlidingWindowLimiter] = (),
        header_limiter: SlidingWindowLimiter | None = None,
        priority: Priority = Priority.NORMAL,
    ) -> httpx.Response:
        """Send one request; return a 2xx response or raise an `errors.ApiError`.

        `limiters` are all acquired before each attempt (strictest first); `header_limiter` is
        the one the server's X-RateLimit headers describe for this endpoint.
        """
        if idempotent is None:
            idempotent = method.upper() in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
        attempt = 0
        while True:
            for limiter in limiters:
                await limiter.acquire(priority)
            self.requests_sent += 1
            try:
                response = await self._client.request(
                    method, path, params=params, json=json, content=content, headers=headers
                )
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
                # Never reached the server: safe to try again whatever the method.
                if attempt + 1 < self.retry.attempts:
                    await asyncio.sleep(self.retry.backoff(attempt))
                    attempt += 1
                    continue
                raise errors.ApiConnectionError(
                    f"Could not connect to the server ({_describe(error)}).", maybe_applied=False
                ) from None
            except httpx.TimeoutException as error:
                if idempotent and attempt + 1 < self.retry.attempts:
                    await asyncio.sleep(self.retry.backoff(attempt))
                    attempt += 1
                    continue
                raise errors.ApiTimeoutError(
                    f"The server did not answer in time ({_describe(error)}).",
                    maybe_applied=not idempotent,
                ) from None
            except httpx.TransportError as error:
                if idempotent and attempt + 1 < self.retry.attempts:
                    await asyncio.sleep(self.retry.backoff(attempt))
                    attempt += 1
                    continue
                raise errors.ApiConnectionError(
                    f"The connection dropped before the server answered ({_describe(error)}).",
                    maybe_applied=not idempotent,
                ) from None

            target = header_limiter or (limiters[-1] if limiters else None)
            if target is not None:
                target.observe(
                    _int_header(response, "X-RateLimit-Limit"),
                    _int_header(response, "X-RateLimit-Remaining"),
                )
            if response.is_success:
                return response

            status = response.status_code
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if status == 429:
                self.rate_limited += 1
                wait = retry_after if retry_after is not None else self.retry.backoff(attempt)
                for limiter in (target, *limiters):
                    if limiter is not None:
                        limiter.block_for(wait)
            repeatable = status == 429 or (idempotent and status in RETRY_STATUSES)
            if repeatable and attempt + 1 < self.retry.attempts + (4 if status == 429 else 0):
                delay = self.retry.backoff(attempt, retry_after)
                log.info("%s %s answered %s; retrying in %.1fs", method, path, status, delay)
                if status != 429:
                    await asyncio.sleep(delay)
                attempt += 1
                continue
            raise self._status_error(response, retry_after)

    def _status_error(self, response: httpx.Response, retry_after: float | None) -> Exception:
        body: Any
        try:
            body = response.json()
        except ValueError:
            body = None
        message, fields = self._error_message(response, body)
        status = response.status_code
        cls = errors.status_error_class(status)
        if cls is errors.ValidationError:
            return errors.ValidationError(message, fields=fields, status=status, body=body)
        if status == 429:
            return errors.RateLimitError(message, retry_after=retry_after, status=status, body=body)
        return cls(message, status=status, body=body)


def _describe(error: Exception) -> str:
    """A short reason without URLs, which may carry a key in their query."""
    text = str(error).split(" for url ")[0].strip() or type(error).__name__
    return text if len(text) < 120 else type(error).__name__


def decode_json(response: httpx.Response) -> Any:
    """The response body as JSON, or a `ResponseFormatError` saying it is not JSON."""
    try:
        return response.json()
    except ValueError:
        snippet = response.text[:60].replace("\n", " ")
        raise errors.ResponseFormatError("body", f"is not JSON: {snippet!r}") from None
