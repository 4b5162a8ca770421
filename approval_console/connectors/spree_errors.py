"""What Spree's refusals say, and the keys it would refuse, in the person's words.

Spree answers an error as `{"error": {"code", "message", "details"}}`; a 401 names the key, a
reused idempotency key means nothing was sent twice. A publishable key (`pk_…`) or one with
characters no header can carry is refused here, before any request, so it is never sent.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from approval_console.core import errors
from approval_console.core.i18n import translate
from approval_console.core.labels import readable

KEY_REUSED = "idempotency_key_reused"
HEADER_SAFE = re.compile(r"[\x21-\x7e]+")  # what an HTTP header value may carry


def spree_error_message(response: httpx.Response, body: Any) -> tuple[str, dict[str, list[str]]]:
    """Spree's `{"error": {"code", "message", "details"}}`.

    The message is the server's, with each field's reasons from `details` appended so a 422
    reads on its own ("Validation failed: notify_customer must be true or false"); `details`
    entries that are not reasons (a 429's `retry_after` number) are left out of the fields.
    """
    status = response.status_code
    fields: dict[str, list[str]] = {}
    message = ""
    code = ""
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        error = body["error"]
        message = error["message"].strip() if isinstance(error.get("message"), str) else ""
        code = error["code"] if isinstance(error.get("code"), str) else ""
        details = error.get("details")
        if isinstance(details, dict):
            for key, value in details.items():
                if isinstance(value, list):
                    reasons = [str(item) for item in value if isinstance(item, str | int | float)]
                    if reasons:
                        fields[str(key)] = reasons
                elif isinstance(value, str):
                    fields[str(key)] = [value]
    elif isinstance(body, dict) and isinstance(body.get("message"), str):
        message = body["message"].strip()  # not Spree's shape (a proxy, an unknown route)
    if code == "processing_error" and not message:
        # 6.0's refused cancel: `render_service_error` of the order's (empty) errors.
        message = translate(
            "Spree", "Spree refused: the order cannot take this change as it stands"
        )
    if not message:
        message = readable(code) or translate("Server", "The server answered {status}.").format(
            status=status
        )
    if fields:
        said = "; ".join(f"{key} {'; '.join(values)}" for key, values in fields.items())
        message = f"{message.rstrip('.')}: {said}"
    if code == KEY_REUSED:
        message = translate(
            "Spree",
            "Spree refused this change: its key was already used for a different request "
            "(idempotency_key_reused), so nothing was sent twice and nothing changed.",
        )
    if status == 401:
        message = translate("Spree", "Spree refused the API key: {reason}").format(reason=message)
    return message, fields


def checked_key(api_key: str) -> str:
    """The key as sent, or an `AuthenticationError` before any request; never echoes it."""
    key = api_key.strip()
    if key.startswith("pk_"):
        raise errors.AuthenticationError(
            translate(
                "Spree",
                "This is a publishable key (pk_…), which only the storefront API accepts: "
                "Spree's Admin API needs a secret key (sk_…) from Settings → Developers.",
            )
        )
    if key and not HEADER_SAFE.fullmatch(key):
        raise errors.AuthenticationError(
            translate(
                "Spree", "The Spree API key contains spaces or characters an API key cannot have."
            )
        )
    return key
