"""Reading a status's listing newest first, to say which orders are in it and which are not.

A bulk change proves where its orders are from listing pages, a hundred orders a request. A
listing sorted by id, newest first, proves an order absent once the reading has gone below
its id without meeting it: which is why a reading starts on the first page and says how far
down it went, and why it is trusted only while every id read keeps to that order (see
`services.sync._NewestFirst`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from approval_console.connectors.base import Connector
from approval_console.connectors.ratelimit import Priority
from approval_console.core.domain import Order
from approval_console.core.listing import OrderQuery
from approval_console.services.sync import MAX_PAGES, _NewestFirst, _retried


@dataclass
class Reading:
    """What one reading of a status's listing showed of the orders asked about."""

    found: dict[str, Order] = field(default_factory=dict)  # every order read, by id
    absent: set[str] = field(default_factory=set)  # asked about, proven not in the status
    pages: int = 0


async def read_newest_first(
    connector: Connector,
    code: str | None,
    wanted: set[str],
    *,
    priority: Priority,
    max_pages: int | None = None,
) -> Reading:
    """Read the listing of `code` from its first page until each wanted order is either met
    or proven absent (the reading went below its id, or reached the listing's end), or until
    `max_pages` were read; an order neither met nor proven absent is in neither set."""
    reading = Reading()
    per_page = connector.capabilities.max_page_size
    order = _NewestFirst()
    number = 1
    whole = False
    while max_pages is None or reading.pages < max_pages:
        page = await _retried(
            partial(
                connector.list_orders,
                OrderQuery(status_code=code),
                page=number,
                per_page=per_page,
                priority=priority,
            )
        )
        reading.pages += 1
        for item in page.items:
            reading.found[item.id] = item
        order.read(page.items)
        missing = wanted - reading.found.keys()
        if not missing:
            break
        if not page.has_more or not page.items or number >= MAX_PAGES:
            whole = True
            break
        if order.past(missing):
            break
        number += 1
    missing = wanted - reading.found.keys()
    if whole:
        reading.absent = missing
    elif order.holds and order.lowest is not None:
        lowest = order.lowest
        reading.absent = {oid for oid in missing if oid.isdigit() and int(oid) > lowest}
    return reading
