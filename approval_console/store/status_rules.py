"""Which statuses an order may take, learnt from the server and kept between plans.

ApprovePro answers "which statuses can this order move to" per order, from its tags, leaving
out the status it has. Asking once per order of a thousand-order selection would spend the
minute's budget many times over; asking once per tag set and status and keeping the answer
here lets the next plan answer from the cache without a request. An answer is dated: one older
than the caller's limit is stale and is asked again when the budget allows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from approval_console.store.db import Database

# Tags are joined by the unit separator: no tag a server sends holds it.
_SEPARATOR = "\x1f"
# The status of a row of what changes proved: statuses taken or refused, whatever the status.
PROVEN = "*"


def tag_key(tags: Iterable[str]) -> str:
    """One spelling of a tag set, whatever order the tags came in."""
    return _SEPARATOR.join(sorted(set(tags)))


@dataclass(frozen=True, slots=True)
class StatusRule:
    """What is known of the statuses orders with these tags may move to.

    A probe's answer (`complete`) names every status an order in `status_code` may move to:
    any other is refused. What changes proved (`status_code` is `PROVEN`) names only the
    statuses seen taken (`viable`) or refused (`refused`) and is silent about the rest.
    """

    tags: str  # `tag_key`
    status_code: str | None
    viable: frozenset[str]
    learnt_at: float
    refused: frozenset[str] = frozenset()

    @property
    def complete(self) -> bool:
        return self.status_code != PROVEN

    def answers(self, target: str) -> bool:
        """Whether this rule says anything about `target`: the server never lists the status
        the probed order had, so a probe in the target status is silent about it."""
        if self.complete:
            return self.status_code != target
        return target in self.viable or target in self.refused

    def allows(self, target: str) -> bool:
        return target in self.viable


class StatusRules:
    """The `status_rules` table; run it on the store's worker thread, like `OrderCache`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def learn(
        self,
        account_id: str,
        tags: Iterable[str],
        status_code: str | None,
        viable: Iterable[str],
        at: float,
    ) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO status_rules "
                "(account_id, tags, status_code, viable, learnt_at) VALUES (?, ?, ?, ?, ?)",
                (
                    account_id,
                    tag_key(tags),
                    status_code or "",
                    json.dumps(sorted(set(viable))),
                    at,
                ),
            )

    def prove(
        self, account_id: str, proofs: Mapping[str, tuple[set[str], set[str]]], at: float
    ) -> None:
        """Add what a change proved, per tag key: statuses taken, statuses refused. The newer
        proof wins where two disagree (the account's workflow changed)."""
        with self._db.transaction() as conn:
            for key, (taken, refused) in proofs.items():
                row = conn.execute(
                    "SELECT viable, refused FROM status_rules "
                    "WHERE account_id = ? AND tags = ? AND status_code = ?",
                    (account_id, key, PROVEN),
                ).fetchone()
                viable_now = set(json.loads(row[0])) if row else set()
                refused_now = set(json.loads(row[1])) if row else set()
                viable_now = (viable_now - refused) | taken
                refused_now = (refused_now - taken) | refused
                conn.execute(
                    "INSERT OR REPLACE INTO status_rules "
                    "(account_id, tags, status_code, viable, refused, learnt_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        account_id,
                        key,
                        PROVEN,
                        json.dumps(sorted(viable_now)),
                        json.dumps(sorted(refused_now)),
                        at,
                    ),
                )

    def forget(self, account_id: str, tag_keys: Sequence[str]) -> None:
        """Drop what was learnt for these tag sets: the server did not do what they said."""
        with self._db.transaction() as conn:
            conn.executemany(
                "DELETE FROM status_rules WHERE account_id = ? AND tags = ?",
                ((account_id, key) for key in tag_keys),
            )

    def for_tags(self, account_id: str, tag_keys: Iterable[str]) -> dict[str, list[StatusRule]]:
        """Every rule learnt for these tag sets, newest first within each set."""
        wanted = list(dict.fromkeys(tag_keys))
        found: dict[str, list[StatusRule]] = {}
        conn = self._db.connection
        # In slices: SQLite caps the number of parameters of one statement.
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = conn.execute(
                "SELECT tags, status_code, viable, refused, learnt_at FROM status_rules "
                f"WHERE account_id = ? AND tags IN ({marks}) ORDER BY learnt_at DESC",
                (account_id, *part),
            )
            for tags, status_code, viable, refused, learnt_at in rows:
                found.setdefault(tags, []).append(
                    StatusRule(
                        tags,
                        status_code or None,
                        frozenset(json.loads(viable)),
                        learnt_at,
                        frozenset(json.loads(refused)),
                    )
                )
        return found

    def count(self, account_id: str) -> int:
        row = self._db.connection.execute(
            "SELECT count(*) FROM status_rules WHERE account_id = ?", (account_id,)
        ).fetchone()
        return int(row[0])
