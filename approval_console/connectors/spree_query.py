"""How the console's order filters become Spree's Ransack conditions, on 5.6 and on 6.0.

Spree's code, not its published `admin.yaml`, decides what a filter does:
- `Spree::Order.whitelisted_ransackable_attributes` lists `state`, `status`, `payment_state` and
  `shipment_state` on 5.6.1; 6.0 dropped the `state` column and made `payment_status` and
  `fulfillment_status` the columns (`payment_state`/`shipment_state` stay as deprecated
  aliases until 6.1). `q[status_...]` is the one status filter both versions honour.
- Ransack drops a condition on an attribute it does not allow and answers 200 with every
  order. So no condition is trusted on its word: each family of conditions is checked once by a
  probe that no order can match (an honoured one answers a count of 0), and every answer is
  checked again order by order (`Condition.test`). A family the server ignores is filtered here,
  in the client, over the whole listing, so that paging and totals stay those of the filter.
- Both versions render `payment_status` and `fulfillment_status` (5.6 as aliases of its
  `payment_state`/`shipment_state` columns, with their words); the console keeps one vocabulary
  for both (`PAYMENT_WORDS`, `FULFILLMENT_WORDS`), and a filter on a console word is sent as
  every server word it stands for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from approval_console.core.domain import Order
from approval_console.core.listing import OrderQuery

# Versions told apart by behaviour: `q[state_eq]` is honoured on 5.x and ignored from 6.0 on.
V5 = "5.6"
V6 = "6.0"

DRAFT = "draft"
PLACED = "placed"
CANCELED = "canceled"
# `Spree::Order::STATUSES`, the same three words on 5.6.1 and 6.0 (there is no `returned`).
ORDER_STATUSES = (DRAFT, PLACED, CANCELED)
# 5.x checkout states, still accepted as a status filter: each stands for the status it has.
LEGACY_STATES = {
    "cart": DRAFT,
    "address": DRAFT,
    "delivery": DRAFT,
    "payment": DRAFT,
    "confirm": DRAFT,
    "complete": PLACED,
}

# Server word -> the console's word. 6.0's `PAYMENT_STATUSES`, then 5.6's `PAYMENT_STATES`
# (which 6.0 still accepts on rows not migrated yet). A word not here is shown as itself.
PAYMENT_WORDS: dict[str, str] = {
    "none": "unpaid",
    "authorized": "authorized",
    "partially_paid": "partially_paid",
    "paid": "paid",
    "partially_refunded": "partially_refunded",
    "refunded": "refunded",
    "overcharged": "overcharged",
    "voided": "voided",
    "balance_due": "unpaid",
    "credit_owed": "overcharged",
    "failed": "failed",
    "void": "voided",
}
# 6.0's order-level fulfillment words, then 5.6's shipment states. `delivered` is fulfilled and
# received: the order counts as fulfilled (its fulfillments keep saying "delivered").
FULFILLMENT_WORDS: dict[str, str] = {
    "unfulfilled": "unfulfilled",
    "partial": "partial",
    "backorder": "backorder",
    "fulfilled": "fulfilled",
    "delivered": "fulfilled",
    "canceled": "canceled",
    "pending": "unfulfilled",
    "ready": "unfulfilled",
    "shipped": "fulfilled",
}

# The attribute each version filters payment and fulfillment on.
PAYMENT_ATTRIBUTE = {V5: "payment_state", V6: "payment_status"}
FULFILLMENT_ATTRIBUTE = {V5: "shipment_state", V6: "fulfillment_status"}
# Admin order fields 6.0 renders and 5.6.1 does not (each release's admin order serializer).
SIX_ONLY_FIELDS = ("fee_total", "cart_id", "order_group_id", "seller_id")
# A value no order has, for probes: Spree's words are lower-case letters and underscores.
NO_SUCH_VALUE = "zz-no-such-value-0"


def console_word(words: Mapping[str, str], raw: str | None) -> str | None:
    """The console's word for a server word; an unknown word is kept as it came."""
    if raw is None:
        return None
    return words.get(raw, raw)


def server_words(words: Mapping[str, str], wanted: Iterable[str]) -> list[str]:
    """Every server word standing for one of `wanted` (and each wanted word itself, so that a
    server word given directly still filters), in a stable order."""
    chosen = set(wanted)
    found = [raw for raw, word in words.items() if word in chosen or raw in chosen]
    return found + sorted(chosen - set(found))


def version_by_fields(order: Mapping[str, object]) -> str:
    """Which release rendered this admin order, by the fields only 6.0 has."""
    return V6 if any(name in order for name in SIX_ONLY_FIELDS) else V5


def status_for(code: str) -> str:
    """The order status a status filter stands for (a 5.x checkout state names its status)."""
    return LEGACY_STATES.get(code, code)


@dataclass(frozen=True, slots=True)
class Condition:
    """One family of Ransack conditions, and the check an answer's orders must pass."""

    family: str  # "status", "payment", "fulfillment" or "search": what a server may ignore
    params: tuple[tuple[str, str], ...]
    test: Callable[[Order], bool]
    probe: tuple[tuple[str, str], ...]  # a condition of this family that no order matches


def conditions(query: OrderQuery, version: str | None) -> list[Condition]:
    """The query's filters as condition families; `version` picks the payment and fulfillment
    attribute (unknown: both versions' attributes are sent, Ransack drops the one it lacks)."""
    found: list[Condition] = []
    status = status_for(query.status_code) if query.status_code else None
    if status is not None or query.exclude_canceled:
        params: list[tuple[str, str]] = []
        if status is not None:
            params.append(("q[status_eq]", status))
        if query.exclude_canceled:
            params.append(("q[status_not_eq]", CANCELED))
        excluded = CANCELED if query.exclude_canceled else None

        def status_test(order: Order, want: str | None = status, no: str | None = excluded) -> bool:
            code = order.status_code
            return (want is None or code == want) and (no is None or code != no)

        found.append(
            Condition("status", tuple(params), status_test, (("q[status_eq]", NO_SUCH_VALUE),))
        )
    if query.search and query.search.strip().lstrip("#").strip():
        text = query.search.strip().lstrip("#").strip()

        def search_test(order: Order, needle: str = text.lower()) -> bool:
            return needle in order.number.lower() or needle in order.customer.email.lower()

        found.append(
            Condition(
                "search",
                (("q[number_or_email_cont]", text),),
                search_test,
                (("q[number_or_email_cont]", NO_SUCH_VALUE),),
            )
        )
    for family, wanted, words, attributes, field in (
        ("payment", query.financial_status, PAYMENT_WORDS, PAYMENT_ATTRIBUTE, "financial_status"),
        (
            "fulfillment",
            query.fulfillment_status,
            FULFILLMENT_WORDS,
            FULFILLMENT_ATTRIBUTE,
            "fulfillment_status",
        ),
    ):
        if not wanted:
            continue
        names = [attributes[version]] if version in attributes else list(attributes.values())
        raw = server_words(words, wanted)
        shown = {console_word(words, word) for word in raw}

        def state_test(order: Order, field: str = field, shown: set[str | None] = shown) -> bool:
            return getattr(order, field) in shown

        found.append(
            Condition(
                family,
                tuple((f"q[{name}_in][]", word) for name in names for word in raw),
                state_test,
                tuple((f"q[{name}_in][]", NO_SUCH_VALUE) for name in names),
            )
        )
    return found
