"""The wholesale portal connector against the real sandbox on loopback: every filter, include,
sort, paging rule and error of the Orders API, and the delta sync the document advises.

Server truth comes from the sandbox's control route `/_sandbox/wholesale/orders?ids=...` (every
order with every include, no filtering), so a filter is checked against a computation over the
whole portal, never against the API's own answer. A broken server, which the sandbox cannot
play, is played by an httpx MockTransport.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from approval_console.connectors.http import RetryPolicy
from approval_console.connectors.wholesale import (
    CAPABILITIES,
    DETAIL_INCLUDE,
    PAGE_MAX,
    WholesaleConnector,
)
from approval_console.core import errors
from approval_console.core.accounts import Account
from approval_console.core.changes import CommentChange, DueDateChange, StatusChange
from approval_console.core.domain import Money, Order
from approval_console.core.history import HistoryKind
from approval_console.core.listing import OrderQuery
from approval_console.core.log import REDACTOR
from approval_console.sandbox.wholesale.seed import FIRST_ORDER_ID, ORDER_COUNT, TENANT_ID
from tests.conftest import SandboxProcess, start_sandbox
from tests.helpers import run_closing

KEY = "demo-wholesale"
STAMP = "%Y-%m-%d %H:%M:%S"


# ---- plumbing --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox("--seed", "9", "--rate-window", "0")
    yield process
    process.stop()


class Recorder(httpx.AsyncBaseTransport):
    """The real network, with every request the connector sent kept for inspection."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def params(self, index: int = -1) -> dict[str, str]:
        return dict(self.requests[index].url.params)


def account(url: str, **options: str) -> Account:
    return Account(id="ws-test", backend="wholesale", name="Portal", base_url=url, options=options)


def run(
    url: str,
    body: Callable[[WholesaleConnector], Awaitable[Any]],
    *,
    key: str = KEY,
    transport: httpx.AsyncBaseTransport | None = None,
    **options: str,
) -> Any:
    return run_closing(WholesaleConnector(account(url, **options), key, transport=transport), body)


def server_orders(sandbox: SandboxProcess) -> list[dict[str, Any]]:
    """Every order as the portal holds it now, with every include (amounts as Decimal)."""
    ids = ",".join(str(FIRST_ORDER_ID + n) for n in range(ORDER_COUNT))
    with sandbox.admin() as client:
        response = client.get("/_sandbox/wholesale/orders", params={"ids": ids})
        response.raise_for_status()
    data = json.loads(response.content, parse_float=Decimal)["data"]
    assert len(data) == ORDER_COUNT
    return data


def touch(sandbox: SandboxProcess, order_id: int, **changes: str) -> dict[str, Any]:
    """Change an order as another portal user would; `updated_at` becomes now."""
    with sandbox.admin() as client:
        response = client.post("/_sandbox/wholesale/touch", json={"order_id": order_id, **changes})
        response.raise_for_status()
        return response.json()


def utc(text: str) -> datetime:
    return datetime.strptime(text, STAMP).replace(tzinfo=UTC)


async def every(c: WholesaleConnector, query: OrderQuery) -> list[Order]:
    """Every order of a listing, page after page at the largest page size."""
    orders: list[Order] = []
    page = 1
    while True:
        listing = await c.list_orders(query, page=page, per_page=PAGE_MAX)
        orders.extend(listing.items)
        if not listing.has_more:
            assert len(orders) == listing.total
            return orders
        page += 1


def ids_of(orders: list[Order]) -> set[str]:
    return {order.id for order in orders}


def expected(rows: list[dict[str, Any]], test: Callable[[dict[str, Any]], bool]) -> set[str]:
    found = {str(row["id"]) for row in rows if test(row)}
    assert found, "the seed should give this filter something to find"
    return found


# ---- the Connector protocol: capabilities, statuses, read-only -------------------------------


def test_capabilities_statuses_budget_and_read_only() -> None:
    assert CAPABILITIES.read_only and CAPABILITIES.delta_sync and CAPABILITIES.max_page_size == 250
    c = WholesaleConnector(account("http://portal.test"), KEY)

    async def body() -> list[Any]:
        try:
            statuses = await c.list_statuses()
            refused = []
            for call in (
                c.lookup("SO-1001", "a@b.c"),
                c.viable_statuses("1001"),
                c.change_status("1001", StatusChange("shipped")),
                c.bulk_change_status(["1001"], StatusChange("shipped")),
                c.add_comment("1001", CommentChange("hi")),
                c.set_due_date("1001", DueDateChange(None)),
                c.perform("1001", None),  # type: ignore[arg-type]
            ):
                with pytest.raises(NotImplementedError):
                    await call
                refused.append(True)
            return [statuses, refused]
        finally:
            await c.aclose()

    statuses, refused = asyncio.run(body())
    assert [s.code for s in statuses] == [
        "pending",
        "confirmed",
        "shipped",
        "completed",
        "canceled",
    ]
    assert [s.position for s in statuses] == [0, 1, 2, 3, 4]
    assert len({s.color for s in statuses}) == 5 and all(s.color.startswith("#") for s in statuses)
    assert len(refused) == 7
    budget = c.budget()
    assert (budget.limit, budget.window, budget.remaining) == (120, 60.0, 120)
    assert c.estimate_seconds(10) == 0.0 and c.estimate_seconds(121) > 50


# ---- listing: the rows, the key, the default order -------------------------------------------


def test_rows_match_the_server_with_exact_money_and_aware_times(sandbox: SandboxProcess) -> None:
    recorder = Recorder()
    orders = run(sandbox.url, lambda c: every(c, OrderQuery()), transport=recorder)
    truth = {str(row["id"]): row for row in server_orders(sandbox)}
    assert len(orders) == len(truth) == ORDER_COUNT and ids_of(orders) == truth.keys()
    for order in orders:
        row = truth[order.id]
        assert order.name == order.number == row["order_number"]
        assert order.customer.name == row["customer"]["name"]
        assert order.customer.email == row["customer"]["email"]
        assert order.amount == Money(row["totals"]["grand_total"], row["currency"])
        assert isinstance(order.amount.amount, Decimal)
        assert order.status is not None and order.status.code == row["status"]
        assert order.status.name == row["status"].capitalize() and order.status.color
        assert order.created_at == utc(row["placed_at"] or row["created_at"])
        assert order.created_at.tzinfo is not None
        history = row["status_history"]
        assert order.history_count == len(history)
        if history:
            assert order.status.set_at == utc(history[-1]["changed_at"])
        if row["status"] == "canceled":
            assert order.canceled_at == utc(history[-1]["changed_at"])
        else:
            assert order.canceled_at is None
        assert order.review is None
    # Newest first by default, the id breaking ties.
    created = [(truth[o.id]["created_at"], int(o.id)) for o in orders]
    assert created == sorted(created, reverse=True)
    sent = recorder.requests[0]
    assert sent.url.path == "/api/orders/"
    assert sent.headers["X-API-Key"] == KEY
    assert "api_key" not in sent.url.params and KEY not in str(sent.url)
    assert recorder.params(0)["include"] == "status_history"


def test_the_key_stays_out_of_urls_reprs_and_logs(sandbox: SandboxProcess) -> None:
    async def body(c: WholesaleConnector) -> str:
        with pytest.raises(NotImplementedError):
            await c.fetch_orders({"api_key": KEY})
        return repr(c.http.auth)

    recorder = Recorder()
    shown = run(sandbox.url, body, transport=recorder)
    assert recorder.requests == []  # refused before anything was sent
    assert KEY not in shown and "key=***" in shown
    assert KEY not in REDACTOR.redact(f"GET /api/orders/ X-API-Key: {KEY}")


# ---- every documented filter -----------------------------------------------------------------


def test_status_filters_single_list_and_exclude_canceled(sandbox: SandboxProcess) -> None:
    recorder = Recorder()

    async def body(c: WholesaleConnector) -> list[Any]:
        shipped = await every(c, OrderQuery(status_code="shipped"))
        several = await every(c, OrderQuery(extra={"status": "pending,confirmed"}))
        open_orders = await every(c, OrderQuery(exclude_canceled=True))
        sent = recorder.params()
        before = len(recorder.requests)
        nothing = await c.list_orders(OrderQuery(status_code="canceled", exclude_canceled=True))
        asked = len(recorder.requests) - before
        narrowed = await every(
            c, OrderQuery(extra={"status": "pending,canceled"}, exclude_canceled=True)
        )
        return [shipped, several, open_orders, sent, nothing, asked, narrowed]

    shipped, several, open_orders, sent, nothing, asked, narrowed = run(
        sandbox.url, body, transport=recorder
    )
    rows = server_orders(sandbox)
    assert ids_of(shipped) == expected(rows, lambda r: r["status"] == "shipped")
    assert ids_of(several) == expected(rows, lambda r: r["status"] in ("pending", "confirmed"))
    assert ids_of(open_orders) == expected(rows, lambda r: r["status"] != "canceled")
    assert len(open_orders) < ORDER_COUNT  # the seed has canceled orders to leave out
    assert sent["status"] == "pending,confirmed,shipped,completed"  # the server filters and counts
    assert nothing.items == () and nothing.total == 0 and not nothing.has_more and asked == 0
    assert ids_of(narrowed) == expected(rows, lambda r: r["status"] == "pending")


def test_customer_user_order_number_and_po_filters(sandbox: SandboxProcess) -> None:
    rows = server_orders(sandbox)
    sample = next(r for r in rows if r["po_number"] and r["po_number"].startswith("PO-"))
    customer_id, user_id = str(sample["customer"]["id"]), str(sample["user_id"])

    async def body(c: WholesaleConnector) -> list[list[Order]]:
        return [
            await every(c, OrderQuery(extra={"customer_id": customer_id})),
            await every(c, OrderQuery(extra={"user_id": user_id})),
            await every(c, OrderQuery(extra={"order_number": sample["order_number"].lower()})),
            await every(c, OrderQuery(extra={"po_number": sample["po_number"]})),
            await every(c, OrderQuery(extra={"order_number": "SO-1"})),
        ]

    by_customer, by_user, by_number, by_po, none = run(sandbox.url, body)
    assert ids_of(by_customer) == expected(rows, lambda r: str(r["customer"]["id"]) == customer_id)
    assert len(by_customer) < ORDER_COUNT
    assert ids_of(by_user) == expected(rows, lambda r: str(r["user_id"]) == user_id)
    assert ids_of(by_number) == {str(sample["id"])}  # exact, whatever the case
    assert ids_of(by_po) == expected(rows, lambda r: r["po_number"] == sample["po_number"])
    assert none == []  # exact, not a prefix of SO-1001


def test_search_covers_number_customer_name_code_and_po(sandbox: SandboxProcess) -> None:
    rows = server_orders(sandbox)
    needles = [rows[17]["customer"]["code"].lower(), "SO-103", rows[40]["customer"]["name"][:5]]
    po = next(r["po_number"] for r in rows if r["po_number"])
    needles.append(po)

    async def body(c: WholesaleConnector) -> list[list[Order]]:
        return [await every(c, OrderQuery(search=f"  {needle} ")) for needle in needles]

    results = run(sandbox.url, body)
    for needle, found in zip(needles, results, strict=True):
        wanted = needle.casefold()

        def matches(r: dict[str, Any], wanted: str = wanted) -> bool:
            fields = (
                r["order_number"],
                r["customer"]["name"],
                r["customer"]["code"],
                r["po_number"],
            )
            return any(wanted in f.casefold() for f in fields if f)

        assert ids_of(found) == expected(rows, matches), needle
        assert len(found) < ORDER_COUNT


def test_totals_range_is_inclusive_and_exact(sandbox: SandboxProcess) -> None:
    rows = server_orders(sandbox)
    low, high = Decimal("100.00"), Decimal("500")
    exact = sorted(r["totals"]["grand_total"] for r in rows)[123]

    async def body(c: WholesaleConnector) -> list[list[Order]]:
        return [
            await every(c, OrderQuery(extra={"min_total": "100.00", "max_total": "500"})),
            await every(c, OrderQuery(extra={"min_total": str(exact), "max_total": str(exact)})),
            await every(c, OrderQuery(extra={"min_total": "2500"})),
        ]

    between, at_exact, large = run(sandbox.url, body)
    assert ids_of(between) == expected(rows, lambda r: low <= r["totals"]["grand_total"] <= high)
    assert all(low <= o.amount.amount <= high for o in between if o.amount)
    assert ids_of(at_exact) == expected(rows, lambda r: r["totals"]["grand_total"] == exact)
    assert ids_of(large) == expected(rows, lambda r: r["totals"]["grand_total"] >= 2500)


def test_date_only_ranges_expand_to_whole_days(sandbox: SandboxProcess) -> None:
    rows = server_orders(sandbox)
    days = sorted(r["created_at"][:10] for r in rows)
    day = max(set(days), key=days.count)  # the busiest day
    placed = sorted(r["placed_at"] for r in rows if r["placed_at"])
    placed_from, placed_to = placed[100][:10], placed[140][:10]
    month = rows[300]["updated_at"][:7]
    since_day = sorted(r["updated_at"] for r in rows)[-30][:10]

    async def body(c: WholesaleConnector) -> list[Any]:
        one_day = {"filter_on": "created_at", "date_from": day, "date_to": day}
        echoed = (await c.fetch_orders(one_day)).meta.filters
        return [
            echoed,
            await every(c, OrderQuery(extra=one_day)),
            await every(c, OrderQuery(extra={"date_from": day, "date_to": day})),  # default column
            await every(
                c,
                OrderQuery(
                    extra={
                        "filter_on": "updated_at",
                        "date_from": f"{month}-01",
                        "date_to": f"{month}-28",
                    }
                ),
            ),
            await every(c, OrderQuery(extra={"placed_from": placed_from, "placed_to": placed_to})),
            await every(
                c,
                OrderQuery(
                    extra={"filter_on": "placed_at", "date_from": placed_to, "date_to": placed_to}
                ),
            ),
            await every(c, OrderQuery(extra={"updated_since": since_day})),
        ]

    echoed, on_day, default_column, in_month, placed_range, placed_day, since = run(
        sandbox.url, body
    )
    assert echoed == {
        "filter_on": "created_at",
        "date_from": f"{day} 00:00:00",
        "date_to": f"{day} 23:59:59",
    }
    wanted = expected(rows, lambda r: r["created_at"][:10] == day)
    assert len(wanted) > 1 and ids_of(on_day) == wanted == ids_of(default_column)
    # Had date_to meant midnight, the afternoon's orders would be missing.
    assert any(r["created_at"][11:] > "12:00:00" for r in rows if str(r["id"]) in wanted)
    assert ids_of(in_month) == expected(
        rows, lambda r: f"{month}-01" <= r["updated_at"][:10] <= f"{month}-28"
    )
    assert ids_of(placed_range) == expected(
        rows, lambda r: r["placed_at"] and placed_from <= r["placed_at"][:10] <= placed_to
    )
    assert ids_of(placed_day) == expected(
        rows, lambda r: r["placed_at"] and r["placed_at"][:10] == placed_to
    )
    assert ids_of(since) == expected(rows, lambda r: r["updated_at"] >= f"{since_day} 00:00:00")


# ---- includes and single orders --------------------------------------------------------------


def test_includes_are_read_only_when_asked_for(sandbox: SandboxProcess) -> None:
    async def body(c: WholesaleConnector) -> list[Any]:
        plain = await c.fetch_orders({"status": "completed", "per_page": "5"})
        some = await c.fetch_orders(
            {"status": "completed", "per_page": "5", "include": "items,shipments"}
        )
        return [plain, some]

    plain, some = run(sandbox.url, body)
    for row in plain.orders:
        assert row.history is None and row.items is None and row.shipments is None
        assert row.order.history_count == 0  # not asked for, so not known
        assert row.detail().records is None
    for row in some.orders:
        assert row.history is None and row.items and row.shipments
        records = row.detail().records
        assert records is not None and records.items == row.items
        assert all(s.tracking_number and s.status_text == "delivered" for s in row.shipments)


def test_get_order_has_history_items_and_shipments(sandbox: SandboxProcess) -> None:
    rows = server_orders(sandbox)
    # A completed order with a staff note and two parcels, if the seed has one.
    sample = max(
        (r for r in rows if r["status"] == "completed"),
        key=lambda r: (len(r["shipments"]), any(c["note"] for c in r["status_history"])),
    )
    recorder = Recorder()

    async def body(c: WholesaleConnector) -> list[Any]:
        cold = await c.get_order(str(sample["id"]))  # never listed: found by searching
        searched = recorder.params()
        await c.list_orders(OrderQuery(extra={"order_number": sample["order_number"]}))
        warm = await c.get_order(str(sample["id"]))  # listed: asked for by its number
        asked = recorder.params()
        by_number = await c.get_order(sample["order_number"])
        for missing in ("999999", "", "SO-999999"):
            with pytest.raises(errors.NotFoundError):
                await c.get_order(missing)
        return [cold, searched, warm, asked, by_number]

    cold, searched, warm, asked, by_number = run(sandbox.url, body, transport=recorder)
    assert searched["q"] == str(sample["id"]) and searched["include"] == DETAIL_INCLUDE
    assert asked["order_number"] == sample["order_number"] and asked["include"] == DETAIL_INCLUDE
    assert cold == warm == by_number
    detail = warm
    assert detail.order.id == str(sample["id"]) and detail.order.status_code == "completed"

    changes = sorted(sample["status_history"], key=lambda c: (c["changed_at"], c["id"]))
    history = list(detail.history)
    assert len(history) == len(changes) == detail.order.history_count
    assert [e.created_at for e in history] == sorted((e.created_at for e in history), reverse=True)
    for event, change in zip(history, reversed(changes), strict=True):
        assert event.kind is HistoryKind.STATUS_CHANGE
        assert event.status_code == change["to_status"]
        assert event.status_name == change["to_status"].capitalize()
        assert event.created_at == utc(change["changed_at"])
        assert event.actor == change["changed_by"]["name"]
        assert event.comment == change["note"]
    assert history[0].status_code == "completed" and history[-1].status_code == "pending"

    records = detail.records
    assert records is not None and detail.billing is None
    assert [i.id for i in records.items] == [str(i["id"]) for i in sample["items"]]
    for item, line in zip(records.items, sample["items"], strict=True):
        assert (item.sku, item.title, item.quantity) == (line["sku"], line["name"], line["qty"])
        assert item.unit_price == Money(line["unit_price"], "USD")
        assert item.total == Money(line["line_total"], "USD")
        assert item.order_id == str(sample["id"])
    assert [s.id for s in records.shipments] == [str(s["id"]) for s in sample["shipments"]]
    for shipment, parcel in zip(records.shipments, sample["shipments"], strict=True):
        assert shipment.shipper == f"{parcel['carrier']} {parcel['service']}"
        assert shipment.tracking_number == parcel["tracking_number"]
        assert shipment.shipped_at == utc(parcel["shipped_at"])
        assert shipment.delivered_at == utc(parcel["delivered_at"])
        assert shipment.status_text == parcel["status"] and shipment.invoice_id is None


# ---- sorting and paging ----------------------------------------------------------------------


def test_sort_by_several_fields_with_descending(sandbox: SandboxProcess) -> None:
    rows = {str(r["id"]): r for r in server_orders(sandbox)}

    async def body(c: WholesaleConnector) -> list[Any]:
        echoed = (await c.fetch_orders({"sort": "status,-grand_total", "per_page": "1"})).meta
        return [
            echoed.sort,
            await every(c, OrderQuery(extra={"sort": "status,-grand_total"})),
            await every(c, OrderQuery(extra={"sort": "customer_name,-updated_at"})),
            await c.list_orders(OrderQuery(extra={"sort": "-order_number"}), per_page=3),
        ]

    echoed, by_status, by_customer, last_numbers = run(sandbox.url, body)
    assert echoed == "status,-grand_total"
    keys = [(o.status_code, -rows[o.id]["totals"]["grand_total"]) for o in by_status]
    assert keys == sorted(keys) and len(keys) == ORDER_COUNT
    assert len({k[0] for k in keys}) == 5
    names = [
        (rows[o.id]["customer"]["name"].casefold(), rows[o.id]["updated_at"]) for o in by_customer
    ]
    assert [n for n, _ in names] == sorted(n for n, _ in names)
    for (name, stamp), (next_name, next_stamp) in itertools.pairwise(names):
        assert name != next_name or stamp >= next_stamp  # newest first within a customer
    assert [o.number for o in last_numbers.items] == ["SO-1400", "SO-1399", "SO-1398"]


def test_paging_default_maximum_and_bounds(sandbox: SandboxProcess) -> None:
    async def body(c: WholesaleConnector) -> list[Any]:
        default = await c.fetch_orders({})
        largest = await c.fetch_orders({"per_page": "250"})
        walked: list[str] = []
        page = 1
        while True:
            listing = await c.list_orders(OrderQuery(), page=page, per_page=120)
            walked += [o.id for o in listing.items]
            if not listing.has_more:
                break
            page += 1
        beyond = await c.list_orders(OrderQuery(), page=99, per_page=120)
        refused = []
        for per_page in ("251", "0", "ten"):
            with pytest.raises(errors.BadRequestError) as caught:
                await c.fetch_orders({"per_page": per_page})
            refused.append(caught.value)
        with pytest.raises(errors.BadRequestError) as bad_page:
            await c.fetch_orders({"page": "0"})
        for page, per_page in ((1, 251), (1, 0), (0, 50)):
            with pytest.raises(ValueError):
                await c.list_orders(OrderQuery(), page=page, per_page=per_page)
        return [default, largest, walked, listing, beyond, refused, bad_page.value]

    default, largest, walked, last, beyond, refused, bad_page = run(sandbox.url, body)
    assert len(default.orders) == 50 and default.meta.per_page == 50
    assert default.meta.total_pages == 8 and default.page.last_page == 8
    assert len(largest.orders) == 250 and largest.page.has_more
    assert len(walked) == ORDER_COUNT == len(set(walked))
    assert last.page == last.last_page == 4 and last.total == ORDER_COUNT
    assert beyond.items == () and not beyond.has_more and beyond.total == ORDER_COUNT
    for error in refused:
        assert error.status == 400 and error.message.startswith("per_page must be")
        assert error.body["error"]["type"] == "invalid_parameter"
    assert bad_page.message.startswith("page must be")


def test_meta_block_is_read(sandbox: SandboxProcess) -> None:
    async def body(c: WholesaleConnector) -> Any:
        return await c.fetch_orders(
            {"status": "pending,confirmed", "min_total": "100", "sort": "-placed_at"}
        )

    result = run(sandbox.url, body)
    rows = server_orders(sandbox)
    meta = result.meta
    assert meta.tenant_id == TENANT_ID
    assert meta.filters == {"status": ["pending", "confirmed"], "min_total": Decimal("100.0")}
    assert meta.sort == "-placed_at"
    assert isinstance(meta.timings_ms, int) and meta.timings_ms >= 0
    total = sum(
        1
        for r in rows
        if r["status"] in ("pending", "confirmed") and r["totals"]["grand_total"] >= 100
    )
    assert (meta.page, meta.per_page, meta.total) == (1, 50, total)
    assert meta.total_pages == -(-total // 50)


# ---- errors ----------------------------------------------------------------------------------


def test_missing_and_invalid_keys_are_401_without_the_key(sandbox: SandboxProcess) -> None:
    def listing(c: WholesaleConnector) -> Awaitable[Any]:
        return c.list_orders(OrderQuery())

    with pytest.raises(errors.AuthenticationError) as missing:
        run(sandbox.url, listing, key="")
    assert missing.value.status == 401
    assert missing.value.message.startswith("api_key is required")
    assert missing.value.body["error"]["type"] == "missing_api_key"

    secret = "wrong-secret-9f3a"
    with pytest.raises(errors.AuthenticationError) as invalid:
        run(sandbox.url, listing, key=secret)
    assert invalid.value.body["error"]["type"] == "invalid_api_key"
    assert invalid.value.message == "The API key is not valid."
    assert secret not in str(invalid.value) and secret not in repr(invalid.value.body)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("customer_id", "abc"),
        ("user_id", "1.5"),
        ("min_total", "lots"),
        ("max_total", "NaN"),
        ("date_from", "2025-13-01"),
        ("date_to", "yesterday"),
        ("placed_from", "2025/01/01"),
        ("placed_to", "01-02-2025"),
        ("updated_since", "2025-06-01T25:00:00"),
    ],
)
def test_a_parameter_of_the_wrong_format_is_400(
    sandbox: SandboxProcess, name: str, value: str
) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        run(sandbox.url, lambda c: c.list_orders(OrderQuery(extra={name: value})))
    error = caught.value
    assert error.status == 400 and error.message.startswith(f"{name} must be")
    assert error.body["error"]["type"] == "invalid_parameter"


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"sort": "-total"}, "sort"),
        ({"sort": "created_at,-nope"}, "sort"),
        ({"include": "items,payments"}, "include"),
        ({"filter_on": "shipped_at", "date_from": "2025-01-01"}, "filter_on"),
        ({"status": "pending,lost"}, "status"),
    ],
)
def test_a_recognised_but_unacceptable_value_is_422(
    sandbox: SandboxProcess, params: dict[str, str], name: str
) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        run(sandbox.url, lambda c: c.fetch_orders(params))
    error = caught.value
    assert error.status == 422 and error.fields == {name: [error.message]}
    assert error.body["error"]["type"] == f"invalid_{name}"


def test_filters_the_api_lacks_are_refused_before_sending(sandbox: SandboxProcess) -> None:
    recorder = Recorder()

    async def body(c: WholesaleConnector) -> None:
        for query in (
            OrderQuery(tags_any=("rush",)),
            OrderQuery(financial_status=("paid",)),
            OrderQuery(extra={"colour": "red"}),
            OrderQuery(extra={"api_key": KEY}),
        ):
            with pytest.raises(NotImplementedError):
                await c.list_orders(query)

    run(sandbox.url, body, transport=recorder)
    assert recorder.requests == []


# ---- delta sync ------------------------------------------------------------------------------


def test_full_pass_then_deltas_with_an_inclusive_cursor(sandbox: SandboxProcess) -> None:
    before = server_orders(sandbox)
    newest = max(r["updated_at"] for r in before)
    recorder = Recorder()

    async def full(c: WholesaleConnector) -> list[Any]:
        pages = [await c.list_changed(None)]
        while pages[-1].page.has_more:
            pages.append(await c.list_changed(None, page=pages[-1].page.page + 1))
        return pages

    pages = run(sandbox.url, full, transport=recorder)
    assert recorder.params(0)["per_page"] == "250" and "updated_since" not in recorder.params(0)
    assert recorder.params(0)["sort"].startswith("-updated_at")
    orders = [o for p in pages for o in p.page.items]
    assert pages[0].page.total == len(orders) == len({o.id for o in orders}) == ORDER_COUNT
    cursor = pages[0].latest
    assert cursor == utc(newest) and all(p.latest is not None and p.latest <= cursor for p in pages)
    stamps = {str(r["id"]): r["updated_at"] for r in before}
    in_order = [stamps[o.id] for o in orders]
    assert in_order == sorted(in_order, reverse=True)

    # Another portal user confirms a pending order (with a note) and edits an old one.
    pending = next(r for r in before if r["status"] == "pending" and r["placed_at"])
    old = min((r for r in before if r["id"] != pending["id"]), key=lambda r: r["updated_at"])
    confirmed = touch(sandbox, pending["id"], status="confirmed", note="Checked stock")
    edited = touch(sandbox, old["id"], notes="Deliver to dock C")
    assert confirmed["updated_at"] > newest

    async def delta(c: WholesaleConnector) -> list[Any]:
        changed = await c.list_changed(cursor)
        detail = await c.get_order(str(pending["id"]))
        return [changed, detail]

    changed, detail = run(sandbox.url, delta, transport=recorder)
    assert recorder.params(-2)["updated_since"] == newest  # the cursor itself: inclusive
    assert recorder.params(-2)["sort"].startswith("-updated_at")
    after = server_orders(sandbox)
    since = sorted((r for r in after if r["updated_at"] >= newest), key=lambda r: r["id"])
    since.sort(key=lambda r: r["updated_at"], reverse=True)  # newest first, then by number
    assert [o.id for o in changed.page.items] == [str(r["id"]) for r in since]
    got = {o.id for o in changed.page.items}
    assert {str(pending["id"]), str(old["id"])} <= got
    # The overlap: orders updated at the cursor's own second are read again, not skipped.
    assert {str(r["id"]) for r in before if r["updated_at"] == newest} <= got
    assert changed.page.total == len(since) < ORDER_COUNT
    assert changed.latest == utc(max(confirmed["updated_at"], edited["updated_at"])) > cursor
    row = next(o for o in changed.page.items if o.id == str(pending["id"]))
    assert row.status_code == "confirmed"
    assert row.history_count == len(pending["status_history"]) + 1
    latest_event = detail.history[0]
    assert (latest_event.status_code, latest_event.actor, latest_event.comment) == (
        "confirmed",
        "Riley Chen",
        "Checked stock",
    )

    # A change in the same second as the new cursor is still found; the cursor's own second is
    # re-read. `since` may be any aware time: it is sent in the portal's zone, rounded down.
    cursor2 = changed.latest
    third = next(r for r in after if str(r["id"]) not in got)
    touched = touch(sandbox, third["id"], notes="Same-second edit")
    shifted = cursor2.astimezone(timezone(timedelta(hours=-5))) + timedelta(microseconds=999_999)

    again = run(sandbox.url, lambda c: c.list_changed(shifted), transport=recorder)
    assert recorder.params()["updated_since"] == cursor2.strftime(STAMP)
    again_ids = [o.id for o in again.page.items]
    assert str(third["id"]) in again_ids
    at_cursor = {str(r["id"]) for r in server_orders(sandbox) if utc(r["updated_at"]) == cursor2}
    assert at_cursor and at_cursor <= set(again_ids)
    assert again.latest == utc(touched["updated_at"]) >= cursor2


def test_time_zone_option_reads_and_writes_portal_local_times(sandbox: SandboxProcess) -> None:
    zone = ZoneInfo("America/New_York")

    async def first(c: WholesaleConnector) -> Order:
        return (await c.list_orders(OrderQuery(extra={"sort": "order_number"}), per_page=1)).items[
            0
        ]

    as_utc = run(sandbox.url, first)
    as_local = run(sandbox.url, first, timezone="America/New_York")
    assert as_utc.created_at is not None and as_local.created_at is not None
    # The same wall-clock text, read as New York time.
    assert as_local.created_at.astimezone(zone).replace(tzinfo=None) == as_utc.created_at.replace(
        tzinfo=None
    )
    c = WholesaleConnector(account(sandbox.url, timezone="America/New_York"), KEY)
    moment = datetime(2025, 6, 1, 12, 0, 0, 750_000, tzinfo=UTC)
    assert c.format_instant(moment) == "2025-06-01 08:00:00"
    assert c.format_instant(moment.replace(tzinfo=None)) == "2025-06-01 08:00:00"
    asyncio.run(c.aclose())


# ---- a broken server (played by a mock transport) --------------------------------------------

GOOD_ORDER: dict[str, Any] = {  # the document's example, with every include filled in
    "id": 1001,
    "order_number": "SO-1001",
    "customer": {"id": 55, "name": "Acme Wholesale", "code": "ACME", "email": "buyer@example.com"},
    "user_id": 77,
    "currency": "USD",
    "status": "confirmed",
    "po_number": "PO-7788",
    "notes": "Ship complete",
    "totals": {
        "subtotal": 1200.00,
        "discount_total": 50.00,
        "tax_total": 95.00,
        "shipping_total": 30.00,
        "grand_total": "<GRAND_TOTAL>",
    },
    "placed_at": "2025-03-24 10:42:18",
    "created_at": "2025-03-24 10:40:02",
    "updated_at": "2025-03-24 10:42:18",
    "unexpected_new_field": {"ignored": True},
    "items": [
        {"id": 7, "sku": "A-1", "name": "Beans", "qty": 6, "unit_price": 0.1, "line_total": 0.6}
    ],
    "shipments": [],
    "status_history": [
        {
            "id": 2,
            "from_status": "pending",
            "to_status": "confirmed",
            "changed_by": {"id": 5, "name": "Dana Fox", "type": "staff"},
            "changed_at": "2025-03-24 10:42:18",
            "note": None,
        },
        {
            "id": 1,
            "from_status": None,
            "to_status": "pending",
            "changed_by": {"id": 77, "name": "Ann Buyer", "type": "buyer"},
            "changed_at": "2025-03-24 10:40:02",
            "note": None,
        },
    ],
}
GOOD_META: dict[str, Any] = {
    "tenant_id": 123,
    "filters": {},
    "pagination": {"page": 1, "per_page": 50, "total": 1, "total_pages": 1},
    "sort": "created_at",
    "timings_ms": {"total": 12},
}


def mocked(handler: Callable[[httpx.Request], httpx.Response]) -> WholesaleConnector:
    c = WholesaleConnector(
        account("http://portal.test", rate_window="0"), KEY, transport=httpx.MockTransport(handler)
    )
    c.http.retry = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.001)
    return c


def answer(order: dict[str, Any], meta: dict[str, Any] = GOOD_META) -> httpx.Response:
    """The body as text, so that 1275.10 travels with its trailing zero as a real server sends."""
    text = json.dumps({"meta": meta, "data": [order]}).replace('"<GRAND_TOTAL>"', "1275.10")
    return httpx.Response(200, content=text.encode(), headers={"Content-Type": "application/json"})


def test_the_documented_example_maps_exactly() -> None:
    c = mocked(lambda request: answer(GOOD_ORDER))
    detail = run_closing(c, lambda c: c.get_order("SO-1001"))
    order = detail.order
    assert order.amount == Money(Decimal("1275.10"), "USD")
    assert str(order.amount.amount) == "1275.10"  # through float it would be 1275.1
    assert order.created_at == datetime(2025, 3, 24, 10, 42, 18, tzinfo=UTC)
    assert [e.actor for e in detail.history] == ["Dana Fox", "Ann Buyer"]
    assert detail.records.items[0].total == Money(Decimal("0.6"), "USD")
    assert detail.records.shipments == ()


def _without(path: tuple[str | int, ...]) -> dict[str, Any]:
    order = json.loads(json.dumps(GOOD_ORDER))
    target = order
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    return order


def _with(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    order = json.loads(json.dumps(GOOD_ORDER))
    target = order
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return order


@pytest.mark.parametrize(
    ("order", "field", "problem"),
    [
        (_without(("totals", "grand_total")), "body.data[0].totals.grand_total", "is missing"),
        (_with(("totals", "grand_total"), "lots"), "body.data[0].totals.grand_total", "number"),
        (_with(("totals", "grand_total"), True), "body.data[0].totals.grand_total", "number"),
        (_without(("currency",)), "body.data[0].currency", "is missing"),
        (_with(("customer",), "ACME"), "body.data[0].customer", "should be an object"),
        (_with(("updated_at",), "yesterday"), "body.data[0].updated_at", "not a date"),
        (_without(("created_at",)), "body.data[0].created_at", "is missing"),
        (_with(("status",), None), "body.data[0].status", "should be text"),
        (_with(("items", 0, "qty"), "six"), "body.data[0].items[0].qty", "whole number"),
        (
            _without(("status_history", 1, "changed_at")),
            "body.data[0].status_history[1].changed_at",
            "is missing",
        ),
        (_with(("shipments",), {}), "body.data[0].shipments", "should be a list"),
    ],
)
def test_a_malformed_order_names_the_field(order: dict[str, Any], field: str, problem: str) -> None:
    with pytest.raises(errors.ResponseFormatError) as caught:
        run_closing(mocked(lambda request: answer(order)), lambda c: c.list_changed(None))
    assert caught.value.field == field and problem in caught.value.problem


def test_a_malformed_envelope_names_the_field() -> None:
    def broken(body: Any) -> Callable[[httpx.Request], httpx.Response]:
        return lambda request: httpx.Response(200, json=body)

    cases = [
        ({"data": []}, "body.meta"),
        ({"meta": {**GOOD_META, "pagination": None}, "data": []}, "body.meta.pagination"),
        ({"meta": GOOD_META, "data": {}}, "body.data"),
        ({"meta": GOOD_META, "data": ["SO-1001"]}, "body.data[0]"),
    ]
    for body, field in cases:
        with pytest.raises(errors.ResponseFormatError) as caught:
            run_closing(mocked(broken(body)), lambda c: c.list_orders(OrderQuery()))
        assert caught.value.field == field

    def html(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>Maintenance</html>")

    with pytest.raises(errors.ResponseFormatError) as not_json:
        run_closing(mocked(html), lambda c: c.list_orders(OrderQuery()))
    assert not_json.value.field == "body" and "not JSON" in not_json.value.problem


def test_reads_are_retried_and_foreign_error_bodies_still_explain() -> None:
    calls: list[str] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) < 3:
            return httpx.Response(503, text="<html>Bad gateway</html>")
        return answer(GOOD_ORDER)

    page = run_closing(mocked(flaky), lambda c: c.list_orders(OrderQuery()))
    assert calls == ["GET"] * 3 and [o.number for o in page.items] == ["SO-1001"]

    def down(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, json={"error": {"type": "server_error", "message": "Boom."}})

    with pytest.raises(errors.ServerError) as caught:
        run_closing(mocked(down), lambda c: c.list_orders(OrderQuery()))
    assert caught.value.message == "Boom."
