"""Orders found by the number a person types ("1040", "#1040", "R123"), as they type it.

The command palette asks on every keystroke, over 100,000 orders, on the GUI thread: each
answer is a few seeks in the (account, number_sort) index, never a scan. A typed "104" is
looked for as the numbers 104, 1040–1049, 10400–10499, … in turn, so the closest come first and
the search stops once it has enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from approval_console.store.order_rows import number_sort
from approval_console.store.orders import OrderCache

_TYPED = re.compile(r"^#?\s*([^\d\s#]{0,8})(\d{1,18})$")
_LEAD = re.compile(r"^\D+")
_INT64_MAX = 2**63 - 1


@dataclass(frozen=True)
class NumberedOrder:
    id: str
    name: str  # as the list shows it ("#1040")
    customer: str


def looks_like_number(typed: str) -> bool:
    """Whether `typed` reads as an order number: digits, with a '#' or a short prefix."""
    return _TYPED.match(typed.strip()) is not None


def _core(number: str) -> str:
    return number.strip().lstrip("#").strip().casefold()


def orders_numbered(
    cache: OrderCache, account_id: str, typed: str, limit: int = 5
) -> list[NumberedOrder]:
    """The orders of `account_id` whose number starts as `typed` does, closest first."""
    match = _TYPED.match(typed.strip())
    if match is None:
        return []
    letters, digits = match.group(1).casefold(), match.group(2)
    value = number_sort(digits)
    if value is None:
        return []
    wanted = letters + digits
    found: list[NumberedOrder] = []
    scale = 1
    while len(found) < limit:
        low, high = value * scale, (value + 1) * scale - 1
        if low > _INT64_MAX or (value == 0 and scale > 1):
            break
        rows = cache.numbered_between(account_id, low, min(high, _INT64_MAX), limit * 4)
        for order_id, name, number, customer in rows:
            core = _core(number)
            # "1040" finds R1040 too; "R10" only the numbers written with that prefix.
            if core.startswith(wanted) or (not letters and _LEAD.sub("", core).startswith(digits)):
                found.append(NumberedOrder(order_id, name, customer))
                if len(found) >= limit:
                    break
        scale *= 10
    return found
