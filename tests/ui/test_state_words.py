"""A real server's words, known and new, as the list, the detail pane and the filters show them.

A server newer than the console's tables sends words no table knows. The sandbox sends only
documented words, so the newer server is played by an httpx MockTransport; its orders then go
the way every order goes: connector, cache, list model and detail pane.
"""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from approval_console.connectors.arlo_orders import read_order
from approval_console.core.backends import BACKENDS
from approval_console.core.domain import Customer, Order
from approval_console.core.labels import state_words
from approval_console.core.listing import OrderQuery
from approval_console.store.db import Database
from approval_console.store.orders import OrderCache, OrderFilter
from approval_console.ui.models.orders import (
    FINANCIAL_COLUMN,
    FULFILLMENT_COLUMN,
    STATUS_COLUMN,
    OrderTableModel,
)
from approval_console.ui.viewmodels.list_filters import ListFilters
from approval_console.ui.widgets.detail_pane import DetailPane
from approval_console.ui.widgets.filter_bar import FilterBar
from tests.helpers import approvepro

ACCOUNT = "ap-test"


def _listing(*words: tuple[str, str]) -> dict[str, Any]:
    """An ApprovePro listing whose orders carry these (financial, fulfillment) words."""
    data = [
        {
            "id": 6110375248088 + index,
            "name": f"#{1188 + index}",
            "order_number": str(1188 + index),
            "customer": {"name": "Jon Smith", "email": "jon@example.com"},
            "status": {"is_set": True, "code": "st000002", "name": "In Production"},
            "financial_status": financial,
            "fulfillment_status": fulfillment,
            "tags": [],
            "created_at": "2026-05-22T19:04:36+00:00",
        }
        for index, (financial, fulfillment) in enumerate(words)
    ]
    meta = {"current_page": 1, "last_page": 1, "total": len(data), "per_page": 100}
    return {"data": data, "meta": meta}


def _orders_from_server(qtbot, *words: tuple[str, str]) -> tuple[Order, ...]:  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=_listing(*words))

    async def go() -> tuple[Order, ...]:
        connector = approvepro(
            "https://app.approvepro.test", transport=httpx.MockTransport(handler)
        )
        try:
            return (await connector.list_orders(OrderQuery())).items
        finally:
            await connector.aclose()

    listing = asyncio.ensure_future(go())
    qtbot.waitUntil(listing.done, timeout=10_000)
    return listing.result()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[OrderCache]:
    database = Database.open(tmp_path / "profile" / "cache.sqlite3")
    yield OrderCache(database)
    database.close()


def _model(qtbot, cache: OrderCache, orders: tuple[Order, ...]) -> OrderTableModel:  # type: ignore[no-untyped-def]
    cache.upsert_orders(ACCOUNT, orders)
    model = OrderTableModel(cache)
    model.set_rowids(cache.query_rowids(ACCOUNT, OrderFilter(), descending=False))
    return model


def _row_of(model: OrderTableModel, order_id: str) -> int:
    rows = [row for row in range(model.rowCount()) if model.order_at(row).id == order_id]  # type: ignore[union-attr]
    assert len(rows) == 1
    return rows[0]


def test_new_and_known_words_read_as_words_in_the_list_and_the_detail_pane(qtbot, cache):
    orders = _orders_from_server(
        qtbot,
        ("awaiting_settlement", "awaiting_pickup"),  # words no table knows
        ("balance_due", "backorder"),
        ("partially_refunded", "partial"),
    )
    model = _model(qtbot, cache, orders)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.set_capabilities(BACKENDS["approvepro"].capabilities)
    pane.show()

    expected = {
        orders[0].id: ("Awaiting settlement", "Awaiting pickup"),
        orders[1].id: ("Balance due", "Backordered"),
        orders[2].id: ("Partially refunded", "Partially fulfilled"),
    }
    for order in orders:
        row = _row_of(model, order.id)
        financial, fulfillment = expected[order.id]
        assert model.index(row, FINANCIAL_COLUMN).data() == financial
        assert model.index(row, FULFILLMENT_COLUMN).data() == fulfillment
        # The server's own word is one hover away.
        tip = model.index(row, FINANCIAL_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
        assert order.financial_status in tip

        pane.show_order(model.order_at(row))
        assert pane.states.isVisible()
        assert pane.states.text() == f"Payment: {financial} · Fulfillment: {fulfillment}"
        assert order.fulfillment_status in pane.states.toolTip()


def test_an_order_without_payment_states_shows_no_empty_line(qtbot, cache):
    (order,) = _orders_from_server(qtbot, ("paid", "fulfilled"))
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.set_capabilities(BACKENDS["wholesale"].capabilities)
    pane.show()
    pane.show_order(order)
    assert not pane.states.isVisible()


ARLO_ORDER = """<Order>
  <OrderID>77</OrderID><Code>O-00077</Code><Status>{status}</Status>
  <CurrencyCode>AUD</CurrencyCode><Total>120.00</Total>
  <CreatedDateTime>2026-05-22T19:04:36Z</CreatedDateTime>
</Order>"""


@pytest.mark.parametrize(
    ("status", "shown"),
    [("AwaitingApproval", "Awaiting approval"), ("OnHoldForPayment", "On hold for payment")],
)
def test_a_status_word_no_table_knows_shows_in_the_list_and_the_chip(qtbot, cache, status, shown):
    """Arlo's statuses are fixed words: a new one is its own name, neither an error nor hidden."""
    arlo = read_order(ET.fromstring(ARLO_ORDER.format(status=status)), "Order")
    order = arlo.order(Customer(name="Ann Buyer", email="ann@example.com"))
    model = _model(qtbot, cache, (order,))
    assert model.index(0, STATUS_COLUMN).data() == shown
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.set_capabilities(BACKENDS["arlo"].capabilities)
    pane.show()
    pane.show_order(order)
    assert pane.chip.text() == shown


def _menu_texts(button) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in button.menu().actions()]


def _choose(button, text: str) -> None:  # type: ignore[no-untyped-def]
    next(a for a in button.menu().actions() if a.text() == text).trigger()


def test_the_filter_menus_offer_the_servers_words_and_filter_by_them(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_capabilities(True, False, state_words("spree"))
    financial = _menu_texts(bar.financial)
    # Spree 5.6's words and 6.0's, each as people read it, none twice.
    for text in ("Balance due", "Credit owed", "No payment", "Partially refunded", "Voided"):
        assert text in financial
    assert not any("_" in text for text in financial)
    assert len(financial) == len(set(financial))
    fulfillment = _menu_texts(bar.fulfillment)
    for text in ("Backordered", "Delivered", "Ready to ship", "Partially fulfilled"):
        assert text in fulfillment

    emitted: list[ListFilters] = []
    bar.filtersChanged.connect(emitted.append)
    _choose(bar.financial, "Balance due")
    assert emitted[-1].financial == ("balance_due",)  # the list asks in the server's word
    assert bar.financial.text() == "Financial: Balance due"
    _choose(bar.financial, "Voided")  # 6.0's word and 5.6's, both asked for
    assert set(emitted[-1].financial) == {"balance_due", "voided", "void"}
    assert bar.financial.text() == "Financial: 2 chosen"
    _choose(bar.financial, "Voided")

    # ApprovePro has no "balance_due": the choice is dropped, not left hiding every row.
    bar.set_capabilities(True, True, state_words("approvepro"))
    assert "Balance due" not in _menu_texts(bar.financial)
    assert "Partially paid" in _menu_texts(bar.financial)
    assert emitted[-1].financial == ()
    assert bar.financial.text() == "Financial: Any"
