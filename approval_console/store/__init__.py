"""The local cache and the change journal, on SQLite (stdlib `sqlite3`, no ORM).

Nothing here imports Qt, connectors, services or the sandbox: the store speaks only the core
types, so it can be tested with real files and no event loop. Import from the modules
(`store.db`, `store.orders`, `store.journal`): the cached list paints before the journal loads.
"""
