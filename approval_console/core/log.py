"""Logging that can never leak a secret.

A filter on the root handlers masks every registered secret and anything shaped like an auth
header or an api_key parameter, whatever module logged it (httpx included).
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

_PATTERNS = [
    re.compile(r"(?i)(authorization:\s*(?:bearer|basic)\s+)\S+"),
    re.compile(
        r"(?i)((?:api[_-]?key|apruve-api-key|x-spree-api-key)[\"']?\s*[:=]\s*[\"']?)[^\s\"'&,}]+"
    ),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-]+"),
]
MASK = "********"


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with known secrets and auth-looking values masked."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def register(self, secret: str) -> None:
        if secret and len(secret) >= 4:
            self._secrets.add(secret)

    def redact(self, text: str) -> str:
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, MASK)
        for pattern in _PATTERNS:
            text = pattern.sub(lambda match: match.group(1) + MASK, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        redacted = self.redact(message)
        record.msg, record.args = redacted, None
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


REDACTOR = RedactingFilter()


def register_secret(secret: str) -> None:
    """Every secret the console loads is registered here before it is used."""
    REDACTOR.register(secret)


def setup_logging(log_file: Path | None, *, verbose: bool = False) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(REDACTOR)
        root.addHandler(handler)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # qasync logs every executor call with its arguments at DEBUG, keys included.
    logging.getLogger("qasync").setLevel(logging.INFO)
