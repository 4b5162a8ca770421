"""Errors as `Spree::Api::V3::ErrorHandler#render_error` writes them, and Rails' own 404.

`{"error": {"code", "message"}}`, with `details` only when there are some
(`error_response[:error][:details] = details if details.present?`).
"""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse


class SpreeError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        *,
        rescued: bool = True,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        # Rendered by a `rescue_from` (after_actions skipped), not by the action itself.
        self.rescued = rescued

    def response(self) -> JSONResponse:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details:
            error["details"] = self.details
        return JSONResponse({"error": error}, status_code=self.status)


def order_not_found() -> SpreeError:
    """`handle_record_not_found` for a missing `Spree::Order` outside `/carts`:
    `Spree.t(:record_not_found, scope: 'api', model: 'Order')` is "%{model} not found"."""
    return SpreeError(404, "order_not_found", "Order not found")


def routing_error() -> JSONResponse:
    """No route matches (an unknown path, or a verb the path is not routed for): Rails raises
    `ActionController::RoutingError` before any controller runs (no authentication, no rate
    limit, no idempotency), and `ActionDispatch::PublicExceptions` answers a JSON request with
    this body. Rails routes by verb and path together, so there is no 405."""
    return JSONResponse({"status": 404, "error": "Not Found"}, status_code=404)
