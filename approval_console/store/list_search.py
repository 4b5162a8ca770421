"""Short searches over the shown list, in memory.

One or two letters are more than the trigram index can answer, and SQL would test every order's
text per keystroke and sort the matches again. Instead the unsearched list is read once with
each order's search text alongside (`OrderCache.search_list`, in display order), and a keystroke
is a substring test over those texts, in list order, so the matches need no sorting. Typing on
narrows what the previous letters matched, not the whole list again — even when those letters'
search was stopped half-way: the part it had tested is narrowed, the rest is tested afresh.

A search is a `Scan` that runs in slices. Its first slices stop as soon as a screenful of
matches is found (for a common letter, a few hundred texts: microseconds), so the list can show
them before the rest of a million texts is tested; between two slices a newer keystroke stops
it. The texts are aligned with a packed rowid array: no `{rowid: text}` map, and no Python int
per order.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Hashable
from dataclasses import dataclass
from itertools import compress

from approval_console.store.orders import (
    OrderCache,
    OrderFilter,
    QueryCancelled,
    SearchList,
    SortKey,
)

__all__ = ["ListKey", "ListSearch", "Scan"]

SLICE = 65_536  # orders tested between two looks at the cancel flag (~3 ms)
FIRST_SLICE = 1_024  # the first slice while a screenful is sought; each next one 4x larger

# What the unsearched list is: (account id, filter, sort, descending).
ListKey = tuple[str, OrderFilter, SortKey, bool]


@dataclass(frozen=True, slots=True)
class _Part:
    """A stretch of texts a scan tests: `start`..`end` of `rowids`/`texts`. `base` says it is
    the unsearched list itself (so the scan's matches are complete up to where it stands)."""

    rowids: array[int]
    texts: list[str]
    start: int
    end: int
    base: bool


class Scan:
    """One search for `needle`, tested slice by slice in list order; `rowids` and `texts` hold
    the matches found so far, a prefix of the final result."""

    def __init__(self, key: ListKey, needle: str, parts: list[_Part], listed: int) -> None:
        self.key, self.needle = key, needle
        self._listed = listed  # how many orders the unsearched list holds
        self.rowids: array[int] = array("q")
        self.texts: list[str] = []
        self._parts = parts
        self._part = 0
        self._at = parts[0].start if parts else 0
        self.tested = 0
        self.candidates = sum(part.end - part.start for part in parts)
        # (position in the unsearched list, matches) up to which the matches are complete:
        # what a longer needle may narrow. None while the previous matches are still retested.
        self.mark: tuple[int, int] | None = None
        self._set_mark()

    @property
    def parts(self) -> tuple[_Part, ...]:
        return tuple(self._parts)

    @property
    def done(self) -> bool:
        return self._part >= len(self._parts)

    def _set_mark(self) -> None:
        if self.done:
            self.mark = (self._listed, len(self.rowids))
            return
        part = self._parts[self._part]
        if part.base:
            self.mark = (self._at, len(self.rowids))

    def step(self, size: int | None = None) -> None:
        """Test the next `size` texts (a slice by default; fewer at the end of a part)."""
        if self.done:
            return
        size = SLICE if size is None else size
        part = self._parts[self._part]
        start = self._at
        end = min(part.end, start + size)
        needle = self.needle
        texts = part.texts[start:end]
        hits = [needle in text for text in texts]
        self.rowids.extend(compress(part.rowids[start:end], hits))
        self.texts.extend(compress(texts, hits))
        self.tested += end - start
        if end >= part.end:
            self._part += 1
            self._at = self._parts[self._part].start if not self.done else end
        else:
            self._at = end
        self._set_mark()

    def first_screen(self, rows: int, most: int) -> None:
        """Test until `rows` matches are found or `most` texts tested (or all of them): in
        slices that start small, so a common letter stops after a few hundred texts."""
        size = FIRST_SLICE
        while not self.done and len(self.rowids) < rows and self.tested < most:
            self.step(min(size, most - self.tested))
            size = min(size * 4, SLICE)

    def run(self, cancel: threading.Event | None = None) -> array[int]:
        """Test the rest, looking at `cancel` between slices; the whole result."""
        while not self.done:
            if cancel is not None and cancel.is_set():
                raise QueryCancelled
            self.step(SLICE)
        return self.rowids


class ListSearch:
    """The unsearched list's texts and the last search, for one list at a time.

    Filled on the query thread; searched there or on the GUI thread. Each field is replaced
    whole, never changed in place, so either thread reads a consistent snapshot.
    """

    def __init__(self) -> None:
        self._base: tuple[Hashable, SearchList] | None = None
        self._last: Scan | None = None

    def clear(self) -> None:
        """The cache changed: texts and matches may be stale."""
        self._base = self._last = None

    def prepared(self, key: ListKey) -> bool:
        base = self._base
        return base is not None and base[0] == key

    def prepare(
        self, cache: OrderCache, key: ListKey, *, cancel: threading.Event | None = None
    ) -> None:
        """Read the list `key` names with its texts, unless already read."""
        if self.prepared(key):
            return
        # Another list's texts go first: a million of them are some 100 MB, and two lists'
        # at once would double the window's peak memory.
        self._base = self._last = None
        account_id, flt, sort, descending = key
        listed = cache.search_list(account_id, flt, sort, descending, cancel=cancel)
        self._base, self._last = (key, listed), None

    def listed(self, key: ListKey) -> array[int] | None:
        """The unsearched list's rowids in display order, when it is the one read: what a
        cleared search shows again, without asking the cache."""
        base = self._base
        return base[1].rowids if base is not None and base[0] == key else None

    def _parts(self, key: ListKey, needle: str) -> tuple[list[_Part], int] | None:
        """What a search for `needle` must test: the previous letters' matches as far as
        they are known, then the unsearched list from there (and how long that list is);
        None while it is not read."""
        base = self._base
        if base is None or base[0] != key:
            return None
        listed = base[1]
        return self._narrowing(key, needle, listed), len(listed.rowids)

    def _narrowing(self, key: ListKey, needle: str, listed: SearchList) -> list[_Part]:
        whole = _Part(listed.rowids, listed.texts, 0, len(listed.rowids), True)
        last = self._last
        if last is None or last.key != key or not needle.startswith(last.needle):
            return [whole]
        mark = last.mark
        if mark is None:  # stopped while it retested its own letters' matches: test those
            return list(last.parts)
        position, matches = mark
        parts = [_Part(last.rowids, last.texts, 0, matches, False)]
        if position < whole.end:
            parts.append(_Part(listed.rowids, listed.texts, position, whole.end, True))
        return parts

    def candidates(self, key: ListKey, needle: str) -> int | None:
        """How many orders a search for `needle` would test (the previous matches when it
        types on); None while the list is not read."""
        found = self._parts(key, needle)
        return None if found is None else sum(part.end - part.start for part in found[0])

    def scan(self, key: ListKey, needle: str) -> Scan:
        """A search for `needle` (already folded), not yet run; the list must be prepared.
        It becomes the one a longer needle narrows."""
        found = self._parts(key, needle)
        if found is None:
            raise LookupError("the list is not prepared")
        scan = Scan(key, needle, *found)
        self._last = scan
        return scan

    def search(
        self, key: ListKey, needle: str, *, cancel: threading.Event | None = None
    ) -> array[int]:
        """Rowids of the listed orders whose text holds `needle` (already folded), in list
        order, all at once. The list must be prepared."""
        return self.scan(key, needle).run(cancel)
