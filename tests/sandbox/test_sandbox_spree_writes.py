"""Spree approve, cancel and `Idempotency-Key` as the real controllers run them, on 5.6 and 6.0;
the error bodies; and the expanded customer, addresses and refunds with the SDK types' fields."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import SandboxProcess, start_sandbox

KEY = {"X-Spree-Api-Key": "sk_demo_spree"}

# Required (non-optional) fields of packages/admin-sdk/src/types/generated/*.ts.
CUSTOMER_BOTH = {
    "id",
    "email",
    "first_name",
    "last_name",
    "phone",
    "accepts_email_marketing",
    "full_name",
    "available_store_credit_total",
    "display_available_store_credit_total",
    "failed_attempts",
    "metadata",
    "created_at",
    "updated_at",
    "tags",
    "internal_note_html",
    "default_billing_address_id",
    "default_shipping_address_id",
    "orders_count",
    "total_spent",
    "display_total_spent",
    "last_order_completed_at",
    "customer_group_ids",
}
CUSTOMER = {
    "5.6": CUSTOMER_BOTH
    | {
        "login",
        "last_sign_in_at",
        "current_sign_in_at",
        "sign_in_count",
        "last_sign_in_ip",
        "current_sign_in_ip",
    },
    "6.0": CUSTOMER_BOTH | {"internal_note"},
}
ADDRESS_BOTH = {
    "id",
    "first_name",
    "last_name",
    "full_name",
    "address1",
    "address2",
    "postal_code",
    "city",
    "phone",
    "company",
    "country_name",
    "country_iso",
    "state_text",
    "state_abbr",
    "quick_checkout",
    "is_default_billing",
    "is_default_shipping",
    "state_name",
    "label",
    "metadata",
    "created_at",
    "updated_at",
    "customer_id",
}
ADDRESS = {
    "5.6": ADDRESS_BOTH,
    "6.0": ADDRESS_BOTH | {"country_code", "state_code", "latitude", "longitude"},
}
REFUND_BOTH = {
    "id",
    "transaction_id",
    "amount",
    "payment_id",
    "refund_reason_id",
    "metadata",
    "created_at",
    "updated_at",
}
REFUND = {
    "5.6": REFUND_BOTH | {"reimbursement_id"},
    "6.0": REFUND_BOTH | {"originator_id", "originator_type"},
}


@pytest.fixture(scope="module")
def v56() -> Iterator[SandboxProcess]:
    process = start_sandbox("--orders", "10", "--seed", "3", "--rate-window", "0")
    yield process
    process.stop()


@pytest.fixture(scope="module")
def v60() -> Iterator[SandboxProcess]:
    process = start_sandbox(
        "--orders", "10", "--seed", "3", "--rate-window", "0", "--spree-version", "6.0"
    )
    yield process
    process.stop()


def api(sandbox: SandboxProcess, headers: dict[str, str] | None = None) -> httpx.Client:
    return httpx.Client(base_url=sandbox.url + "/api/v3/admin", headers=headers or KEY, timeout=10)


def first(sandbox: SandboxProcess, **params: object) -> dict:
    with api(sandbox) as client:
        rows = client.get("/orders", params={"limit": 100, **params}).json()["data"]
    assert rows, params
    return rows[0]


def truth(sandbox: SandboxProcess, order_id: str) -> dict:
    with sandbox.admin() as admin:
        return admin.get("/_sandbox/spree/orders", params={"ids": order_id}).json()["data"][0]


# ---- approve and cancel


def test_approve_any_order_and_record_no_approver(v56, v60) -> None:
    for sandbox in (v56, v60):
        canceled = first(sandbox, **{"q[status_eq]": "canceled"})
        with api(sandbox) as client:
            response = client.patch(f"/orders/{canceled['id']}/approve")
        assert response.status_code == 200
        approved = response.json()
        assert approved["status"] == "canceled" and approved["approved_at"]
        risky = first(sandbox, **{"q[considered_risky_eq]": "1"})
        with api(sandbox) as client:
            done = client.patch(f"/orders/{risky['id']}/approve", json={"notify": "junk"}).json()
        assert done["considered_risky"] is False and done["approver_id"] is None


def test_cancel_on_60_coerces_notify_and_refuses_with_422(v60) -> None:
    rows = []
    with api(v60) as client:
        body = client.get("/orders", params={"limit": 100, "q[status_eq]": "placed"}).json()
        rows = [o for o in body["data"] if o["fulfillment_status"] == "unfulfilled"]
        loud, quiet = rows[0], rows[1]
        canceled = client.patch(f"/orders/{loud['id']}/cancel", json={"notify_customer": "yes"})
        assert canceled.status_code == 200
        order = canceled.json()
        assert order["status"] == "canceled" and order["fulfillment_status"] == "canceled"
        assert order["canceler_id"] is None and order["canceled_at"]
        assert order["payment_status"] in ("voided", "none")
        assert order["updated_at"] > loud["updated_at"]
        client.patch(f"/orders/{quiet['id']}/cancel", json={"notify_customer": 0})
        again = client.patch(f"/orders/{loud['id']}/cancel")
        assert again.status_code == 422
        assert again.json() == {"error": {"code": "processing_error", "message": ""}}
        delivered = client.get(
            "/orders", params={"q[fulfillment_status_eq]": "delivered", "limit": 1}
        ).json()["data"][0]
        assert client.patch(f"/orders/{delivered['id']}/cancel").status_code == 422
    assert [n["to"] for n in truth(v60, loud["id"])["notifications"]] == [loud["email"]]
    assert truth(v60, quiet["id"])["notifications"] == []
    assert truth(v60, delivered["id"])["status"] == "placed"


# ---- Idempotency-Key


def test_a_repeated_key_replays_the_first_answer(v60) -> None:
    order = first(v60, **{"q[fulfillment_status_eq]": "unfulfilled", "q[status_eq]": "placed"})
    path = f"/orders/{order['id']}/cancel"
    with api(v60) as client:
        headers = {"Idempotency-Key": "cancel-1"}
        done = client.patch(path, json={"notify_customer": True}, headers=headers)
        assert done.status_code == 200 and "idempotent-replayed" not in done.headers
        replay = client.patch(path, json={"notify_customer": True}, headers=headers)
        assert replay.status_code == 200 and replay.headers["idempotent-replayed"] == "true"
        assert replay.json() == done.json()
        assert "x-ratelimit-limit" not in replay.headers  # nothing ran again
        # Without the key the same request runs again, and is refused.
        assert client.patch(path, json={"notify_customer": True}).status_code == 422
        # The same key with another body or path is refused.
        approve = f"/orders/{order['id']}/approve"
        for other_path, body in ((path, {"notify_customer": False}), (approve, None)):
            reused = client.patch(other_path, json=body, headers=headers)
            assert reused.status_code == 422
            assert reused.json()["error"]["code"] == "idempotency_key_reused"
            assert "details" not in reused.json()["error"]
        # 4xx answers are kept too: a refused cancel replays its refusal.
        refusal_key = {"Idempotency-Key": "cancel-2"}
        assert client.patch(path, headers=refusal_key).status_code == 422
        kept = client.patch(path, headers=refusal_key)
        assert kept.status_code == 422 and kept.headers["idempotent-replayed"] == "true"
        too_long = client.patch(path, headers={"Idempotency-Key": "k" * 256})
        assert too_long.status_code == 400
        assert too_long.json()["error"]["code"] == "invalid_request"
        # Reads ignore the header.
        read = client.get(f"/orders/{order['id']}", headers=headers)
        assert read.status_code == 200 and "idempotent-replayed" not in read.headers
    assert len(truth(v60, order["id"])["notifications"]) == 1


def test_a_retry_after_a_lost_answer_gets_the_answer(v60) -> None:
    """Applied, then the connection dropped: the retry with the same key learns what happened
    instead of cancelling again (and being refused)."""
    order = first(v60, **{"q[fulfillment_status_eq]": "unfulfilled", "q[status_eq]": "placed"})
    path = f"/orders/{order['id']}/cancel"
    rule = {"method": "PATCH", "path": "/api/v3/admin" + path, "fault": "apply_then_drop"}
    with v60.admin() as admin:
        assert admin.post("/_sandbox/faults", json=rule).status_code == 200
    headers = {"Idempotency-Key": f"journal-{order['id']}"}
    with api(v60) as client:
        with pytest.raises(httpx.TransportError):
            client.patch(path, json={"notify_customer": True}, headers=headers)
        retry = client.patch(path, json={"notify_customer": True}, headers=headers)
    assert retry.status_code == 200 and retry.headers["idempotent-replayed"] == "true"
    assert retry.json()["status"] == "canceled"
    assert len(truth(v60, order["id"])["notifications"]) == 1


def test_keys_are_kept_per_credential(v56) -> None:
    risky = first(v56, **{"q[considered_risky_eq]": "1"})
    path = f"/orders/{risky['id']}/approve"
    headers = {"Idempotency-Key": "approve-1"}
    with api(v56, {"X-Spree-Api-Key": "sk_wrong"}) as stranger:
        assert stranger.patch(path, headers=headers).status_code == 401
    with api(v56) as client:
        first_answer = client.patch(path, headers=headers)
        assert first_answer.status_code == 200 and "idempotent-replayed" not in first_answer.headers
        approved_at = first_answer.json()["approved_at"]
        replay = client.patch(path, headers=headers)
        assert replay.headers["idempotent-replayed"] == "true"
    assert truth(v56, risky["id"])["approved_at"] == approved_at


# ---- errors


def test_error_bodies(v60) -> None:
    with httpx.Client(base_url=v60.url + "/api/v3/admin", timeout=10) as anonymous:
        missing_key = anonymous.get("/orders")
        assert missing_key.status_code == 401
        assert missing_key.json() == {
            "error": {"code": "authentication_required", "message": "Authentication required"}
        }
        # No route matches before any authentication: 404, not 401 or 405.
        for method, path in (
            ("GET", "/nowhere"),
            ("DELETE", "/orders"),
            ("GET", "/orders/x/cancel"),
        ):
            response = anonymous.request(method, path)
            assert response.status_code == 404
            assert response.json() == {"status": 404, "error": "Not Found"}
    with api(v60) as client:
        missing = client.patch("/orders/or_none000000/approve")
        assert missing.status_code == 404
        assert missing.json() == {
            "error": {"code": "order_not_found", "message": "Order not found"}
        }


# ---- expanded records


def test_expanded_records_carry_the_sdk_fields(v56, v60) -> None:
    for version, sandbox in (("5.6", v56), ("6.0", v60)):
        with api(sandbox) as client:
            order = client.get(
                "/orders",
                params={
                    "expand": "customer,billing_address,shipping_address,refunds",
                    "q[status_eq]": "placed",
                    "limit": 1,
                },
            ).json()["data"][0]
            refunded = [
                o
                for o in client.get(
                    "/orders", params={"limit": 100, "expand": "refunds", "q[complete]": "1"}
                ).json()["data"]
                if o["refunds"]
            ]
        customer = order["customer"]
        assert set(customer) == CUSTOMER[version], version
        assert customer["id"] == order["customer_id"] and customer["orders_count"] >= 1
        assert customer["full_name"] == f"{customer['first_name']} {customer['last_name']}"
        for name in ("billing_address", "shipping_address"):
            assert set(order[name]) == ADDRESS[version], (version, name)
            assert order[name]["id"].startswith("addr_")
            assert order[name]["customer_id"] == order["customer_id"]
        assert refunded, version
        for refund in refunded[0]["refunds"]:
            assert set(refund) == REFUND[version], version
            assert refund["id"].startswith("re_") and refund["refund_reason_id"].startswith("rr_")
        absent_in_56 = {"cart_id", "coupon_code", "fee_total", "seller_id", "internal_note_html"}
        present = absent_in_56 & set(order)
        assert present == (set() if version == "5.6" else absent_in_56), version
        market = order["market"]
        assert ("country_isos" in market) == (version == "5.6") != ("country_codes" in market)
        with api(sandbox) as client:
            parcels = client.get(f"/orders/{order['id']}/fulfillments").json()["data"]
        assert parcels and all(("tracking_carrier" in p) == (version == "6.0") for p in parcels)
