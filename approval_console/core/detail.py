"""An order in full: the list row with its history, its timeline and its billing or records.

It sits above both `domain` (the row, the history) and `billing` (invoices, shipments, the
records of other backends), so that neither of those two needs the other's types: billing's
purchase order holds a domain `Order`, and only this type holds both.
"""

from __future__ import annotations

from dataclasses import dataclass

from approval_console.core.billing import OrderBilling, OrderRecords
from approval_console.core.domain import Order
from approval_console.core.history import HistoryEvent, TimelineStep


@dataclass(frozen=True, slots=True)
class OrderDetail:
    """An order with its history, newest first, and its public progress timeline; for a
    billing backend also its items, invoices, shipments and returns (`billing`); for other
    backends that say more about an order, its items, shipments, payments and refunds
    (`records`)."""

    order: Order
    history: tuple[HistoryEvent, ...] = ()
    timeline: tuple[TimelineStep, ...] = ()
    billing: OrderBilling | None = None
    records: OrderRecords | None = None
