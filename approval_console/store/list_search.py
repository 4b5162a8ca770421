"""Short searches over the shown list, in memory.

One or two letters are more than the trigram index can answer, and SQL would test every order's
text per keystroke and sort the matches again. Instead the unsearched list is read once with
each order's search text alongside (`OrderCache.search_list`, in display order), and a keystroke
is a substring test over those texts, in list order, so the matches need no sorting. Typing on
narrows what the previous letters matched, not the whole list again.

The texts are aligned with a packed rowid array: no `{rowid: text}` map, and no Python int
per order. A search runs in slices and looks at its cancel flag between them, so a
newer keystroke stops an older search within a few milliseconds.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Hashable
from itertools import compress

from approval_console.store.orders import (
    OrderCache,
    OrderFilter,
    QueryCancelled,
    SearchList,
    SortKey,
)

__all__ = ["ListKey", "ListSearch"]

SLICE = 65_536  # orders tested between two looks at the cancel flag (~3 ms)

# What the unsearched list is: (account id, filter, sort, descending).
ListKey = tuple[str, OrderFilter, SortKey, bool]


class ListSearch:
    """The unsearched list's texts and the last search's matches, for one list at a time.

    Filled and searched on the query thread; a search small enough may run on the GUI thread
    too. Each field is replaced whole, never changed in place, so either thread reads a
    consistent snapshot.
    """

    def __init__(self) -> None:
        self._base: tuple[Hashable, SearchList] | None = None
        self._narrowed: tuple[Hashable, str, SearchList] | None = None

    def clear(self) -> None:
        """The cache changed: texts and matches may be stale."""
        self._base = self._narrowed = None

    def prepared(self, key: ListKey) -> bool:
        base = self._base
        return base is not None and base[0] == key

    def prepare(
        self, cache: OrderCache, key: ListKey, *, cancel: threading.Event | None = None
    ) -> None:
        """Read the list `key` names with its texts, unless already read."""
        if self.prepared(key):
            return
        account_id, flt, sort, descending = key
        listed = cache.search_list(account_id, flt, sort, descending, cancel=cancel)
        self._base, self._narrowed = (key, listed), None

    def candidates(self, key: ListKey, needle: str) -> int | None:
        """How many orders a search for `needle` would test (the previous matches when it
        types on); None while the list is not read."""
        base = self._base
        if base is None or base[0] != key:
            return None
        last = self._narrowed
        if last is not None and last[0] == key and needle.startswith(last[1]):
            return len(last[2].rowids)
        return len(base[1].rowids)

    def search(
        self, key: ListKey, needle: str, *, cancel: threading.Event | None = None
    ) -> array[int]:
        """Rowids of the listed orders whose text holds `needle` (already folded), in list
        order. The list must be prepared."""
        base = self._base
        if base is None or base[0] != key:
            raise LookupError("the list is not prepared")
        listed = base[1]
        last = self._narrowed
        if last is not None and last[0] == key and needle.startswith(last[1]):
            listed = last[2]
        rowids: array[int] = array("q")
        texts: list[str] = []
        for start in range(0, len(listed.texts), SLICE):
            if cancel is not None and cancel.is_set():
                raise QueryCancelled
            part = listed.texts[start : start + SLICE]
            hits = [needle in text for text in part]
            rowids.extend(compress(listed.rowids[start : start + SLICE], hits))
            texts.extend(compress(part, hits))
        self._narrowed = (key, needle, SearchList(rowids, texts))
        return rowids
