"""The outbox: recording, the state machine (which protects customers from double emails),
batches, and surviving a crash."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from pathlib import Path

import pytest

from approval_console.core.changes import CommentChange, DueDateChange, StatusChange
from approval_console.core.errors import CacheError
from approval_console.store.db import Database
from approval_console.store.journal import ALLOWED_TRANSITIONS, EntryState, Journal
from approval_console.store.journal_schema import JOURNAL

P, S, C, F, U = (EntryState.PENDING, EntryState.SENT, EntryState.CONFIRMED, EntryState.FAILED,
                 EntryState.UNKNOWN)  # fmt: skip
CHANGE = StatusChange("approved", comment="ok", send_at=datetime(2024, 5, 1, 9, 30),
                      due_date=date(2024, 5, 3))  # fmt: skip

ALLOWED = {(P, S), (P, F), (S, C), (S, F), (S, U), (S, P), (U, C), (U, F), (U, P)}


def _entry_in(journal: Journal, state: EntryState) -> int:
    """A fresh entry driven to `state` along an allowed path."""
    path = {P: [], S: [S], C: [S, C], F: [F], U: [S, U]}[state]
    entry_id = journal.record("acct", ["o1"], CommentChange("hello"))[0].id
    for step in path:
        journal.transition([entry_id], step)
    return entry_id


def test_allowed_table_is_exactly_the_specified_one() -> None:
    table = {(a, b) for a, targets in ALLOWED_TRANSITIONS.items() for b in targets}
    assert table == ALLOWED


@pytest.mark.parametrize(("start", "target"), sorted(itertools.product(EntryState, repeat=2)))
def test_every_transition_is_allowed_or_refused(
    journal: Journal, start: EntryState, target: EntryState
) -> None:
    entry_id = _entry_in(journal, start)
    before = journal.get(entry_id)
    if (start, target) in ALLOWED:
        (after,) = journal.transition([entry_id], target, reason="why", at=123.0)
        assert after.state is target
        assert after.reason == "why"
        assert journal.get(entry_id) == after
    else:
        with pytest.raises(ValueError, match="refused"):
            journal.transition([entry_id], target)
        assert journal.get(entry_id) == before  # nothing changed


def test_record_writes_pending_entries(journal: Journal) -> None:
    entries = journal.record("acct", ["o1", "o2"], CHANGE, before={"o1": "new"}, at=10.0)
    assert [e.order_id for e in entries] == ["o1", "o2"]
    first = entries[0]
    assert first.state is P
    assert first.change == CHANGE  # dates and datetimes come back as such
    assert first.account_id == "acct"
    assert first.batch_id is None
    assert first.attempts == 0
    assert first.created_at == 10.0
    assert first.sent_at is None and first.resolved_at is None and first.reason is None
    assert first.before_status == "new"
    assert entries[1].before_status is None
    assert journal.get(first.id) == first
    assert journal.get(999) is None
    assert journal.record("acct", [], CHANGE) == []


@pytest.mark.parametrize("change", [CHANGE, CommentChange("hi", public=True),
                                    DueDateChange(date(2024, 1, 2), date(2024, 1, 5)),
                                    DueDateChange(None)])  # fmt: skip
def test_every_change_kind_round_trips(journal: Journal, change: object) -> None:
    (entry,) = journal.record("acct", ["o1"], change)  # type: ignore[arg-type]
    assert journal.get(entry.id).change == change  # type: ignore[union-attr]


def test_sent_counts_attempts_and_terminal_states_resolve(journal: Journal) -> None:
    (entry,) = journal.record("acct", ["o1"], CHANGE, at=1.0)
    sent = journal.transition([entry.id], S, at=2.0)[0]
    assert (sent.attempts, sent.sent_at, sent.resolved_at) == (1, 2.0, None)
    again = journal.transition([entry.id], P, reason="429: too many requests", at=3.0)[0]
    assert (again.state, again.attempts, again.sent_at, again.reason) == (
        P, 1, 2.0, "429: too many requests",
    )  # fmt: skip
    sent = journal.transition([entry.id], S, at=4.0)[0]
    assert (sent.attempts, sent.sent_at, sent.reason) == (2, 4.0, None)
    unknown = journal.transition([entry.id], U, reason="timeout", at=5.0)[0]
    assert unknown.resolved_at is None
    done = journal.transition([entry.id], C, at=6.0)[0]
    assert (done.state, done.resolved_at, done.attempts) == (C, 6.0, 2)


def test_refused_before_sending_is_failed_and_resolved(journal: Journal) -> None:
    (entry,) = journal.record("acct", ["o1"], CHANGE)
    failed = journal.transition([entry.id], F, reason="comment too short", at=7.0)[0]
    assert (failed.state, failed.attempts, failed.resolved_at) == (F, 0, 7.0)


def test_mixed_batch_is_all_or_nothing(journal: Journal) -> None:
    entries = journal.record("acct", ["o1", "o2", "o3"], CHANGE)
    ids = [e.id for e in entries]
    journal.transition([ids[1]], S)
    journal.transition([ids[1]], C)
    with pytest.raises(ValueError, match=f"#{ids[1]} confirmed"):
        journal.transition(ids, S)
    assert [journal.get(i).state for i in ids] == [P, C, P]  # type: ignore[union-attr]
    assert journal.get(ids[0]).attempts == 0  # type: ignore[union-attr]


def test_unknown_entry_ids_refuse_the_whole_transition(journal: Journal) -> None:
    (entry,) = journal.record("acct", ["o1"], CHANGE)
    with pytest.raises(ValueError, match="unknown"):
        journal.transition([entry.id, 424242], S)
    assert journal.get(entry.id).state is P  # type: ignore[union-attr]


def test_repeated_ids_count_one_attempt(journal: Journal) -> None:
    (entry,) = journal.record("acct", ["o1"], CHANGE)
    (sent,) = journal.transition([entry.id, entry.id], S)
    assert sent.attempts == 1


def test_invalid_state_value_is_refused(journal: Journal) -> None:
    (entry,) = journal.record("acct", ["o1"], CHANGE)
    with pytest.raises(ValueError):
        journal.transition([entry.id], "delivered")  # type: ignore[arg-type]


def test_state_check_constraint_guards_the_table(journal: Journal, journal_db: Database) -> None:
    (entry,) = journal.record("acct", ["o1"], CHANGE)
    with pytest.raises(CacheError), journal_db.transaction() as conn:
        conn.execute("UPDATE journal SET state = 'bogus' WHERE id = ?", (entry.id,))


def test_batches(journal: Journal) -> None:
    batch_id = journal.new_batch("acct", "Approve 3 orders", at=100.0)
    assert len(batch_id) == 32
    entries = journal.record("acct", ["o1", "o2", "o3"], CHANGE, batch_id=batch_id)
    journal.record("acct", ["o4"], CHANGE)  # not in the batch
    assert [e.id for e in journal.entries(batch_id)] == [e.id for e in entries]
    assert all(e.batch_id == batch_id for e in entries)
    journal.transition([entries[0].id, entries[1].id], S)
    journal.transition([entries[0].id], C)
    assert journal.counts(batch_id) == {P: 1, S: 1, C: 1, F: 0, U: 0}
    batch = journal.batch(batch_id)
    assert batch is not None
    assert (batch.account_id, batch.description, batch.created_at, batch.finished_at) == (
        "acct", "Approve 3 orders", 100.0, None,
    )  # fmt: skip
    journal.finish_batch(batch_id, at=200.0)
    assert journal.batch(batch_id).finished_at == 200.0  # type: ignore[union-attr]
    assert journal.batch("nope") is None
    with pytest.raises(ValueError):
        journal.finish_batch("nope")


def test_record_refuses_unknown_or_foreign_batches(journal: Journal) -> None:
    other = journal.new_batch("other-account", "x")
    with pytest.raises(ValueError, match="unknown batch"):
        journal.record("acct", ["o1"], CHANGE, batch_id="missing")
    with pytest.raises(ValueError, match="another account"):
        journal.record("acct", ["o1"], CHANGE, batch_id=other)
    assert journal.unfinished() == []


def test_unfinished_and_history(journal: Journal) -> None:
    ids = [e.id for e in journal.record("acct", ["o1", "o2", "o3", "o4", "o5"], CHANGE)]
    other = journal.record("other", ["o1"], CHANGE)[0].id
    journal.transition([ids[1], ids[2], ids[3]], S)
    journal.transition([ids[2]], U)
    journal.transition([ids[3]], C)
    journal.transition([ids[4]], F)
    assert [e.id for e in journal.unfinished("acct")] == [ids[0], ids[1], ids[2]]
    assert [e.id for e in journal.unfinished()] == [ids[0], ids[1], ids[2], other]
    journal.record("acct", ["o1"], CommentChange("second"))
    assert [e.change for e in journal.history("acct", "o1")] == [CHANGE, CommentChange("second")]
    assert journal.history("acct", "nope") == []


def test_unfinished_survives_a_crash(db_path: Path) -> None:
    """Entries written before a crash are found again by the next session."""
    db = Database.open(db_path, JOURNAL)
    journal = Journal(db)
    batch_id = journal.new_batch("acct", "Approve")
    ids = [e.id for e in journal.record("acct", ["o1", "o2", "o3"], CHANGE, batch_id=batch_id)]
    journal.transition([ids[0]], S)
    journal.transition([ids[1]], S)
    journal.transition([ids[1]], U, reason="connection lost")
    # no close(): the process dies with the WAL not checkpointed. A copy of the files is
    # what the next process sees.
    crashed = db_path.with_name("crashed.sqlite3")
    for suffix in ("", "-wal"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            Path(f"{crashed}{suffix}").write_bytes(source.read_bytes())
    db.close()
    with Database.open(crashed, JOURNAL) as after:
        assert after.rebuilt_from is None
        unfinished = Journal(after).unfinished("acct")
        assert [(e.id, e.state, e.attempts) for e in unfinished] == [
            (ids[0], S, 1), (ids[1], U, 1), (ids[2], P, 0),
        ]  # fmt: skip
        assert unfinished[1].reason == "connection lost"
        assert all(e.change == CHANGE for e in unfinished)
        assert Journal(after).counts(batch_id)[S] == 1


def test_clearing_the_cache_keeps_the_journal(journal: Journal, db: Database) -> None:
    from approval_console.store.orders import OrderCache

    journal.record("acct", ["o1"], CHANGE)
    OrderCache(db).clear_account("acct")
    assert len(journal.unfinished("acct")) == 1
