"""Searching and sorting the list as a person does: a first letter (which no index serves), then
the rest of a surname typed on; the Customer header clicked to sort what is found; Ctrl+F and
Backspace to clear the search and see every order again."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint

from approval_console.store.order_rows import fold
from approval_console.ui.models.orders import COLUMNS

APPROVEPRO = "approvepro-demo"
CUSTOMER_COLUMN = 1


def _texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Each listed order's searched fields, as the search folds them."""
    model = window.orders.model
    orders = [model.order_at(row) for row in range(model.rowCount())]
    return [
        fold(" ".join((o.name, o.number, o.customer.name, o.customer.email))) for o in orders if o
    ]


def _settled(window, typed: str) -> bool:  # type: ignore[no-untyped-def]
    return window.orders.filters.search == typed and not window.orders.querying


def test_letters_typed_narrow_the_list_and_a_header_sorts_what_is_found(demo_desk, qtbot):
    desk = demo_desk(start=APPROVEPRO)
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    model = window.orders.model
    qtbot.waitUntil(lambda: model.rowCount() == 500, timeout=10_000)
    # The surname most orders share, so that the sort has several to put in order.
    surnames = Counter(model.order_at(row).customer.name.split()[-1] for row in range(500))
    name = surnames.most_common(1)[0][0]

    person.click(window.search)
    first = fold(name[0])
    person.type(name[0])  # one letter: more than the trigram index can answer
    qtbot.waitUntil(lambda: _settled(window, name[0]), timeout=5000)
    assert 0 < model.rowCount() <= 500
    assert all(first in text for text in _texts(window))
    person.screenshot("first-letter")

    person.type(name[1:])
    qtbot.waitUntil(lambda: _settled(window, name), timeout=5000)
    found = model.rowCount()
    assert 1 < found < 500
    assert all(fold(name) in text for text in _texts(window))
    assert window.count_label.text() == f"{found} of 500 orders"
    person.screenshot("a-name-typed")

    # Sorting by customer keeps the search; the names come in order.
    header = window.table.horizontalHeader()
    middle = header.sectionViewportPosition(CUSTOMER_COLUMN) + header.sectionSize(1) // 2
    person.click(header.viewport(), QPoint(middle, header.height() // 2))
    qtbot.waitUntil(lambda: not window.orders.querying, timeout=5000)
    assert COLUMNS[CUSTOMER_COLUMN].title == "Customer"
    names = [model.order_at(row).customer.name.casefold() for row in range(model.rowCount())]
    assert names in (sorted(names), sorted(names, reverse=True))
    assert model.rowCount() == found
    person.screenshot("sorted-by-customer")

    # Ctrl+F selects the search text: typing replaces it, and clearing brings every order back.
    person.press("ctrl+f")
    person.press("BackSpace")
    qtbot.waitUntil(lambda: _settled(window, ""), timeout=5000)
    assert model.rowCount() == 500
    assert window.count_label.text() == "500 orders"
