"""A first letter typed over a long list: the first matches show at once with the count saying it
is still counting, an order picked from them meanwhile stays picked when every match is in, and
the count turns exact.

The demo's 500 orders are tested in a moment; to see what a person sees over a million, the
search tests its first screen only and waits, between its slices, until the journey lets it go
on (as a million texts take a quarter of a second).
"""

from __future__ import annotations

import threading

import pytest

from approval_console.store import list_search
from approval_console.store.list_search import Scan
from approval_console.store.order_rows import fold
from approval_console.ui.viewmodels import orders as list_module

APPROVEPRO = "approvepro-demo"


def _text(order) -> str:  # type: ignore[no-untyped-def]
    """The fields the search looks in, as it folds them."""
    return fold(" ".join((order.name, order.number, order.customer.name, order.customer.email)))


@pytest.fixture
def slow_rest(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set it, and the background part of a search goes on."""
    going = threading.Event()
    real_step = Scan.step

    def step(scan: Scan, *size: int) -> None:
        if size or going.is_set():  # only the slices after the first screen are held
            real_step(scan, *size)

    monkeypatch.setattr(Scan, "step", step)
    monkeypatch.setattr(list_module, "INLINE_SEARCH", 0)
    monkeypatch.setattr(list_module, "FIRST_ROWS", 20)
    monkeypatch.setattr(list_search, "FIRST_SLICE", 16)
    monkeypatch.setattr(list_search, "SLICE", 25)
    return going


def test_the_first_matches_show_at_once_and_the_rest_come_in_below(demo_desk, qtbot, slow_rest):
    desk = demo_desk(start=APPROVEPRO)
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    model, table = window.orders.model, window.table
    qtbot.waitUntil(lambda: model.rowCount() == 500 and not window.orders.querying, timeout=10_000)

    texts = [_text(model.order_at(row)) for row in range(500)]
    # A letter some orders hold and others not, so that the count tells them apart.
    letter = next(c for c in "kbvgyhjwmpdlrtnsc" if 40 < sum(c in t for t in texts) < 480)

    person.click(window.search)
    qtbot.waitUntil(lambda: not window.orders.querying, timeout=10_000)  # the texts are read
    person.type(letter)
    qtbot.waitUntil(lambda: "counting" in window.count_label.text(), timeout=5000)
    first = model.rowCount()
    assert 20 <= first < 500
    assert window.count_label.text() == f"{first}+ of 500 orders, counting…"
    assert all(letter in _text(model.order_at(row)) for row in range(first))
    person.screenshot("first-screen-counting")

    person.click_row(table, 4)  # picked while the rest is still being looked for
    picked = table.current_order_id()
    assert picked is not None

    slow_rest.set()
    qtbot.waitUntil(lambda: not window.orders.querying, timeout=5000)
    found = model.rowCount()
    assert found == sum(letter in t for t in texts) > first
    assert window.count_label.text() == f"{found} of 500 orders"
    assert table.current_order_id() == picked
    assert table.currentIndex().row() == 4
    person.screenshot("every-match-counted")
