"""The order list's state: account, filters and sort, turned into SQL queries off the GUI thread."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
from array import array
from concurrent.futures import Future
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from approval_console.core.domain import Status
from approval_console.store.list_search import ListKey, ListSearch
from approval_console.store.order_rows import fold
from approval_console.store.orders import TRIGRAM, OrderFilter, SortKey
from approval_console.ui.change_bus import OrderChanges
from approval_console.ui.models.orders import OrderTableModel
from approval_console.ui.viewmodels.list_filters import ListFilters

if TYPE_CHECKING:
    from approval_console.ui.context import UiContext

# Sort keys no change made from the console moves an order along: with one of these and no
# filter, a changed order keeps its row, and re-reading it is all the list has to do.
STABLE_SORTS = frozenset({SortKey.CREATED, SortKey.NUMBER})
# A search in memory over at most this many listed texts runs whole at once (a millisecond
# or so). Over more, the first screen of matches is shown as soon as it is found (testing at
# most FIRST_TESTED texts for it), with the count still counting; the rest is tested in
# slices between which the window answers, and a newer keystroke stops it.
INLINE_SEARCH = 30_000
FIRST_TESTED = 100_000
# A search of three letters or more is tested in memory only over at most this many orders
# (the previous letters' matches); over more, the trigram index answers sooner.
MEMORY_SEARCH = 300_000
# A list read by SQL from an account of more orders than this shows its first screen and its
# count first (an index answers both in milliseconds), then the whole list (a million rowids
# take a few hundred milliseconds to read).
STAGED_FROM = 50_000
FIRST_ROWS = 200


@dataclass(frozen=True)
class FirstScreen:
    """A long list's first rows and their count, on their way on two threads."""

    rows: Future[array[int]]
    count: Future[int] | None  # None: the account's every order, `total` of them
    total: int  # orders in the account

    async def answer(self) -> tuple[array[int], int]:
        rows = await asyncio.wrap_future(self.rows)
        count = self.total if self.count is None else await asyncio.wrap_future(self.count)
        return rows, count


class OrderListViewModel(QObject):
    """Owns the table model; every filter or sort change becomes one latest-wins query."""

    countChanged = Signal(int, int)  # shown, in the account
    # A search shows its first matches while the rest are still being looked for: how many
    # are found so far, in the account. `countChanged` follows with the exact count.
    countPending = Signal(int, int)
    statusesChanged = Signal(list)
    tagsChanged = Signal(list)  # the tags the account's orders carry, for the Tags filter
    filtersChanged = Signal(object)

    def __init__(
        self,
        context: UiContext,
        parent: QObject | None = None,
        *,
        model: OrderTableModel | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.model = model or OrderTableModel(context.reader, self)
        self.model.sortRequested.connect(self.set_sort)
        self.account_id: str | None = None
        self.filters = ListFilters()
        self.sort_key = SortKey.CREATED
        self.descending = True
        self._statuses: list[Status] = []
        self._totals: dict[str, int] = {}
        # For short searches: the unsearched list with every order's search text; dropped
        # whenever the cache changes.
        self._search = ListSearch()
        self._preparing: ListKey | None = None  # the list whose texts are being read
        # True while the list's query (or the reading of its search texts) is on its way.
        self.querying = False
        self._query_stop: threading.Event | None = None  # tells the query's SQL to give up
        context.bus.changed.connect(self.orders_changed)

    def unsubscribe(self) -> None:
        """The window is closing: what changes from now on is no longer its list's concern."""
        with contextlib.suppress(RuntimeError, TypeError):
            self._context.bus.changed.disconnect(self.orders_changed)

    @property
    def statuses(self) -> list[Status]:
        return list(self._statuses)

    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.reload_statuses()
        self.requery(recount=True)

    def reload_statuses(self) -> None:
        self._statuses = self._context.reader.statuses(self.account_id) if self.account_id else []
        self.model.set_status_colors({s.code: s.color for s in self._statuses})
        self.statusesChanged.emit(self.statuses)
        self.reload_tags()

    def reload_tags(self) -> None:
        """The account's tags, read on the query thread (every order's tags are looked at)."""
        account_id = self.account_id
        if account_id is None:
            self.tagsChanged.emit([])
            return
        cache, thread = self._context.query_cache, self._context.query_thread

        def show(tags: list[str]) -> None:
            if account_id == self.account_id:
                self.tagsChanged.emit(tags)

        self._context.runner.start(
            thread.run(cache.tags, account_id), key="list-tags", context="list", on_done=show
        )

    def review_codes(self) -> tuple[str, ...]:
        """The statuses marked as needing review for the account (the Awaiting filter)."""
        # Imported here: the services behind it are not needed to paint the cached list.
        from approval_console.services.review import review_statuses

        account = self._context.console.settings.account(self.account_id or "")
        return review_statuses(account) if account is not None else ()

    def set_filters(self, filters: ListFilters) -> None:
        if filters == self.filters:
            return
        self.filters = filters
        self.requery()  # first: its query starts now, while the window shows the new filters
        self.filtersChanged.emit(filters)

    def set_search(self, text: str) -> None:
        self.set_filters(replace(self.filters, search=text))

    def set_sort(self, key: SortKey, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.requery()

    def requery(self, *, recount: bool = False) -> None:
        """Run the filtered, sorted id query on the query thread; the newest request wins,
        and an older query still running is stopped, not left to finish.

        The account's total is counted again only when the cache changed, not per keystroke.
        """
        self._stop_query()
        if self.account_id is None:
            self.model.set_rowids([])
            self.countChanged.emit(0, 0)
            return
        account_id = self.account_id
        review_codes = self.review_codes()
        flt = self.filters.to_store(review_codes=review_codes)
        sort, descending = self.sort_key, self.descending
        cache, thread = self._context.query_cache, self._context.query_thread
        searcher = self._search

        known_total = None if recount else self._totals.get(account_id)
        needle = fold(self.filters.search.strip())
        base_filters = replace(self.filters, search="").to_store(review_codes=review_codes)
        key: ListKey = (account_id, base_filters, sort, descending)
        tested = searcher.candidates(key, needle) if needle else None
        # One or two letters: no index helps, so the listed texts are tested in memory; a
        # longer search too while it only narrows a modest earlier match.
        in_memory = bool(needle) and (
            len(needle) < TRIGRAM or (tested is not None and tested <= MEMORY_SEARCH)
        )
        if self._preparing is not None and self._preparing != key:
            # The texts of a list no longer shown: stop reading them, this query goes first.
            self._context.runner.cancel("search-prepare")
            self._preparing = None

        def show(result: tuple[array[int], int]) -> None:
            self.querying = False
            if account_id != self.account_id:
                return
            rowids, total = result
            self._totals[account_id] = total
            self.model.set_rowids(rowids)
            self.countChanged.emit(len(rowids), total)
            self._ready_texts(key)

        listed = searcher.listed(key) if not needle and known_total else None
        if listed is not None and flt == base_filters:
            # The search is cleared and its list's texts are read: that list is the answer.
            show((listed, known_total or 0))
            return
        if in_memory and tested is not None and known_total:
            scan = searcher.scan(key, needle)
            if tested <= INLINE_SEARCH:
                show((scan.run(), known_total))
                return
            scan.first_screen(FIRST_ROWS, FIRST_TESTED)
            if scan.done:
                show((scan.rowids, known_total))
                return
            # A copy: the scan goes on adding to its own array, the model keeps this one.
            self.model.set_rowids(scan.rowids[:])
            self.countPending.emit(len(scan.rowids), known_total)

            async def rest() -> tuple[array[int], int]:
                while not scan.done:
                    await asyncio.sleep(0)  # the window answers between two slices
                    scan.step()
                return scan.rowids, known_total

            self.querying = True
            self._context.runner.start(rest(), key="order-query", context="list", on_done=show)
            return

        cancel = self._query_stop = threading.Event()

        def short_search() -> array[int]:
            searcher.prepare(cache, key, cancel=cancel)
            return searcher.search(key, needle, cancel=cancel)

        first: FirstScreen | None = None
        if not in_memory and not needle and known_total is not None and known_total > STAGED_FROM:
            first = self._first_screen(account_id, flt, sort, descending, known_total, cancel)

        async def query() -> tuple[array[int], int]:
            if in_memory:
                rowids = await thread.run(short_search)
            else:
                if first is not None:
                    rows, count = await first.answer()
                    if account_id == self.account_id:
                        self.model.set_rowids(rows, total=count)
                        self.countChanged.emit(count, first.total)
                    # A turn of the event loop, in which the window draws the first screen:
                    # reading the whole list at the same time would hold the interpreter
                    # from it, and the first screen waited twice as long.
                    await asyncio.sleep(0)
                rowids = await thread.run(
                    functools.partial(
                        cache.rowid_array, account_id, flt, sort, descending, cancel=cancel
                    )
                )
            total = known_total
            if total is None:
                total = await thread.run(
                    functools.partial(cache.count, account_id, OrderFilter(), cancel=cancel)
                )
            return rowids, total

        self.querying = True
        task = self._context.runner.start(query(), key="order-query", context="list", on_done=show)
        # However it ends (answered, replaced, the window closed), its SQL stops looking.
        task.add_done_callback(lambda _task: cancel.set())

    def _first_screen(
        self,
        account_id: str,
        flt: OrderFilter,
        sort: SortKey,
        descending: bool,
        total: int,
        cancel: threading.Event,
    ) -> FirstScreen:
        """Start reading the first screen of a long list now, its rows on the query thread
        and its count beside them on the count thread: on two cores it waits for the longer
        of the two, not for both; and not for the window's repaint of the filter bar either,
        which comes before a new task's first turn."""
        rows = self._context.query_thread.submit(
            self._context.query_cache.rowid_array,
            account_id,
            flt,
            sort,
            descending,
            FIRST_ROWS,
            cancel=cancel,
        )
        if flt == OrderFilter():  # a new sort of every order: nothing to count
            return FirstScreen(rows, None, total)
        count = self._context.count_thread.submit(
            self._context.count_cache.count, account_id, flt, cancel=cancel
        )
        return FirstScreen(rows, count, total)

    def _stop_query(self) -> None:
        """Stop the list's query on its way now, its SQL too: the query thread runs one job
        at a time, and the next query's would wait behind it."""
        self._context.runner.cancel("order-query")
        if self._query_stop is not None:
            self._query_stop.set()

    @property
    def settling(self) -> bool:
        """A query on its way, or the list's search texts still being read: the list and its
        memory are not yet what they will be. Not `querying`, which says whether the rows
        shown may be stale, and which a change read in place must wait for."""
        return self.querying or self._preparing is not None

    def _ready_texts(self, key: ListKey) -> None:
        """Read the list's short-search texts now, unless read or on their way, so that the
        first letter typed is answered from memory too."""
        if self._search.prepared(key) or self._preparing == key:
            return
        self._preparing = key
        self._context.runner.start(self._prepare(key), key="search-prepare")

    async def _prepare(self, key: ListKey) -> None:
        """Read the list `key` names with its search texts, on the query thread; stopped
        when the list changes before it is done."""
        cancel = threading.Event()
        answered = False
        try:
            await self._context.query_thread.run(
                functools.partial(
                    self._search.prepare, self._context.query_cache, key, cancel=cancel
                )
            )
            answered = True
        finally:
            if not answered:
                cancel.set()
            if self._preparing == key:
                self._preparing = None

    def orders_changed(self, changes: OrderChanges) -> None:
        """Published changes of this account's orders: the changed rows are read again where
        that is all they need, otherwise the list is queried again as a whole."""
        if self.account_id is None or not changes.concerns(self.account_id):
            return
        self._search.clear()  # search texts may have changed
        self._context.runner.cancel("search-prepare")
        self._preparing = None
        rowids = None if changes.everything else self._rowids_in_place(changes.ids)
        if rowids is not None:
            self.model.invalidate(rowids)
            assert self.account_id is not None  # `_rowids_in_place` found the rows
            flt = replace(self.filters, search="").to_store(review_codes=self.review_codes())
            self._ready_texts((self.account_id, flt, self.sort_key, self.descending))
            return
        self.reload_statuses()
        self.requery(recount=True)

    def _rowids_in_place(self, order_ids: frozenset[str]) -> list[int] | None:
        """The rows of these orders, when changing them cannot change which rows the list
        shows or their order: every one is listed, nothing filters, and the sort is one a
        change never moves. None otherwise (or while a query is on its way)."""
        if self.querying or replace(self.filters, search="") != ListFilters():
            return None
        if self.filters.search.strip() or self.sort_key not in STABLE_SORTS:
            return None
        assert self.account_id is not None
        rowids = []
        for order_id in order_ids:
            rowid = self._context.reader.rowid_of(self.account_id, order_id)
            if rowid is None:
                return None  # new to the cache: it may have to come in
            rowids.append(rowid)
        if any(row is None for row in self.model.rows_of(rowids).values()):
            return None  # not listed: it may have to come in
        return rowids

    def ids_for_rows(self, rows: list[int]) -> list[str]:
        rowids = [rid for rid in (self.model.rowid_at(row) for row in rows) if rid is not None]
        return self._context.reader.ids_for_rowids(rowids)

    def row_for_id(self, order_id: str) -> int | None:
        if self.account_id is None:
            return None
        rowid = self._context.reader.rowid_of(self.account_id, order_id)
        return None if rowid is None else self.model.row_of(rowid)
