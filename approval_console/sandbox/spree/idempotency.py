"""`Idempotency-Key` as `Spree::Api::V3::Idempotent` (spree/api/.../concerns/spree/api/v3/) has it.

The concern is an `around_action` of the v3 base controller, declared before authentication and
the rate limit, for POST, PUT, PATCH and DELETE:

- A key longer than 255 characters: 400 `invalid_request`. A blank key: no idempotency.
- Answers are kept 24 hours per credential (the raw `X-Spree-Api-Key` header, else the
  client's address) and key; 2xx and 4xx answers are kept (a 401, 404, 422 or 429 too),
  5xx are not, so a server error can be retried.
- A kept answer is replayed, body, status and content type, with `Idempotent-Replayed: true`
  and nothing run again (no authentication, no rate-limit count) when the request's method,
  path (without the query) and raw body match; otherwise 422 `idempotency_key_reused`.
  (Since 6.0 the store partitions the cache too; the sandbox has one store.)
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from .errors import SpreeError

HEADER = "idempotency-key"
TTL = 24 * 3600.0
MAX_KEY_LENGTH = 255
MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
REUSED = "This Idempotency-Key has already been used with different request parameters."


@dataclass(frozen=True)
class _Kept:
    fingerprint: str
    status: int
    body: bytes
    content_type: str | None
    expires: float


class IdempotencyCache:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._kept: dict[tuple[str, str], _Kept] = {}

    async def around(self, request: Request, serve: Callable[[], Awaitable[Response]]) -> Response:
        key = request.headers.get(HEADER, "")
        if request.method not in MUTATING or not key.strip():
            return await serve()
        if len(key) > MAX_KEY_LENGTH:
            message = f"Idempotency-Key must be {MAX_KEY_LENGTH} characters or less."
            return SpreeError(400, "invalid_request", message).response()
        credential = request.headers.get("x-spree-api-key", "")
        if not credential.strip():
            credential = request.client.host if request.client else ""
        slot = (credential, key)
        fingerprint = await _fingerprint(request)
        now = self._clock()
        kept = self._kept.get(slot)
        if kept is not None and kept.expires <= now:
            del self._kept[slot]
            kept = None
        if kept is not None:
            if kept.fingerprint != fingerprint:
                return SpreeError(422, "idempotency_key_reused", REUSED).response()
            replay = Response(kept.body, status_code=kept.status)
            if kept.content_type:
                replay.headers["content-type"] = kept.content_type
            replay.headers["Idempotent-Replayed"] = "true"
            return replay
        response = await serve()
        if response.status_code < 500:
            self._kept[slot] = _Kept(
                fingerprint,
                response.status_code,
                bytes(response.body),
                response.headers.get("content-type"),
                now + TTL,
            )
        return response


async def _fingerprint(request: Request) -> str:
    """`"#{request.method}:#{request.path}:#{request.raw_post}"`, hashed."""
    raw = await request.body()
    text = f"{request.method}:{request.url.path}:".encode() + raw
    return hashlib.sha256(text).hexdigest()
