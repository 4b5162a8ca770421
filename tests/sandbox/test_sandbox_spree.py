"""Spree Admin API v3: secret-key auth, `{data, meta}` lists with Ransack filters, sorting,
expansion, approve and cancel, an order's sub-collections and the documented errors."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import SandboxProcess, start_sandbox

KEY = {"X-Spree-Api-Key": "sk_demo_spree"}
AMOUNT = re.compile(r"-?\d+\.\d{1,2}")
DISPLAY = re.compile(r"-?[$€£][\d.,]+")
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
META_KEYS = {"page", "limit", "count", "pages", "from", "to", "in", "previous", "next"}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox("--orders", "10", "--seed", "7", "--rate-window", "0")
    yield process
    process.stop()


@pytest.fixture(scope="module")
def client(sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/api/v3/admin", headers=KEY, timeout=10) as c:
        yield c


def listing(client: httpx.Client, **params: object) -> dict:
    response = client.get("/orders", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def every(client: httpx.Client, **params: object) -> list[dict]:
    rows: list[dict] = []
    page = 1
    while page:
        body = listing(client, limit=100, page=page, **params)
        rows += body["data"]
        page = body["meta"]["next"]
    return rows


def error(response: httpx.Response, status: int, code: str) -> dict:
    """`ErrorHandler#render_error`: `details` only when there are some."""
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert body["code"] == code and set(body) - {"details"} == {"code", "message"}
    assert body.get("details", True)
    return body


def not_routed(response: httpx.Response) -> None:
    """Rails' own 404 for a path or verb no route matches (never a 405)."""
    assert response.status_code == 404, response.text
    assert response.json() == {"status": 404, "error": "Not Found"}


# ---- auth


def test_secret_key_is_required(sandbox) -> None:
    with httpx.Client(base_url=sandbox.url + "/api/v3/admin", timeout=10) as anonymous:
        error(anonymous.get("/orders"), 401, "authentication_required")
        for headers in (
            {"X-Spree-Api-Key": "pk_demo_spree"},
            {"X-Spree-Api-Key": "sk_wrong"},
            {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"},
        ):
            error(anonymous.get("/orders", headers=headers), 401, "invalid_token")
        assert anonymous.get("/orders", headers={"x-spree-api-key": "sk_demo_spree"}).is_success


# ---- lists


def test_list_shape_ids_and_money(client) -> None:
    body = listing(client)
    assert set(body) == {"data", "meta"}
    meta = body["meta"]
    assert set(meta) == META_KEYS
    assert meta["page"] == 1 and meta["limit"] == 25 and meta["in"] == 25
    assert meta["count"] == 200 and meta["pages"] == 8
    assert (meta["from"], meta["to"], meta["previous"], meta["next"]) == (1, 25, None, 2)
    for order in body["data"]:
        assert re.fullmatch(r"or_[A-Za-z0-9]{10}", order["id"])
        assert re.fullmatch(r"cust_[A-Za-z0-9]{10}", order["customer_id"])
        for name in ("total", "item_total", "tax_total", "delivery_total", "amount_due"):
            assert AMOUNT.fullmatch(order[name]), (name, order[name])
            assert DISPLAY.fullmatch(order[f"display_{name}"])
        assert STAMP.fullmatch(order["created_at"])
        assert order["status"] in ("draft", "placed", "canceled")  # Order::STATUSES
        assert "items" not in order  # only with expand
    created = [order["created_at"] for order in body["data"]]
    assert created == sorted(created, reverse=True)  # newest first by default


def test_paging(client) -> None:
    rows = every(client)
    assert len(rows) == 200 == len({row["id"] for row in rows})
    last = listing(client, page=8)["meta"]
    assert (last["from"], last["to"], last["in"], last["next"], last["previous"]) == (
        176,
        200,
        25,
        None,
        7,
    )
    past = listing(client, page=50)
    assert past["data"] == [] and past["meta"]["in"] == 0 and past["meta"]["from"] == 0
    assert listing(client, limit=1000)["meta"]["limit"] == 100
    assert listing(client, limit="junk", page="junk")["meta"]["limit"] == 25


def test_a_good_share_is_risky_and_not_approved(client) -> None:
    risky = every(client, **{"q[considered_risky_eq]": "true"})
    assert 30 <= len(risky) <= 120
    assert all(o["considered_risky"] and o["approved_at"] is None for o in risky)
    calm = every(client, **{"q[considered_risky_eq]": "false"})
    assert len(risky) + len(calm) == 200
    assert any(o["approved_at"] and o["approver_id"] for o in calm)


def test_ransack_filters(client) -> None:
    rows = every(client)
    canceled = every(client, **{"q[state_eq]": "canceled"})
    assert canceled and all(o["status"] == "canceled" for o in canceled)
    assert {o["id"] for o in canceled} == {o["id"] for o in rows if o["status"] == "canceled"}
    sample = rows[40]
    assert [o["id"] for o in every(client, **{"q[number_eq]": sample["number"]})] == [sample["id"]]
    part = sample["email"].split("@")[0][2:8].upper()
    found = every(client, **{"q[email_cont]": part})
    assert sample["id"] in {o["id"] for o in found}
    assert all(part.lower() in o["email"] for o in found)
    since = rows[100]["completed_at"] or "2020-01-01"
    later = every(client, **{"q[completed_at_gt]": since})
    assert {o["id"] for o in later} == {
        o["id"] for o in rows if o["completed_at"] and o["completed_at"] > since
    }
    day = since[:10]
    assert len(every(client, **{"q[completed_at_gt]": day})) >= len(later)
    both = every(client, **{"q[state_in][]": ["canceled", "returned"]})
    assert {o["status"] for o in both} <= {"canceled", "placed"}  # a returned order is placed
    assert len(both) >= len(canceled)
    drafts = every(client, **{"q[completed_at_null]": "1"})
    assert drafts and all(o["status"] == "draft" for o in drafts)
    # Unknown attributes and uncastable values are ignored, as Ransack does.
    assert listing(client, **{"q[secret_eq]": "x"})["meta"]["count"] == 200
    assert listing(client, **{"q[completed_at_gt]": "soon"})["meta"]["count"] == 200


def test_sorting(client) -> None:
    rows = every(client, sort="-completed_at")
    stamps = [o["completed_at"] for o in rows]
    nulls = [s for s in stamps if s is None]
    assert stamps[: len(nulls)] == nulls  # PostgreSQL: NULLs first when descending
    assert stamps[len(nulls) :] == sorted(stamps[len(nulls) :], reverse=True)
    numbers = [o["number"] for o in every(client, sort="number")]
    assert numbers == sorted(numbers)
    totals = [float(o["total"]) for o in every(client, sort="-total,number")]
    assert totals == sorted(totals, reverse=True)


def test_expand_and_fields(client) -> None:
    order = listing(
        client,
        expand="items,payments,fulfillments,customer,billing_address",
        **{"q[state_eq]": "complete"},
    )["data"][0]
    assert order["items"] and order["items"][0]["id"].startswith("li_")
    assert order["payments"][0]["order_id"] == order["id"]
    assert order["fulfillments"][0]["id"].startswith("ful_")
    assert order["customer"]["id"] == order["customer_id"]
    assert order["billing_address"]["country_iso"]
    slim = listing(client, fields="number,total", limit=3)["data"]
    assert all(set(o) == {"id", "number", "total"} for o in slim)
    shown = client.get(f"/orders/{order['id']}", params={"expand": "items.variant"}).json()
    assert shown["items"] == order["items"]


def test_show_and_unknown(client) -> None:
    order = listing(client, limit=1)["data"][0]
    shown = client.get(f"/orders/{order['id']}").json()
    assert shown == order
    missing = error(client.get("/orders/or_doesnotexist"), 404, "order_not_found")
    assert missing == {"code": "order_not_found", "message": "Order not found"}
    error(client.get(f"/orders/{order['number']}"), 404, "order_not_found")
    not_routed(client.get("/products"))
    not_routed(client.post("/orders/or_doesnotexist/approve"))


def test_sub_collections(client) -> None:
    shipped = every(client, **{"q[shipment_state_eq]": "shipped"})[0]
    oid = shipped["id"]
    items = client.get(f"/orders/{oid}/items").json()
    assert set(items["meta"]) == META_KEYS
    assert sum(i["quantity"] for i in items["data"]) == shipped["total_quantity"]
    payments = client.get(f"/orders/{oid}/payments").json()["data"]
    assert payments[0]["status"] == "completed" and payments[0]["captured_amount"]
    fulfillments = client.get(f"/orders/{oid}/fulfillments").json()["data"]
    assert fulfillments[0]["status"] == "shipped" and fulfillments[0]["tracking"]
    refunds = client.get(f"/orders/{oid}/refunds").json()
    assert set(refunds["meta"]) == META_KEYS
    with_refunds = [
        o
        for o in every(client, **{"q[payment_state_in][]": ["credit_owed", "void"]})
        if client.get(f"/orders/{o['id']}/refunds").json()["data"]
    ]
    assert with_refunds
    for kind in ("items", "payments", "fulfillments", "refunds"):
        error(client.get(f"/orders/or_nope/{kind}"), 404, "order_not_found")


# ---- writes


def test_approve_a_risky_order(sandbox, client) -> None:
    risky = listing(client, **{"q[considered_risky_eq]": "true"})["data"][0]
    response = client.patch(f"/orders/{risky['id']}/approve")
    assert response.status_code == 200
    order = response.json()
    assert order["id"] == risky["id"]
    assert order["considered_risky"] is False
    assert STAMP.fullmatch(order["approved_at"])
    # An API key is no user: `Orders::Approve` records no approver, and its `update_columns`
    # leave `updated_at` as it was.
    assert order["approver_id"] is None
    assert order["updated_at"] == risky["updated_at"]
    assert client.get(f"/orders/{risky['id']}").json() == order
    remaining = listing(client, **{"q[considered_risky_eq]": "true"})["meta"]["count"]
    assert risky["id"] not in {o["id"] for o in every(client, **{"q[considered_risky_eq]": "1"})}
    assert remaining >= 1
    with sandbox.admin() as admin:
        flagged = admin.post(
            "/_sandbox/spree/touch", json={"id": risky["id"], "considered_risky": True}
        ).json()
    assert flagged["considered_risky"] is True and flagged["approved_at"] is None


def test_approve_checks_no_state(client) -> None:
    """`Orders::Approve` approves whatever it is given: a canceled order, a draft."""
    canceled = listing(client, **{"q[state_eq]": "canceled"})["data"][0]
    approved = client.patch(f"/orders/{canceled['id']}/approve")
    assert approved.status_code == 200
    assert approved.json()["status"] == "canceled" and approved.json()["approved_at"]
    draft = every(client, **{"q[completed_at_null]": "1"})[0]
    assert client.patch(f"/orders/{draft['id']}/approve").json()["approved_at"]
    error(client.patch("/orders/or_missing00/approve"), 404, "order_not_found")
    not_routed(client.get(f"/orders/{canceled['id']}/approve"))


def test_cancel(sandbox, client) -> None:
    """5.6: `canceled_by` records no canceler under an API key, never emails (it does not pass
    `notify_customer` on), and answers 200 with the order unchanged when it cannot cancel."""
    open_order = listing(
        client, **{"q[state_eq]": "complete", "q[shipment_state_in][]": ["pending", "ready"]}
    )["data"][0]
    response = client.patch(f"/orders/{open_order['id']}/cancel", json={"notify_customer": True})
    assert response.status_code == 200
    order = response.json()
    assert order["status"] == "canceled" and order["fulfillment_status"] == "canceled"
    assert order["canceler_id"] is None and STAMP.fullmatch(order["canceled_at"])
    assert order["payment_status"] == "void"
    payments = client.get(f"/orders/{open_order['id']}/payments").json()["data"]
    assert {p["status"] for p in payments} <= {"void", "failed"}
    with sandbox.admin() as admin:
        truth = admin.get("/_sandbox/spree/orders", params={"ids": open_order["id"]}).json()
    assert truth["data"][0]["notifications"] == []
    # Canceling twice or a shipped order changes nothing, and says 200.
    again = client.patch(f"/orders/{open_order['id']}/cancel")
    assert again.status_code == 200 and again.json() == order
    shipped = listing(client, **{"q[shipment_state_eq]": "shipped"})["data"][0]
    kept = client.patch(f"/orders/{shipped['id']}/cancel")
    assert kept.status_code == 200
    assert kept.json()["status"] == "placed" and kept.json()["canceled_at"] is None
    other = listing(
        client, **{"q[state_eq]": "complete", "q[shipment_state_in][]": ["pending", "ready"]}
    )["data"][0]
    error(client.patch(f"/orders/{other['id']}/cancel", content=b"{"), 400, "invalid_request")
    assert client.get(f"/orders/{other['id']}").json()["status"] == "placed"
