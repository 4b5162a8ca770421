"""What every window part needs, built once and passed in: no globals.

Four SQLite connections serve four needs: the services' writer thread, a query thread for the
list's filtered and sorted id lists (up to ~150 ms over 100,000 orders, never on the GUI thread),
a counting thread for the saved views' counts, and a GUI-thread reader for the few rows on screen
(about a millisecond for a hundred). The counts have their own thread because at a million orders
they take a few hundred milliseconds, which a sort or a filter chosen meanwhile waited for behind
them. While a context is open, garbage collection is the GUI thread's, between events (see
`collector`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from approval_console.app import Console
from approval_console.services.dbthread import DbThread
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache
from approval_console.ui.change_bus import ChangeBus
from approval_console.ui.collector import GarbageCollector
from approval_console.ui.jobs import JobList
from approval_console.ui.language import app_language
from approval_console.ui.preference_signal import PreferenceSignal
from approval_console.ui.runtime import TaskRunner
from approval_console.ui.undo_notice import UndoOffer


@dataclass
class UiContext:
    console: Console
    runner: TaskRunner
    reader: OrderCache
    query_thread: DbThread
    query_cache: OrderCache
    count_thread: DbThread  # the saved views' counts, apart from the list's queries
    count_cache: OrderCache
    collector: GarbageCollector
    jobs: JobList  # background work the person may come back to (bulk changes)
    bus: ChangeBus  # which orders changed, said once for every window (see change_bus)
    _reader_db: Database
    _query_db: Database
    _count_db: Database
    undo: UndoOffer = field(init=False)  # the last change Undo would put back, for every window
    # Told when the person changes a preference, so that every window applies it live.
    preferences: PreferenceSignal = field(default_factory=PreferenceSignal)

    @classmethod
    def create(
        cls,
        console: Console,
        runner: TaskRunner | None = None,
        *,
        reader_db: Database | None = None,
    ) -> UiContext:
        reader_db = reader_db or console.database.reader()
        query_thread = DbThread()
        query_db = query_thread.call(console.database.reader)
        count_thread = DbThread()
        count_db = count_thread.call(console.database.reader)
        collector = GarbageCollector()
        collector.start()
        context = cls(
            console=console,
            runner=runner or TaskRunner(),
            reader=OrderCache(reader_db),
            query_thread=query_thread,
            query_cache=OrderCache(query_db),
            count_thread=count_thread,
            count_cache=OrderCache(count_db),
            collector=collector,
            jobs=JobList(),
            bus=ChangeBus(),
            _reader_db=reader_db,
            _query_db=query_db,
            _count_db=count_db,
        )
        context.undo = UndoOffer(context)
        # The language follows the person's choice live, in every window.
        app_language().follow(
            context.preferences.changed, lambda: console.settings.preferences.language
        )
        return context

    def close(self) -> None:
        self.collector.stop()
        self.query_thread.call(self._query_db.close)
        self.query_thread.close()
        self.count_thread.call(self._count_db.close)
        self.count_thread.close()
        self._reader_db.close()
