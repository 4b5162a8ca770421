"""Arlo REST auth API: Basic auth, XML-only negotiation, orders and contacts, approve and
cancel requests exactly as documented, and request bodies parsed without XML attacks."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import SandboxProcess, start_sandbox

BASE = "/api/2012-02-01/auth/resources"
AUTH = ("demo", "demo-arlo")
XML = {"Accept": "application/xml", "Content-Type": "application/xml"}
RELATED = "http://schemas.arlo.co/api/2012/02/auth/related/"
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
ORDER_FIELDS = {
    "OrderID",
    "UniqueIdentifier",
    "Code",
    "Status",
    "SubTotal",
    "TotalTax",
    "Total",
    "CurrencyCode",
    "CreatedDateTime",
    "LastModifiedDateTime",
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox("--orders", "10", "--seed", "7")
    yield process
    process.stop()


@pytest.fixture(scope="module")
def client(sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + BASE, auth=AUTH, headers=XML, timeout=10) as c:
        yield c


def xml(response: httpx.Response) -> ET.Element:
    assert response.headers["content-type"].startswith("application/xml"), response.text
    return ET.fromstring(response.content)


def all_orders(client: httpx.Client) -> list[ET.Element]:
    return [
        link.find("Order")
        for link in xml(client.get("/orders/", params={"expand": "Order", "top": 250}))
        if link.get("title") == "Order"
    ]


def order_with(client: httpx.Client, status: str) -> int:
    for order in all_orders(client):
        if order.findtext("Status") == status:
            return int(order.findtext("OrderID"))
    raise AssertionError(f"no {status} order left")


def truth(sandbox, order_id: int) -> dict:
    with sandbox.admin() as admin:
        return admin.get("/_sandbox/arlo/orders", params={"ids": order_id}).json()["data"][0]


def approve(client: httpx.Client, order_id: int, body: str | bytes, **kw) -> httpx.Response:
    return client.post(f"/orders/{order_id}/approverequests/", content=body, **kw)


# ---- auth and negotiation


def test_basic_auth_is_required(sandbox) -> None:
    with httpx.Client(base_url=sandbox.url + BASE, timeout=10) as anonymous:
        for auth in (None, ("demo", "wrong"), ("other", "demo-arlo")):
            response = anonymous.get("/orders/", auth=auth)
            assert response.status_code == 401
            assert response.headers["www-authenticate"].startswith("Basic")
            assert xml(response).findtext("Code") == "Unauthorized"
        bearer = anonymous.get("/orders/", headers={"Authorization": "Bearer demo-arlo"})
        assert bearer.status_code == 401
        assert anonymous.get("/orders/", headers={"Authorization": "Basic !!!"}).status_code == 401


@pytest.mark.parametrize(
    ("accept", "status"),
    [
        ("application/xml", 200),
        ("text/xml", 200),
        ("*/*", 200),
        ("text/html, application/xhtml+xml, */*;q=0.8", 200),
        ("application/json", 406),
        ("application/json, application/xml;q=0", 406),
        ("text/plain", 406),
    ],
)
def test_xml_is_the_only_representation(client, accept, status) -> None:
    response = client.get("/orders/302/", headers={"Accept": accept})
    assert response.status_code == status
    if status == 406:
        assert xml(response).findtext("Code") == "NotAcceptable"


def test_no_accept_header_means_xml(sandbox) -> None:
    with httpx.Client(base_url=sandbox.url + BASE, auth=AUTH, timeout=10) as c:
        request = c.build_request("GET", "/orders/302/")
        del request.headers["Accept"]
        response = c.send(request)
    assert response.status_code == 200
    assert xml(response).tag == "Order"


# ---- reads


def test_order_collection_links_and_paging(client) -> None:
    first = xml(client.get("/orders/"))
    assert first.tag == "Orders"
    links = [link for link in first if link.get("title") == "Order"]
    assert len(links) == 100  # default page size
    assert all(link.get("rel") == RELATED + "Order" and not len(link) for link in links)
    assert links[1].get("href").endswith(f"{BASE}/orders/302/")
    following = first.find("Link[@rel='next']")
    assert following is not None
    rest = xml(client.get(following.get("href")))
    assert len([link for link in rest if link.get("title") == "Order"]) == 20
    assert rest.find("Link[@rel='next']") is None
    assert rest.find("Link[@rel='previous']") is not None
    page = xml(client.get("/orders/", params={"top": 5, "skip": 10, "expand": "Order"}))
    orders = [link.find("Order") for link in page if link.get("title") == "Order"]
    assert [int(o.findtext("OrderID")) for o in orders] == list(range(311, 316))
    assert "expand=Order" in page.find("Link[@rel='next']").get("href")


@pytest.mark.parametrize(
    "params", [{"top": 0}, {"top": 251}, {"top": "ten"}, {"skip": -1}, {"expand": "Lines"}]
)
def test_bad_collection_parameters_are_400(client, params) -> None:
    response = client.get("/orders/", params=params)
    assert response.status_code == 400
    assert xml(response).tag == "Error"


def test_orders_cover_every_status_with_documented_fields(client) -> None:
    orders = all_orders(client)
    assert len(orders) == 120
    assert set(Counter(o.findtext("Status") for o in orders)) == {
        "AwaitingApproval",
        "Pending",
        "Approved",
        "Cancelled",
        "Expired",
    }
    for order in orders:
        assert {element.tag for element in order} >= ORDER_FIELDS
        assert re.fullmatch(r"\d+\.\d{2}", order.findtext("Total"))
        total = float(order.findtext("SubTotal")) + float(order.findtext("TotalTax"))
        assert float(order.findtext("Total")) == pytest.approx(total)
        assert STAMP.fullmatch(order.findtext("CreatedDateTime"))
        approved = order.findtext("ApprovedDateTime")
        assert (approved is not None) == (order.findtext("Status") == "Approved")
        bill_to = order.find("Link[@title='BillToContact']")
        assert bill_to.get("rel") == RELATED + "BillToContact"


def test_order_contact_and_expansion(client) -> None:
    order = xml(client.get("/orders/302/"))
    assert order.findtext("OrderID") == "302"
    assert order.findtext("Code") == "ORD-302"
    href = order.find("Link[@title='BillToContact']").get("href")
    contact = xml(client.get(href))
    assert contact.tag == "Contact"
    assert {"ContactID", "FirstName", "LastName", "Email"} <= {e.tag for e in contact}
    expanded = xml(client.get("/orders/302/", params={"expand": "BillToContact"}))
    inline = expanded.find("Link[@title='BillToContact']/Contact")
    assert ET.tostring(inline) == ET.tostring(contact)
    deep = xml(client.get("/orders/", params={"expand": "Order/BillToContact", "top": 2}))
    assert deep.find("Link/Order/Link[@title='BillToContact']/Contact") is not None
    assert xml(client.get("/orders/302")).findtext("OrderID") == "302"  # no trailing slash
    contacts = xml(client.get("/contacts/", params={"top": 250}))
    assert len(contacts.findall("Link[@title='Contact']")) == 40
    assert xml(client.get("/contacts/32/")).findtext("ContactID") == "32"


@pytest.mark.parametrize("path", ["/orders/999/", "/orders/abc/", "/contacts/99/", "/events/"])
def test_unknown_resources_are_404(client, path) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert xml(response).findtext("Code") == "NotFound"


# ---- approve requests


def test_approve_with_defaults(sandbox, client) -> None:
    order_id = order_with(client, "AwaitingApproval")
    response = approve(client, order_id, "<ApproveOrderRequest />")
    assert response.status_code == 204
    assert response.content == b""
    order = xml(client.get(f"/orders/{order_id}/"))
    assert order.findtext("Status") == "Approved"
    assert STAMP.fullmatch(order.findtext("ApprovedDateTime"))
    assert order.findtext("LastModifiedDateTime") == order.findtext("ApprovedDateTime")
    state = truth(sandbox, order_id)
    assert state["approved_by_user"] == "demo" and state["approved_by_contact_id"] is None
    assert len(state["notifications"]) == 1  # the Default workflow sends the confirmation


def test_approve_as_documented_in_example_2(sandbox, client) -> None:
    order_id = order_with(client, "Pending")
    body = (
        "<ApproveOrderRequest> <CommunicationWorkflow>None</CommunicationWorkflow> "
        f'<Link rel="{RELATED}ApprovedByContact" type="application/xml" '
        'title="ApprovedByContact" '
        'href="https://demo.arlo.co/api/2012-02-01/auth/resources/contacts/32/"/> '
        "</ApproveOrderRequest>"
    )
    # The document posts to the URI without its trailing slash.
    response = client.post(f"/orders/{order_id}/approverequests", content=body)
    assert response.status_code == 204
    state = truth(sandbox, order_id)
    assert state["status"] == "Approved"
    assert state["approved_by_contact_id"] == 32
    assert state["notifications"] == []


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<ApproveOrderRequest>",
        b"not xml at all",
        b"<CancelOrderRequest/>",
        b"<approveorderrequest/>",
        b"<ApproveOrderRequest><CommunicationWorkflow>Loud</CommunicationWorkflow>"
        b"</ApproveOrderRequest>",
        b"<ApproveOrderRequest><CommunicationWorkflow>default</CommunicationWorkflow>"
        b"</ApproveOrderRequest>",
        b"<ApproveOrderRequest><CommunicationWorkflow/></ApproveOrderRequest>",
        b'<ApproveOrderRequest><Link title="ApprovedByContact" '
        b'href="https://demo.arlo.co/api/2012-02-01/auth/resources/contacts/32/">'
        b"<Contact><ContactID>32</ContactID></Contact></Link></ApproveOrderRequest>",
    ],
)
def test_malformed_approve_requests_are_400(sandbox, client, body) -> None:
    order_id = order_with(client, "AwaitingApproval")
    response = approve(client, order_id, body)
    assert response.status_code == 400
    assert xml(response).findtext("Code") == "InvalidRequest"
    assert truth(sandbox, order_id)["status"] == "AwaitingApproval"


@pytest.mark.parametrize("status", ["Approved", "Cancelled", "Expired"])
def test_approving_in_other_states_is_422(client, status) -> None:
    response = approve(client, order_with(client, status), "<ApproveOrderRequest/>")
    assert response.status_code == 422
    assert xml(response).findtext("Code") == "InvalidOrderState"


@pytest.mark.parametrize(
    "href",
    [
        "https://demo.arlo.co/api/2012-02-01/auth/resources/contacts/999/",
        "https://demo.arlo.co/api/2012-02-01/auth/resources/contacts/abc/",
        "https://demo.arlo.co/api/2012-02-01/auth/resources/orders/302/",
    ],
)
def test_unknown_approved_by_contact_is_422(sandbox, client, href) -> None:
    order_id = order_with(client, "AwaitingApproval")
    body = (
        f'<ApproveOrderRequest><Link title="ApprovedByContact" href="{href}"/>'
        "</ApproveOrderRequest>"
    )
    response = approve(client, order_id, body)
    assert response.status_code == 422
    assert xml(response).findtext("Code") == "InvalidContact"
    assert truth(sandbox, order_id)["status"] == "AwaitingApproval"


def test_approve_unknown_order_wrong_method_and_media_type(client) -> None:
    assert approve(client, 9999, "<ApproveOrderRequest/>").status_code == 404
    for method in ("GET", "PUT", "DELETE"):
        response = client.request(method, "/orders/302/approverequests/")
        assert response.status_code == 405
        assert response.headers["allow"] == "POST"
        assert xml(response).findtext("Code") == "MethodNotAllowed"
    assert client.post("/orders/302/").status_code == 405
    order_id = order_with(client, "AwaitingApproval")
    as_json = approve(client, order_id, "{}", headers={"Content-Type": "application/json"})
    assert as_json.status_code == 415


# ---- safe XML


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    "<ApproveOrderRequest><CommunicationWorkflow>&lol3;</CommunicationWorkflow>"
    "</ApproveOrderRequest>"
)
EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    "<ApproveOrderRequest><CommunicationWorkflow>&x;</CommunicationWorkflow>"
    "</ApproveOrderRequest>"
)


@pytest.mark.parametrize(
    "body",
    [
        BILLION_LAUGHS.encode(),
        EXTERNAL.encode(),
        b'<!doctype ApproveOrderRequest SYSTEM "http://127.0.0.1:9/x.dtd"><ApproveOrderRequest/>',
        b"<!DOCTYPE ApproveOrderRequest><ApproveOrderRequest/>",  # even a harmless DTD
        b"<ApproveOrderRequest>&lol;</ApproveOrderRequest>",  # undeclared entity
        '<?xml version="1.0" encoding="UTF-16"?><ApproveOrderRequest/>'.encode("utf-16"),
        b'<?xml version="1.0" encoding="ISO-8859-1"?><ApproveOrderRequest/>',
        b"<ApproveOrderRequest>" + b" " * 70_000 + b"</ApproveOrderRequest>",
    ],
)
def test_dtds_entities_and_odd_encodings_are_refused(sandbox, client, body) -> None:
    order_id = order_with(client, "AwaitingApproval")
    response = approve(client, order_id, body)
    assert response.status_code == 400
    assert b"root:" not in response.content
    assert truth(sandbox, order_id)["status"] == "AwaitingApproval"


def test_utf8_declaration_and_bom_are_fine(client) -> None:
    body = '\ufeff<?xml version="1.0" encoding="utf-8"?><ApproveOrderRequest/>'.encode()
    assert approve(client, order_with(client, "AwaitingApproval"), body).status_code == 204


# ---- cancel requests


@pytest.mark.parametrize("status", ["AwaitingApproval", "Approved", "Pending"])
def test_cancel_from_open_states(sandbox, client, status) -> None:
    order_id = order_with(client, status)
    response = client.post(f"/orders/{order_id}/cancelrequests/", content="<CancelOrderRequest/>")
    assert response.status_code == 204 and response.content == b""
    assert xml(client.get(f"/orders/{order_id}/")).findtext("Status") == "Cancelled"
    assert len(truth(sandbox, order_id)["notifications"]) >= 1


@pytest.mark.parametrize("status", ["Cancelled", "Expired"])
def test_cancel_from_closed_states_is_422(client, status) -> None:
    order_id = order_with(client, status)
    response = client.post(f"/orders/{order_id}/cancelrequests/", content="<CancelOrderRequest/>")
    assert response.status_code == 422


def test_cancel_needs_its_own_root(client) -> None:
    order_id = order_with(client, "Pending")
    response = client.post(f"/orders/{order_id}/cancelrequests/", content="<ApproveOrderRequest/>")
    assert response.status_code == 400
    assert client.get(f"/orders/{order_id}/cancelrequests/").status_code == 405


def test_touch_changes_state_server_side(sandbox, client) -> None:
    order_id = order_with(client, "Pending")
    with sandbox.admin() as admin:
        response = admin.post(
            "/_sandbox/arlo/touch", json={"order_id": order_id, "status": "Expired"}
        )
        assert response.json()["status"] == "Expired"
        assert admin.post("/_sandbox/arlo/touch", json={"order_id": 1}).status_code == 404
    assert approve(client, order_id, "<ApproveOrderRequest/>").status_code == 422
