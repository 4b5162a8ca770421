"""One long-lived HTTP client per account: auth, rate limits, retries, timeouts, error mapping.

Creating an `httpx.AsyncClient` costs tens of milliseconds of certificate loading, so each account
keeps one for the life of the app. Every request states whether it is safe to repeat: a GET is
retried after a dropped connection or a 5xx, a status change is not, because repeating it could
email a customer twice; its failure comes back as "outcome unknown" for the journal to resolve.
"""

from __future__ import annotations

import asyncio
import functools
import json as jsonlib
import logging
import math
import random
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx

from approval_console.connectors.ratelimit import (
    MAX_BLOCK_SECONDS,
    Priority,
    SlidingWindowLimiter,
)
from approval_console.core import errors
from approval_console.core.i18n import translate

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=60.0)
# httpx's read timeout is per read, so a server trickling a byte at a time never trips it: each
# attempt also has a deadline for its whole exchange, headers and body.
DEFAULT_DEADLINE = 60.0
MAX_BODY_BYTES = 32 * 1024 * 1024  # decoded; far above any documented page, far below harm
OFF_THREAD_BYTES = 256 * 1024  # bodies larger than this are parsed off the event loop's thread
MAX_RETRY_AFTER = MAX_BLOCK_SECONDS

ErrorMessage = Callable[[httpx.Response, Any], tuple[str, dict[str, list[str]]]]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.4
    max_delay: float = 10.0
    # The most one request waits between attempts, in all, for a server that keeps saying
    # "later": two Retry-After: 100 in a row must not hold the window for minutes.
    patience: float = MAX_RETRY_AFTER

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Jittered exponential backoff, never shorter than the server's Retry-After (which
        the caller has already refused beyond `MAX_RETRY_AFTER`)."""
        exponential = min(self.max_delay, self.base_delay * (2**attempt))
        delay = random.uniform(exponential / 2, exponential)
        if retry_after is not None:
            delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
        return delay


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait, from a number of seconds or an HTTP date; None when the header is
    absent or says nothing usable (negative, NaN, a moment already past), so that the caller
    backs off exponentially; a wait is never shorter than that backoff either, so even "0"
    cannot make the client hammer. May be `inf`: the caller refuses what is past its cap."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if math.isnan(seconds) or seconds < 0:
        return None
    return seconds


def _wait_words(seconds: float) -> str:
    if not math.isfinite(seconds) or seconds >= 86400 * 365:
        return translate("Server", "indefinitely")
    if seconds >= 3600:
        hours = round(seconds / 3600)
        return translate("Server", "%n hour(s)", "", hours)
    if seconds >= 120:
        minutes = round(seconds / 60)
        return translate("Server", "%n minute(s)", "", minutes)
    whole = round(seconds)
    return translate("Server", "%n second(s)", "", whole)


def _int_header(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def default_error_message(response: httpx.Response, body: Any) -> tuple[str, dict[str, list[str]]]:
    """Laravel-style `{"message", "errors"}` bodies; other connectors pass their own reader."""
    message = translate("Server", "The server answered {status}.").format(
        status=response.status_code
    )
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
        deadline: float = DEFAULT_DEADLINE,
        max_body: int = MAX_BODY_BYTES,
    ) -> None:
        self.deadline = deadline
        self.max_body = max_body
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

    @property
    def auth(self) -> httpx.Auth | None:
        """What signs every request: public so that what its repr shows can be checked."""
        return self._client.auth

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
        unrun_headers: Callable[[int], Mapping[str, str]] | None = None,
    ) -> httpx.Response:
        """Send one request; return a 2xx response or raise an `errors.ApiError`.

        `limiters` are all acquired before each attempt (strictest first); `header_limiter` is
        the one the server's X-RateLimit headers describe for this endpoint. `unrun_headers(n)`
        gives the headers of attempt n after one the server proved it never ran (a refused
        connection, a 429): a server that keeps every answer under its idempotency key, the
        429 included, must see a new key there, or it replays the 429 for as long as it keeps it.
        """
        if idempotent is None:
            idempotent = method.upper() in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
        attempt = 0
        waited = 0.0  # between attempts, as the server asked: bounded by `retry.patience`
        while True:
            for limiter in limiters:
                await limiter.acquire(priority)
            self.requests_sent += 1
            try:
                response = await self._exchange(
                    method, path, params=params, json=json, content=content, headers=headers
                )
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
                # Never reached the server: safe to try again whatever the method.
                if attempt + 1 < self.retry.attempts:
                    await asyncio.sleep(self.retry.backoff(attempt))
                    attempt += 1
                    if unrun_headers is not None:
                        headers = unrun_headers(attempt)
                    continue
                raise errors.ApiConnectionError(
                    translate("Server", "Could not connect to the server ({reason}).").format(
                        reason=_describe(error)
                    ),
                    maybe_applied=False,
                ) from None
            except TimeoutError:
                # The whole exchange overran its deadline: the server answers, but too slowly
                # to be worth a second wait of the same length.
                deadline = round(self.deadline)
                raise errors.ApiTimeoutError(
                    translate(
                        "Server",
                        "The server took longer than %n second(s) to answer; "
                        "the console stopped waiting.",
                        "",
                        deadline,
                    ),
                    maybe_applied=not idempotent,
                ) from None
            except httpx.TimeoutException as error:
                if idempotent and attempt + 1 < self.retry.attempts:
                    await asyncio.sleep(self.retry.backoff(attempt))
                    attempt += 1
                    continue
                raise errors.ApiTimeoutError(
                    translate("Server", "The server did not answer in time ({reason}).").format(
                        reason=_describe(error)
                    ),
                    maybe_applied=not idempotent,
                ) from None
            except httpx.TransportError as error:
                if idempotent and attempt + 1 < self.retry.attempts:
                    await asyncio.sleep(self.retry.backoff(attempt))
                    attempt += 1
                    continue
                raise errors.ApiConnectionError(
                    translate(
                        "Server", "The connection dropped before the server answered ({reason})."
                    ).format(reason=_describe(error)),
                    maybe_applied=not idempotent,
                ) from None
            except httpx.DecodingError:
                raise errors.ResponseFormatError(
                    "body",
                    translate("Server", "could not be decompressed as its Content-Encoding says"),
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
            delay = self.retry.backoff(attempt, retry_after)
            if status == 429:
                self.rate_limited += 1
                for blocked in (target, *limiters):
                    if blocked is not None:
                        blocked.block_for(delay)
            repeatable = status == 429 or (idempotent and status in RETRY_STATUSES)
            if repeatable and retry_after is not None and retry_after > MAX_RETRY_AFTER:
                longest = round(MAX_RETRY_AFTER)
                raise await self._status_error(
                    response,
                    retry_after,
                    translate(
                        "Server",
                        "The server asked the console to wait {wait} before trying again "
                        "(answer {status}); it does not wait longer than %n second(s). "
                        "Try again later.",
                        "",
                        longest,
                    ).format(wait=_wait_words(retry_after), status=status),
                )
            if repeatable and waited + delay > self.retry.patience:
                waited_seconds = round(waited)
                raise await self._status_error(
                    response,
                    retry_after,
                    translate(
                        "Server",
                        "The server kept asking the console to wait (answer {status}); it "
                        "stopped after waiting %n second(s) in all. Try again later.",
                        "",
                        waited_seconds,
                    ).format(status=status),
                )
            if repeatable and attempt + 1 < self.retry.attempts + (4 if status == 429 else 0):
                log.info("%s %s answered %s; retrying in %.1fs", method, path, status, delay)
                if status != 429:  # a 429 waits in the limiters, blocked above
                    await asyncio.sleep(delay)
                waited += delay
                attempt += 1
                if status == 429 and unrun_headers is not None:
                    headers = unrun_headers(attempt)
                continue
            raise await self._status_error(response, retry_after)

    async def _exchange(self, method: str, path: str, **request: Any) -> httpx.Response:
        """One attempt within the deadline: send, then read the body as it arrives, decoded
        (so a gzip bomb is counted by what it becomes), refusing more than `max_body` bytes."""
        outgoing = self._client.build_request(method, path, **request)
        async with asyncio.timeout(self.deadline):
            response = await self._client.send(outgoing, stream=True)
            try:
                declared = _int_header(response, "Content-Length")
                if declared is not None and declared > self.max_body:
                    raise _too_large(self.max_body)
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.max_body:
                        raise _too_large(self.max_body)
                    chunks.append(chunk)
            finally:
                await response.aclose()
        # What `Response.aread()` does once the stream is consumed: the body, kept for readers.
        response._content = b"".join(chunks)
        return response

    async def _status_error(
        self, response: httpx.Response, retry_after: float | None, override: str | None = None
    ) -> Exception:
        body: Any
        try:
            body = await decode_json(response)
        except errors.ResponseFormatError:
            body = None
        message, fields = self._error_message(response, body)
        message = override or message
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


def _too_large(limit: int) -> errors.ResponseFormatError:
    return errors.ResponseFormatError(
        "body",
        translate("Server", "is larger than {size} MB; the console stopped reading it").format(
            size=limit // (1024 * 1024)
        ),
    )


T = TypeVar("T")


def parse_guarded(parse: Callable[[bytes], T], content: bytes) -> T:
    """`parse(content)`, with a body nested too deeply to parse said as a `ResponseFormatError`
    (the one place where a RecursionError from any decoder becomes "outcome unknown")."""
    try:
        return parse(content)
    except RecursionError:
        raise errors.ResponseFormatError(
            "body", translate("Server", "is nested too deeply to be a real answer")
        ) from None


@functools.cache
def _parser() -> ThreadPoolExecutor:
    """The thread large bodies are parsed on. Not `asyncio.to_thread`: the loop's default
    executor under qasync is made of QThreads that outlive the loop and log every call's
    arguments, which here would be whole bodies of customer data."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="body-parse")


async def decode_body(response: httpx.Response, parse: Callable[[bytes], T]) -> T:
    """Parse the body with `parse`; a large one on a worker thread, so that the event loop
    (which is the window's thread) keeps running while it is decoded. A parser written all
    in C holds the GIL to the end, so `parse` should call back into Python now and then (as
    `decode_json`'s object hook does, and expat's handlers do) for the window to get a turn."""
    content = response.content
    if len(content) > OFF_THREAD_BYTES:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(_parser(), parse_guarded, parse, content)
    return parse_guarded(parse, content)


def _object(pairs: dict[str, Any]) -> dict[str, Any]:
    """json's object hook: does nothing, but being Python it lets the GIL pass to the window's
    thread between objects (a plain `json.loads` held it for a whole 1.2 s parse)."""
    return pairs


async def decode_json(
    response: httpx.Response, *, parse_float: Callable[[str], Any] | None = None
) -> Any:
    """The response body as JSON, or a `ResponseFormatError` saying it is not JSON.
    `parse_float` reads fractional numbers (Decimal where money must not pass through float)."""

    def loads(content: bytes) -> Any:
        return jsonlib.loads(content, object_hook=_object, parse_float=parse_float)

    try:
        return await decode_body(response, loads)
    except ValueError:
        snippet = response.content[:60].decode("utf-8", "replace").replace("\n", " ")
        raise errors.ResponseFormatError("body", f"is not JSON: {snippet!r}") from None
