"""ApprovePro v1 reads against the shared sandbox (seed 7, 500 orders, no rate limits)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import httpx
import pytest

MAIN = {"Authorization": "Bearer demo-approvepro"}
BASIC = {"Authorization": "Bearer demo-approvepro-basic"}
ISO_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00")
HEX = re.compile(r"#[0-9A-F]{6}")
NAMED_TO_HEX = {
    "gray": "#6B7280",
    "pink": "#EC4899",
    "green": "#10B981",
    "amber": "#F59E0B",
    "blue": "#3B82F6",
    "indigo": "#6366F1",
    "red": "#EF4444",
    "teal": "#14B8A6",
    "purple": "#8B5CF6",
    "orange": "#F97316",
}
LIST_KEYS = {
    "id",
    "name",
    "order_number",
    "customer",
    "status",
    "due_date",
    "due_date_to",
    "history_count",
    "tags",
    "financial_status",
    "fulfillment_status",
    "cancelled_at",
    "created_at",
}
DETAIL_KEYS = (LIST_KEYS - {"status"}) | {"status", "history", "public_progress_timeline"}
LIST_STATUS_KEYS = {
    "is_set",
    "code",
    "name",
    "public_name",
    "description",
    "color",
    "public",
    "set_at",
    "auto_change_at",
}
FINANCIAL = {
    "paid",
    "partially_paid",
    "partially_refunded",
    "refunded",
    "voided",
    "pending",
    "authorized",
    "unpaid",
}
FULFILLMENT = {"unfulfilled", "partial", "restocked", "fulfilled"}


@pytest.fixture(scope="module")
def client(shared_sandbox):
    with httpx.Client(base_url=shared_sandbox.url + "/api/v1", headers=MAIN, timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def all_orders(client) -> list[dict]:
    rows: list[dict] = []
    for page in range(1, 6):
        rows += client.get("/orders", params={"per_page": 100, "page": page}).json()["data"]
    return rows


@pytest.fixture(scope="module")
def statuses(client) -> list[dict]:
    return client.get("/statuses").json()


def truth(sandbox, ids, api_key=None) -> list[dict]:
    params = {"ids": ",".join(str(i) for i in ids)}
    if api_key:
        params["api_key"] = api_key
    with sandbox.admin() as admin:
        return admin.get("/_sandbox/approvepro/orders", params=params).json()["data"]


# ---- authentication and errors


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer nope"},
        {"Authorization": "demo-approvepro"},
        {"Authorization": "Basic demo-approvepro"},
    ],
)
def test_missing_or_wrong_key_is_401_without_limiter_headers(shared_sandbox, headers) -> None:
    with httpx.Client(base_url=shared_sandbox.url + "/api/v1", headers=headers) as plain:
        for path in ("/orders", "/statuses", "/orders/1"):
            response = plain.get(path)
            assert response.status_code == 401
            assert response.json() == {"message": "Unauthenticated."}
            assert "x-ratelimit-limit" not in response.headers


def test_unknown_order_is_404(client, shared_sandbox) -> None:
    other_account_id = truth_ids_of_basic(shared_sandbox)[0]
    for raw in ("abc", "123", "-5", "6110375248088x", str(other_account_id)):
        for suffix in ("", "/viable-statuses"):
            response = client.get(f"/orders/{raw}{suffix}")
            assert response.status_code == 404, raw
            assert response.json() == {"message": "Order not found."}
    response = client.post("/orders/123/comment", json={"comment": "hello"})
    assert response.status_code == 404
    assert response.headers["x-ratelimit-limit"] == "60"


def truth_ids_of_basic(shared_sandbox) -> list[int]:
    with httpx.Client(base_url=shared_sandbox.url + "/api/v1", headers=BASIC) as basic:
        return [row["id"] for row in basic.get("/orders").json()["data"]]


def test_unknown_route_and_method_answer_json(client) -> None:
    response = client.get("/nothing-here")
    assert response.status_code == 404
    assert "could not be found" in response.json()["message"]
    response = client.delete("/statuses")
    assert response.status_code == 405
    assert "not supported" in response.json()["message"]


# ---- list


def test_list_item_shape(client, all_orders) -> None:
    response = client.get("/orders")
    assert response.status_code == 200
    assert response.headers["x-ratelimit-limit"] == "60"
    assert "x-ratelimit-remaining" in response.headers
    body = response.json()
    assert set(body) == {"data", "meta", "links"}
    assert len(body["data"]) == 15
    for item in all_orders:
        assert set(item) == LIST_KEYS
        assert isinstance(item["id"], int) and 2**32 < item["id"] < 10**13
        assert len(str(item["id"])) == 13
        assert item["name"] == "#" + item["order_number"]
        assert set(item["customer"]) == {"name", "email", "locale"}
        assert "@" in item["customer"]["email"]
        assert item["customer"]["locale"] in {"en", "fr", "de", "es"}
        assert set(item["status"]) == LIST_STATUS_KEYS
        status = item["status"]
        if status["is_set"]:
            assert re.fullmatch(r"st\d{6}", status["code"])
            assert HEX.fullmatch(status["color"])
            assert ISO_UTC.fullmatch(status["set_at"])
            assert isinstance(status["public"], bool)
        else:
            assert all(status[k] is None for k in LIST_STATUS_KEYS - {"is_set"})
        assert status["auto_change_at"] is None
        for key in ("due_date", "due_date_to", "cancelled_at"):
            assert item[key] is None or ISO_UTC.fullmatch(item[key])
        assert ISO_UTC.fullmatch(item["created_at"])
        assert isinstance(item["tags"], list) and all(isinstance(t, str) for t in item["tags"])
        assert item["financial_status"] in FINANCIAL
        assert item["fulfillment_status"] in FULFILLMENT
        assert 1 <= item["history_count"] <= 12


def test_list_is_newest_first_and_ids_grow_with_creation(all_orders) -> None:
    ids = [item["id"] for item in all_orders]
    assert len(ids) == 500 and len(set(ids)) == 500
    assert ids == sorted(ids, reverse=True)
    created = [item["created_at"] for item in all_orders]
    assert created == sorted(created, reverse=True)
    numbers = [int(item["order_number"]) for item in all_orders]
    assert numbers == list(range(1500, 1000, -1))


def test_seeded_data_looks_like_a_shop(all_orders, statuses) -> None:
    canceled = sum(item["cancelled_at"] is not None for item in all_orders)
    assert 5 <= canceled <= 50
    unset = sum(not item["status"]["is_set"] for item in all_orders)
    assert 1 <= unset <= 40
    with_due = sum(item["due_date"] is not None for item in all_orders)
    assert 120 <= with_due <= 280
    assert any(item["due_date_to"] for item in all_orders)
    assert len({item["customer"]["email"].split("@")[1] for item in all_orders}) >= 8
    assert len({item["customer"]["name"] for item in all_orders}) >= 200
    locales = Counter(item["customer"]["locale"] for item in all_orders)
    assert locales["en"] > 300 and locales["fr"] and locales["de"] and locales["es"]
    tags = Counter(tag for item in all_orders for tag in item["tags"])
    assert {"custom", "engraved", "wholesale", "gift", "rush", "commercial"} <= set(tags)
    assert len({item["financial_status"] for item in all_orders}) >= 5
    assert 6 <= len(statuses) <= 10
    created = [datetime.fromisoformat(item["created_at"]) for item in all_orders]
    assert 450 <= (max(created) - min(created)).days <= 560


def test_paging_meta_and_links(client) -> None:
    body = client.get("/orders", params={"per_page": 40, "page": 13}).json()
    assert body["meta"] == {
        "current_page": 13,
        "from": 481,
        "last_page": 13,
        "per_page": 40,
        "to": 500,
        "total": 500,
    }
    assert len(body["data"]) == 20
    assert body["links"]["next"] is None
    assert body["links"]["prev"].endswith("page=12")
    beyond = client.get("/orders", params={"per_page": 40, "page": 14}).json()
    assert beyond["data"] == []
    assert beyond["meta"]["from"] is None and beyond["meta"]["to"] is None
    assert beyond["meta"]["total"] == 500
    first = client.get("/orders", params={"per_page": 100}).json()
    assert first["meta"]["last_page"] == 5 and first["meta"]["to"] == 100
    followed = client.get(first["links"]["next"]).json()
    assert followed["meta"]["current_page"] == 2 and followed["meta"]["per_page"] == 100
    empty = client.get("/orders", params={"search": "no-such-order-anywhere"}).json()
    assert empty["meta"] == {
        "current_page": 1,
        "from": None,
        "last_page": 1,
        "per_page": 15,
        "to": None,
        "total": 0,
    }


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"per_page": 0}, "per_page", "The per page field must be between 1 and 100."),
        ({"per_page": 101}, "per_page", "The per page field must be between 1 and 100."),
        ({"per_page": "ten"}, "per_page", "The per page field must be an integer."),
        ({"page": 0}, "page", "The page field must be at least 1."),
        ({"page": "x"}, "page", "The page field must be an integer."),
        (
            {"financial_status[]": "settled"},
            "financial_status.0",
            "The selected financial_status.0 is invalid.",
        ),
        (
            {"fulfillment_status[]": "shipped"},
            "fulfillment_status.0",
            "The selected fulfillment_status.0 is invalid.",
        ),
        (
            {"exclude_cancelled": "yes"},
            "exclude_cancelled",
            "The exclude cancelled field must be true or false.",
        ),
        (
            {"due_date_from": "2025-5-1"},
            "due_date_from",
            "The due date from field must match the format Y-m-d.",
        ),
        (
            {"due_date_to": "2025-02-30"},
            "due_date_to",
            "The due date to field must match the format Y-m-d.",
        ),
    ],
)
def test_list_validation_errors(client, params, field, message) -> None:
    response = client.get("/orders", params=params)
    assert response.status_code == 422
    assert response.json() == {"message": message, "errors": {field: [message]}}
    assert response.headers["x-ratelimit-limit"] == "60"


def test_list_validation_counts_more_errors(client) -> None:
    response = client.get("/orders", params={"per_page": 0, "page": 0, "exclude_cancelled": "x"})
    body = response.json()
    assert body["message"] == "The page field must be at least 1. (and 2 more errors)"
    assert set(body["errors"]) == {"page", "per_page", "exclude_cancelled"}


def search_all(client, **params) -> list[dict]:
    body = client.get("/orders", params={"per_page": 100, **params}).json()
    assert body["meta"]["total"] <= 100, "test expects a single page"
    return body["data"]


def test_search_matches_name_number_customer_and_email(client, all_orders) -> None:
    sample = all_orders[123]
    by_email = search_all(client, search=sample["customer"]["email"].split("@")[0].upper())
    assert sample["id"] in [row["id"] for row in by_email]
    assert all(
        sample["customer"]["email"].split("@")[0] in row["customer"]["email"] for row in by_email
    )
    by_name = search_all(client, search=sample["customer"]["name"].lower())
    assert sample["id"] in [row["id"] for row in by_name]
    by_number = search_all(client, search=sample["order_number"])
    assert [row["id"] for row in by_number] == [sample["id"]]
    assert [row["id"] for row in search_all(client, search=sample["name"])] == [sample["id"]]


def test_status_and_tag_filters(client, all_orders) -> None:
    code = all_orders[0]["status"]["code"] or all_orders[1]["status"]["code"]
    expected = [o["id"] for o in all_orders if o["status"]["code"] == code]
    body = client.get("/orders", params={"status_code": code, "per_page": 100}).json()
    assert body["meta"]["total"] == len(expected)
    assert [o["id"] for o in body["data"]] == expected[:100]

    def ids(params) -> list[int]:
        rows: list[dict] = []
        for page in range(1, 6):
            rows += client.get(
                "/orders", params=[*params, ("per_page", "100"), ("page", str(page))]
            ).json()["data"]
        return [row["id"] for row in rows]

    both = [o["id"] for o in all_orders if {"custom", "gift"} <= set(o["tags"])]
    assert ids([("tags[]", "custom"), ("tags[]", "gift")]) == both
    assert ids([("tags", "custom"), ("tags", "gift")]) == both
    either = [o["id"] for o in all_orders if {"engraved", "rush"} & set(o["tags"])]
    assert ids([("tags_any[]", "engraved"), ("tags_any[]", "rush")]) == either
    money = [o["id"] for o in all_orders if o["financial_status"] in {"pending", "unpaid"}]
    assert ids([("financial_status[]", "pending"), ("financial_status[]", "unpaid")]) == money
    done = [o["id"] for o in all_orders if o["fulfillment_status"] == "fulfilled"]
    assert ids([("fulfillment_status[]", "fulfilled")]) == done
    live = [o["id"] for o in all_orders if o["cancelled_at"] is None]
    assert ids([("exclude_cancelled", "true")]) == live
    assert ids([("exclude_cancelled", "1")]) == live
    assert len(ids([("exclude_cancelled", "false")])) == 500
    assert len(ids([("exclude_cancelled", "0")])) == 500


def test_due_date_filters_compare_calendar_days_in_the_shop_zone(client, all_orders) -> None:
    london = ZoneInfo("Europe/London")

    def local_day(value: str) -> date:
        moment = datetime.fromisoformat(value).astimezone(london)
        assert (moment.hour, moment.minute) == (0, 0)
        return moment.date()

    dated = sorted({local_day(o["due_date"]) for o in all_orders if o["due_date"]})
    low, high = dated[len(dated) // 3], dated[len(dated) // 2]
    expected = [
        o["id"] for o in all_orders if o["due_date"] and low <= local_day(o["due_date"]) <= high
    ]
    assert expected
    found: list[int] = []
    for page in range(1, 6):
        found += [
            row["id"]
            for row in client.get(
                "/orders",
                params={
                    "due_date_from": low.isoformat(),
                    "due_date_to": high.isoformat(),
                    "per_page": 100,
                    "page": page,
                },
            ).json()["data"]
        ]
    assert found == expected


# ---- detail, lookup, statuses


def test_detail_shape(client, all_orders, statuses) -> None:
    workflow = [s["code"] for s in statuses]
    checked = 0
    for item in all_orders[:60]:
        detail = client.get(f"/orders/{item['id']}").json()
        assert set(detail) == DETAIL_KEYS
        for key in LIST_KEYS - {"status", "history_count"}:
            assert detail[key] == item[key]
        status = detail["status"]
        assert set(status) == LIST_STATUS_KEYS - {"color"} | {"translations"}
        if status["is_set"]:
            assert set(status["translations"]["fr"]) == {"name", "description"}
        history = detail["history"]
        assert len(history) == detail["history_count"] == item["history_count"]
        stamps = [event["created_at"] for event in history]
        assert stamps == sorted(stamps, reverse=True)
        for event in history:
            assert set(event) == {
                "event",
                "status",
                "comment",
                "comment_is_public",
                "created_at",
                "mail_log",
            }
            assert event["event"] in {"STATUS_CHANGE", "COMMENT"}
            if event["event"] == "COMMENT":
                assert event["status"] is None and 3 <= len(event["comment"]) <= 1000
            else:
                assert set(event["status"]) == {
                    "code",
                    "name",
                    "public_name",
                    "description",
                    "public",
                    "translations",
                }
            if event["mail_log"]:
                assert event["mail_log"]["from"] == "no-reply@orderapprovepro.com"
                assert event["mail_log"]["to"] == detail["customer"]["email"]
                assert event["mail_log"]["subject"].startswith(f"Order {detail['name']} ")
                assert event["mail_log"]["delivery_status"] in {
                    "Sent",
                    "Delivered",
                    "Bounced",
                    "Opened",
                }
        if status["is_set"]:
            latest = history[0]
            assert latest["event"] == "STATUS_CHANGE"
            assert latest["status"]["code"] == status["code"]
            assert latest["created_at"] == status["set_at"]
            check_timeline(detail, statuses, workflow)
            checked += 1
        else:
            steps = detail["public_progress_timeline"]
            assert all(step["progress"] == "Incomplete" for step in steps)
    assert checked > 40


def check_timeline(detail: dict, statuses: list[dict], workflow: list[str]) -> None:
    steps = detail["public_progress_timeline"]
    assert steps
    progress = [step["progress"] for step in steps]
    assert progress == sorted(progress, key=["Complete", "Current", "Incomplete"].index)
    assert progress.count("Current") <= 1
    for step in steps:
        assert set(step) == {"name", "description", "progress", "timestamp"}
        if step["progress"] == "Incomplete":
            assert step["timestamp"] is None
        elif step["timestamp"] is not None:
            assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{2}:\d{2}", step["timestamp"])
    current = [s for s in steps if s["progress"] == "Current"]
    if detail["status"]["public"]:
        assert current[0]["name"] == (detail["status"]["public_name"] or detail["status"]["name"])
        moment = datetime.fromisoformat(detail["status"]["set_at"]).astimezone(
            ZoneInfo("Europe/London")
        )
        assert current[0]["timestamp"] == f"{moment.day} {moment:%b %H:%M}"
    else:
        assert not current


def test_list_colour_is_the_hex_of_the_named_colour(all_orders, statuses) -> None:
    named = {s["code"]: s["color"] for s in statuses}
    for item in all_orders:
        if item["status"]["is_set"]:
            assert item["status"]["color"] == NAMED_TO_HEX[named[item["status"]["code"]]]


def test_statuses(statuses, client) -> None:
    assert [s["code"] for s in statuses] == [f"st{n:06d}" for n in range(1, len(statuses) + 1)]
    for status in statuses:
        assert set(status) == {"name", "description", "code", "color"}
        assert status["color"] in NAMED_TO_HEX
    names = [s["name"] for s in statuses]
    assert {"Awaiting Proof", "Engraving", "Trade Hold"} <= set(names)
    basic = client.get("/statuses", headers=BASIC).json()
    assert 6 <= len(basic) <= 10 and basic != statuses


def test_viable_statuses_follow_tags_and_exclude_current(
    client, all_orders, statuses, shared_sandbox
) -> None:
    by_name = {s["name"]: s["code"] for s in statuses}
    restricted = {
        by_name["Awaiting Proof"]: "custom",
        by_name["Engraving"]: "engraved",
        by_name["Trade Hold"]: "wholesale",
    }
    sample = all_orders[:80]
    server = {o["id"]: o for o in truth(shared_sandbox, [o["id"] for o in sample])}
    for item in sample:
        viable = client.get(f"/orders/{item['id']}/viable-statuses").json()
        codes = [v["code"] for v in viable]
        assert codes == server[item["id"]]["viable_status_codes"]
        assert item["status"]["code"] not in codes
        for entry in viable:
            assert set(entry) == {"code", "name", "description", "color"}
            assert entry["color"] in NAMED_TO_HEX
        for status in statuses:
            if status["code"] == item["status"]["code"]:
                continue
            tag = restricted.get(status["code"])
            assert (status["code"] in codes) == (tag is None or tag in item["tags"])
        assert codes == [s["code"] for s in statuses if s["code"] in codes]  # workflow order


def test_lookup(client, all_orders) -> None:
    item = all_orders[77]
    email = item["customer"]["email"]
    for number in (item["order_number"], item["name"]):
        response = client.get("/orders/lookup", params={"number": number, "email": email.upper()})
        assert response.status_code == 200
        assert response.json() == client.get(f"/orders/{item['id']}").json()
    params = {"number": item["order_number"], "email": "x@y.z"}
    response = client.get("/orders/lookup", params=params)
    assert response.status_code == 404
    assert response.json() == {"message": "Order not found."}
    response = client.get("/orders/lookup")
    assert response.status_code == 422
    assert response.json() == {
        "message": "The number field is required. (and 1 more error)",
        "errors": {
            "number": ["The number field is required."],
            "email": ["The email field is required."],
        },
    }
    response = client.get("/orders/lookup", params={"number": "1001"})
    assert response.json()["errors"] == {"email": ["The email field is required."]}


def test_basic_account(shared_sandbox) -> None:
    with httpx.Client(base_url=shared_sandbox.url + "/api/v1", headers=BASIC) as basic:
        body = basic.get("/orders", params={"per_page": 100}).json()
    assert body["meta"]["total"] == 60
    assert all(row["due_date_to"] is None for row in body["data"])
    new_york = ZoneInfo("America/New_York")
    for row in body["data"]:
        if row["due_date"]:
            local = datetime.fromisoformat(row["due_date"]).astimezone(new_york)
            assert (local.hour, local.minute) == (0, 0)
    ids = [row["id"] for row in body["data"][:3]]
    assert [o["id"] for o in truth(shared_sandbox, ids, "demo-approvepro-basic")] == ids
    assert truth(shared_sandbox, ids) == []  # not orders of the main account


def test_server_truth_endpoint(shared_sandbox, client, all_orders) -> None:
    ids = [all_orders[5]["id"], all_orders[6]["id"], 42]
    data = truth(shared_sandbox, ids)
    assert [o["id"] for o in data] == ids[:2]
    for order in data:
        public = client.get(f"/orders/{order['id']}").json()
        assert {k: v for k, v in order.items() if k != "viable_status_codes"} == public
        assert isinstance(order["viable_status_codes"], list)
    assert datetime.fromisoformat(data[0]["created_at"]).tzinfo is not None
    assert datetime.fromisoformat(data[0]["created_at"]) < datetime.now(UTC)
