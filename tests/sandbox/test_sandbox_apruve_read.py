"""Apruve v4 reads: shapes, auth, 404s, pagination, filters, seeded states, determinism."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import SandboxProcess, start_sandbox

KEY = {"Apruve-Api-Key": "demo-apruve", "Accept": "application/json;revision=v4"}
HARBOR = {"Apruve-Api-Key": "demo-apruve-harbor"}
UNAUTHORIZED = {"error": "You need to login or sign up before continuing."}
NOT_FOUND = {"errors": [{"title": "Not Found"}]}
HEX32 = re.compile(r"[0-9a-f]{32}")
INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
MISSING = "0" * 32

ORDER_KEYS = [
    "id",
    "merchant_id",
    "customer_id",
    "shopper_id",
    "amount_cents",
    "currency",
    "status",
    "merchant_order_id",
    "po_number",
    "accepts_payment_terms",
    "tax_cents",
    "shipping_cents",
    "expire_at",
    "created_at",
    "updated_at",
    "final_state_at",
    "order_items",
    "payment_term",
    "default_payment_method",
    "links",
    "finalize_on_create",
    "invoice_on_create",
]
ORDER_ITEM_KEYS = [
    "id",
    "order_id",
    "price_ea_cents",
    "quantity",
    "price_total_cents",
    "currency",
    "title",
    "merchant_notes",
    "description",
    "sku",
    "variant_info",
    "vendor",
    "product_url",
    "links",
]
INVOICE_KEYS = [
    "id",
    "order_id",
    "amount_cents",
    "currency",
    "created_at",
    "opened_at",
    "issued_at",
    "status",
    "final_state_at",
    "amount_due",
    "shipping_cents",
    "tax_cents",
    "merchant_notes",
    "terms_of_delivery",
    "footer",
    "merchant_invoice_id",
    "due_at",
    "invoice_items",
    "issue_on_create",
    "links",
    "bill_to_address",
    "fiscal_representative",
    "remittance_address",
    "ship_to_address",
    "sold_to_address",
]
INVOICE_ITEM_KEYS = [
    "id",
    "price_ea_cents",
    "quantity",
    "price_total_cents",
    "tax_cents",
    "discount_total_cents",
    "tax_rate_percentage",
    "tax_exemption_reason",
    "currency",
    "title",
    "merchant_notes",
    "description",
    "sku",
    "variant_info",
    "vendor",
    "view_product_url",
    "links",
]
ADDRESS_KEYS = [
    "address_1",
    "address_2",
    "city",
    "state",
    "postal_code",
    "country_code",
    "phone_number",
    "fax_number",
    "contact_name",
    "name",
    "notes",
]
SHIPMENT_KEYS = [
    "id",
    "invoice_id",
    "amount_cents",
    "tax_cents",
    "shipping_cents",
    "currency",
    "shipper",
    "tracking_number",
    "shipped_at",
    "delivered_at",
    "merchant_notes",
    "status",
    "merchant_shipment_id",
    "shipment_items",
]
SHIPMENT_ITEM_KEYS = [
    "id",
    "shipment_id",
    "price_ea_cents",
    "quantity",
    "price_total_cents",
    "tax_cents",
    "shipping_cents",
    "currency",
    "title",
    "merchant_notes",
    "description",
    "sku",
    "variant_info",
    "vendor",
]
ARGS = ("--seed", "5", "--orders", "20", "--anchor-date", "2025-06-01")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox(*ARGS)
    yield process
    process.stop()


@pytest.fixture(scope="module")
def client(sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/api/v4", headers=KEY, timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def overview(sandbox) -> dict:
    with sandbox.admin() as admin:
        return admin.get("/_sandbox/apruve/overview").json()


@pytest.fixture(scope="module")
def merchant(overview) -> dict:
    return next(m for m in overview["merchants"] if m["api_key"] == "demo-apruve")


@pytest.fixture(scope="module")
def orders(client) -> list[dict]:
    rows: list[dict] = []
    for page in (1, 2):
        rows += client.get("/orders", params={"per_page": 100, "page": page}).json()
    return rows


@pytest.fixture(scope="module")
def truth(sandbox, orders) -> dict[str, dict]:
    ids = ",".join(order["id"] for order in orders)
    with sandbox.admin() as admin:
        data = admin.get("/_sandbox/apruve/orders", params={"ids": ids}).json()["data"]
    return {order["id"]: order for order in data}


def all_invoices(truth: dict[str, dict]) -> list[dict]:
    return [invoice for order in truth.values() for invoice in order["invoices"]]


# ---- auth and errors


def test_api_key_is_required(sandbox) -> None:
    with httpx.Client(base_url=sandbox.url + "/api/v4", timeout=10) as anonymous:
        for path in ("/orders", f"/orders/{MISSING}", f"/users/{MISSING}"):
            response = anonymous.get(path)
            assert response.status_code == 401
            assert response.json() == UNAUTHORIZED
        wrong = anonymous.get("/orders", headers={"Apruve-Api-Key": "nope"})
        assert wrong.status_code == 401 and wrong.json() == UNAUTHORIZED
        posted = anonymous.post(f"/orders/{MISSING}/finalize")
        assert posted.status_code == 401


def test_accept_header_is_optional(sandbox) -> None:
    with httpx.Client(base_url=sandbox.url + "/api/v4", timeout=10) as plain:
        response = plain.get("/orders", headers={"Apruve-Api-Key": "demo-apruve"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/orders/{x}"),
        ("PUT", "/orders/{x}"),
        ("PATCH", "/orders/{x}"),
        ("POST", "/orders/{x}/finalize"),
        ("POST", "/orders/{x}/cancel"),
        ("GET", "/order_items/{x}"),
        ("PUT", "/order_items/{x}"),
        ("PATCH", "/order_items/{x}"),
        ("DELETE", "/order_items/{x}"),
        ("GET", "/orders/{x}/order_items"),
        ("POST", "/orders/{x}/order_items"),
        ("GET", "/invoices/{x}"),
        ("PUT", "/invoices/{x}"),
        ("PATCH", "/invoices/{x}"),
        ("POST", "/invoices/{x}/issue"),
        ("POST", "/invoices/{x}/close"),
        ("POST", "/invoices/{x}/cancel"),
        ("GET", "/orders/{x}/invoices"),
        ("POST", "/orders/{x}/invoices"),
        ("GET", "/invoices/{x}/shipments"),
        ("GET", "/invoices/{x}/invoice_returns"),
        ("GET", "/merchants/{x}"),
        ("GET", "/merchants/{x}/corporate_accounts"),
        ("GET", "/users/{x}"),
        ("GET", "/merchants/{x}/webhook_endpoints"),
        ("GET", "/nothing/here"),
        ("PATCH", "/orders"),
    ],
)
def test_unknown_ids_and_routes_are_404(client, method, path) -> None:
    response = client.request(method, path.format(x=MISSING), json={})
    assert response.status_code == 404
    assert response.json() == NOT_FOUND


def test_nested_unknown_ids_are_404(client, merchant, truth) -> None:
    invoice = next(i for i in all_invoices(truth) if i["shipments"])
    mid = merchant["id"]
    for path in (
        f"/invoices/{invoice['id']}/shipments/{MISSING}",
        f"/invoices/{invoice['id']}/invoice_returns/{MISSING}",
        f"/merchants/{mid}/corporate_accounts/{MISSING}",
        f"/merchants/{mid}/webhook_endpoints/{MISSING}",
        "/orders/not-an-id",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json() == NOT_FOUND


def test_other_merchants_records_are_unknown(sandbox, client, merchant, orders) -> None:
    with httpx.Client(base_url=sandbox.url + "/api/v4", headers=HARBOR, timeout=10) as harbor:
        theirs = harbor.get("/orders", params={"per_page": 100}).json()
        assert len(theirs) == 20
        assert {o["merchant_id"] for o in theirs} != {merchant["id"]}
        assert harbor.get(f"/orders/{orders[0]['id']}").status_code == 404
        assert harbor.get(f"/merchants/{merchant['id']}").status_code == 404
        assert harbor.get(f"/users/{orders[0]['shopper_id']}").status_code == 404
    assert client.get(f"/orders/{theirs[0]['id']}").status_code == 404


# ---- shapes


def test_order_shape(client, orders) -> None:
    order = client.get(f"/orders/{orders[0]['id']}").json()
    assert list(order) == ORDER_KEYS
    assert order == orders[0]
    assert HEX32.fullmatch(order["id"]) and HEX32.fullmatch(order["merchant_id"])
    assert order["currency"] == "USD"
    assert INSTANT.fullmatch(order["created_at"]) and INSTANT.fullmatch(order["expire_at"])
    assert list(order["order_items"][0]) == ORDER_ITEM_KEYS
    base = str(client.base_url).rstrip("/")
    assert order["links"] == {
        "self": f"{base}/orders/{order['id']}",
        "customer": f"{base}/users/{order['customer_id']}",
        "shopper": f"{base}/users/{order['shopper_id']}",
        "merchant": f"{base}/merchants/{order['merchant_id']}",
        "invoices": f"{base}/orders/{order['id']}/invoices",
    }
    item = order["order_items"][0]
    assert item["links"] == {
        "self": f"{base}/order_items/{item['id']}",
        "order": f"{base}/orders/{order['id']}",
    }
    term = order["payment_term"]
    assert list(term) == [
        "corporate_account_id",
        "type",
        "status",
        "escalated_at",
        "final_state_at",
        "links",
    ]
    assert term["type"] == "CorporateAccount"


def test_seeded_order_amounts_add_up(orders) -> None:
    for order in orders:
        items = sum(item["price_total_cents"] for item in order["order_items"])
        assert order["amount_cents"] == items + order["tax_cents"] + order["shipping_cents"]
        for item in order["order_items"]:
            assert item["price_total_cents"] == item["price_ea_cents"] * item["quantity"]
        assert 0 < order["amount_cents"] <= 99_999_999


def test_order_items_endpoints(client, orders) -> None:
    order = next(o for o in orders if len(o["order_items"]) >= 2)
    listed = client.get(f"/orders/{order['id']}/order_items").json()
    assert listed == order["order_items"]
    one = client.get(f"/order_items/{listed[1]['id']}").json()
    assert one == listed[1]
    paged = client.get(f"/orders/{order['id']}/order_items", params={"per_page": 1, "page": 2})
    assert paged.json() == [listed[1]]


def test_invoice_shape(client, truth) -> None:
    seeded = next(i for i in all_invoices(truth) if i["fiscal_representative"] is None)
    invoice = client.get(f"/invoices/{seeded['id']}").json()
    assert list(invoice) == INVOICE_KEYS
    assert list(invoice["invoice_items"][0]) == INVOICE_ITEM_KEYS
    for kind in ("bill_to_address", "remittance_address", "ship_to_address", "sold_to_address"):
        assert list(invoice[kind]) == ADDRESS_KEYS
    base = str(client.base_url).rstrip("/")
    assert invoice["links"] == {
        "self": f"{base}/invoices/{invoice['id']}",
        "order": f"{base}/orders/{invoice['order_id']}",
    }
    listed = client.get(f"/orders/{invoice['order_id']}/invoices").json()
    assert invoice in listed


def test_seeded_invoices_are_consistent(truth) -> None:
    invoices = all_invoices(truth)
    for invoice in invoices:
        items = invoice["invoice_items"]
        assert invoice["tax_cents"] == sum(i["tax_cents"] for i in items)
        total = sum(i["price_total_cents"] for i in items)
        assert invoice["amount_cents"] == total + invoice["tax_cents"] + invoice["shipping_cents"]
        for item in items:
            gross = item["price_ea_cents"] * item["quantity"]
            assert item["price_total_cents"] == gross - item["discount_total_cents"]
        returned = sum(r["amount_cents"] for r in invoice["invoice_returns"])
        if invoice["status"] in ("closed", "canceled"):
            assert invoice["amount_due"] == 0 and invoice["final_state_at"]
        else:
            assert invoice["amount_due"] == invoice["amount_cents"] - returned
        if invoice["status"] == "pending":
            assert invoice["issued_at"] is None and invoice["opened_at"] is None
        else:
            assert invoice["issued_at"] or invoice["status"] == "canceled"
        for shipment in invoice["shipments"]:
            assert shipment["status"] in ("fulfilled", "partial")
            assert shipment["shipped_at"]


def test_seeded_data_covers_every_state(overview, truth) -> None:
    main = next(m for m in overview["merchants"] if m["api_key"] == "demo-apruve")
    assert set(main["orders_by_status"]) == {"new", "pending", "accepted", "canceled"}
    assert sum(main["orders_by_status"].values()) == 150
    assert set(main["invoices_by_status"]) == {"pending", "open", "funded", "closed", "canceled"}
    invoices = all_invoices(truth)
    assert any(i["invoice_returns"] for i in invoices)
    statuses = {s["status"] for i in invoices for s in i["shipments"]}
    assert statuses == {"fulfilled", "partial"}
    assert any(i["fiscal_representative"] for i in invoices)
    assert any(item["tax_exemption_reason"] for i in invoices for item in i["invoice_items"])
    assert any(item["discount_total_cents"] for i in invoices for item in i["invoice_items"])
    assert {i["terms_of_delivery"] is not None for i in invoices} == {True}
    assert all(i["footer"] for i in invoices)
    orders = list(truth.values())
    assert {o["finalize_on_create"] for o in orders} == {True, False}
    assert {o["invoice_on_create"] for o in orders} == {True, False}
    assert any(o["default_payment_method"] for o in orders)
    for order in orders:
        if order["status"] == "new":
            assert order["payment_term"]["status"] == "new"
            assert all(i["status"] == "pending" for i in order["invoices"])
        if order["status"] == "canceled":
            assert all(i["status"] == "canceled" for i in order["invoices"])


def test_shipments_and_returns(client, truth) -> None:
    invoice = next(i for i in all_invoices(truth) if i["invoice_returns"] and i["shipments"])
    shipments = client.get(f"/invoices/{invoice['id']}/shipments").json()
    assert shipments == invoice["shipments"]
    assert list(shipments[0]) == SHIPMENT_KEYS
    assert list(shipments[0]["shipment_items"][0]) == SHIPMENT_ITEM_KEYS
    one = client.get(f"/invoices/{invoice['id']}/shipments/{shipments[0]['id']}").json()
    assert one == shipments[0]
    returns = client.get(f"/invoices/{invoice['id']}/invoice_returns").json()
    assert returns == invoice["invoice_returns"]
    assert list(returns[0]) == [
        "id",
        "invoice_id",
        "amount_cents",
        "currency",
        "reason",
        "merchant_id",
    ]
    assert returns[0]["reason"] in (
        "REFUSED",
        "DAMAGED",
        "DEFECTIVE",
        "DUPLICATE",
        "CONSIGNMENT",
        "OTHER",
    )
    assert 0 < returns[0]["amount_cents"] < invoice["amount_cents"]
    got = client.get(f"/invoices/{invoice['id']}/invoice_returns/{returns[0]['id']}").json()
    assert got == returns[0]


def test_merchant_accounts_webhooks_users(client, merchant) -> None:
    mid = merchant["id"]
    body = client.get(f"/merchants/{mid}").json()
    assert body == {k: merchant[k] for k in ("id", "name", "email", "web_url", "phone")}
    assert client.get(f"/merchants/{mid}/").json() == body
    accounts = client.get(f"/merchants/{mid}/corporate_accounts").json()
    assert len(accounts) == 18
    account = accounts[0]
    assert list(account) == [
        "id",
        "merchant_uuid",
        "customer_uuid",
        "type",
        "payment_term_strategy_name",
        "name",
        "authorized_buyers",
        "created_at",
        "updated_at",
        "disabled_at",
        "status",
        "trusted_merchant",
        "creditor_term_id",
        "payment_method_id",
        "credit_amount_cents",
        "credit_balance_cents",
        "credit_available_cents",
    ]
    assert account["merchant_uuid"] == mid and account["type"] == "corporate"
    assert list(account["authorized_buyers"][0]) == ["id", "name", "email"]
    one = client.get(f"/merchants/{mid}/corporate_accounts/{account['id']}").json()
    assert one == account
    buyer = account["authorized_buyers"][0]
    assert client.get(f"/users/{buyer['id']}").json() == buyer
    assert client.get(f"/users/{buyer['id']}/").json() == buyer
    hooks = client.get(f"/merchants/{mid}/webhook_endpoints").json()
    assert len(hooks) == 1
    assert list(hooks[0]) == ["id", "version", "url", "auth_header"]
    assert hooks[0]["version"] == "v4"
    assert client.get(f"/merchants/{mid}/webhook_endpoints/{hooks[0]['id']}").json() == hooks[0]


# ---- lists


def test_pagination(client, orders) -> None:
    assert len(orders) == 150
    created = [o["created_at"] for o in orders]
    assert created == sorted(created, reverse=True)
    first = client.get("/orders")
    assert first.json() == orders[:25]
    assert first.headers["Total"] == "150" and first.headers["Per-Page"] == "25"
    assert 'rel="next"' in first.headers["Link"] and 'rel="prev"' not in first.headers["Link"]
    documented = client.get("/orders", params={"page": 2, "per_page": 15}).json()
    assert documented == orders[15:30]
    last = client.get("/orders", params={"page": 2, "per_page": 100})
    assert last.json() == orders[100:]
    assert 'rel="next"' not in last.headers["Link"] and 'rel="prev"' in last.headers["Link"]
    assert client.get("/orders", params={"page": 9, "per_page": 100}).json() == []
    capped = client.get("/orders", params={"per_page": 1000})
    assert len(capped.json()) == 100 and capped.headers["Per-Page"] == "100"
    lenient = client.get("/orders", params={"page": "x", "per_page": "-3"})
    assert lenient.json() == orders[:25]


def test_order_filter_by_merchant_order_id(client, orders) -> None:
    wanted = orders[40]["merchant_order_id"]
    found = client.get("/orders", params={"merchant_order_id": wanted}).json()
    assert [o["id"] for o in found] == [orders[40]["id"]]
    assert client.get("/orders", params={"merchant_order_id": "nope"}).json() == []


def test_corporate_accounts_filter_by_email(client, merchant) -> None:
    mid = merchant["id"]
    account = merchant["corporate_accounts"][3]
    email = account["authorized_buyers"][-1]["email"]
    found = client.get(
        f"/merchants/{mid}/corporate_accounts", params={"email": email.upper()}
    ).json()
    assert account["id"] in [a["id"] for a in found]
    assert all(email in [b["email"] for b in a["authorized_buyers"]] for a in found)
    none = client.get(f"/merchants/{mid}/corporate_accounts", params={"email": "x@y.z"})
    assert none.json() == []
    paged = client.get(f"/merchants/{mid}/corporate_accounts", params={"per_page": 5, "page": 4})
    assert len(paged.json()) == 3 and paged.headers["Total"] == "18"


# ---- determinism


def test_same_seed_same_data(sandbox_factory, orders) -> None:
    again = sandbox_factory(*ARGS)
    other = sandbox_factory("--seed", "6", "--orders", "20", "--anchor-date", "2025-06-01")

    def listing(process: SandboxProcess) -> list[dict]:
        with httpx.Client(base_url=process.url + "/api/v4", headers=KEY, timeout=10) as c:
            rows = c.get("/orders", params={"per_page": 100}).json()
            return [*rows, *c.get("/orders", params={"per_page": 100, "page": 2}).json()]

    same = listing(again)
    port = re.compile(r"http://127\.0\.0\.1:\d+")
    assert port.sub("U", repr(same)) == port.sub("U", repr(orders))
    assert port.sub("U", repr(listing(other))) != port.sub("U", repr(orders))
