"""The journal file's schema, apart from the cache's: the journal is not a cache.

The journal once lived inside the cache file, so moving a damaged or newer cache aside took the
unsent and in-doubt changes with it. It now has a file of its own, marked with its own
application id so that neither file is ever taken (or migrated) for the other. Append new
scripts; never edit one that has shipped.
"""

from __future__ import annotations

from approval_console.store.db import FileKind
from approval_console.store.schema import Migration

# "APCJ" in ASCII: a journal file, never to be opened as a cache (the cache is "APCO").
JOURNAL_APPLICATION_ID = 0x4150434A

_V1 = f"""
PRAGMA application_id = {JOURNAL_APPLICATION_ID};

CREATE TABLE batches (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at REAL NOT NULL,
    finished_at REAL
);

CREATE TABLE journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id TEXT NOT NULL,
    batch_id TEXT REFERENCES batches (id),
    order_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL
        CHECK (state IN ('pending', 'sent', 'confirmed', 'failed', 'unknown')),
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    sent_at REAL,
    resolved_at REAL,
    before_status TEXT
);
CREATE INDEX journal_state ON journal (state, account_id);
CREATE INDEX journal_batch ON journal (batch_id);
CREATE INDEX journal_order ON journal (account_id, order_id);

-- Which account each account id in the journal was, kept here and not only in the settings
-- file: if that file is lost, the entries can still be matched to the account added again.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    backend TEXT NOT NULL,
    base_url TEXT NOT NULL,
    name TEXT NOT NULL
) WITHOUT ROWID;
"""

MIGRATIONS: tuple[Migration, ...] = (_V1,)

JOURNAL = FileKind(
    "change journal", JOURNAL_APPLICATION_ID, MIGRATIONS, rebuildable=False, log_name="Journal"
)
