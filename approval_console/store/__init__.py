"""The local cache and the change journal, on SQLite (stdlib `sqlite3`, no ORM).

Nothing here imports Qt, connectors, services or the sandbox: the store speaks only the core
types, so it can be tested with real files and no event loop.
"""

from approval_console.store.db import APPLICATION_ID, Database
from approval_console.store.journal import Batch, EntryState, Journal, JournalEntry
from approval_console.store.orders import OrderCache, OrderFilter, SortKey

__all__ = [
    "APPLICATION_ID",
    "Batch",
    "Database",
    "EntryState",
    "Journal",
    "JournalEntry",
    "OrderCache",
    "OrderFilter",
    "SortKey",
]
