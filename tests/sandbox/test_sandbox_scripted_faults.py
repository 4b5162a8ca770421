"""Scripted faults: a test names the requests to fail, so a failure it found is reproduced."""

from __future__ import annotations

import httpx
import pytest

from tests.helpers import DEMO_KEY, server_orders

BULK = "/api/v1/orders/bulk-status"


def test_lost_requests_never_reach_the_queue_and_the_rest_go_through(sandbox_factory) -> None:
    """`lose` drops the connection before the server handles the request: nothing is queued,
    unlike the random faults' drop, which applies first. Requests before (`skip`) and after
    the rule's `count` are untouched."""
    sandbox = sandbox_factory("--orders", "20", "--rate-window", "0", "--queue-delay-ms", "0")
    with sandbox.admin() as admin:
        body = {"method": "POST", "path": BULK, "fault": "lose", "count": 1, "skip": 1}
        assert admin.post("/_sandbox/faults", json=body).status_code == 200
        assert admin.post("/_sandbox/faults", json={"fault": "boom"}).status_code == 422
        assert admin.get("/_sandbox/faults").json()["rules"][0]["count"] == 1
    headers = {"Authorization": f"Bearer {DEMO_KEY}"}
    with httpx.Client(base_url=sandbox.url + "/api/v1", headers=headers, timeout=10) as api:
        first = api.get("/orders", params={"per_page": 2}).json()["data"]
        ids = [item["id"] for item in first]
        body = {"order_ids": ids, "status_code": "st000006", "email_customer": False}
        assert api.post("/orders/bulk-status", json=body).status_code == 202  # skipped
        with pytest.raises(httpx.TransportError):
            api.post("/orders/bulk-status", json=body)
        assert api.post("/orders/bulk-status", json=body).status_code == 202
    stats = sandbox.stats()
    assert stats["faults"]["dropped"] == 1 and stats["bulk_jobs_pending"] == 0
    assert all(o["status"]["code"] == "st000006" for o in server_orders(sandbox, ids).values())
    with sandbox.admin() as admin:
        assert admin.get("/_sandbox/faults").json() == {"rules": []}
