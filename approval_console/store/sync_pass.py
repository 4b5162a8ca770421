"""What a first sync needs of the cache beyond `OrderCache`: how many rows one pass stamped.

A pass interrupted and resumed (a restart during a three-hour first sync) stamps its rows with
one generation across both runs; only a pass whose rows cover every order the server reported
at its start may sweep the rest away as deleted, so the count comes from the rows themselves,
not from a tally kept by the runs (which would count the overlap read on resuming twice).
"""

from __future__ import annotations

from approval_console.store.orders import OrderCache


def count_generation(cache: OrderCache, account_id: str, generation: int) -> int:
    """The account's cached orders stamped by the pass `generation` (see `upsert_orders`)."""
    # The cache's own connection, on the store's thread like every `OrderCache` call.
    row = cache._conn.execute(
        "SELECT count(*) FROM orders WHERE account_id = ? AND generation = ?",
        (account_id, generation),
    ).fetchone()
    return int(row[0])


def count_in_status(cache: OrderCache, account_id: str, code: str) -> int:
    """The account's cached orders in one status (a refresh compares it with the server's)."""
    row = cache._conn.execute(
        "SELECT count(*) FROM orders WHERE account_id = ? AND status_code = ?",
        (account_id, code),
    ).fetchone()
    return int(row[0])
