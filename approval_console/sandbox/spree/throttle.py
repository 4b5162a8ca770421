"""The v3 API's rate limit, as each release's `BaseController` and `RateLimitHeaders` have it.

Both count with Rails' `rate_limit`, a `before_action` declared ahead of authentication, so a
request with a wrong key counts too (in that key's bucket), and set `X-RateLimit-Limit`,
`X-RateLimit-Remaining` (and `Retry-After` once the count reaches the limit) in an
`after_action`, which runs only when the action itself answered: not after a 401, nor after an
error a `rescue_from` rendered (a missing order's 404, a body Rails could not parse).

- 5.6.1: 300 requests per window (`rate_limit_per_key`) per `X-Spree-Api-Key` (else client
  address) and per controller (Rails' default scope is `controller_path`). Its `with:` returns a
  Rack triple instead of rendering, which does not halt a `before_action` chain: 5.6 never
  answers 429; past the limit its answers say `X-RateLimit-Remaining: 0` and `Retry-After`.
  (main fixed this in "make Admin API rate limits stricter per client/not endpoint", #14426:
  "Must render (not return a value)".)
- 6.0: one bucket per caller across the API (`scope: 'api_v3'`): 600 per secret key
  (`rate_limit_per_secret_key`), 300 per publishable key and client address, 300 per address
  without a key; past the limit, 429 `rate_limit_exceeded`.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.requests import Request

from ..ratelimit import Decision, FixedWindowLimiter
from .versions import SpreeVersion

SECRET_LIMIT = 600
KEY_LIMIT = 300


class SpreeThrottle:
    def __init__(self, version: SpreeVersion, window: Callable[[], float]) -> None:
        self.version = version
        self.secret = FixedWindowLimiter(SECRET_LIMIT, window)
        self.other = FixedWindowLimiter(KEY_LIMIT, window)

    @property
    def refuses(self) -> bool:
        """Whether a request past the limit is refused (429) rather than served."""
        return not self.version.has_state

    def hit(self, request: Request, controller: str) -> Decision:
        """Count `request` (for `controller`, which only 5.6 buckets by) and say where it
        stands."""
        key = request.headers.get("x-spree-api-key", "")
        address = request.client.host if request.client else ""
        if self.version.has_state:
            return self.other.hit(f"{controller}:{key or address}")
        if key.startswith("sk_"):
            return self.secret.hit(key)
        return self.other.hit(f"{key}:{address}" if key else address)


def headers(decision: Decision, window: float) -> dict[str, str]:
    """`set_rate_limit_headers` of a served request, and `render_rate_limited` of a refused
    one: `Retry-After` is the window's length (`rate_limit_window`) from the limit on."""
    result = {
        "X-RateLimit-Limit": str(decision.limit),
        "X-RateLimit-Remaining": str(decision.remaining),
    }
    if decision.remaining <= 0 and window > 0:
        result["Retry-After"] = str(max(1, round(window)))
    return result
