"""Wholesale delta sync against server-side changes, and determinism per seed and anchor."""

from __future__ import annotations

import httpx

KEY = {"X-API-Key": "demo-wholesale"}
ANCHOR = "2025-06-30"


def orders(sandbox, **params: object) -> dict:
    with httpx.Client(base_url=sandbox.url + "/api/orders", headers=KEY, timeout=10) as client:
        response = client.get("/", params=params)
        response.raise_for_status()
        return response.json()


def test_touch_shows_up_in_the_next_delta(sandbox_factory) -> None:
    sandbox = sandbox_factory("--orders", "10", "--seed", "5", "--anchor-date", ANCHOR)
    newest = orders(sandbox, sort="-updated_at", per_page=1)["data"][0]["updated_at"]
    assert newest <= f"{ANCHOR} 00:00:00"
    pending = orders(sandbox, status="pending", per_page=1)["data"][0]
    with sandbox.admin() as admin:
        bad = admin.post("/_sandbox/wholesale/touch", json={"order_id": 1, "status": "x"})
        assert bad.status_code == 404
        bad = admin.post(
            "/_sandbox/wholesale/touch", json={"order_id": pending["id"], "status": "lost"}
        )
        assert bad.status_code == 422
        touched = admin.post(
            "/_sandbox/wholesale/touch",
            json={"order_id": pending["id"], "status": "confirmed", "note": "Checked stock"},
        ).json()
    assert touched["status"] == "confirmed"
    change = touched["status_history"][-1]
    assert change["from_status"] == "pending" and change["to_status"] == "confirmed"
    assert change["changed_by"]["name"] == "Riley Chen"
    assert change["note"] == "Checked stock"

    delta = orders(sandbox, updated_since=newest, sort="-updated_at", include="status_history")
    assert delta["data"][0]["id"] == pending["id"]
    assert delta["data"][0]["updated_at"] == touched["updated_at"] > newest
    assert delta["data"][0]["status_history"][-1] == change
    since_touch = orders(sandbox, updated_since=touched["updated_at"])
    assert [o["id"] for o in since_touch["data"]] == [pending["id"]]  # "on or after"

    with sandbox.admin() as admin:
        truth = admin.get("/_sandbox/wholesale/orders", params={"ids": pending["id"]}).json()
    assert truth["data"][0]["status"] == "confirmed"


def test_same_seed_same_data_other_seed_other_data(sandbox_factory) -> None:
    first = sandbox_factory("--orders", "10", "--seed", "3", "--anchor-date", ANCHOR)
    second = sandbox_factory("--orders", "10", "--seed", "3", "--anchor-date", ANCHOR)
    other = sandbox_factory("--orders", "10", "--seed", "4", "--anchor-date", ANCHOR)
    params = {"per_page": 250, "include": "items,shipments,status_history"}
    a, b, c = (orders(s, **params)["data"] for s in (first, second, other))
    assert a == b
    assert a != c
    assert max(o["created_at"] for o in a) <= f"{ANCHOR} 00:00:00"
    assert min(o["created_at"] for o in a) >= "2024-06-30 00:00:00"
