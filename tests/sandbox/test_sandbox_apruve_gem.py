"""Apruve v4 as its own Ruby client speaks it: the requests apruve-ruby 2.0.11 builds.

Each body here is the one the gem builds (`lib/apruve/resources/*.rb`, whose `to_json` is
`ApruveObject#to_hash`: every attribute set, nil ones left out, item lists as their hashes),
copied from its specs' expected JSON where they spell it out. The document shows none of
these shapes; the server's own client is the better witness of what the server accepts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import SandboxProcess, start_sandbox

KEY = "demo-apruve"
HEADERS = {"Apruve-Api-Key": KEY, "Accept": "application/json;revision=v4"}
UPDATES = [
    pytest.param("PATCH", True, id="PATCH-wrapped"),
    pytest.param("PATCH", False, id="PATCH-flat"),
    pytest.param("PUT", True, id="PUT-wrapped"),
    pytest.param("PUT", False, id="PUT-flat"),
]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox("--seed", "11", "--anchor-date", "2025-06-01")
    yield process
    process.stop()


@pytest.fixture(scope="module")
def client(sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/api/v4", headers=HEADERS, timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def admin(sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/_sandbox/apruve", timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def merchant(admin) -> dict:
    overview = admin.get("/overview").json()
    return next(m for m in overview["merchants"] if m["api_key"] == KEY)


@pytest.fixture(scope="module")
def account(merchant) -> dict:
    return max(merchant["corporate_accounts"], key=lambda a: a["credit_available_cents"])


# ---- the gem's serialisation ------------------------------------------------------------------


def gem_hash(record: dict[str, Any]) -> dict[str, Any]:
    """`ApruveObject#to_hash` of a record built from a server answer (`Order.new(body)`):
    nil attributes are dropped, item lists become their items' hashes, other values (the
    `payment_term` and `links` hashes) go back as they came."""
    return {
        key: [gem_hash(item) for item in value] if isinstance(value, list) else value
        for key, value in record.items()
        if value is not None
    }


def send(client: httpx.Client, method: str, path: str, body: dict, wrap: str | None):
    return client.request(method, path, json={wrap: body} if wrap else body)


def value_string(order: dict[str, Any]) -> str:
    """`Order#value_string` (order.rb): the fields interpolated, nil as nothing."""

    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    head = (
        "merchant_id",
        "merchant_order_id",
        "amount_cents",
        "currency",
        "tax_cents",
        "shipping_cents",
        "expire_at",
        "accepts_payment_terms",
        "finalize_on_create",
        "invoice_on_create",
    )
    tail = (
        "title",
        "plan_code",
        "price_total_cents",
        "price_ea_cents",
        "quantity",
        "merchant_notes",
        "description",
        "variant_info",
        "sku",
        "vendor",
        "view_product_url",
    )
    result = "".join(text(order.get(name)) for name in head)
    for item in order.get("order_items", []):
        result += "".join(text(item.get(name)) for name in tail)
    return result


def secure_hash(order: dict[str, Any]) -> str:
    """`Order#secure_hash` (order.rb): SHA-256 of the API key and `value_string`."""
    return hashlib.sha256((KEY + value_string(order)).encode()).hexdigest()


def gem_order(merchant: dict, account: dict, **extra: object) -> dict[str, Any]:
    """`Order.new(...)` as order_spec.rb builds its payment request, with string prices."""
    return {
        "merchant_id": merchant["id"],
        "shopper_id": account["authorized_buyers"][0]["id"],
        "merchant_order_id": "ABC",
        "amount_cents": 12340,
        "tax_cents": 0,
        "shipping_cents": 0,
        "order_items": [
            {
                "title": "line 1",
                "price_ea_cents": "123",
                "quantity": 10,
                "description": "A line item",
                "variant_info": "small",
                "sku": "LINE1SKU",
                "vendor": "acme, inc.",
                "view_product_url": "http://www.apruve.com/doc",
            },
            {"title": "line 2", "price_ea_cents": "40"},
        ],
        "finalize_on_create": False,
        "invoice_on_create": False,
        "payment_term": {"corporate_account_id": account["id"]},
        **extra,
    }


def new_order(client: httpx.Client, merchant: dict, account: dict, **extra: object) -> dict:
    """`Order#save!`: `POST orders` with the order's `to_json`, unwrapped."""
    response = client.post("/orders", json=gem_order(merchant, account, **extra))
    assert response.status_code == 200, response.text
    return response.json()


def new_invoice(client: httpx.Client, order: dict, **extra: object) -> dict:
    """`Invoice#save!` (invoice.rb): `POST invoices` with invoice_spec.rb's `to_json`,
    `{"order_id":"9999","amount_cents":12340,"invoice_items":[],"currency":"USD"}`."""
    body = {"order_id": order["id"], "amount_cents": 12340, "invoice_items": [], "currency": "USD"}
    response = client.post("/invoices", json={**body, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def spec_shipment(invoice_id: str) -> dict[str, Any]:
    """shipment_spec.rb's `to_json`, field for field (its `id` left to the server)."""
    return {
        "amount_cents": 1234578,
        "merchant_notes": "foo",
        "invoice_id": invoice_id,
        "shipper": "shipper name",
        "shipped_at": "2016-11-11T00:00:00-06:00",
        "delivered_at": "2016-11-11T00:00:00-06:00",
        "tracking_number": "1234abcd",
        "currency": "USD",
        "tax_cents": 1234,
        "shipping_cents": 12345,
        "status": "fulfilled",
        "merchant_shipment_id": "ZZ1234567",
        "shipment_items": [],
    }


def refusal(response: httpx.Response) -> str:
    assert response.status_code == 422, response.text
    [error] = response.json()["errors"]
    assert error["source"] == {"pointer": "/data/attributes/base"}
    return error["title"]


# ---- orders -----------------------------------------------------------------------------------


def test_save_with_string_prices_and_secure_hash(client, merchant, account) -> None:
    body = gem_order(merchant, account)
    body["secure_hash"] = secure_hash(body)
    order = client.post("/orders", json=body).json()
    assert order["status"] == "new" and order["merchant_order_id"] == "ABC"
    assert [i["price_ea_cents"] for i in order["order_items"]] == [123, 40]
    assert order["order_items"][0]["product_url"] == "http://www.apruve.com/doc"
    assert order["amount_cents"] == 12340 and order["po_number"] is None
    assert order["updated_at"] == order["created_at"]


@pytest.mark.parametrize(("method", "wrapped"), UPDATES)
def test_order_update_as_the_gem_sends_it(client, merchant, account, method, wrapped) -> None:
    """`Order.find(id)`, change a field, `update!`: `PATCH orders/:id` with `{order: self}`
    (order.rb): the whole order as read, read-only fields and all."""
    order = new_order(client, merchant, account)
    changed = {**gem_hash(order), "merchant_order_id": "ABC-2", "po_number": "PO-778"}
    response = send(client, method, f"/orders/{order['id']}", changed, "order" if wrapped else None)
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["merchant_order_id"] == "ABC-2" and updated["po_number"] == "PO-778"
    assert [i["id"] for i in updated["order_items"]] == [i["id"] for i in order["order_items"]]
    assert updated["amount_cents"] == order["amount_cents"] and updated["status"] == "new"
    assert updated["updated_at"] > order["updated_at"]
    assert client.get(f"/orders/{order['id']}").json() == updated


def test_order_update_of_the_gem_spec_changes_nothing_and_says_so(client, merchant, account):
    """order_spec.rb's `update!`: `Order.new id:, merchant_id: 9999, payment_term:` sends
    `{"order": {"id", "merchant_id", "payment_term", "order_items": []}}` (its `initialize`
    sets the missing items to []): nothing in it can change, so nothing is answered 200."""
    order = new_order(client, merchant, account)
    body = {
        "id": order["id"],
        "merchant_id": 9999,
        "payment_term": {"corporate_account_id": account["id"]},
        "order_items": [],
    }
    message = refusal(client.patch(f"/orders/{order['id']}", json={"order": body}))
    assert "order_items is empty" in message
    assert "id, merchant_id, payment_term cannot be changed" in message
    assert "merchant_order_id" in message  # what could be sent instead
    assert client.get(f"/orders/{order['id']}").json() == order


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({}, "the body has no attributes"),
        ({"colour": "red"}, "colour is not an attribute of an order"),
        ({"ordr": {"merchant_order_id": "X"}}, "ordr is not an attribute of an order"),
        ({"order": {"status": "accepted"}}, "status cannot be changed by an update"),
    ],
)
def test_order_update_without_a_known_field_is_refused(client, merchant, account, body, reason):
    order = new_order(client, merchant, account)
    for method in ("PATCH", "PUT"):
        message = refusal(client.request(method, f"/orders/{order['id']}", json=body))
        assert message.startswith("nothing to update (") and reason in message
    assert client.get(f"/orders/{order['id']}").json() == order


def test_order_item_updates_take_patch_and_the_wrapper(client, merchant, account) -> None:
    """Order items by PATCH or PUT, wrapped as `order_item` or not; the gem's
    `view_product_url` (order_item.rb) is the document's `product_url`."""
    order = new_order(client, merchant, account)
    path = f"/order_items/{order['order_items'][1]['id']}"
    patched = client.patch(path, json={"order_item": {"quantity": 4}})
    assert patched.status_code == 200 and patched.json()["price_total_cents"] == 160
    linked = client.put(path, json={"view_product_url": "https://x.example/2"}).json()
    assert linked["product_url"] == "https://x.example/2" and linked["quantity"] == 4
    assert "qty is not an attribute of an order item" in refusal(
        client.patch(path, json={"qty": 5})
    )
    assert client.get(path).json() == linked


def test_find_by_hash_filters_by_secure_hash(client, merchant, account) -> None:
    """`Order.find_by_hash(h)`: `GET orders?secure_hash=h`, then the newest answered;
    order_spec.rb expects `[]` for a hash no order has, not a page of every order."""
    body = gem_order(merchant, account, merchant_order_id="HASHED")
    body["secure_hash"] = secure_hash(body)
    first = client.post("/orders", json=body).json()
    again = client.post("/orders", json=body).json()  # a checkout posted twice
    found = client.get("/orders", params={"secure_hash": body["secure_hash"]}).json()
    assert [o["id"] for o in found] == [again["id"], first["id"]]  # newest first
    assert client.get("/orders", params={"secure_hash": "fffd123"}).json() == []
    assert len(client.get("/orders").json()) == 25  # without it, the plain first page


# ---- invoices ---------------------------------------------------------------------------------


def test_invoice_save_posts_to_invoices_with_order_id(client, merchant, account) -> None:
    order = new_order(client, merchant, account)
    invoice = new_invoice(client, order)
    assert invoice["order_id"] == order["id"] and invoice["amount_cents"] == 12340
    assert invoice["status"] == "pending"  # issue_on_create waits for the order's finalize
    assert client.get(f"/orders/{order['id']}/invoices").json() == [invoice]
    wrapped = client.post(
        "/invoices", json={"invoice": {"order_id": order["id"], "amount_cents": 5}}
    )
    assert wrapped.status_code == 200 and wrapped.json()["order_id"] == order["id"]


def test_invoice_save_without_a_known_order(client) -> None:
    missing = client.post("/invoices", json={"amount_cents": 12340, "currency": "USD"})
    assert missing.status_code == 422
    assert [e["source"]["pointer"] for e in missing.json()["errors"]] == [
        "/data/attributes/order_id"
    ]
    unknown = client.post("/invoices", json={"order_id": "9999", "amount_cents": 12340})
    assert unknown.status_code == 404


@pytest.mark.parametrize(("method", "wrapped"), UPDATES)
def test_invoice_update_as_the_gem_sends_it(client, merchant, account, method, wrapped) -> None:
    """`Invoice.find(id)`, change the notes, `update!`: `PATCH invoices/:id` with the whole
    invoice unwrapped (invoice.rb); its items come back as the gem's `OrderItem`s."""
    order = new_order(client, merchant, account)
    invoice = new_invoice(client, order, invoice_items=[{"title": "Fan", "price_ea_cents": 99}])
    changed = {**gem_hash(invoice), "merchant_notes": "Net 30, thank you"}
    changed["bill_to_address"] = {**invoice["bill_to_address"], "contact_name": "Ann Smith"}
    path = f"/invoices/{invoice['id']}"
    response = send(client, method, path, changed, "invoice" if wrapped else None)
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["merchant_notes"] == "Net 30, thank you"
    assert updated["bill_to_address"]["contact_name"] == "Ann Smith"
    assert updated["invoice_items"] == invoice["invoice_items"]  # kept, ids and all
    assert client.get(path).json() == updated


def test_invoice_update_of_a_new_gem_object_keeps_the_items(client, merchant, account) -> None:
    """`Invoice.new(id:, order_id:, amount_cents:).update!` sends `"invoice_items": []`
    (its `initialize` fills the missing list): the amount changes, the items stay."""
    order = new_order(client, merchant, account)
    invoice = new_invoice(client, order, invoice_items=[{"title": "Fan", "price_ea_cents": 99}])
    body = {
        "id": invoice["id"],
        "order_id": order["id"],
        "amount_cents": 20000,
        "invoice_items": [],
        "currency": "USD",
    }
    updated = client.patch(f"/invoices/{invoice['id']}", json=body).json()
    assert updated["amount_cents"] == 20000
    assert updated["invoice_items"] == invoice["invoice_items"]


def test_invoice_update_without_a_known_field_is_refused(client, merchant, account) -> None:
    order = new_order(client, merchant, account)
    invoice = new_invoice(client, order)
    path = f"/invoices/{invoice['id']}"
    assert "notes is not an attribute of an invoice" in refusal(
        client.patch(path, json={"invoice": {"notes": "x"}})
    )
    assert "status cannot be changed" in refusal(client.put(path, json={"status": "closed"}))
    assert client.get(path).json() == invoice


# ---- shipments and returns --------------------------------------------------------------------


@pytest.mark.parametrize(("method", "wrapped"), UPDATES)
def test_shipment_save_and_update_as_the_gem_sends_them(
    client, merchant, account, method, wrapped
) -> None:
    """`Shipment#save!` posts shipment_spec.rb's `to_json`; `update!` sends it again by
    `PATCH invoices/:invoice_id/shipments/:id` (shipment.rb)."""
    invoice = new_invoice(client, new_order(client, merchant, account))
    path = f"/invoices/{invoice['id']}/shipments"
    body = spec_shipment(invoice["id"])
    body["shipment_items"] = [{"title": "line 1", "price_ea_cents": 123, "quantity": 10}]
    made = client.post(path, json=body)
    assert made.status_code == 200, made.text
    shipment = made.json()
    assert shipment["merchant_shipment_id"] == "ZZ1234567"
    assert shipment["shipped_at"] == "2016-11-11T06:00:00.000Z"
    again = {**spec_shipment(invoice["id"]), "id": shipment["id"], "tracking_number": "1Z77"}
    one = f"{path}/{shipment['id']}"
    response = send(client, method, one, again, "shipment" if wrapped else None)
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["tracking_number"] == "1Z77" and updated["merchant_shipment_id"] == "ZZ1234567"
    assert updated["shipment_items"] == shipment["shipment_items"]  # `[]` changes nothing
    assert client.get(one).json() == updated


def test_merchant_shipment_id_is_text(client, merchant, account) -> None:
    """A string in the document's parameter table and the gem; its examples' number is kept
    as its text."""
    invoice = new_invoice(client, new_order(client, merchant, account))
    path = f"/invoices/{invoice['id']}/shipments"
    numeric = client.post(path, json={"shipped_at": "2025-05-01", "merchant_shipment_id": 12345})
    assert numeric.json()["merchant_shipment_id"] == "12345"
    one = f"{path}/{numeric.json()['id']}"
    renamed = client.patch(one, json={"merchant_shipment_id": "WH2-00917/B"}).json()
    assert renamed["merchant_shipment_id"] == "WH2-00917/B"
    assert "shiper is not an attribute of a shipment" in refusal(
        client.patch(one, json={"shipment": {"shiper": "UPS"}})
    )
    assert client.get(one).json() == renamed


def test_return_update_takes_the_wrapper_and_refuses_nothing_to_do(
    client, admin, merchant, account
) -> None:
    order = new_order(client, merchant, account, invoice_on_create=False)
    assert client.post(f"/orders/{order['id']}/finalize").status_code == 200
    assert admin.post(f"/orders/{order['id']}/approve").status_code == 200
    invoice = new_invoice(client, order)
    assert invoice["status"] == "open"
    path = f"/invoices/{invoice['id']}/invoice_returns"
    made = client.post(path, json={"invoice_return": {"amount_cents": 100, "reason": "DAMAGED"}})
    assert made.status_code == 200 and made.json()["amount_cents"] == 100
    one = f"{path}/{made.json()['id']}"
    amended = client.patch(one, json={"invoice_return": {"amount_cents": 200}}).json()
    assert amended["amount_cents"] == 200
    assert "created_at cannot be changed" in refusal(client.put(one, json={"created_at": "x"}))
    assert client.get(one).json() == amended


# ---- webhook endpoints ------------------------------------------------------------------------


def test_webhook_create_as_the_gem_sends_it(client, merchant) -> None:
    """`WebhookEndpoint#create!`: `POST merchants/:id/webhook_endpoints` with
    `{webhook_endpoint: self}`, the merchant id inside (webhook_endpoint.rb)."""
    path = f"/merchants/{merchant['id']}/webhook_endpoints"
    body = {"merchant_id": merchant["id"], "version": "v4", "url": "https://shop.example/h"}
    made = client.post(path, json={"webhook_endpoint": body})
    assert made.status_code == 200, made.text
    assert made.json()["url"] == "https://shop.example/h" and made.json()["version"] == "v4"
    flat = client.post(path, json={"version": "v4", "url": "https://shop.example/flat"})
    assert flat.status_code == 200
    # The gem spec's bare `WebhookEndpoint.new(merchant_id:)` names no url: refused, not kept.
    bare = client.post(path, json={"webhook_endpoint": {"merchant_id": merchant["id"]}})
    assert bare.status_code == 422
    pointers = [e["source"]["pointer"] for e in bare.json()["errors"]]
    assert pointers == ["/data/attributes/version", "/data/attributes/url"]
    ids = [hook["id"] for hook in client.get(path).json()]
    assert made.json()["id"] in ids and flat.json()["id"] in ids


def test_webhook_endpoints_have_no_update(client, merchant) -> None:
    """Neither the gem nor the document updates an endpoint (delete and create instead):
    no route, Rails' 404, for either verb."""
    path = f"/merchants/{merchant['id']}/webhook_endpoints"
    [hook, *_] = client.get(path).json()
    for method in ("PATCH", "PUT"):
        response = client.request(method, f"{path}/{hook['id']}", json={"url": "https://x.example"})
        assert response.status_code == 404
    assert client.get(f"{path}/{hook['id']}").json() == hook


# ---- what the gem's models read that the document's examples lack ----------------------------


def test_fields_the_gem_reads_are_rendered(client, merchant) -> None:
    order = client.get("/orders").json()[0]
    assert order["updated_at"] >= order["created_at"]
    assert any(o["po_number"] for o in client.get("/orders").json())
    accounts = client.get(f"/merchants/{merchant['id']}/corporate_accounts").json()
    for account in accounts:
        assert account["credit_amount_cents"] > 0 and account["status"] == "active"
        assert (
            account["credit_balance_cents"] + account["credit_available_cents"]
            == account["credit_amount_cents"]
        )
        assert account["created_at"] <= account["updated_at"]
    assert any(a["credit_balance_cents"] > 0 for a in accounts)
