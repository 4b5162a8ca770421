"""What single changes and bulk runs share: the journal, the cache and the clock they work
with, and how a failed request is read.

`ChangeService` (single changes, reconciliation) and `BulkRun` (queued bulk changes) both
need these; kept here, neither module imports the other's, and the bulk run depends only on
this desk, not on the service that starts it.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import deque
from collections.abc import Callable

from approval_console.core import errors
from approval_console.services.dbthread import DbThread
from approval_console.services.sync import SyncService
from approval_console.store.journal import Journal, JournalEntry
from approval_console.store.orders import OrderCache

# The server refused and nothing happened: report it, never retry it.
REFUSED = (
    errors.ValidationError,
    errors.NotFoundError,
    errors.BadRequestError,
    errors.AuthenticationError,
    errors.PermissionDeniedError,
    errors.ConflictError,
)


def idempotency_key(entry: JournalEntry) -> str:
    """The key a change is sent under, from its journal entry: the same on every resend, also
    after a restart, and different for every entry (an entry's id alone repeats across
    profiles and accounts sharing one server, so its account and creation time are part of it).
    A server that honours the key answers a repeat with its first answer."""
    made = f"{entry.account_id}\0{entry.id}\0{entry.created_at!r}".encode()
    return "console-" + hashlib.sha256(made).hexdigest()[:40]


def outcome_unknown(error: BaseException) -> bool:
    """True when a failed change request may nevertheless have been applied."""
    if isinstance(error, errors.ApiConnectionError):
        return error.maybe_applied
    return isinstance(error, errors.ServerError | errors.ResponseFormatError)


class ChangeDesk:
    """The state every change is carried with: where it is journaled and cached, the clock,
    how long confirmation waits, and which journal entries a run of this process owns."""

    def __init__(
        self,
        db: DbThread,
        cache: OrderCache,
        journal: Journal,
        sync: SyncService,
        *,
        clock: Callable[[], float] = time.time,
        settle_timeout: float = 30.0,
        first_check_delay: float = 1.0,
    ) -> None:
        self.db = db
        self.cache = cache
        self.journal = journal
        self.sync = sync
        self.clock = clock
        self.settle_timeout = settle_timeout
        self.first_check_delay = first_check_delay
        # A slow queue's orders are followed after the run ends: first look, cap, give up.
        self.follow_first = 5.0
        self.follow_max = 120.0
        self.follow_for = 1800.0
        # Journal entries a bulk run of this process is carrying: reconcile and resume, which
        # take unfinished entries for interrupted ones, leave these to their run.
        self.live: set[int] = set()
        self.followers: set[asyncio.Task[None]] = set()
        # When each viability probe of an account went (monotonic): plans share one budget.
        self.probes: dict[str, deque[float]] = {}
