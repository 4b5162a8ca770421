"""When an order counts as still open, and so can be overdue."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from approval_console.core.domain import Customer, Order, OrderStatus, Review

TODAY = date(2026, 12, 3)


def order(status: str | None = "In Production", **fields: object) -> Order:
    return Order(
        id="1",
        name="#1",
        number="1",
        customer=Customer("Jo", "jo@example.com"),
        status=OrderStatus("st1", status) if status else None,
        due_date=date(2026, 12, 1),
        **fields,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    "status", ["Shipped", "Delivered", "Order Completed", "Closed", "Canceled", "Collected"]
)
def test_a_status_saying_it_is_done_closes_the_order(status: str) -> None:
    assert not order(status).is_open
    assert not order(status).is_overdue(TODAY)


@pytest.mark.parametrize("status", ["In Production", "Ready to Ship", "Partially shipped", None])
def test_other_statuses_leave_it_open(status: str | None) -> None:
    assert order(status).is_open
    assert order(status).is_overdue(TODAY)


def test_fulfilled_canceled_or_refused_orders_are_not_overdue() -> None:
    assert not order(fulfillment_status="fulfilled").is_overdue(TODAY)
    assert not order(canceled_at=datetime(2026, 11, 1, tzinfo=UTC)).is_overdue(TODAY)
    assert not order(review=Review.CANCELED).is_overdue(TODAY)
    assert order(fulfillment_status="partial").is_overdue(TODAY)


def test_a_range_is_overdue_only_after_its_last_day() -> None:
    assert not order(due_date_to=date(2026, 12, 3)).is_overdue(TODAY)
    assert order(due_date_to=date(2026, 12, 2)).is_overdue(TODAY)
    assert not order().is_overdue(date(2026, 12, 1))


@pytest.mark.parametrize("fulfillment", ["shipped", "delivered", "fulfilled", "Shipped"])
def test_goods_that_went_out_close_the_order(fulfillment: str) -> None:
    assert not order(fulfillment_status=fulfillment).is_open


@pytest.mark.parametrize(
    "fulfillment", ["partial", "partially_shipped", "partially_delivered", "unfulfilled", "ready"]
)
def test_goods_not_all_gone_out_leave_it_open(fulfillment: str) -> None:
    assert order(fulfillment_status=fulfillment).is_open
