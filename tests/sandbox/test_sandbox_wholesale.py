"""Wholesale portal Orders API (`/api/orders/`): auth, shapes, every filter, sorting, paging."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import datetime

import httpx
import pytest

KEY = {"X-API-Key": "demo-wholesale"}
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
ORDER_KEYS = {
    "id",
    "order_number",
    "customer",
    "user_id",
    "currency",
    "status",
    "po_number",
    "notes",
    "totals",
    "placed_at",
    "created_at",
    "updated_at",
}
STATUSES = {"pending", "confirmed", "shipped", "completed", "canceled"}


@pytest.fixture(scope="module")
def client(shared_sandbox):
    with httpx.Client(base_url=shared_sandbox.url + "/api/orders", headers=KEY, timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def everything(client) -> list[dict]:
    """Every order with every include (the shared sandbox's wholesale data is never changed)."""
    params = {"per_page": 250, "include": "items,shipments,status_history"}
    first = client.get("/", params=params).json()
    rest = client.get("/", params={**params, "page": 2}).json()
    return first["data"] + rest["data"]


def get(client: httpx.Client, **params: object) -> httpx.Response:
    return client.get("/", params=params)


def ids(response: httpx.Response) -> list[int]:
    assert response.status_code == 200, response.text
    return [order["id"] for order in response.json()["data"]]


def test_authentication(shared_sandbox) -> None:
    with httpx.Client(base_url=shared_sandbox.url + "/api/orders", timeout=10) as anonymous:
        missing = anonymous.get("/")
        assert missing.status_code == 401
        assert missing.json() == {
            "error": {
                "type": "missing_api_key",
                "message": "api_key is required (use X-API-Key header or api_key param).",
            }
        }
        wrong = anonymous.get("/", headers={"X-API-Key": "nope"})
        assert wrong.status_code == 401
        assert wrong.json()["error"]["type"] == "invalid_api_key"
        assert anonymous.get("/", params={"api_key": "demo-wholesale"}).status_code == 200
        assert anonymous.get("/", params={"api_key": "nope"}).status_code == 401
        # The documented examples call `/api/orders/`; without the slash is a redirect to it.
        bare = anonymous.get(shared_sandbox.url + "/api/orders", headers=KEY)
        assert bare.status_code == 307
        assert anonymous.post("/", headers=KEY).status_code == 405  # read-only


def test_shape_defaults_and_meta(client, everything) -> None:
    response = get(client)
    body = response.json()
    meta = body["meta"]
    assert set(meta) == {"tenant_id", "filters", "pagination", "sort", "timings_ms"}
    assert isinstance(meta["tenant_id"], int)
    assert meta["filters"] == {}
    assert meta["sort"] == "created_at"
    assert meta["pagination"] == {"page": 1, "per_page": 50, "total": 400, "total_pages": 8}
    assert isinstance(meta["timings_ms"]["total"], int)
    assert len(body["data"]) == 50
    created = [order["created_at"] for order in body["data"]]
    assert created == sorted(created)
    for order in body["data"]:
        assert set(order) == ORDER_KEYS  # no includes unless asked
    assert len(everything) == 400 == len({order["id"] for order in everything})
    statuses = Counter(order["status"] for order in everything)
    assert set(statuses) == STATUSES
    assert statuses["pending"] >= 10
    for order in everything:
        assert order["order_number"] == f"SO-{order['id']}"
        assert set(order["customer"]) == {"id", "name", "code", "email"}
        for name in ("created_at", "updated_at"):
            assert TIMESTAMP.fullmatch(order[name])
        assert order["placed_at"] is None or order["placed_at"] >= order["created_at"]
        assert order["updated_at"] >= order["created_at"]
        totals = order["totals"]
        expected = (
            totals["subtotal"]
            - totals["discount_total"]
            + totals["tax_total"]
            + totals["shipping_total"]
        )
        assert totals["grand_total"] == pytest.approx(expected, abs=0.011)
        assert totals["subtotal"] == pytest.approx(
            sum(i["qty"] * i["unit_price"] for i in order["items"]), abs=0.011
        )
        history = order["status_history"]
        if history:
            assert history[-1]["to_status"] == order["status"]
            assert history[0]["from_status"] is None
            assert set(history[0]["changed_by"]) == {"id", "name", "type"}
        if order["status"] in ("shipped", "completed"):
            assert order["shipments"] and all(s["tracking_number"] for s in order["shipments"])


def test_recent_updates_make_delta_sync_meaningful(everything) -> None:
    latest = max(datetime.fromisoformat(order["updated_at"]) for order in everything)
    recent = [
        order
        for order in everything
        if (latest - datetime.fromisoformat(order["updated_at"])).days < 3
    ]
    assert 10 <= len(recent) <= 120
    assert any(order["created_at"][:10] < order["updated_at"][:10] for order in recent)


def test_paging_walks_every_order_once(client) -> None:
    seen: list[int] = []
    for page in range(1, 5):
        response = get(client, per_page=120, page=page, sort="-updated_at")
        assert response.json()["meta"]["pagination"]["total_pages"] == 4
        seen += ids(response)
    assert len(seen) == 400 == len(set(seen))
    assert ids(get(client, page=99)) == []
    assert len(ids(get(client, per_page=250))) == 250


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"per_page": 251}, "per_page"),
        ({"per_page": 0}, "per_page"),
        ({"per_page": "ten"}, "per_page"),
        ({"page": "x"}, "page"),
        ({"page": 0}, "page"),
        ({"customer_id": "abc"}, "customer_id"),
        ({"user_id": "1.5"}, "user_id"),
        ({"min_total": "lots"}, "min_total"),
        ({"max_total": "NaN"}, "max_total"),
        ({"date_from": "2025-13-01"}, "date_from"),
        ({"date_to": "yesterday"}, "date_to"),
        ({"placed_from": "2025/01/01"}, "placed_from"),
        ({"updated_since": "2025-06-01T25:00:00"}, "updated_since"),
    ],
)
def test_bad_formats_are_400(client, params, name) -> None:
    response = get(client, **params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_parameter"
    assert error["message"].startswith(name)


@pytest.mark.parametrize(
    ("params", "error_type"),
    [
        ({"sort": "total"}, "invalid_sort"),
        ({"sort": "created_at,-nope"}, "invalid_sort"),
        ({"include": "items,lines"}, "invalid_include"),
        ({"filter_on": "shipped_at", "date_from": "2025-01-01"}, "invalid_filter_on"),
        ({"status": "pending,lost"}, "invalid_status"),
    ],
)
def test_unacceptable_values_are_422(client, params, error_type) -> None:
    response = get(client, **params)
    assert response.status_code == 422
    assert response.json()["error"]["type"] == error_type


def test_status_customer_user_and_identifiers(client, everything) -> None:
    wanted = {order["id"] for order in everything if order["status"] in ("pending", "confirmed")}
    response = get(client, status="pending,confirmed", per_page=250)
    assert set(ids(response)) == wanted
    assert response.json()["meta"]["filters"] == {"status": ["pending", "confirmed"]}

    sample = next(order for order in everything if order["po_number"])
    customer_id = sample["customer"]["id"]
    assert set(ids(get(client, customer_id=customer_id, per_page=250))) == {
        o["id"] for o in everything if o["customer"]["id"] == customer_id
    }
    assert set(ids(get(client, user_id=sample["user_id"], per_page=250))) == {
        o["id"] for o in everything if o["user_id"] == sample["user_id"]
    }
    assert ids(get(client, order_number=sample["order_number"])) == [sample["id"]]
    assert ids(get(client, order_number=sample["order_number"].lower())) == [sample["id"]]
    assert sample["id"] in ids(get(client, po_number=sample["po_number"]))
    assert ids(get(client, order_number="SO-1")) == []


def test_search_covers_number_name_code_and_po(client, everything) -> None:
    sample = everything[17]
    for needle in (
        sample["customer"]["code"].lower(),
        sample["customer"]["name"].split(" ")[0].upper(),
        sample["order_number"],
    ):
        assert sample["id"] in ids(get(client, q=needle, per_page=250))
    with_po = next(order for order in everything if order["po_number"])
    found = ids(get(client, q=with_po["po_number"], per_page=250))
    assert with_po["id"] in found
    assert ids(get(client, q="zzzz-no-such-thing")) == []


def test_totals_range(client, everything) -> None:
    response = get(client, min_total="100.00", max_total=500, per_page=250)
    wanted = {o["id"] for o in everything if 100 <= o["totals"]["grand_total"] <= 500}
    assert set(ids(response)) == wanted and wanted
    assert response.json()["meta"]["filters"] == {"min_total": 100.0, "max_total": 500.0}


def test_date_ranges_expand_whole_days(client, everything) -> None:
    day = everything[200]["created_at"][:10]
    on_day = {o["id"] for o in everything if o["created_at"][:10] == day}
    response = get(client, filter_on="created_at", date_from=day, date_to=day)
    assert set(ids(response)) == on_day
    assert response.json()["meta"]["filters"] == {
        "filter_on": "created_at",
        "date_from": f"{day} 00:00:00",
        "date_to": f"{day} 23:59:59",
    }
    # created_at is the default column.
    assert set(ids(get(client, date_from=day, date_to=day))) == on_day

    month = everything[300]["updated_at"][:7]
    updated = {o["id"] for o in everything if o["updated_at"][:7] == month}
    last_day = calendar.monthrange(int(month[:4]), int(month[5:7]))[1]  # not every month has 31
    response = get(
        client,
        filter_on="updated_at",
        date_from=f"{month}-01",
        date_to=f"{month}-{last_day}",
        per_page=250,
    )
    assert set(ids(response)) == updated

    placed = [o for o in everything if o["placed_at"]]
    start, end = placed[100]["placed_at"], placed[140]["placed_at"]
    wanted = {o["id"] for o in placed if start <= o["placed_at"] <= end}
    assert set(ids(get(client, placed_from=start, placed_to=end, per_page=250))) == wanted
    placed_day = placed[120]["placed_at"][:10]
    assert set(
        ids(get(client, filter_on="placed_at", date_from=placed_day, date_to=placed_day))
    ) == {o["id"] for o in placed if o["placed_at"][:10] == placed_day}


def test_updated_since_is_inclusive(client, everything) -> None:
    stamps = sorted(o["updated_at"] for o in everything)
    since = stamps[-20]
    response = get(client, updated_since=since, sort="-updated_at", per_page=250)
    rows = response.json()["data"]
    assert [o["id"] for o in rows] == [
        o["id"]
        for o in sorted(everything, key=lambda o: (o["updated_at"], -o["id"]), reverse=True)
        if o["updated_at"] >= since
    ]
    day = since[:10]
    assert len(ids(get(client, updated_since=day, per_page=250))) == sum(
        1 for o in everything if o["updated_at"] >= f"{day} 00:00:00"
    )


def test_includes(client) -> None:
    plain = get(client, per_page=5).json()["data"]
    assert all(set(order) == ORDER_KEYS for order in plain)
    some = get(client, per_page=5, include="items,status_history").json()["data"]
    for order in some:
        assert set(order) == ORDER_KEYS | {"items", "status_history"}
        item = order["items"][0]
        assert set(item) >= {"sku", "name", "qty", "unit_price", "line_total"}
    shipped = get(client, status="completed", per_page=3, include="shipments").json()["data"]
    shipment = shipped[0]["shipments"][0]
    assert set(shipment) >= {
        "carrier",
        "tracking_number",
        "tracking_url",
        "shipped_at",
        "delivered_at",
    }
    assert TIMESTAMP.fullmatch(shipment["shipped_at"])


def test_sorting_by_several_fields(client, everything) -> None:
    response = get(client, sort="status,-grand_total", per_page=250)
    assert response.json()["meta"]["sort"] == "status,-grand_total"
    rows = (
        response.json()["data"]
        + get(client, sort="status,-grand_total", per_page=250, page=2).json()["data"]
    )
    keys = [(o["status"], -o["totals"]["grand_total"]) for o in rows]
    assert keys == sorted(keys)
    names = [
        o["customer"]["name"].casefold()
        for o in get(client, sort="customer_name", per_page=250).json()["data"]
    ]
    assert names == sorted(names)
    numbers = ids(get(client, sort="-order_number", per_page=3))
    assert numbers == [1400, 1399, 1398]
    placed = [o["placed_at"] for o in get(client, sort="-placed_at", per_page=250).json()["data"]]
    assert placed == sorted(placed, key=lambda v: v or "", reverse=True)
