"""The schema as an ordered list of migrations; `PRAGMA user_version` counts those applied.

Append new scripts; never edit one that has shipped, because a user's file already ran it.
Each script (or function) runs inside the transaction `Database` opens, together with the
version bump.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from approval_console.store.cache_migrations import add_open_column, untag_details

# A script, or for a rewrite SQL cannot say, a function run inside the migration's transaction.
Migration = str | Callable[[sqlite3.Connection], None]

# "APCO" in ASCII: marks a SQLite file as ours, so a foreign one is never migrated in place.
APPLICATION_ID = 0x4150434F

_V1 = f"""
PRAGMA application_id = {APPLICATION_ID};

-- AUTOINCREMENT so a deleted order's rowid is never reused: the window holds rowids, and a
-- reused one would silently show a different order in a stale row.
CREATE TABLE orders (
    row_id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id TEXT NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    number TEXT NOT NULL,
    number_sort INTEGER,
    customer_name TEXT NOT NULL,
    customer_email TEXT NOT NULL,
    customer_locale TEXT,
    status_code TEXT,
    status_name TEXT,
    status_public_name TEXT,
    status_description TEXT,
    status_color TEXT,
    status_public INTEGER,
    status_set_at TEXT,
    status_auto_change_at TEXT,
    financial_status TEXT,
    fulfillment_status TEXT,
    tags TEXT NOT NULL DEFAULT '',
    cancelled_at TEXT,
    created_at TEXT,
    due_date TEXT,
    due_date_to TEXT,
    history_count INTEGER NOT NULL DEFAULT 0,
    amount TEXT,
    amount_sort REAL,
    currency TEXT,
    generation INTEGER,
    UNIQUE (account_id, id)
);
-- One index per sort key, account first. Each holds its sort column, so sorting 100,000 orders
-- walks (or sorts) a narrow index instead of fetching every wide row at random.
CREATE INDEX orders_number ON orders (account_id, number_sort, number);
CREATE INDEX orders_customer ON orders (account_id, customer_name COLLATE NOCASE);
CREATE INDEX orders_email ON orders (account_id, customer_email COLLATE NOCASE);
CREATE INDEX orders_status ON orders (account_id, status_code, status_name COLLATE NOCASE);
CREATE INDEX orders_financial ON orders (account_id, financial_status);
CREATE INDEX orders_fulfillment ON orders (account_id, fulfillment_status);
CREATE INDEX orders_due ON orders (account_id, due_date, due_date_to);
CREATE INDEX orders_status_set_at ON orders (account_id, status_set_at);
CREATE INDEX orders_history_count ON orders (account_id, history_count);
CREATE INDEX orders_created ON orders (account_id, created_at);
CREATE INDEX orders_amount ON orders (account_id, amount_sort);

-- The searchable text apart from the wide rows: a substring search must scan, and scanning
-- this narrow table reads a fraction of the pages. `text` is name, number, customer name and
-- email, case-folded and joined by U+001F.
CREATE TABLE order_search (
    row_id INTEGER PRIMARY KEY REFERENCES orders (row_id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    text TEXT NOT NULL
);

CREATE TABLE statuses (
    account_id TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    color TEXT NOT NULL,
    position INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (account_id, code)
) WITHOUT ROWID;

CREATE TABLE order_details (
    account_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    history TEXT NOT NULL,
    timeline TEXT NOT NULL,
    PRIMARY KEY (account_id, order_id),
    FOREIGN KEY (account_id, order_id) REFERENCES orders (account_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE meta (
    account_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (account_id, key)
) WITHOUT ROWID;

CREATE TABLE batches (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at REAL NOT NULL,
    finished_at REAL
);

-- No foreign key to orders: clearing the cache must never lose what was sent to a server.
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
"""

# A trigram index over the search text: a search of three characters or more reads the index
# instead of scanning every order, which keeps a keystroke under 50 ms over 100,000 orders.
_V2 = """
CREATE VIRTUAL TABLE order_fts USING fts5(
    text, content='order_search', content_rowid='row_id', tokenize='trigram'
);
INSERT INTO order_fts (order_fts) VALUES ('rebuild');
CREATE TRIGGER order_search_insert AFTER INSERT ON order_search BEGIN
    INSERT INTO order_fts (rowid, text) VALUES (new.row_id, new.text);
END;
CREATE TRIGGER order_search_delete AFTER DELETE ON order_search BEGIN
    INSERT INTO order_fts (order_fts, rowid, text) VALUES ('delete', old.row_id, old.text);
END;
CREATE TRIGGER order_search_update AFTER UPDATE OF text ON order_search BEGIN
    INSERT INTO order_fts (order_fts, rowid, text) VALUES ('delete', old.row_id, old.text);
    INSERT INTO order_fts (rowid, text) VALUES (new.row_id, new.text);
END;
"""

# Billing backends' invoices, shipments and returns, and other backends' items, shipments,
# payments and refunds, kept with the order for offline reading; and where each order stands
# on a decision, with a small index of those awaiting one for the review queue.
_V3 = """
ALTER TABLE order_details ADD COLUMN billing TEXT;
ALTER TABLE order_details ADD COLUMN records TEXT;
ALTER TABLE orders ADD COLUMN review TEXT;
CREATE INDEX orders_awaiting ON orders (account_id, created_at) WHERE review = 'awaiting';
"""

# Order details are stored as plain JSON typed by the domain's annotations (schema 3 tagged
# every value with its type): rewrite the saved ones so they stay readable offline.
_V4 = untag_details

# One spelling, "canceled", for the cache's own names too: the column, and the key in the
# orders saved inside billing details (a purchase order carries its order).
_V5 = """
ALTER TABLE orders RENAME COLUMN cancelled_at TO canceled_at;
UPDATE order_details SET billing = json_set(
    json_remove(billing, '$.purchase_order.order.cancelled_at'),
    '$.purchase_order.order.canceled_at',
    json_extract(billing, '$.purchase_order.order.cancelled_at')
)
WHERE billing IS NOT NULL
    AND json_type(billing, '$.purchase_order.order.cancelled_at') IS NOT NULL;
"""

# Whether each order is still open, stored so the Overdue filter and its count are an index
# range over 100,000 orders (see `cache_migrations.add_open_column`).
_V6 = add_open_column

# Which statuses orders of a tag set, in a status, may move to, as the server answered: a bulk
# plan answers from here instead of asking the server again (see `store.status_rules`). A row
# whose status is '*' holds what bulk changes proved, whatever the status: statuses orders of
# the tag set took (`viable`) and statuses the server's queue skipped them for (`refused`).
_V7 = """
CREATE TABLE status_rules (
    account_id TEXT NOT NULL,
    tags TEXT NOT NULL,
    status_code TEXT NOT NULL,
    viable TEXT NOT NULL,
    refused TEXT NOT NULL DEFAULT '[]',
    learnt_at REAL NOT NULL,
    PRIMARY KEY (account_id, tags, status_code)
) WITHOUT ROWID;
"""

# The tags orders carry, in an index of their own: the Tags filter's choices (one GROUP BY per
# account when the list opens) read this narrow index instead of every order's row, which
# over a million orders kept the list's query waiting for seconds.
_V8 = """
CREATE INDEX orders_tags ON orders (account_id, tags);
"""

# The Due filter's window ("Due this week") as an index range over the last day each order is
# due, the first day beside it: its count read every order's due dates of the account, 90 ms
# over a million orders, to find the few due that week.
_V9 = """
CREATE INDEX orders_due_window ON orders
    (account_id, coalesce(due_date_to, due_date), coalesce(due_date, due_date_to));
"""

# How many orders each account has, kept by the orders' own writes: the account's whole list
# is counted at each refresh (its total, the "All orders" view), and counting a million index
# entries took 40-65 ms. The store only ever inserts and deletes rows one by one (an update
# keeps the account), so the two triggers keep the count exact.
_V10 = """
CREATE TABLE order_counts (
    account_id TEXT PRIMARY KEY,
    orders INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO order_counts SELECT account_id, count(*) FROM orders GROUP BY account_id;
CREATE TRIGGER orders_counted_in AFTER INSERT ON orders BEGIN
    INSERT INTO order_counts (account_id, orders) VALUES (new.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET orders = orders + 1;
END;
CREATE TRIGGER orders_counted_out AFTER DELETE ON orders BEGIN
    UPDATE order_counts SET orders = orders - 1 WHERE account_id = old.account_id;
END;
"""

# How many open orders are due on each day, per account, kept by the orders' own writes: the
# "Overdue" view's count sums the days before today (a few hundred rows) instead of counting
# every overdue order in `orders_open_due`, 35-60 ms when half a million orders are overdue.
# A count by day, not one number, because what is overdue moves with the date. Rows are
# inserted, deleted, or updated in the columns that decide it; the three triggers follow each.
_V11 = """
CREATE TABLE open_due_days (
    account_id TEXT NOT NULL,
    due_day TEXT NOT NULL,
    orders INTEGER NOT NULL,
    PRIMARY KEY (account_id, due_day)
) WITHOUT ROWID;
INSERT INTO open_due_days
    SELECT account_id, coalesce(due_date_to, due_date), count(*) FROM orders
    WHERE is_open = 1 AND coalesce(due_date_to, due_date) IS NOT NULL
    GROUP BY account_id, coalesce(due_date_to, due_date);
CREATE TRIGGER open_due_in AFTER INSERT ON orders
WHEN new.is_open = 1 AND coalesce(new.due_date_to, new.due_date) IS NOT NULL BEGIN
    INSERT INTO open_due_days (account_id, due_day, orders)
        VALUES (new.account_id, coalesce(new.due_date_to, new.due_date), 1)
        ON CONFLICT (account_id, due_day) DO UPDATE SET orders = orders + 1;
END;
CREATE TRIGGER open_due_out AFTER DELETE ON orders
WHEN old.is_open = 1 AND coalesce(old.due_date_to, old.due_date) IS NOT NULL BEGIN
    UPDATE open_due_days SET orders = orders - 1
        WHERE account_id = old.account_id AND due_day = coalesce(old.due_date_to, old.due_date);
END;
CREATE TRIGGER open_due_moved AFTER UPDATE OF account_id, is_open, due_date, due_date_to
ON orders BEGIN
    UPDATE open_due_days SET orders = orders - 1
        WHERE old.is_open = 1
        AND account_id = old.account_id AND due_day = coalesce(old.due_date_to, old.due_date);
    INSERT INTO open_due_days (account_id, due_day, orders)
        SELECT new.account_id, coalesce(new.due_date_to, new.due_date), 1
        WHERE new.is_open = 1 AND coalesce(new.due_date_to, new.due_date) IS NOT NULL
        ON CONFLICT (account_id, due_day) DO UPDATE SET orders = orders + 1;
END;
"""

# The status filter over the list's default sort, newest first, read from one index that holds
# all it needs: the first screen walked the creation index and fetched each order's row to test
# its status, thousands of rows scattered over the file (13 MB read from disk after a restart,
# 180 ms over a million orders), and the whole filtered list took 230 ms; now 0.1 and 30 ms.
_V12 = """
CREATE INDEX orders_status_created ON orders (account_id, status_code, created_at);
"""

MIGRATIONS: tuple[Migration, ...] = (
    _V1,
    _V2,
    _V3,
    _V4,
    _V5,
    _V6,
    _V7,
    _V8,
    _V9,
    _V10,
    _V11,
    _V12,
)
