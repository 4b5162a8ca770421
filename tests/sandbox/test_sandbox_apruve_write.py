"""Apruve v4 changes: lifecycles, refusals, *_on_create flags, validation (own sandbox)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.conftest import SandboxProcess, start_sandbox

KEY = {"Apruve-Api-Key": "demo-apruve"}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox("--seed", "9", "--orders", "20")
    yield process
    process.stop()


@pytest.fixture(scope="module")
def client(sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/api/v4", headers=KEY, timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def admin(sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/_sandbox/apruve", timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def merchant(admin) -> dict:
    overview = admin.get("/overview").json()
    return next(m for m in overview["merchants"] if m["api_key"] == "demo-apruve")


@pytest.fixture(scope="module")
def account(merchant) -> dict:
    """An account with plenty of credit (the second one is nearly at its limit)."""
    return merchant["corporate_accounts"][0]


ITEMS = [
    {"title": "Safety Glasses, Box of 12", "price_ea_cents": 3480, "quantity": 2, "sku": "SG-12"},
    {"title": "Shop Vacuum 16 Gallon", "price_ea_cents": 17999, "quantity": 1},
]


def order_body(merchant: dict, account: dict, **extra: object) -> dict:
    return {
        "merchant_id": merchant["id"],
        "shopper_id": account["authorized_buyers"][-1]["id"],
        "merchant_order_id": "T-1",
        "tax_cents": 500,
        "shipping_cents": 1000,
        "order_items": ITEMS,
        "payment_term": {"corporate_account_id": account["id"]},
        **extra,
    }


def create(client: httpx.Client, merchant: dict, account: dict, **extra: object) -> dict:
    response = client.post("/orders", json=order_body(merchant, account, **extra))
    assert response.status_code == 200, response.text
    return response.json()


def invoices(client: httpx.Client, order: dict) -> list[dict]:
    return client.get(f"/orders/{order['id']}/invoices").json()


def pointers(response: httpx.Response) -> list[str]:
    assert response.status_code == 422, response.text
    errors = response.json()["errors"]
    for error in errors:
        assert set(error) == {"title", "detail", "source"}
    return [error["source"]["pointer"].removeprefix("/data/attributes/") for error in errors]


def new_invoice(client: httpx.Client, order: dict, **extra: object) -> httpx.Response:
    return client.post(f"/orders/{order['id']}/invoices", json={"amount_cents": 25_000, **extra})


def approve(admin: httpx.Client, order: dict) -> None:
    assert admin.post(f"/orders/{order['id']}/approve").status_code == 200


# ---- orders


def test_defaults_finalize_and_invoice_on_create(client, merchant, account) -> None:
    order = create(client, merchant, account)
    assert order["status"] == "pending"
    assert order["finalize_on_create"] is True and order["invoice_on_create"] is True
    assert order["amount_cents"] == 3480 * 2 + 17999 + 500 + 1000
    assert order["customer_id"] == account["customer_uuid"]
    assert order["payment_term"]["status"] == "pending"
    assert order["payment_term"]["escalated_at"] and order["final_state_at"] is None
    created = datetime.fromisoformat(order["created_at"])
    assert datetime.fromisoformat(order["expire_at"]) - created == timedelta(days=45)
    [invoice] = invoices(client, order)
    assert invoice["status"] == "open" and invoice["issued_at"]
    assert invoice["amount_cents"] == order["amount_cents"] == invoice["amount_due"]
    assert [i["title"] for i in invoice["invoice_items"]] == [i["title"] for i in ITEMS]
    assert invoice["bill_to_address"] and invoice["remittance_address"]
    assert client.get(f"/orders/{order['id']}").json()["status"] == "pending"


def test_finalize_on_create_false_keeps_order_new_and_editable(client, merchant, account) -> None:
    order = create(client, merchant, account, finalize_on_create=False)
    assert order["status"] == "new" and order["payment_term"]["status"] == "new"
    assert invoices(client, order) == []
    oid = order["id"]
    updated = client.put(
        f"/orders/{oid}",
        json={
            "shipping_cents": 2500,
            "merchant_order_id": "T-2",
            "order_items": [{"title": "Pallet Jack", "price_ea_cents": 42900, "quantity": 1}],
        },
    ).json()
    assert updated["merchant_order_id"] == "T-2"
    assert [i["title"] for i in updated["order_items"]] == ["Pallet Jack"]
    assert updated["amount_cents"] == 42900 + 500 + 2500
    item = client.post(
        f"/orders/{oid}/order_items", json={"title": "Gloves", "price_ea_cents": 100, "quantity": 3}
    ).json()
    assert item["order_id"] == oid and item["price_total_cents"] == 300
    changed = client.put(f"/order_items/{item['id']}", json={"quantity": 5}).json()
    assert changed["price_total_cents"] == 500
    assert client.get(f"/orders/{oid}").json()["amount_cents"] == 42900 + 500 + 500 + 2500
    deleted = client.delete(f"/order_items/{item['id']}")
    assert deleted.status_code == 200 and deleted.json()["id"] == item["id"]
    assert client.get(f"/order_items/{item['id']}").status_code == 404
    explicit = client.put(f"/orders/{oid}", json={"amount_cents": 50_000}).json()
    assert explicit["amount_cents"] == 50_000

    finalized = client.post(f"/orders/{oid}/finalize").json()
    assert finalized["status"] == "pending"
    [invoice] = invoices(client, order)  # invoice_on_create: created and issued on finalize
    assert invoice["status"] == "open" and invoice["amount_cents"] == 50_000

    assert pointers(client.put(f"/orders/{oid}", json={"tax_cents": 1})) == ["status"]
    first_item = finalized["order_items"][0]["id"]
    assert pointers(client.put(f"/order_items/{first_item}", json={"quantity": 2})) == ["status"]
    assert pointers(client.delete(f"/order_items/{first_item}")) == ["status"]
    assert pointers(client.post(f"/orders/{oid}/order_items", json={"title": "x"})) == ["status"]
    assert pointers(client.post(f"/orders/{oid}/finalize")) == ["status"]


def test_completely_manual_flow(client, admin, merchant, account) -> None:
    """Both flags off: an invoice made before finalizing waits, and is issued on finalize."""
    order = create(client, merchant, account, finalize_on_create=False, invoice_on_create=False)
    early = new_invoice(client, order).json()
    assert early["status"] == "pending" and early["issue_on_create"] is True
    assert pointers(client.post(f"/invoices/{early['id']}/issue")) == ["status"]  # not finalized
    client.post(f"/orders/{order['id']}/finalize")
    assert client.get(f"/invoices/{early['id']}").json()["status"] == "open"
    assert len(invoices(client, order)) == 1  # invoice_on_create off: nothing else created

    waiting = new_invoice(client, order).json()  # order awaits approval: issued on approval
    manual = new_invoice(client, order, issue_on_create=False).json()
    assert waiting["status"] == manual["status"] == "pending"
    approve(admin, order)
    assert client.get(f"/orders/{order['id']}").json()["status"] == "accepted"
    assert client.get(f"/invoices/{waiting['id']}").json()["status"] == "open"
    assert client.get(f"/invoices/{manual['id']}").json()["status"] == "pending"
    issued = client.post(f"/invoices/{manual['id']}/issue").json()
    assert issued["status"] == "open" and issued["issued_at"] and issued["opened_at"]


def test_cancel_order(client, merchant, account) -> None:
    order = create(client, merchant, account, finalize_on_create=False, invoice_on_create=False)
    draft = new_invoice(client, order).json()
    canceled = client.post(f"/orders/{order['id']}/cancel").json()
    assert canceled["status"] == "canceled" and canceled["final_state_at"]
    assert canceled["payment_term"]["status"] == "canceled"
    assert client.get(f"/invoices/{draft['id']}").json()["status"] == "canceled"
    assert pointers(client.post(f"/orders/{order['id']}/cancel")) == ["status"]
    assert pointers(client.post(f"/orders/{order['id']}/finalize")) == ["status"]
    assert pointers(new_invoice(client, order)) == ["order_id"]

    pending = create(client, merchant, account)
    [open_invoice] = invoices(client, pending)
    assert client.post(f"/orders/{pending['id']}/cancel").json()["status"] == "canceled"
    assert client.get(f"/invoices/{open_invoice['id']}").json()["status"] == "canceled"


def test_cancel_refused_once_money_moved(client, admin, merchant, account) -> None:
    order = create(client, merchant, account)
    approve(admin, order)
    [invoice] = invoices(client, order)
    assert client.post(f"/invoices/{invoice['id']}/close").json()["status"] == "closed"
    assert pointers(client.post(f"/orders/{order['id']}/cancel")) == ["status"]


def test_buyer_rejection(client, admin, merchant, account) -> None:
    order = create(client, merchant, account)
    rejected = admin.post(f"/orders/{order['id']}/reject").json()
    assert rejected["status"] == "canceled" and rejected["payment_term"]["status"] == "rejected"
    assert admin.post(f"/orders/{order['id']}/approve").status_code == 422


def test_order_validation(client, merchant, account) -> None:
    body = order_body(merchant, account)
    assert pointers(client.post("/orders", json={})) == ["merchant_id", "shopper_id", "order_items"]
    bad = {
        **body,
        "merchant_id": "f" * 32,
        "currency": "EUR",
        "amount_cents": 100_000_000,
        "tax_cents": "lots",
        "expire_at": "soon",
        "order_items": [{"quantity": 2}],
    }
    assert sorted(pointers(client.post("/orders", json=bad))) == sorted(
        [
            "merchant_id",
            "order_items/0/title",
            "amount_cents",
            "tax_cents",
            "expire_at",
            "currency",
        ]
    )
    other = {**body, "shopper_id": "a" * 32, "payment_term": {"corporate_account_id": "b" * 32}}
    assert sorted(pointers(client.post("/orders", json=other))) == [
        "payment_term/corporate_account_id",
        "shopper_id",
    ]
    response = client.post("/orders", content=b"{not json", headers={"content-type": "x"})
    assert response.status_code == 400


def test_order_without_payment_term_and_string_numbers(client, merchant, account) -> None:
    body = order_body(merchant, account, amount_cents="12345", finalize_on_create="false")
    del body["payment_term"]
    order = client.post("/orders", json=body).json()
    assert order["payment_term"] is None and order["customer_id"] == order["shopper_id"]
    assert order["amount_cents"] == 12345 and order["status"] == "new"


# ---- invoices


def accepted_order(
    client: httpx.Client,
    admin: httpx.Client,
    merchant: dict,
    account: dict,
) -> dict:
    order = create(client, merchant, account, invoice_on_create=False)
    approve(admin, order)
    return order


def test_invoice_lifecycle(client, admin, merchant, account) -> None:
    order = accepted_order(client, admin, merchant, account)
    pending = new_invoice(
        client,
        order,
        issue_on_create=False,
        merchant_invoice_id="A-1",
        terms_of_delivery="FCA Dock",
        footer="Thanks",
    ).json()
    assert pending["status"] == "pending" and pending["issued_at"] is None
    assert pending["terms_of_delivery"] == "FCA Dock" and pending["footer"] == "Thanks"
    iid = pending["id"]
    assert pointers(client.post(f"/invoices/{iid}/close")) == ["status"]
    updated = client.put(
        f"/invoices/{iid}",
        json={
            "amount_cents": 30_000,
            "merchant_notes": "note",
            "invoice_items": [
                {
                    "title": "Fan",
                    "price_ea_cents": 10_000,
                    "quantity": 3,
                    "discount_total_cents": 500,
                    "tax_rate_percentage": 7.5,
                }
            ],
        },
    ).json()
    assert updated["amount_cents"] == 30_000 and updated["amount_due"] == 30_000
    assert updated["merchant_notes"] == "note"
    assert updated["invoice_items"][0]["price_total_cents"] == 29_500
    assert updated["invoice_items"][0]["tax_rate_percentage"] == 7.5
    issued = client.post(f"/invoices/{iid}/issue").json()
    assert issued["status"] == "open"
    assert pointers(client.put(f"/invoices/{iid}", json={"amount_cents": 1})) == ["status"]
    assert pointers(client.post(f"/invoices/{iid}/issue")) == ["status"]
    funded = admin.post(f"/invoices/{iid}/fund").json()
    assert funded["status"] == "funded"
    assert pointers(client.post(f"/invoices/{iid}/cancel")) == ["status"]
    closed = client.post(f"/invoices/{iid}/close").json()
    assert closed["status"] == "closed" and closed["amount_due"] == 0 and closed["final_state_at"]
    assert pointers(client.post(f"/invoices/{iid}/close")) == ["status"]
    assert pointers(client.post(f"/invoices/{iid}/cancel")) == ["status"]


def test_invoice_issue_on_create_on_accepted_order(client, admin, merchant, account) -> None:
    order = accepted_order(client, admin, merchant, account)
    due = (datetime.now(UTC) + timedelta(days=30)).isoformat()
    invoice = new_invoice(client, order, due_at=due).json()
    assert invoice["status"] == "open"
    assert invoice["due_at"].startswith(due[:16])
    canceled = client.post(f"/invoices/{invoice['id']}/cancel").json()
    assert canceled["status"] == "canceled" and canceled["amount_due"] == 0
    pending = new_invoice(client, order, issue_on_create=False).json()
    assert client.post(f"/invoices/{pending['id']}/cancel").json()["status"] == "canceled"
    assert pointers(client.post(f"/invoices/{pending['id']}/issue")) == ["status"]


def test_invoice_validation_and_addresses(client, admin, merchant, account) -> None:
    order = accepted_order(client, admin, merchant, account)
    assert pointers(client.post(f"/orders/{order['id']}/invoices", json={})) == ["amount_cents"]
    partial = {"address_1": "1 Main St", "city": "Fargo"}
    response = new_invoice(client, order, ship_to_address=partial, currency="CAD")
    assert sorted(pointers(response)) == sorted(
        ["currency"]
        + [
            f"ship_to_address/{name}"
            for name in (
                "state",
                "postal_code",
                "country_code",
                "phone_number",
                "contact_name",
                "name",
            )
        ]
    )
    address = {
        **partial,
        "state": "ND",
        "postal_code": "58102",
        "country_code": "US",
        "phone_number": "7015550100",
        "contact_name": "Dock",
        "name": "Plant 2",
    }
    invoice = new_invoice(client, order, ship_to_address=address).json()
    assert invoice["ship_to_address"] == {
        **address,
        "address_2": None,
        "fax_number": None,
        "notes": None,
    }
    assert invoice["bill_to_address"]["name"] == account["name"]


def test_issue_needs_credit(client, admin, merchant) -> None:
    tight = merchant["corporate_accounts"][1]
    assert tight["credit_available_cents"] == 500_00
    order = create(client, merchant, tight, invoice_on_create=False)
    approve(admin, order)
    big = new_invoice(client, order, amount_cents=600_00).json()
    assert big["status"] == "pending"  # could not be issued automatically
    assert pointers(client.post(f"/invoices/{big['id']}/issue")) == ["amount_cents"]
    small = new_invoice(client, order, amount_cents=400_00).json()
    assert small["status"] == "open"


# ---- shipments and returns


def test_shipments(client, admin, merchant, account) -> None:
    order = accepted_order(client, admin, merchant, account)
    invoice = new_invoice(client, order, amount_cents=10_000).json()
    path = f"/invoices/{invoice['id']}/shipments"
    assert pointers(client.post(path, json={"shipper": "UPS"})) == ["shipped_at"]
    bad = client.post(path, json={"shipped_at": "2025-05-01", "status": "lost"})
    assert pointers(bad) == ["status"]
    first = client.post(
        path,
        json={
            "shipped_at": "2025-05-01T10:00:00Z",
            "shipper": "UPS",
            "tracking_number": "1Z9",
            "merchant_shipment_id": "123",
            "tax_cents": 100,
            "shipment_items": [{"title": "Fan", "price_ea_cents": 2000, "quantity": 2}],
        },
    ).json()
    assert first["amount_cents"] == 4100 and first["status"] == "partial"
    assert first["shipped_at"] == "2025-05-01T10:00:00.000Z"
    assert first["merchant_shipment_id"] == "123"
    assert first["shipment_items"][0]["shipment_id"] == first["id"]
    second = client.post(path, json={"shipped_at": "2025-05-03", "amount_cents": 5900}).json()
    assert second["status"] == "fulfilled"
    assert client.get(path).json() == [first, second]
    one = f"{path}/{first['id']}"
    updated = client.put(one, json={"delivered_at": "2025-05-04T12:00:00Z", "status": "fulfilled"})
    assert updated.json()["delivered_at"] == "2025-05-04T12:00:00.000Z"
    assert updated.json()["status"] == "fulfilled"
    assert pointers(client.put(one, json={"shipped_at": None})) == ["shipped_at"]
    assert client.get(one).json() == updated.json()


def test_returns(client, admin, merchant, account) -> None:
    order = accepted_order(client, admin, merchant, account)
    pending = new_invoice(client, order, issue_on_create=False).json()
    refused = client.post(
        f"/invoices/{pending['id']}/invoice_returns",
        json={"amount_cents": 100, "reason": "DAMAGED"},
    )
    assert pointers(refused) == ["invoice_id"]
    invoice = new_invoice(client, order, amount_cents=10_000).json()
    path = f"/invoices/{invoice['id']}/invoice_returns"
    assert pointers(client.post(path, json={})) == ["amount_cents", "reason"]
    assert pointers(client.post(path, json={"amount_cents": 10_000, "reason": "DAMAGED"})) == [
        "amount_cents"
    ]
    assert pointers(client.post(path, json={"amount_cents": 0, "reason": "LOST"})) == [
        "amount_cents",
        "reason",
    ]
    made = client.post(path, json={"amount_cents": 2_500, "reason": "DEFECTIVE"}).json()
    assert made["invoice_id"] == invoice["id"] and made["merchant_id"] == merchant["id"]
    assert made["currency"] == "USD"
    assert client.get(f"/invoices/{invoice['id']}").json()["amount_due"] == 7_500
    amended = client.put(f"{path}/{made['id']}", json={"amount_cents": 3_000, "reason": "OTHER"})
    assert amended.json()["amount_cents"] == 3_000 and amended.json()["reason"] == "OTHER"
    assert pointers(client.put(f"{path}/{made['id']}", json={"reason": "BROKEN"})) == ["reason"]
    assert client.get(path).json() == [amended.json()]
    assert client.get(f"/invoices/{invoice['id']}").json()["amount_due"] == 7_000


# ---- webhooks


def test_webhook_endpoints(client, merchant) -> None:
    path = f"/merchants/{merchant['id']}/webhook_endpoints"
    before = client.get(path).json()
    assert pointers(client.post(path, json={})) == ["version", "url"]
    assert pointers(client.post(path, json={"version": "v3", "url": "ftp://x"})) == [
        "version",
        "url",
    ]
    made = client.post(
        path, json={"version": "v4", "url": "https://example.com/hook", "auth_header": "Bearer abc"}
    ).json()
    assert made["version"] == "v4" and made["auth_header"] == "Bearer abc"
    assert client.get(path).json() == [*before, made]
    assert client.get(f"{path}/{made['id']}").json() == made
    deleted = client.delete(f"{path}/{made['id']}")
    assert deleted.status_code == 200 and deleted.json() == made
    assert client.get(f"{path}/{made['id']}").status_code == 404
    assert client.get(path).json() == before
