"""ApprovePro v1 changes, on a sandbox of this module's own (the shared one stays pristine)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from tests.conftest import SandboxProcess, start_sandbox

MAIN = {"Authorization": "Bearer demo-approvepro"}
BASIC = {"Authorization": "Bearer demo-approvepro-basic"}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox(
        "--seed", "11", "--orders", "300", "--rate-window", "0", "--queue-delay-ms", "300"
    )
    yield process
    process.stop()


@pytest.fixture(scope="module")
def client(sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/api/v1", headers=MAIN, timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def statuses(client) -> dict[str, dict]:
    return {s["name"]: s for s in client.get("/statuses").json()}


class OrderPool:
    """Hands out distinct orders, so that tests do not step on each other's changes."""

    def __init__(self, sandbox: SandboxProcess, client: httpx.Client) -> None:
        self.sandbox = sandbox
        rows = []
        for page in (1, 2, 3):
            rows += client.get("/orders", params={"per_page": 100, "page": page}).json()["data"]
        self.ids = [row["id"] for row in rows]
        self.used: set[int] = set()

    def take(self, where=lambda order: True) -> dict:
        for order in self.truth(*[i for i in self.ids if i not in self.used]):
            if where(order):
                self.used.add(order["id"])
                return order
        raise AssertionError("no order left that fits")

    def truth(self, *ids: int, api_key: str | None = None) -> list[dict]:
        params = {"ids": ",".join(map(str, ids))}
        if api_key:
            params["api_key"] = api_key
        with self.sandbox.admin() as admin:
            return admin.get("/_sandbox/approvepro/orders", params=params).json()["data"]

    def one(self, order_id: int) -> dict:
        return self.truth(order_id)[0]


@pytest.fixture(scope="module")
def pool(sandbox, client) -> OrderPool:
    return OrderPool(sandbox, client)


def just_now(value: str) -> bool:
    return abs((datetime.now(UTC) - datetime.fromisoformat(value)).total_seconds()) < 30


def assert_422(response: httpx.Response, errors: dict[str, list[str]]) -> None:
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["errors"] == errors
    first = next(iter(errors.values()))[0]
    extra = len(errors) - 1
    suffix = f" (and {extra} more error{'s' if extra > 1 else ''})" if extra else ""
    assert body["message"] == first + suffix


# ---- POST /orders/{order}/status


def test_status_change_sets_status_history_and_mail(client, pool, statuses) -> None:
    target = statuses["In Production"]
    order = pool.take(lambda o: target["code"] in o["viable_status_codes"])
    response = client.post(
        f"/orders/{order['id']}/status",
        json={"status_code": target["code"], "comment": "Started on the frame.", "public": True},
    )
    assert response.status_code == 200
    assert response.json() == {"message": "Order status updated successfully!"}
    assert response.headers["x-ratelimit-limit"] == "60"
    after = pool.one(order["id"])
    assert after["status"]["code"] == target["code"]
    assert just_now(after["status"]["set_at"])
    assert after["history_count"] == order["history_count"] + 1
    event = after["history"][0]
    assert event["event"] == "STATUS_CHANGE"
    assert event["status"]["code"] == target["code"]
    assert event["comment"] == "Started on the frame."
    assert event["comment_is_public"] is True
    assert event["created_at"] == after["status"]["set_at"]
    assert event["mail_log"] == {
        "from": "no-reply@orderapprovepro.com",
        "to": order["customer"]["email"],
        "subject": f"Order {order['name']} Crafting With Care",
        "delivery_status": "Sent",
    }
    assert after["history"][1:] == order["history"]
    assert target["code"] not in after["viable_status_codes"]
    assert order["status"]["code"] in after["viable_status_codes"] or not order["status"]["is_set"]
    current = [s for s in after["public_progress_timeline"] if s["progress"] == "Current"]
    assert current[0]["name"] == "Crafting With Care"


def test_no_mail_when_not_wanted_or_not_public(client, pool, statuses) -> None:
    shipped = statuses["Shipped"]["code"]
    quiet = pool.take(lambda o: shipped in o["viable_status_codes"])
    client.post(
        f"/orders/{quiet['id']}/status",
        json={"status_code": shipped, "email_customer": False, "public": True},
    )
    event = pool.one(quiet["id"])["history"][0]
    assert event["mail_log"] is None
    assert event["comment"] is None and event["comment_is_public"] is False
    check = statuses["Quality Check"]["code"]
    internal = pool.take(lambda o: check in o["viable_status_codes"])
    client.post(f"/orders/{internal['id']}/status", json={"status_code": check, "comment": "abc"})
    event = pool.one(internal["id"])["history"][0]
    assert event["mail_log"] is None and event["comment"] == "abc"
    assert event["comment_is_public"] is False


def test_status_not_viable_is_422(client, pool, statuses) -> None:
    message = "The selected status is not available for this order."
    current = pool.take(lambda o: o["status"]["is_set"])
    response = client.post(
        f"/orders/{current['id']}/status", json={"status_code": current["status"]["code"]}
    )
    assert_422(response, {"status_code": [message]})
    proof = statuses["Awaiting Proof"]["code"]
    untagged = pool.take(lambda o: "custom" not in o["tags"])
    response = client.post(f"/orders/{untagged['id']}/status", json={"status_code": proof})
    assert_422(response, {"status_code": [message]})
    assert pool.one(untagged["id"]) == untagged


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({}, {"status_code": ["The status code field is required."]}),
        ({"status_code": "st999999"}, {"status_code": ["The selected status code is invalid."]}),
        ({"status_code": 5}, {"status_code": ["The status code field must be a string."]}),
        (
            {"status_code": "st000001", "comment": "ab"},
            {"comment": ["The comment field must be at least 3 characters."]},
        ),
        (
            {"status_code": "st000001", "comment": "x" * 1001},
            {"comment": ["The comment field must not be greater than 1000 characters."]},
        ),
        (
            {"status_code": "st000001", "comment": 12345},
            {"comment": ["The comment field must be a string."]},
        ),
        (
            {"status_code": "st000001", "public": "yes"},
            {"public": ["The public field must be true or false."]},
        ),
        (
            {"status_code": "st000001", "email_customer": 2},
            {"email_customer": ["The email customer field must be true or false."]},
        ),
        (
            {"status_code": "st000001", "email_additional": "true"},
            {"email_additional": ["The email additional field must be true or false."]},
        ),
        (
            {"comment": "a", "public": []},
            {
                "status_code": ["The status code field is required."],
                "comment": ["The comment field must be at least 3 characters."],
                "public": ["The public field must be true or false."],
            },
        ),
    ],
)
def test_status_validation(client, pool, body, errors) -> None:
    order = pool.ids[-1]  # never changed: every request here is refused
    before = pool.one(order)
    assert_422(client.post(f"/orders/{order}/status", json=body), errors)
    assert pool.one(order) == before


def test_laravel_booleans_are_accepted(client, pool, statuses) -> None:
    code = statuses["Ready to Ship"]["code"]
    order = pool.take(lambda o: code in o["viable_status_codes"])
    response = client.post(
        f"/orders/{order['id']}/status",
        json={
            "status_code": code,
            "comment": "Boxed.",
            "public": "1",
            "email_customer": 0,
            "email_additional": False,
        },
    )
    assert response.status_code == 200
    event = pool.one(order["id"])["history"][0]
    assert event["comment_is_public"] is True and event["mail_log"] is None


def test_malformed_json_is_400(client, pool) -> None:
    order = pool.ids[-1]
    for path in ("status", "comment", "due-date"):
        response = client.post(
            f"/orders/{order}/{path}",
            content=b'{"status_code": ',
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400
        assert response.json() == {"message": "Malformed JSON."}
    response = client.post("/orders/bulk-status", content=b"nope")
    assert response.status_code == 400
    assert response.headers["x-ratelimit-limit"] == "5"


# ---- POST /orders/{order}/comment


def test_comment(client, pool) -> None:
    order = pool.take()
    response = client.post(
        f"/orders/{order['id']}/comment",
        json={"comment": "Customer rang about delivery.", "public": True},
    )
    assert response.status_code == 200
    assert response.json() == {"message": "Order comment added!"}
    after = pool.one(order["id"])
    event = after["history"][0]
    assert event["event"] == "COMMENT" and event["status"] is None
    assert event["comment"] == "Customer rang about delivery."
    assert event["comment_is_public"] is True and event["mail_log"] is None
    assert just_now(event["created_at"])
    assert after["status"] == order["status"]
    client.post(f"/orders/{order['id']}/comment", json={"comment": "Private note"})
    assert pool.one(order["id"])["history"][0]["comment_is_public"] is False


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({}, {"comment": ["The comment field is required."]}),
        ({"comment": ""}, {"comment": ["The comment field is required."]}),
        ({"comment": "hi"}, {"comment": ["The comment field must be at least 3 characters."]}),
        (
            {"comment": "y" * 1001},
            {"comment": ["The comment field must not be greater than 1000 characters."]},
        ),
        ({"comment": ["abc"]}, {"comment": ["The comment field must be a string."]}),
        (
            {"comment": "fine", "public": "no"},
            {"public": ["The public field must be true or false."]},
        ),
    ],
)
def test_comment_validation(client, pool, body, errors) -> None:
    assert_422(client.post(f"/orders/{pool.ids[-1]}/comment", json=body), errors)


# ---- POST /orders/{order}/due-date


def test_due_date_is_a_day_in_the_shop_zone(client, pool) -> None:
    order = pool.take()
    response = client.post(f"/orders/{order['id']}/due-date", json={"due_date": "2025-05-22"})
    assert response.status_code == 200
    assert response.json() == {"message": "Order due date set!"}
    after = pool.one(order["id"])
    assert after["due_date"] == "2025-05-21T23:00:00+00:00"
    assert after["due_date_to"] is None
    client.post(
        f"/orders/{order['id']}/due-date",
        json={"due_date": "2026-02-10", "due_date_to": "2026-02-12"},
    )
    after = pool.one(order["id"])
    assert (after["due_date"], after["due_date_to"]) == (
        "2026-02-10T00:00:00+00:00",
        "2026-02-12T00:00:00+00:00",
    )
    listed = client.get("/orders", params={"search": order["name"]}).json()["data"][0]
    assert (listed["due_date"], listed["due_date_to"]) == (after["due_date"], after["due_date_to"])
    found = client.get(
        "/orders",
        params={"due_date_from": "2026-02-10", "due_date_to": "2026-02-10", "per_page": 100},
    ).json()
    assert order["id"] in [row["id"] for row in found["data"]]
    client.post(f"/orders/{order['id']}/due-date", json={"due_date": None})
    after = pool.one(order["id"])
    assert after["due_date"] is None and after["due_date_to"] is None
    assert after["history"] == order["history"]


BAD_DATE = ["The due date field must match the format Y-m-d."]


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({}, {"due_date": ["The due date field must be present."]}),
        ({"due_date": "22/05/2025"}, {"due_date": BAD_DATE}),
        ({"due_date": "2025-13-01"}, {"due_date": BAD_DATE}),
        ({"due_date": 20250522}, {"due_date": BAD_DATE}),
        (
            {"due_date": "2025-05-22", "due_date_to": "2025-05-22"},
            {"due_date_to": ["The due date to field must be a date after due date."]},
        ),
        (
            {"due_date": "2025-05-22", "due_date_to": "2025-05-21"},
            {"due_date_to": ["The due date to field must be a date after due date."]},
        ),
        (
            {"due_date": "2025-05-22", "due_date_to": "tomorrow"},
            {"due_date_to": ["The due date to field must match the format Y-m-d."]},
        ),
        (
            {"due_date": None, "due_date_to": "2025-05-22"},
            {"due_date_to": ["The due date to field must be a date after due date."]},
        ),
    ],
)
def test_due_date_validation(client, pool, body, errors) -> None:
    assert_422(client.post(f"/orders/{pool.ids[-1]}/due-date", json=body), errors)


def test_due_date_on_the_basic_account(sandbox, pool) -> None:
    with httpx.Client(base_url=sandbox.url + "/api/v1", headers=BASIC) as basic:
        order_id = basic.get("/orders").json()["data"][0]["id"]
        response = basic.post(
            f"/orders/{order_id}/due-date",
            json={"due_date": "2025-05-22", "due_date_to": "2025-05-24"},
        )
        assert_422(response, {"due_date_to": ["Due date ranges are not enabled for this account."]})
        response = basic.post(f"/orders/{order_id}/due-date", json={"due_date": "2025-05-22"})
        assert response.status_code == 200
        after = pool.truth(order_id, api_key="demo-approvepro-basic")[0]
        assert after["due_date"] == "2025-05-22T04:00:00+00:00"  # New York, summer time
        basic.post(f"/orders/{order_id}/due-date", json={"due_date": "2025-12-01"})
        after = pool.truth(order_id, api_key="demo-approvepro-basic")[0]
        assert after["due_date"] == "2025-12-01T05:00:00+00:00"


# ---- POST /orders/bulk-status


def wait_for_queue(sandbox: SandboxProcess, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while sandbox.stats()["bulk_jobs_pending"]:
        assert time.monotonic() < deadline, "bulk job not applied"
        time.sleep(0.05)


def test_bulk_is_queued_then_applied_skipping_what_does_not_fit(
    sandbox, client, pool, statuses
) -> None:
    proof = statuses["Awaiting Proof"]["code"]
    fits = [pool.take(lambda o: proof in o["viable_status_codes"]) for _ in range(3)]
    untagged = pool.take(lambda o: "custom" not in o["tags"])
    already = pool.take(lambda o: proof in o["viable_status_codes"])
    client.post(f"/orders/{already['id']}/status", json={"status_code": proof})
    already = pool.one(already["id"])
    ids = [o["id"] for o in fits] + [untagged["id"], already["id"], 123, fits[0]["id"]]
    response = client.post(
        "/orders/bulk-status",
        json={"order_ids": ids, "status_code": proof, "comment": "Proofs sent", "public": False},
    )
    assert response.status_code == 202
    assert response.json() == {"message": "Bulk status update queued.", "count": 7, "limit": 50}
    assert response.headers["x-ratelimit-limit"] == "5"
    assert sandbox.stats()["bulk_jobs_pending"] == 1
    assert pool.one(fits[0]["id"])["status"] == fits[0]["status"]  # not yet
    wait_for_queue(sandbox)
    for order in fits:
        after = pool.one(order["id"])
        assert after["status"]["code"] == proof
        assert after["history_count"] == order["history_count"] + 1  # the repeat id was skipped
        event = after["history"][0]
        assert event["status"]["code"] == proof and event["comment"] == "Proofs sent"
        assert event["mail_log"]["delivery_status"] == "Sent"
        assert event["mail_log"]["subject"] == f"Order {order['name']} Proof Ready for Review"
    assert pool.one(untagged["id"]) == untagged
    assert pool.one(already["id"]) == already


def test_bulk_event_matches_a_single_change(sandbox, client, pool, statuses) -> None:
    code = statuses["Shipped"]["code"]
    single, queued = (pool.take(lambda o: code in o["viable_status_codes"]) for _ in range(2))
    body = {"status_code": code, "comment": "On its way!", "public": True, "email_customer": True}
    client.post(f"/orders/{single['id']}/status", json=body)
    client.post("/orders/bulk-status", json={**body, "order_ids": [queued["id"]]})
    wait_for_queue(sandbox)
    one, other = pool.one(single["id"])["history"][0], pool.one(queued["id"])["history"][0]
    for event in (one, other):
        event.pop("created_at")
        event["mail_log"].pop("to")
        event["mail_log"].pop("subject")
    assert one == other


def test_bulk_scheduled_mail_and_due_date(sandbox, client, pool, statuses) -> None:
    code = statuses["Order Received"]["code"]
    order = pool.take(lambda o: code in o["viable_status_codes"])
    response = client.post(
        "/orders/bulk-status",
        json={
            "order_ids": [str(order["id"])],
            "status_code": code,
            "send_at": int(time.time()) + 3600,
            "due_date": "2026-03-15",
        },
    )
    assert response.status_code == 202
    wait_for_queue(sandbox)
    after = pool.one(order["id"])
    assert after["history"][0]["mail_log"]["delivery_status"] == "Scheduled"
    assert after["due_date"] == "2026-03-15T00:00:00+00:00"


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({"status_code": "st000001"}, {"order_ids": ["The order ids field is required."]}),
        (
            {"order_ids": [], "status_code": "st000001"},
            {"order_ids": ["The order ids field is required."]},
        ),
        (
            {"order_ids": 5, "status_code": "st000001"},
            {"order_ids": ["The order ids field must be an array."]},
        ),
        (
            {"order_ids": list(range(1, 52)), "status_code": "st000001"},
            {"order_ids": ["The order ids field must not have more than 50 items."]},
        ),
        (
            {"order_ids": [1, "two", 3.5], "status_code": "st000001"},
            {
                "order_ids.1": ["The order_ids.1 field must be an integer."],
                "order_ids.2": ["The order_ids.2 field must be an integer."],
            },
        ),
        (
            {"order_ids": [1], "status_code": "st000077"},
            {"status_code": ["The selected status code is invalid."]},
        ),
        ({"order_ids": [1]}, {"status_code": ["The status code field is required."]}),
        (
            {"order_ids": [1], "status_code": "st000001", "comment": "no"},
            {"comment": ["The comment field must be at least 3 characters."]},
        ),
        (
            {"order_ids": [1], "status_code": "st000001", "due_date": "2026-3-1"},
            {"due_date": ["The due date field must match the format Y-m-d."]},
        ),
        (
            {"order_ids": [1], "status_code": "st000001", "send_at": "soon"},
            {"send_at": ["The send at field must be an integer."]},
        ),
        (
            {"order_ids": [1], "status_code": "st000001", "public": "maybe"},
            {"public": ["The public field must be true or false."]},
        ),
    ],
)
def test_bulk_validation(sandbox, client, body, errors) -> None:
    assert_422(client.post("/orders/bulk-status", json=body), errors)
    assert sandbox.stats()["bulk_jobs_pending"] == 0


def test_fifty_ids_are_accepted(sandbox, client, pool) -> None:
    response = client.post(
        "/orders/bulk-status", json={"order_ids": list(range(1, 51)), "status_code": "st000001"}
    )
    assert response.status_code == 202
    assert response.json()["count"] == 50
    wait_for_queue(sandbox)
