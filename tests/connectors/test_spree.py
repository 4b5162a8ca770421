"""The Spree Admin API v3 connector against the real sandbox on loopback.

Server truth comes from `/_sandbox/spree/orders` (every order fully expanded). The rate-limit
tests start their own sandboxes with a short window, so their waits stay short; a broken or
refusing server that the sandbox never plays is a mock transport.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from approval_console.connectors.spree import CAPABILITIES, SpreeConnector
from approval_console.connectors.spree_query import (
    FULFILLMENT_WORDS,
    PAYMENT_WORDS,
    console_word,
)
from approval_console.core import errors
from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS
from approval_console.core.changes import (
    CommentChange,
    CreateInvoice,
    DueDateChange,
    OrderAction,
    OrderActionKind,
    StatusChange,
)
from approval_console.core.domain import Money, Review
from approval_console.core.listing import OrderQuery
from tests.conftest import SandboxProcess, start_sandbox
from tests.helpers import run_closing

KEY = "sk_demo_spree"
ADMIN = "/api/v3/admin"
SYMBOLS = {"USD": "$", "GBP": "£"}


# ---- plumbing --------------------------------------------------------------------------------


class CountingTransport(httpx.AsyncBaseTransport):
    """Forwards to the network (or `inner`) and records every request it was asked to send;
    `rewrite` may change a request first (to play a server that ignores a parameter)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        rewrite: Callable[[httpx.Request], httpx.Request] | None = None,
    ) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()
        self.rewrite = rewrite
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.rewrite is not None:
            request = self.rewrite(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def account(url: str, **options: str) -> Account:
    return Account(id="spree-test", backend="spree", name="Shop", base_url=url, options=options)


def run(
    url: str,
    body: Callable[[SpreeConnector], Any],
    key: str = KEY,
    transport: httpx.AsyncBaseTransport | None = None,
    **options: str,
) -> Any:
    return run_closing(SpreeConnector(account(url, **options), key, transport=transport), body)


# The versions the console is tested against: the latest release and the current code.
SPREE_VERSIONS = ("5.6", "6.0")


@pytest.fixture(scope="module", params=SPREE_VERSIONS)
def spree_version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def sandbox(spree_version: str) -> Iterator[SandboxProcess]:
    process = start_sandbox("--seed", "12", "--rate-window", "0", "--spree-version", spree_version)
    yield process
    process.stop()


def truth(sandbox: SandboxProcess, *ids: str) -> dict[str, dict[str, Any]]:
    """The server's own view of orders (all of them, or `ids`), keyed by id, oldest first."""
    with sandbox.admin() as client:
        response = client.get("/_sandbox/spree/orders", params={"ids": ",".join(ids)})
        response.raise_for_status()
        return {order["id"]: order for order in response.json()["data"]}


def pick(sandbox: SandboxProcess, test: Callable[[dict[str, Any]], bool], n: int = 1) -> list[str]:
    chosen = [order_id for order_id, order in truth(sandbox).items() if test(order)][:n]
    assert len(chosen) == n, "the seeded store lacks such orders"
    return chosen


def awaiting(order: dict[str, Any]) -> bool:
    return (
        order["considered_risky"] and order["status"] == "placed" and order["approved_at"] is None
    )


def unshipped(order: dict[str, Any]) -> bool:
    shipping = console_word(FULFILLMENT_WORDS, order["fulfillment_status"])
    return order["status"] == "placed" and shipping == "unfulfilled"


def gone_out(order: dict[str, Any]) -> bool:
    """Placed and gone out: 5.6 says `shipped`, 6.0 `fulfilled` or `delivered`."""
    shipping = console_word(FULFILLMENT_WORDS, order["fulfillment_status"])
    return order["status"] == "placed" and shipping == "fulfilled"


async def every_order(c: SpreeConnector, query: OrderQuery, **kwargs: Any) -> list[Any]:
    pages = [await c.list_orders(query, page=1, per_page=40, **kwargs)]
    while pages[-1].has_more:
        pages.append(await c.list_orders(query, page=pages[-1].page + 1, per_page=40, **kwargs))
    return [order for page in pages for order in page.items]


# ---- statuses, listing, filters, sorting, money ----------------------------------------------


def test_capabilities_match_the_registry_and_statuses_cover_every_order(sandbox):
    assert BACKENDS["spree"].capabilities == CAPABILITIES
    assert CAPABILITIES.review and CAPABILITIES.order_records
    assert SpreeConnector.capabilities is CAPABILITIES
    statuses = run(sandbox.url, lambda c: c.list_statuses())
    # `Spree::Order::STATUSES` is draft, placed, canceled on 5.6.1 and 6.0: no `returned`.
    assert [s.code for s in statuses] == ["draft", "placed", "canceled"]
    assert [s.position for s in statuses] == [0, 1, 2]
    assert [s.name for s in statuses] == ["Draft", "Placed", "Canceled"]
    assert all(s.color.startswith("#") and len(s.color) == 7 and s.description for s in statuses)
    used = {order["status"] for order in truth(sandbox).values()}
    assert used <= {s.code for s in statuses}


def test_paging_through_every_order_equals_the_server_count(sandbox):
    server = truth(sandbox)

    async def body(c):
        first = await c.list_orders(OrderQuery(), page=1, per_page=40)
        return first, await every_order(c, OrderQuery())

    first, orders = run(sandbox.url, body)
    assert first.total == len(server) == 200
    assert first.per_page == 40 and first.last_page == math.ceil(len(server) / 40)
    assert len(orders) == len(server) and {o.id for o in orders} == set(server)
    assert all(o.id.startswith("or_") for o in orders)
    for order in orders:
        raw = server[order.id]
        assert order.number == order.name == raw["number"]
        assert order.status is not None and order.status.code == raw["status"]
        assert order.customer.email == raw["email"]
        name = f"{raw['customer']['first_name']} {raw['customer']['last_name']}"
        assert order.customer.name == name
        # Either version's words, in the console's vocabulary.
        assert order.financial_status == console_word(PAYMENT_WORDS, raw["payment_status"])
        assert order.fulfillment_status == console_word(
            FULFILLMENT_WORDS, raw["fulfillment_status"]
        )
        assert order.tags == tuple(raw["tags"])
        assert order.created_at is not None
        assert order.created_at.isoformat(timespec="milliseconds")[:23] == raw["created_at"][:23]
        assert (order.canceled_at is not None) == (raw["status"] == "canceled")
        if raw["status"] == "placed":
            assert order.status.set_at is not None  # completed_at
            assert order.status.set_at.isoformat()[:19] == raw["completed_at"][:19]


def test_the_list_is_newest_first_and_sorts_both_ways(sandbox):
    async def body(c):
        default = await every_order(c, OrderQuery())
        up = await every_order(c, OrderQuery(), sort="total")
        down = await every_order(c, OrderQuery(), sort="-total")
        numbers = await every_order(c, OrderQuery(), sort="-number")
        return default, up, down, numbers

    default, up, down, numbers = run(sandbox.url, body)
    server = truth(sandbox)
    newest_first = sorted(server.values(), key=lambda o: o["created_at"], reverse=True)
    assert [o.id for o in default] == [o["id"] for o in newest_first]
    # Mixed currencies sort by the number, as the server's column does.
    totals_up = [o.amount.amount for o in up]
    totals_down = [o.amount.amount for o in down]
    everything = sorted(Decimal(o["total"]) for o in server.values())
    assert totals_up == everything and totals_down == everything[::-1]
    assert totals_up[0] < totals_up[-1]
    assert [o.number for o in numbers] == sorted(
        (o["number"] for o in server.values()), reverse=True
    )
    with pytest.raises(ValueError):
        run(sandbox.url, lambda c: c.list_orders(OrderQuery(), sort="total; drop"))


def test_risky_filter_equals_server_truth_and_maps_to_the_review_queue(sandbox):
    server = truth(sandbox)
    risky = {i for i, o in server.items() if o["considered_risky"]}
    assert 20 < len(risky) < len(server)

    async def body(c):
        flagged = await every_order(c, OrderQuery(extra={"considered_risky_eq": "true"}))
        rest = await every_order(c, OrderQuery(extra={"q[considered_risky_eq]": "false"}))
        return flagged, rest

    flagged, rest = run(sandbox.url, body)
    assert {o.id for o in flagged} == risky
    assert {o.id for o in rest} == set(server) - risky
    assert all(o.review is Review.AWAITING for o in flagged)
    for order in rest:
        raw = server[order.id]
        if raw["status"] == "canceled":
            assert order.review is Review.CANCELED
        elif raw["approved_at"] is not None:
            assert order.review is Review.APPROVED
        else:
            assert order.review is None


def test_status_search_and_state_filters_equal_server_truth(sandbox):
    server = truth(sandbox)
    by_status = Counter(o["status"] for o in server.values())
    sample = next(o for o in server.values() if o["status"] == "placed")
    fragment = sample["email"].split("@")[0][:5].upper()  # `cont` ignores case

    async def body(c):
        counts = {
            code: (await c.list_orders(OrderQuery(status_code=code), per_page=1)).total
            for code in ("draft", "placed", "canceled", "complete", "cart")
        }
        live = (await c.list_orders(OrderQuery(exclude_canceled=True), per_page=1)).total
        by_number = await c.list_orders(OrderQuery(search=f"#{sample['number']}"))
        by_email = await every_order(c, OrderQuery(search=fragment))
        paid = await every_order(c, OrderQuery(financial_status=("paid",), status_code="placed"))
        return counts, live, by_number, by_email, paid

    counts, live, by_number, by_email, paid = run(sandbox.url, body)
    assert counts["draft"] == by_status["draft"] > 0
    assert counts["placed"] == by_status["placed"] == counts["complete"]  # a raw state works too
    assert counts["canceled"] == by_status["canceled"] > 0
    assert counts["cart"] <= by_status["draft"]  # one of the states `draft` stands for
    assert live == len(server) - by_status["canceled"]
    assert [o.id for o in by_number.items] == [sample["id"]]
    expected = {
        i
        for i, o in server.items()
        if fragment.lower() in o["email"].lower() or fragment.lower() in o["number"].lower()
    }
    assert {o.id for o in by_email} == expected and sample["id"] in expected
    assert {o.id for o in paid} == {
        i for i, o in server.items() if o["payment_status"] == "paid" and o["status"] == "placed"
    }
    assert paid and all(o.financial_status == "paid" for o in paid)


def dropping(*attributes: str) -> Callable[[httpx.Request], httpx.Request]:
    """A server whose Ransack does not allow these attributes: it drops their conditions and
    answers as if they were never sent, as Ransack does (6.0 has no `state`)."""

    def rewrite(request: httpx.Request) -> httpx.Request:
        kept = [
            (key, value)
            for key, value in request.url.params.multi_items()
            if not any(key.startswith(f"q[{name}_") for name in attributes)
        ]
        return httpx.Request(
            request.method,
            request.url.copy_with(params=kept),
            headers=request.headers,
            content=request.content,
        )

    return rewrite


def test_status_filters_and_hide_canceled_hold_where_state_is_gone(sandbox):
    """Spree 6.0 removed `state`: `q[state_eq]` and `q[state_not_eq]=canceled` are dropped and
    every order comes back. A status filter and "hide canceled" must still give exactly the
    orders asked for, with their own totals and pages."""
    server = truth(sandbox)
    by_status = Counter(o["status"] for o in server.values())
    live_ids = {i for i, o in server.items() if o["status"] != "canceled"}
    six = CountingTransport(rewrite=dropping("state"))

    async def body(c):
        counts = {
            code: (await c.list_orders(OrderQuery(status_code=code), per_page=1)).total
            for code in ("draft", "placed", "canceled")
        }
        first = await c.list_orders(OrderQuery(exclude_canceled=True), per_page=40)
        live = await every_order(c, OrderQuery(exclude_canceled=True))
        canceled = await every_order(c, OrderQuery(status_code="canceled"))
        return counts, first, live, canceled

    counts, first, live, canceled = run(sandbox.url, body, transport=six)
    assert counts == {code: by_status[code] for code in ("draft", "placed", "canceled")}
    assert by_status["canceled"] > 0 and by_status["draft"] > 0
    assert first.total == len(live_ids) and first.last_page == math.ceil(len(live_ids) / 40)
    assert len(live) == len(live_ids) and {o.id for o in live} == live_ids
    assert {o.id for o in canceled} == set(server) - live_ids
    assert all(o.review is Review.CANCELED for o in canceled)


def test_a_filter_the_server_ignores_is_applied_here_with_its_own_totals(sandbox):
    """A server that honours no condition at all: every filter is applied in the client, over
    the whole listing, and the pages and totals are the filter's, not the server's count."""
    server = truth(sandbox)
    wanted = {
        i
        for i, o in server.items()
        if o["status"] == "placed" and console_word(PAYMENT_WORDS, o["payment_status"]) == "paid"
    }
    deaf = CountingTransport(rewrite=dropping("status", "state", "payment_status", "payment_state"))

    async def body(c):
        query = OrderQuery(status_code="placed", financial_status=("paid",))
        first = await c.list_orders(query, per_page=7)
        last = await c.list_orders(query, page=first.last_page, per_page=7)
        return first, last, await every_order(c, query)

    first, last, paid = run(sandbox.url, body, transport=deaf)
    assert 7 < len(wanted) < len(server)
    assert first.total == last.total == len(wanted) and first.last_page == math.ceil(
        len(wanted) / 7
    )
    assert len(first.items) == 7 and 0 < len(last.items) <= 7 and not last.has_more
    assert [o.id for o in paid] == [
        o["id"]
        for o in sorted(server.values(), key=lambda o: o["created_at"], reverse=True)
        if o["id"] in wanted
    ]  # newest first, as the server sorted the listing


def test_an_answer_outside_the_filter_is_caught_even_after_a_probe(sandbox, caplog):
    """A server that answers the probe as if it filtered, then ignores the real condition: the
    answer itself shows it, and the filter is applied here from then on."""
    server = truth(sandbox)
    drafts = {i for i, o in server.items() if o["status"] == "draft"}

    def answers_probes_only(request: httpx.Request) -> httpx.Request:
        """A probe (`zz-...`) is answered as if filtered (no order has such a number); the
        real status condition is dropped."""
        kept = []
        for key, value in request.url.params.multi_items():
            if key.startswith(("q[status_", "q[state_")):
                if value.startswith("zz-"):
                    kept.append(("q[number_eq]", value))
                continue
            kept.append((key, value))
        return httpx.Request(
            request.method, request.url.copy_with(params=kept), headers=request.headers
        )

    sly = CountingTransport(rewrite=answers_probes_only)

    async def body(c):
        page = await c.list_orders(OrderQuery(status_code="draft"), per_page=10)
        again = await c.list_orders(OrderQuery(status_code="draft"), per_page=10)
        return page, again

    page, again = run(sandbox.url, body, transport=sly)
    assert page.total == again.total == len(drafts)
    assert {o.id for o in page.items} <= drafts and len(page.items) == min(10, len(drafts))
    assert "outside its status filter" in caplog.text


@pytest.mark.parametrize("gone", [(), ("state",)])
def test_the_server_version_is_told_by_how_it_filters(sandbox, spree_version, gone):
    """A first guess from the fields an order carries (6.0 renders `fee_total`, `cart_id`,
    ...); once a filter is asked, how the server treats `q[state_eq]` tells for sure."""
    counter = CountingTransport(rewrite=dropping(*gone))

    async def body(c):
        before = c.server_version
        await c.list_orders(OrderQuery())  # an unfiltered list probes nothing
        unfiltered, guessed = len(counter.requests), c.server_version
        await c.list_orders(OrderQuery(status_code="placed"))
        await c.list_orders(OrderQuery(status_code="draft"))  # probes are asked once
        return before, unfiltered, guessed, c.server_version, await c.detect_server_version()

    before, unfiltered, guessed, version, again = run(sandbox.url, body, transport=counter)
    assert before is None and unfiltered == 1 and guessed == spree_version
    assert version == again == ("6.0" if gone else spree_version)
    probes = [r for r in counter.requests if "zz-" in str(r.url)]
    assert len(probes) == 2  # `state` for the version, `status` for the filter
    assert len(counter.requests) == 1 + 1 + len(probes) + 2


def test_payment_and_fulfillment_filters_speak_the_consoles_words(sandbox):
    server = truth(sandbox)

    def having(field: str, words: dict[str, str], word: str) -> set[str]:
        return {i for i, o in server.items() if console_word(words, o[field]) == word}

    async def body(c):
        unfulfilled = await every_order(c, OrderQuery(fulfillment_status=("unfulfilled",)))
        fulfilled = await every_order(c, OrderQuery(fulfillment_status=("fulfilled",)))
        unpaid = await every_order(c, OrderQuery(financial_status=("unpaid", "voided")))
        return unfulfilled, fulfilled, unpaid

    unfulfilled, fulfilled, unpaid = run(sandbox.url, body)
    expected = having("fulfillment_status", FULFILLMENT_WORDS, "unfulfilled")
    assert expected and {o.id for o in unfulfilled} == expected
    expected = having("fulfillment_status", FULFILLMENT_WORDS, "fulfilled")
    assert expected and {o.id for o in fulfilled} == expected
    expected = having("payment_status", PAYMENT_WORDS, "unpaid") | having(
        "payment_status", PAYMENT_WORDS, "voided"
    )
    assert expected and {o.id for o in unpaid} == expected


@pytest.mark.parametrize(
    ("payment", "fulfillment", "financial", "shipped"),
    [
        # 6.0's words
        ("none", "unfulfilled", "unpaid", "unfulfilled"),
        ("authorized", "backorder", "authorized", "backorder"),
        ("partially_paid", "partial", "partially_paid", "partial"),
        ("paid", "fulfilled", "paid", "fulfilled"),
        ("partially_refunded", "delivered", "partially_refunded", "fulfilled"),
        ("refunded", "canceled", "refunded", "canceled"),
        ("overcharged", "fulfilled", "overcharged", "fulfilled"),
        ("voided", "canceled", "voided", "canceled"),
        # 5.6's payment and shipment states
        ("balance_due", "pending", "unpaid", "unfulfilled"),
        ("credit_owed", "ready", "overcharged", "unfulfilled"),
        ("failed", "shipped", "failed", "fulfilled"),
        ("void", "backorder", "voided", "backorder"),
        # a word neither version has is kept as it came
        ("on_hold", "in_transit", "on_hold", "in_transit"),
    ],
)
def test_both_versions_words_become_the_consoles(payment, fulfillment, financial, shipped):
    row = _order_payload(payment_status=payment, fulfillment_status=fulfillment)
    transport = _mock(lambda request: httpx.Response(200, json=_listing(row)))
    page = run("https://shop.test", lambda c: c.list_orders(OrderQuery()), transport=transport)
    [order] = page.items
    assert (order.financial_status, order.fulfillment_status) == (financial, shipped)


def test_money_is_exact_from_the_decimal_strings(sandbox):
    server = truth(sandbox)
    orders = run(sandbox.url, lambda c: every_order(c, OrderQuery()))
    currencies = Counter(o.amount.currency for o in orders)
    assert set(currencies) == {"USD", "EUR", "GBP"}
    for order in orders:
        raw = server[order.id]
        assert isinstance(order.amount.amount, Decimal)
        assert order.amount == Money(Decimal(raw["total"]), raw["currency"])
        assert str(order.amount.amount) == raw["total"]  # not a float's digits
        # The same amount as Spree displays it beside the string.
        if raw["currency"] in SYMBOLS:
            assert raw["display_total"] == f"{SYMBOLS[raw['currency']]}{order.amount.amount:,.2f}"
        # The parts add up to the cent: nothing was lost on the way.
        parts = (
            Decimal(raw["item_total"])
            + Decimal(raw["delivery_total"])
            + Decimal(raw["tax_total"])
            - Decimal(raw["discount_total"])
        )
        assert order.amount.amount == parts


# ---- one order and its records ---------------------------------------------------------------


def test_get_order_reads_items_shipments_payments_and_refunds(sandbox):
    [order_id] = pick(sandbox, lambda o: bool(o["refunds"]) and bool(o["fulfillments"]))
    [euro_id] = pick(sandbox, lambda o: o["currency"] == "EUR" and bool(o["payments"]))
    raw = truth(sandbox, order_id)[order_id]
    counter = CountingTransport()

    async def body(c):
        detail = await c.get_order(order_id)
        sent = len(counter.requests)
        helpers = await asyncio.gather(
            c.list_items(order_id),
            c.list_payments(order_id),
            c.list_fulfillments(order_id),
            c.list_refunds(order_id),
        )
        return detail, sent, helpers, await c.get_order(euro_id)

    detail, sent, helpers, euro = run(sandbox.url, body, transport=counter)
    # One expanded read and the refunds listing: the records did not cost a request each.
    assert sent == 2
    expands = [r.url.params.get("expand") for r in counter.requests[:2]]
    assert "items,fulfillments,payments,customer" in expands
    currency = raw["currency"]
    order, records = detail.order, detail.records
    assert records is not None and order.id == order_id
    assert order.customer.name == f"{raw['customer']['first_name']} {raw['customer']['last_name']}"

    assert [i.id for i in records.items] == [i["id"] for i in raw["items"]]
    for item, line in zip(records.items, raw["items"], strict=True):
        assert item.title == line["name"] and item.quantity == line["quantity"]
        assert item.unit_price == Money(Decimal(line["price"]), currency)
        assert item.total == Money(Decimal(line["total"]), currency)
        assert item.variant_info == line["options_text"] and item.order_id == order_id

    [shipment] = records.shipments
    [fulfillment] = raw["fulfillments"]
    assert shipment.id == fulfillment["id"] and shipment.invoice_id is None
    # The fulfillment keeps its own word: 5.6 `shipped`, 6.0 `fulfilled`.
    assert shipment.status_text == fulfillment["status"] in ("shipped", "fulfilled")
    assert shipment.tracking_number == fulfillment["tracking"]
    # 5.6's fulfillments name no carrier (only 6.0 renders `tracking_carrier_name`).
    assert shipment.shipper == fulfillment.get("tracking_carrier_name")
    assert shipment.shipper == ("UPS" if "tracking_carrier_name" in fulfillment else None)
    assert shipment.shipped_at is not None
    assert shipment.shipping == Money(Decimal(fulfillment["cost"]), currency)
    titles = {i["id"]: i["name"] for i in raw["items"]}
    assert [(s.id, s.title, s.quantity) for s in shipment.items] == [
        (line["item_id"], titles[line["item_id"]], line["quantity"])
        for line in fulfillment["items"]
    ]

    assert [(p.id, p.amount, p.state) for p in records.payments] == [
        (p["id"], Money(Decimal(p["amount"]), currency), p["status"]) for p in raw["payments"]
    ]
    assert all(
        p.method and p.method.endswith(raw_p["source"]["last4"])
        for p, raw_p in zip(records.payments, raw["payments"], strict=True)
    )
    assert [(r.id, r.amount, r.reason) for r in records.refunds] == [
        # `Admin::RefundSerializer` names the reason by `refund_reason_id` only: no words.
        (r["id"], Money(Decimal(r["amount"]), currency), r.get("reason"))
        for r in raw["refunds"]
    ]

    items, payments, fulfillments, refunds = helpers
    assert items == records.items
    assert payments == records.payments and refunds == records.refunds
    assert [(s.id, s.status_text, [i.id for i in s.items]) for s in fulfillments] == [
        (s.id, s.status_text, [i.id for i in s.items]) for s in records.shipments
    ]
    assert euro.records is not None and euro.order.amount.currency == "EUR"
    assert {p.amount.currency for p in euro.records.payments} == {"EUR"}
    assert {i.unit_price.currency for i in euro.records.items} == {"EUR"}


def test_a_server_that_ignores_expand_is_read_through_sub_resources(sandbox):
    """Expansion is optional for a server; without it each record list is its own request."""
    [order_id] = pick(sandbox, lambda o: bool(o["refunds"]))

    def drop_expand(request: httpx.Request) -> httpx.Request:
        url = request.url.copy_remove_param("expand")
        return httpx.Request(request.method, url, headers=request.headers)

    counter = CountingTransport(rewrite=drop_expand)
    expanded = run(sandbox.url, lambda c: c.get_order(order_id))
    plain = run(sandbox.url, lambda c: c.get_order(order_id), transport=counter)
    assert plain.records == expanded.records and plain.order.id == expanded.order.id
    paths = sorted(r.url.path.rsplit("/", 1)[-1] for r in counter.requests)
    assert paths == sorted([order_id, "items", "payments", "fulfillments", "refunds"])
    assert plain.order.customer.name == ""  # the name only comes expanded


# ---- approving and cancelling ----------------------------------------------------------------


def test_approving_a_risky_order_records_the_approval(sandbox):
    first, second = pick(sandbox, awaiting, n=2)

    async def body(c):
        approved = await c.approve_order(first)
        await c.perform(second, OrderAction(OrderActionKind.APPROVE))
        listed = await every_order(c, OrderQuery(extra={"considered_risky_eq": "true"}))
        again = await c.approve_order(first)
        return approved, listed, again

    approved, listed, again = run(sandbox.url, body)
    server = truth(sandbox, first, second)
    for order_id in (first, second):
        raw = server[order_id]
        assert raw["approved_at"] is not None
        # `approved_by(try_spree_current_user)`: nobody under a secret API key.
        assert raw["approver_id"] is None
        assert raw["considered_risky"] is False
        assert raw["status"] == "placed" and raw["canceled_at"] is None
    assert approved.id == first and approved.review is Review.APPROVED
    assert approved.customer.name  # the answer was expanded with its customer
    assert approved.amount == Money(Decimal(server[first]["total"]), server[first]["currency"])
    assert not {first, second} & {o.id for o in listed}  # no longer in the risky queue
    # The server does not refuse a second approval: it records it again.
    assert again.review is Review.APPROVED


def test_a_fraud_check_flagging_again_puts_the_order_back_in_review(sandbox):
    [order_id] = pick(sandbox, awaiting)
    approved = run(sandbox.url, lambda c: c.approve_order(order_id))
    assert approved.review is Review.APPROVED
    with sandbox.admin() as client:
        client.post(
            "/_sandbox/spree/touch", json={"id": order_id, "considered_risky": True}
        ).raise_for_status()
    detail = run(sandbox.url, lambda c: c.get_order(order_id))
    assert detail.order.review is Review.AWAITING


def test_cancelling_and_the_refusals_that_follow(sandbox, spree_version):
    """As Spree's controllers do: 6.0 runs `Orders::Cancel` (a refusal is a 422 with no words
    of its own) and emails when asked; 5.6 calls `canceled_by`, renders the order whatever it
    decided (a refusal is a 200 with the order unchanged) and never passes `notify_customer`
    on. Approve checks no state. The connector reads a refusal as one on both."""
    quiet, loud = pick(sandbox, lambda o: unshipped(o) and not o["considered_risky"], n=2)
    [shipped] = pick(sandbox, gone_out)

    async def body(c):
        await c.perform(quiet, OrderAction(OrderActionKind.CANCEL, notify=False))
        canceled = await c.cancel_order(loud, notify_customer=True)
        approved = await c.approve_order(quiet)  # 200: approve checks no state
        with pytest.raises(errors.ValidationError) as gone:
            await c.cancel_order(shipped)
        return canceled, approved, gone.value

    canceled, approved, gone = run(sandbox.url, body)
    server = truth(sandbox, quiet, loud, shipped)
    for order_id in (quiet, loud):
        raw = server[order_id]
        assert raw["status"] == "canceled" and raw["canceled_at"]
        assert raw["canceler_id"] is None  # nobody is signed in under an API key
        assert {f["status"] for f in raw["fulfillments"]} == {"canceled"}
    assert server[quiet]["notifications"] == []
    told = [n["to"] for n in server[loud]["notifications"]]
    assert told == ([] if spree_version == "5.6" else [server[loud]["email"]])
    assert canceled.review is Review.CANCELED and canceled.canceled_at is not None
    assert canceled.status is not None and canceled.status.code == "canceled"
    # Approved after it was canceled, and still canceled: nothing is offered on it.
    assert server[quiet]["approved_at"] is not None and approved.review is Review.CANCELED
    assert server[shipped]["status"] == "placed"  # refused, untouched
    if spree_version == "5.6":
        assert gone.message.startswith("Spree did not cancel the order: it is still placed")
    else:
        assert gone.status == 422 and gone.body["error"]["code"] == "processing_error"
        assert gone.message == "Spree refused: the order cannot take this change as it stands"


def test_other_changes_are_not_offered(sandbox):
    [order_id] = pick(sandbox, awaiting)
    counter = CountingTransport()

    async def body(c):
        calls = [
            c.lookup("R1", "a@example.com"),
            c.viable_statuses(order_id),
            c.change_status(order_id, StatusChange("placed")),
            c.bulk_change_status([order_id], StatusChange("placed")),
            c.add_comment(order_id, CommentChange("Looks fine")),
            c.set_due_date(order_id, DueDateChange(None)),
            c.perform(order_id, OrderAction(OrderActionKind.FINALIZE)),
            c.perform(order_id, CreateInvoice(number="INV-1")),
            c.list_orders(OrderQuery(tags_any=("vip",))),
            c.list_orders(OrderQuery(due_date_from=None, tags_all=("gift",))),
        ]
        for call in calls:
            with pytest.raises(NotImplementedError):
                await call
        for bad in (
            c.list_orders(OrderQuery(), per_page=101),
            c.list_orders(OrderQuery(), page=0),
            c.list_orders(OrderQuery(extra={"state_eq]&q[x": "1"})),
        ):
            with pytest.raises(ValueError):
                await bad

    run(sandbox.url, body, transport=counter)
    assert counter.requests == []
    assert truth(sandbox, order_id)[order_id]["considered_risky"] is True


# ---- errors ----------------------------------------------------------------------------------


def test_unknown_and_malformed_ids_are_not_found(sandbox):
    counter = CountingTransport()

    async def body(c):
        found = []
        for call in (
            lambda: c.get_order("or_doesNotExist"),
            lambda: c.approve_order("or_doesNotExist"),
            lambda: c.cancel_order("or_doesNotExist"),
            lambda: c.list_items("or_doesNotExist"),
        ):
            with pytest.raises(errors.NotFoundError) as caught:
                await call()
            found.append(caught.value)
        sent = len(counter.requests)
        with pytest.raises(errors.NotFoundError) as injected:
            await c.get_order("../orders?x=")
        return found, sent, injected.value

    found, sent, injected = run(sandbox.url, body, transport=counter)
    assert all(error.status == 404 for error in found)
    # ErrorHandler names a missing order `order_not_found`, "Order not found".
    assert found[0].message == "Order not found"
    assert found[0].body["error"]["code"] == "order_not_found"
    assert len(counter.requests) == sent  # a path-breaking id never leaves the client
    assert "no Spree record" in injected.message


@pytest.mark.parametrize(
    ("key", "code"),
    [("", "authentication_required"), ("sk_not_the_right_secret_77", "invalid_token")],
)
def test_missing_or_wrong_keys_are_refused_without_showing_the_key(sandbox, caplog, key, code):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(errors.AuthenticationError) as caught:
        run(sandbox.url, lambda c: c.list_orders(OrderQuery()), key=key)
    error = caught.value
    assert error.status == 401 and error.body["error"]["code"] == code
    assert error.message.startswith("Spree refused the API key: ")
    if key:
        assert key not in error.message and key not in repr(error.body)
        assert key not in caplog.text


def test_a_publishable_key_is_refused_before_any_request(sandbox):
    counter = CountingTransport()
    key = "pk_demo_spree"
    with pytest.raises(errors.AuthenticationError) as caught:
        SpreeConnector(account(sandbox.url), key, transport=counter)
    assert counter.requests == []
    assert "publishable key" in caught.value.message and "secret key (sk_" in caught.value.message
    assert key not in caught.value.message
    # The same transport does carry requests for a secret key, in the documented header.
    assert run(sandbox.url, lambda c: c.list_orders(OrderQuery(), per_page=1), transport=counter)
    [request] = counter.requests
    assert request.headers["x-spree-api-key"] == KEY
    assert request.url.path == f"{ADMIN}/orders"


def test_the_key_stays_out_of_repr(sandbox):
    secret = "sk_demo_spree"
    connector = SpreeConnector(account(sandbox.url), secret)
    try:
        assert secret not in repr(connector)
        assert secret not in repr(connector.http.auth)
        assert secret not in repr(vars(connector))
    finally:
        asyncio.run(connector.aclose())


def _mock(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(handler)


def _order_payload(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "or_mock000001",
        "number": "R100000001",
        "email": "ann@example.com",
        "currency": "USD",
        "locale": "en",
        "total": "10.5",
        "display_total": "$10.50",
        "status": "placed",
        "considered_risky": True,
        "payment_status": "balance_due",
        "fulfillment_status": "pending",
        "completed_at": "2026-01-15T12:00:00.000Z",
        "created_at": "2026-01-15T11:00:00.000Z",
        "canceled_at": None,
        "approved_at": None,
        "tags": [],
    }
    body.update(changes)
    return body


def _listing(*orders: dict[str, Any], **meta: Any) -> dict[str, Any]:
    base = {"page": 1, "limit": 25, "count": len(orders), "pages": 1, "next": None}
    return {"data": list(orders), "meta": {**base, **meta}}


@pytest.mark.parametrize(
    ("payload", "field", "problem"),
    [
        (_listing(_order_payload(number=None)), "body.data[0].number", "text"),
        (_listing(_order_payload(total=10.5)), "body.data[0].total", "decimal string"),
        (_listing(_order_payload(total="ten")), "body.data[0].total", "decimal amount"),
        (_listing(_order_payload(created_at="yesterday")), "body.data[0].created_at", "date"),
        ({"data": [_order_payload()]}, "body.meta", "missing"),
        ({"orders": []}, "body.data", "missing"),
    ],
)
def test_a_malformed_listing_names_the_field(payload, field, problem):
    transport = _mock(lambda request: httpx.Response(200, json=payload))
    with pytest.raises(errors.ResponseFormatError) as caught:
        run("https://shop.test", lambda c: c.list_orders(OrderQuery()), transport=transport)
    assert caught.value.field == field and problem in caught.value.message


def test_a_missing_field_in_an_order_detail_names_it():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/refunds"):
            return httpx.Response(200, json=_listing())
        item = {"id": "li_1", "quantity": 1, "currency": "USD", "name": "Hat", "price": "1.0"}
        del item["quantity"]
        return httpx.Response(200, json=_order_payload(items=[item], payments=[], fulfillments=[]))

    with pytest.raises(errors.ResponseFormatError) as caught:
        run("https://shop.test", lambda c: c.get_order("or_mock000001"), transport=_mock(handler))
    assert caught.value.field == "body.items[0].quantity"
    assert "missing" in caught.value.message


def test_a_mocked_order_maps_review_and_cancellation():
    """Shapes the seeded store has none of: a risky draft, a canceled risky order."""
    rows = [
        _order_payload(id="or_a", status="draft", completed_at=None),
        _order_payload(id="or_b", status="canceled", canceled_at="2026-01-16T00:00:00.000Z"),
        _order_payload(id="or_c", considered_risky=False, approved_at="2026-01-16T00:00:00Z"),
        _order_payload(id="or_d", status="awaiting_return", considered_risky=False),
    ]
    transport = _mock(lambda request: httpx.Response(200, json=_listing(*rows)))
    page = run("https://shop.test", lambda c: c.list_orders(OrderQuery()), transport=transport)
    draft, canceled, approved, odd = page.items
    assert draft.review is None  # nothing to approve before checkout completes
    assert canceled.review is Review.CANCELED and canceled.canceled_at is not None
    assert approved.review is Review.APPROVED
    assert odd.status is not None and odd.status.name == "Awaiting return"
    assert draft.customer.name == "" and draft.customer.email == "ann@example.com"


def test_a_422_with_details_becomes_field_reasons():
    body = {
        "error": {
            "code": "validation_error",
            "message": "Validation failed",
            "details": {"notify_customer": ["must be true or false"], "base": "is locked"},
        }
    }
    transport = _mock(lambda request: httpx.Response(422, json=body))
    with pytest.raises(errors.ValidationError) as caught:
        run("https://shop.test", lambda c: c.cancel_order("or_x"), transport=transport)
    error = caught.value
    assert error.fields == {"notify_customer": ["must be true or false"], "base": ["is locked"]}
    assert error.message == (
        "Validation failed: notify_customer must be true or false; base is locked"
    )


def test_a_429_that_never_ends_becomes_a_rate_limit_error():
    seen: list[httpx.Request] = []
    answer = {
        "error": {
            "code": "rate_limit_exceeded",
            "message": "Rate limit exceeded. Retry in 0 seconds.",
            "details": {"retry_after": 0},
        }
    }

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"Retry-After": "0", "X-RateLimit-Limit": "600", "X-RateLimit-Remaining": "0"}
        return httpx.Response(429, json=answer, headers=headers)

    async def body(c):
        with pytest.raises(errors.RateLimitError) as caught:
            await c.list_orders(OrderQuery())
        return caught.value, c.http.rate_limited

    # `X-RateLimit-Remaining: 0` fills the client's window: with the limiter on, each retry
    # would wait out a whole minute, so this one runs without it.
    error, refused = run("https://shop.test", body, transport=_mock(handler), rate_window="0")
    assert error.retry_after == 0 and error.message.startswith("Rate limit exceeded")
    assert refused == len(seen) > 1  # retried (429 means not applied) before giving up


# ---- rate limits against the real server -----------------------------------------------------


def test_a_burst_stays_under_the_limit_without_a_429(sandbox_factory):
    """Four workers send 620 requests as fast as they can: 600 fit in the server's window, the
    rest wait for the next one on the client side, and the server refuses none, however long
    the first 600 take. (6.0: one bucket of 600 per secret key, refused past it with 429.)"""
    window = 6.0
    limited = sandbox_factory(
        "--seed", "12", "--rate-window", str(window), "--spree-version", "6.0"
    )
    [order_id] = pick(limited, lambda o: not o["refunds"])

    async def body(c):
        begun = time.monotonic()
        finished: list[float] = []

        async def worker() -> None:
            for _ in range(155):
                assert await c.list_refunds(order_id, currency="USD") == ()
                finished.append(time.monotonic() - begun)

        await asyncio.gather(*(worker() for _ in range(4)))
        return sorted(finished), c.http.rate_limited, c.budget()

    finished, refused, budget = run(limited.url, body, rate_window=str(window))
    stats = limited.stats()
    assert refused == 0 and stats["responses_by_status"].get("429", 0) == 0
    assert stats["responses_by_status"]["200"] == len(finished) == 620
    # The 601st waited for the client's window (plus margin), not for a 429.
    assert finished[600] >= window
    assert budget.limit == 600 and budget.remaining < 600


def test_a_5_6_server_that_never_refuses_is_paced_by_what_its_headers_say(sandbox_factory):
    """5.6.1's `rate_limit` never halts the request (no 429): it counts 300 per key and
    controller and only says so in `X-RateLimit-Remaining: 0`. The client learns that limit
    from the headers and waits for the next window rather than overrun it."""
    window = 3.0
    limited = sandbox_factory(
        "--seed", "12", "--rate-window", str(window), "--spree-version", "5.6"
    )
    [order_id] = pick(limited, lambda o: not o["refunds"])

    async def body(c):
        begun = time.monotonic()
        finished: list[float] = []
        for _ in range(310):
            assert await c.list_refunds(order_id, currency="USD") == ()
            finished.append(time.monotonic() - begun)
        return finished, c.budget()

    finished, budget = run(limited.url, body, rate_window=str(window))
    assert budget.limit == 300
    assert finished[300] >= window * 0.9  # the 301st waited for the next window
    assert limited.stats()["responses_by_status"].get("429", 0) == 0


def test_a_real_429_is_waited_out_and_retried(sandbox_factory):
    window = 3.0
    limited = sandbox_factory(
        "--seed", "12", "--rate-window", str(window), "--spree-version", "6.0"
    )
    [order_id] = pick(limited, lambda o: bool(o["refunds"]))
    with httpx.Client(base_url=limited.url + ADMIN, headers={"X-Spree-Api-Key": KEY}) as other:
        for _ in range(600):
            other.get("/orders/or_none", params={"fields": "id"})  # 404s count too
        refused = other.get("/orders")
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limit_exceeded"
    assert refused.headers["x-ratelimit-limit"] == "600"
    assert refused.headers["x-ratelimit-remaining"] == "0"
    retry_after = int(refused.headers["retry-after"])
    assert 1 <= retry_after <= window

    async def body(c):
        begun = time.monotonic()
        refunds = await c.list_refunds(order_id, currency="USD")
        return refunds, time.monotonic() - begun, c.http.rate_limited

    refunds, elapsed, rate_limited = run(limited.url, body, rate_window=str(window))
    assert [r.id for r in refunds] == [
        r["id"] for r in truth(limited, order_id)[order_id]["refunds"]
    ]
    assert rate_limited == 1
    assert elapsed >= retry_after - 1.0
    assert limited.stats()["responses_by_status"]["429"] == 2


def test_a_keyed_change_that_meets_a_429_goes_through_under_a_key_of_its_own(sandbox_factory):
    """Spree 6.0 keeps a 429 under its Idempotency-Key for a day, like any 4xx (`Idempotent`
    wraps the rate limit). A change repeated with that key after a 429 would be answered the
    same 429 for a day; the repeat carries a key derived for it, and the order is approved."""
    window = 3.0
    limited = sandbox_factory(
        "--seed", "12", "--rate-window", str(window), "--spree-version", "6.0"
    )
    [order_id] = pick(limited, awaiting)
    with httpx.Client(base_url=limited.url + ADMIN, headers={"X-Spree-Api-Key": KEY}) as other:
        for _ in range(600):
            other.get("/orders/or_none", params={"fields": "id"})  # a colleague spends it all

    async def body(c):
        approved = await c.approve_order(order_id, idempotency_key="entry-42")
        return approved, c.http.rate_limited

    approved, rate_limited = run(limited.url, body, rate_window=str(window))
    assert rate_limited >= 1  # the first send met the colleague's 429
    assert approved.review is Review.APPROVED
    assert truth(limited, order_id)[order_id]["approved_at"] is not None


# ---- idempotency keys and what approval tells ------------------------------------------------


class KeyedServer:
    """Plays Spree's `Idempotent` concern for approve and cancel: answers are kept per key, a
    repeat with the same key is answered again with `Idempotent-Replayed: true`, the same key
    on another request is refused. `lose` drops that many answers after they were decided;
    `honours_keys=False` plays a server that ignores the header."""

    def __init__(self, *, lose: int = 0, honours_keys: bool = True) -> None:
        self.lose = lose
        self.honours_keys = honours_keys
        self.sent: list[httpx.Request] = []
        self.applied = 0
        self.canceled: set[str] = set()  # order ids
        self.kept: dict[str, tuple[bytes, httpx.Response]] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        key = request.headers.get("Idempotency-Key")
        if key and self.honours_keys and key in self.kept:
            body, first = self.kept[key]
            if body != request.content:
                error = {"code": "idempotency_key_reused", "message": "already used"}
                return httpx.Response(422, json={"error": error})
            return httpx.Response(
                first.status_code, content=first.content, headers={"Idempotent-Replayed": "true"}
            )
        order_id = request.url.path.split("/")[-2]
        if order_id in self.canceled and request.url.path.endswith("/cancel"):
            error = {"code": "processing_error", "message": "Cannot cancel a canceled order"}
            answer = httpx.Response(422, json={"error": error})
        else:
            self.applied += 1
            if request.url.path.endswith("/cancel"):
                self.canceled.add(order_id)
            answer = httpx.Response(
                200,
                json=_order_payload(
                    status="canceled" if request.url.path.endswith("/cancel") else "placed",
                    canceled_at="2026-01-16T00:00:00.000Z"
                    if request.url.path.endswith("/cancel")
                    else None,
                    approved_at=None
                    if request.url.path.endswith("/cancel")
                    else "2026-01-16T00:00:00.000Z",
                    approver_id=None,  # API-key auth: no user to record
                    canceler_id=None,
                    considered_risky=False,
                ),
            )
        if key:
            self.kept[key] = (request.content, answer)
        if self.lose:
            self.lose -= 1
            raise httpx.ReadError("connection reset after the request was sent")
        return answer


def test_every_change_carries_its_key_and_none_goes_without_when_given():
    server = KeyedServer()

    async def body(c):
        await c.perform("or_a", OrderAction(OrderActionKind.APPROVE), idempotency_key="k-1")
        await c.perform(
            "or_b", OrderAction(OrderActionKind.CANCEL, notify=True), idempotency_key="k-2"
        )
        await c.approve_order("or_c")  # no key: sent once, bare

    run("https://shop.test", body, transport=_mock(server))
    assert [r.headers.get("Idempotency-Key") for r in server.sent] == ["k-1", "k-2", None]
    assert [r.method for r in server.sent] == ["PATCH"] * 3


def test_a_lost_answer_is_resent_under_its_key_and_the_replay_is_the_answer(caplog):
    caplog.set_level(logging.INFO)
    server = KeyedServer(lose=1)

    async def body(c):
        return await c.cancel_order("or_a", notify_customer=True, idempotency_key="entry-7")

    canceled = run("https://shop.test", body, transport=_mock(server))
    assert server.applied == 1  # applied once, answered twice
    assert [r.headers["Idempotency-Key"] for r in server.sent] == ["entry-7", "entry-7"]
    assert server.sent[0].content == server.sent[1].content  # the same request, byte for byte
    assert canceled.review is Review.CANCELED
    assert "replayed the first answer" in caplog.text


def test_a_resend_refused_on_its_own_leaves_the_outcome_unknown():
    """A server that ignores keys refuses the repeat (the first cancel did happen): that 422
    is no answer to the first send, whose outcome stays unknown, to be read back."""
    server = KeyedServer(lose=1, honours_keys=False)

    async def body(c):
        with pytest.raises(errors.ApiConnectionError) as caught:
            await c.cancel_order("or_a", idempotency_key="entry-8")
        return caught.value

    error = run("https://shop.test", body, transport=_mock(server))
    assert error.maybe_applied and len(server.sent) == 2


def test_a_refusal_replayed_is_the_first_answer_and_a_reused_key_is_refused_clearly():
    first_refused = KeyedServer(lose=1)
    first_refused.canceled.add("or_a")  # already canceled: the first cancel is refused

    async def replayed(c):
        with pytest.raises(errors.ValidationError) as caught:
            await c.cancel_order("or_a", idempotency_key="entry-9")
        return caught.value

    refusal = run("https://shop.test", replayed, transport=_mock(first_refused))
    assert refusal.message == "Cannot cancel a canceled order"
    assert len(first_refused.sent) == 2

    server = KeyedServer()

    async def reused(c):
        await c.cancel_order("or_a", notify_customer=False, idempotency_key="entry-10")
        with pytest.raises(errors.ValidationError) as caught:
            await c.cancel_order("or_a", notify_customer=True, idempotency_key="entry-10")
        return caught.value

    error = run("https://shop.test", reused, transport=_mock(server))
    assert error.status == 422 and "already used for a different request" in error.message


def test_approval_is_read_from_its_time_not_from_who_approved():
    """Under API-key auth Spree records no approver or canceler (`try_spree_current_user` is
    nobody), and approve checks no state: the review state comes from the times and status."""
    rows = [
        _order_payload(id="or_a", approved_at="2026-01-16T00:00:00Z", approver_id=None),
        _order_payload(
            id="or_b",
            status="canceled",
            canceled_at="2026-01-16T00:00:00Z",
            approved_at="2026-01-17T00:00:00Z",  # approved after it was canceled: 200 there
            canceler_id=None,
        ),
        _order_payload(id="or_c", status="draft", completed_at=None, considered_risky=True),
        _order_payload(id="or_d", status="on_hold", considered_risky=True),
    ]
    transport = _mock(lambda request: httpx.Response(200, json=_listing(*rows)))
    page = run("https://shop.test", lambda c: c.list_orders(OrderQuery()), transport=transport)
    approved, canceled, draft, odd = page.items
    assert approved.review is Review.APPROVED
    assert canceled.review is Review.CANCELED  # approving a canceled order does not revive it
    assert draft.review is None and odd.review is None  # only a placed order awaits a decision


class LosingTransport(CountingTransport):
    """Sends every request on, but loses the answer to the first `lose` changes: the server
    did the work, the client never heard."""

    def __init__(self, lose: int) -> None:
        super().__init__()
        self.lose = lose

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if request.method == "PATCH" and self.lose:
            self.lose -= 1
            await response.aread()
            raise httpx.ReadError("connection reset before the answer arrived")
        return response


def test_the_server_answers_a_lost_keyed_change_again_instead_of_doing_it_twice(sandbox):
    quiet, other = pick(sandbox, lambda o: unshipped(o) and not o["considered_risky"], n=2)
    losing = LosingTransport(lose=1)

    async def body(c):
        canceled = await c.cancel_order(quiet, idempotency_key="console-entry-1")
        with pytest.raises(errors.ValidationError) as reused:
            await c.cancel_order(other, idempotency_key="console-entry-1")
        return canceled, reused.value

    canceled, reused = run(sandbox.url, body, transport=losing)
    keys = [r.headers.get("Idempotency-Key") for r in losing.requests if r.method == "PATCH"]
    assert keys == ["console-entry-1"] * 3  # sent, resent after the lost answer, then reused
    assert canceled.review is Review.CANCELED  # the replayed first answer
    assert reused.status == 422 and reused.body["error"]["code"] == "idempotency_key_reused"
    assert "already used for a different request" in reused.message
    server = truth(sandbox, quiet, other)
    assert server[quiet]["status"] == "canceled" and server[other]["status"] == "placed"
