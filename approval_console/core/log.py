"""Logging that can never leak a secret.

A filter on the root handlers masks every registered secret and anything shaped like an auth
header or an api_key parameter, whatever module logged it (httpx included). The same redactor
masks what the window shows (`redact`): a server that echoes the key in an error message must
not put it on screen either.

The log file opens in two steps. `setup_logging` holds records in memory, and `open_log_file`
writes them to the file and goes on from there. Between the two, the app paints its cached order
list: the rotating file handler brings `logging.handlers` (socket, pickle, queue), an import that
would come before the first paint and that nothing on screen needs.
"""

from __future__ import annotations

import logging
import re
import sys
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


def redact(text: str) -> str:
    """`text` with every registered secret and auth-looking value masked.

    The one list of known secrets serves the log and everything a person is shown: error
    messages are redacted as they are made, and the window's message places redact again.
    """
    return REDACTOR.redact(text)


LOG_BYTES = 2_000_000
LOG_BACKUPS = 3


class _HeldRecords(logging.Handler):
    """Keeps the records logged before the log file opens, to write them into it first."""

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def setup_logging(log_file: Path | None, *, verbose: bool = False) -> None:
    """Log to stderr now, and to `log_file` (held until `open_log_file`).

    The windowed app on Windows has no stderr at all: there, only the file.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if sys.stderr is not None:
        _attach(root, logging.StreamHandler())
    if log_file is not None:
        _attach(root, _HeldRecords(log_file))
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # qasync logs every executor call with its arguments at DEBUG, keys included.
    logging.getLogger("qasync").setLevel(logging.INFO)


def open_log_file() -> None:
    """Start the log file set up by `setup_logging`, beginning with the records held so far.

    Call it from the thread that set logging up, before others log; calling it again, or
    without a log file, does nothing.
    """
    root = logging.getLogger()
    for held in [handler for handler in root.handlers if isinstance(handler, _HeldRecords)]:
        from logging.handlers import RotatingFileHandler

        held.log_file.parent.mkdir(parents=True, exist_ok=True)
        root.removeHandler(held)
        handler = RotatingFileHandler(held.log_file, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS)
        _attach(root, handler)
        for record in held.records:
            handler.handle(record)


def _attach(root: logging.Logger, handler: logging.Handler) -> logging.Handler:
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(REDACTOR)
    root.addHandler(handler)
    return handler
