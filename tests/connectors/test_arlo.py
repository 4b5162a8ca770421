"""The Arlo connector against the real sandbox on loopback: listing, mapping, contacts, approve
and cancel requests as the document describes them, errors, and XML parsed safely.

Server truth comes from `/_sandbox/arlo/orders`; faults the sandbox cannot produce (hostile or
broken XML answers) are served through `httpx.MockTransport`.
"""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from approval_console.connectors.arlo import (
    API_PREFIX,
    CAPABILITIES,
    CONTACT_CONCURRENCY,
    RELATED,
    ArloConnector,
    parse_xml,
)
from approval_console.connectors.registry import create_connector
from approval_console.core import errors
from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS, Capabilities
from approval_console.core.changes import (
    CommentChange,
    CreateInvoice,
    DueDateChange,
    OrderAction,
    OrderActionKind,
    StatusChange,
)
from approval_console.core.domain import Money, Review
from approval_console.core.listing import OrderQuery
from tests.conftest import SandboxProcess, start_sandbox
from tests.helpers import run_closing

USERNAME = "demo"
PASSWORD = "demo-arlo"
WRONG_PASSWORD = "not-the-Arlo-password-7731"
STATUS_CODES = ["AwaitingApproval", "Pending", "Approved", "Cancelled", "Expired"]
REVIEWS = {
    "AwaitingApproval": Review.AWAITING,
    "Pending": Review.AWAITING,
    "Approved": Review.APPROVED,
    "Cancelled": Review.CANCELED,
    "Expired": None,
}
MOCK_URL = "https://arlo.test"


def account(url: str, **options: str) -> Account:
    options = {"username": USERNAME, **options}
    return Account(id="arlo-test", backend="arlo", name="Events", base_url=url, options=options)


def run(
    url: str,
    body: Callable[[ArloConnector], Any],
    password: str = PASSWORD,
    transport: httpx.AsyncBaseTransport | None = None,
    **options: str,
) -> Any:
    return run_closing(ArloConnector(account(url, **options), password, transport=transport), body)


class Recorder(httpx.AsyncBaseTransport):
    """A real transport that remembers every request and the most ever in flight at once."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.requests: list[httpx.Request] = []
        self.in_flight = 0
        self.most_in_flight = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            response = await self.inner.handle_async_request(request)
            await response.aread()
            return response
        finally:
            self.in_flight -= 1

    async def aclose(self) -> None:
        await self.inner.aclose()

    def paths(self, part: str) -> list[str]:
        return [r.url.path for r in self.requests if part in r.url.path]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = start_sandbox("--seed", "11", "--rate-window", "0")
    yield process
    process.stop()


@pytest.fixture(scope="module")
def raw(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    """A plain XML client on the API itself, for the facts the connector must not trigger."""
    with httpx.Client(
        base_url=sandbox.url + API_PREFIX,
        auth=(USERNAME, PASSWORD),
        headers={"Accept": "application/xml", "Content-Type": "application/xml"},
        timeout=10,
    ) as client:
        yield client


def truth(sandbox: SandboxProcess, order_id: str | None = None) -> Any:
    with sandbox.admin() as admin:
        params = {"ids": order_id} if order_id else {}
        data = admin.get("/_sandbox/arlo/orders", params=params).json()["data"]
    return data[0] if order_id else data


_taken: set[int] = set()


def fresh(sandbox: SandboxProcess, status: str) -> str:
    """An order now in `status` that no other test has used."""
    for state in truth(sandbox):
        if state["status"] == status and state["order_id"] not in _taken:
            _taken.add(state["order_id"])
            return str(state["order_id"])
    raise AssertionError(f"no unused {status} order left")


def raw_orders(raw: httpx.Client) -> list[ET.Element]:
    root = ET.fromstring(raw.get("/orders/", params={"expand": "Order", "top": 250}).content)
    return [link.find("Order") for link in root if link.get("title") == "Order"]


def stamp(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(UTC) if text else None


# ---- the generic Connector part --------------------------------------------------------------


def test_capabilities_match_the_registry_and_the_registry_builds_it(sandbox):
    expected = Capabilities(review=True, review_options=True, max_page_size=100, amounts=True)
    assert expected == CAPABILITIES == BACKENDS["arlo"].capabilities

    async def body() -> None:
        c = create_connector(account(sandbox.url), PASSWORD)
        try:
            assert isinstance(c, ArloConnector) and c.capabilities is CAPABILITIES
            assert c.budget().limit == 120
        finally:
            await c.aclose()

    asyncio.run(body())


def test_the_user_name_option_is_required():
    bare = Account(id="a", backend="arlo", name="Events", base_url=MOCK_URL)
    with pytest.raises(errors.ConsoleError, match="username"):
        ArloConnector(bare, PASSWORD)


def test_fixed_statuses_with_readable_names_and_colours(sandbox):
    statuses = run(sandbox.url, lambda c: c.list_statuses())
    assert [s.code for s in statuses] == STATUS_CODES
    assert statuses[0].name == "Awaiting approval"
    assert [s.position for s in statuses] == [0, 1, 2, 3, 4]
    assert all(s.color.startswith("#") and len(s.color) == 7 and s.description for s in statuses)


# ---- reading ----------------------------------------------------------------------------------


def test_listing_maps_every_order_exactly(sandbox, raw):
    elements = {o.findtext("OrderID"): o for o in raw_orders(raw)}
    contacts = {
        c.findtext("ContactID"): c
        for c in (
            link.find("Contact")
            for link in ET.fromstring(
                raw.get("/contacts/", params={"expand": "Contact", "top": 250}).content
            )
            if link.get("title") == "Contact"
        )
    }

    async def body(c):
        return [
            await c.list_orders(OrderQuery(), page=1, per_page=100),
            await c.list_orders(OrderQuery(), page=2, per_page=100),
        ]

    first, second = run(sandbox.url, body)
    assert first.has_more and first.last_page == 2 and len(first.items) == 100
    assert not second.has_more and second.total == 120 and len(second.items) == 20
    orders = first.items + second.items
    assert [o.id for o in orders] == list(elements)  # Arlo's order: ascending OrderID
    assert {o.status_code for o in orders} == set(STATUS_CODES)
    for order in orders:
        element = elements[order.id]
        status = element.findtext("Status")
        assert order.name == order.number == element.findtext("Code")
        assert order.status is not None and order.status.code == status
        assert order.status.name and order.status.color
        assert order.amount == Money(Decimal(element.findtext("Total")), "AUD")
        assert isinstance(order.amount.amount, Decimal)
        assert str(order.amount.amount) == element.findtext("Total")  # "544.50", not 544.5
        assert order.created_at == stamp(element.findtext("CreatedDateTime"))
        due = element.findtext("DueDate")
        assert order.due_date == (date.fromisoformat(due) if due else None)
        assert order.review is REVIEWS[status]
        if status == "Cancelled":
            assert order.canceled_at == stamp(element.findtext("LastModifiedDateTime"))
        else:
            assert order.canceled_at is None
        if status == "Approved":
            assert order.status.set_at == stamp(element.findtext("ApprovedDateTime"))
        href = element.find("Link[@title='BillToContact']").get("href")
        contact = contacts[href.rstrip("/").rsplit("/", 1)[1]]
        assert order.customer.email == contact.findtext("Email")
        assert order.customer.name == (
            f"{contact.findtext('FirstName')} {contact.findtext('LastName')}"
        )


def test_one_order_with_every_documented_field(sandbox, raw):
    approved = next(o for o in raw_orders(raw) if o.findtext("Status") == "Approved")
    order_id = approved.findtext("OrderID")
    server = truth(sandbox, order_id)

    async def body(c):
        return await c.get_arlo_order(order_id), await c.get_order(order_id)

    record, detail = run(sandbox.url, body)
    assert record.order_id == order_id and record.code == approved.findtext("Code")
    assert record.unique_identifier == approved.findtext("UniqueIdentifier")
    assert record.total == Money(Decimal(server["total"]), "AUD")
    assert record.sub_total == Money(Decimal(approved.findtext("SubTotal")), "AUD")
    assert record.total_tax == Money(Decimal(approved.findtext("TotalTax")), "AUD")
    assert record.sub_total.amount + record.total_tax.amount == record.total.amount  # exact
    assert record.approved_at == stamp(server["approved_at"])
    assert record.modified_at == stamp(server["last_modified"])
    assert record.created_at == stamp(approved.findtext("CreatedDateTime"))
    assert record.bill_to_contact_id is not None
    assert detail.order.id == order_id and detail.order.review is Review.APPROVED
    assert detail.history == () and detail.billing is None


def test_collection_with_and_without_expand_as_the_api_serves_it(raw):
    bare = ET.fromstring(raw.get("/orders/").content)
    links = [link for link in bare if link.get("title") == "Order"]
    assert bare.tag == "Orders" and len(links) == 100
    assert all(link.get("rel") == RELATED + "Order" and len(link) == 0 for link in links)
    assert bare.find("Link[@rel='next']") is not None
    expanded = ET.fromstring(raw.get("/orders/", params={"expand": "Order", "top": 3}).content)
    inline = [link.find("Order") for link in expanded if link.get("title") == "Order"]
    assert [o.findtext("OrderID") for o in inline] == ["301", "302", "303"]
    contact = ET.fromstring(raw.get("/contacts/32/").content)
    assert contact.tag == "Contact" and contact.findtext("ContactID") == "32"


def test_contacts_are_cached_and_fetched_concurrently_but_politely(sandbox, raw):
    bill_to = {
        o.find("Link[@title='BillToContact']").get("href").removeprefix(sandbox.url)
        for o in raw_orders(raw)[:100]
    }
    recorder = Recorder()

    async def body(c):
        first = await c.list_orders(OrderQuery(), per_page=100)
        after_first = len(recorder.paths("/contacts/"))
        second = await c.list_orders(OrderQuery(), page=2, per_page=100)
        again = await c.list_orders(OrderQuery(), per_page=100)
        detail = await c.get_order(first.items[0].id)
        return first, second, again, detail, after_first

    first, second, again, detail, after_first = run(sandbox.url, body, transport=recorder)
    contact_paths = recorder.paths("/contacts/")
    assert len(contact_paths) == len(set(contact_paths))  # never the same contact twice
    assert sorted(contact_paths[:after_first]) == sorted(bill_to)  # each bill-to contact once
    assert 1 < recorder.most_in_flight <= CONTACT_CONCURRENCY
    assert again.items == first.items and detail.order == first.items[0]
    assert all(o.customer.name for o in first.items + second.items)
    assert all(r.method == "GET" for r in recorder.requests)
    order_reads = [r for r in recorder.requests if r.url.path.endswith("/orders/")]
    assert all(r.url.params["expand"] == "Order" for r in order_reads)
    assert all(r.headers["accept"] == "application/xml" for r in recorder.requests)


def test_filters_the_api_lacks_are_applied_over_every_page(sandbox, raw):
    statuses = {o.findtext("OrderID"): o.findtext("Status") for o in raw_orders(raw)}
    approved = [i for i, s in statuses.items() if s == "Approved"]
    open_ids = [i for i, s in statuses.items() if s != "Cancelled"]

    async def body(c):
        pages = [await c.list_orders(OrderQuery(status_code="Approved"), per_page=10)]
        while pages[-1].has_more:
            number = pages[-1].page + 1
            pages.append(
                await c.list_orders(OrderQuery(status_code="Approved"), page=number, per_page=10)
            )
        open_only = await c.list_orders(OrderQuery(exclude_canceled=True), per_page=100)
        by_code = await c.list_orders(OrderQuery(search="#ord-333"))
        by_id = await c.list_orders(OrderQuery(search="345"))
        nothing = await c.list_orders(OrderQuery(search="no-such-order"))
        return pages, open_only, by_code, by_id, nothing

    pages, open_only, by_code, by_id, nothing = run(sandbox.url, body)
    assert pages[0].total == len(approved) and pages[0].last_page == len(pages)
    assert [o.id for page in pages for o in page.items] == approved
    assert open_only.total == len(open_ids)
    assert [o.id for o in open_only.items] == open_ids[:100]
    assert [o.id for o in by_code.items] == ["333"] and by_code.total == 1
    assert [o.id for o in by_id.items] == ["345"]
    assert nothing.items == () and nothing.total == 0 and not nothing.has_more


def test_unsupported_filters_and_calls_say_so(sandbox):
    async def body(c):
        with pytest.raises(NotImplementedError):
            await c.list_orders(OrderQuery(tags_all=("vip",)))
        with pytest.raises(NotImplementedError):
            await c.list_orders(OrderQuery(extra={"x": "y"}))
        with pytest.raises(ValueError):
            await c.list_orders(OrderQuery(), per_page=101)
        calls = [
            c.lookup("ORD-302", "a@b.c"),
            c.viable_statuses("302"),
            c.change_status("302", StatusChange("Approved")),
            c.bulk_change_status(["302"], StatusChange("Approved")),
            c.add_comment("302", CommentChange("looks fine")),
            c.set_due_date("302", DueDateChange(date(2030, 1, 1))),
            c.perform("302", OrderAction(OrderActionKind.FINALIZE)),
            c.perform("302", CreateInvoice(number="INV-1")),
        ]
        for call in calls:
            with pytest.raises(NotImplementedError):
                await call
        return c.http.requests_sent

    assert run(sandbox.url, body) == 0


def test_contacts_for_choosing_the_approver(sandbox, raw):
    listed = ET.fromstring(raw.get("/contacts/", params={"top": 250}).content)
    assert len(listed.findall("Link[@title='Contact']")) == 40
    recorder = Recorder()

    async def body(c):
        contacts = await c.list_contacts()
        cached = await c.list_orders(OrderQuery(), per_page=50)  # no contact reads needed now
        one = await c.get_contact("32")
        with pytest.raises(errors.NotFoundError):
            await c.get_contact("999")
        return contacts, cached, one

    contacts, cached, one = run(sandbox.url, body, transport=recorder)
    assert [c.id for c in contacts] == [str(i) for i in range(1, 41)]
    assert all(c.name and "@" in c.email for c in contacts)
    assert one == next(c for c in contacts if c.id == "32")
    single_reads = [p for p in recorder.paths("/contacts/") if not p.endswith("/contacts/")]
    assert single_reads == [f"{API_PREFIX}/contacts/32/", f"{API_PREFIX}/contacts/999/"]
    assert all(o.customer.email for o in cached.items)


def test_a_change_made_in_arlo_shows_on_the_next_read(sandbox):
    order_id = fresh(sandbox, "Pending")
    with sandbox.admin() as admin:
        admin.post("/_sandbox/arlo/touch", json={"order_id": int(order_id), "status": "Expired"})
    detail = run(sandbox.url, lambda c: c.get_order(order_id))
    assert detail.order.status_code == "Expired" and detail.order.review is None


# ---- approve and cancel ---------------------------------------------------------------------


def test_approve_with_notifications_as_the_executing_user(sandbox):
    order_id = fresh(sandbox, "AwaitingApproval")
    before = run(sandbox.url, lambda c: c.get_order(order_id))
    assert before.order.review is Review.AWAITING

    async def body(c):
        await c.perform(order_id, OrderAction(OrderActionKind.APPROVE, notify=True))
        return await c.get_order(order_id)

    after = run(sandbox.url, body)
    state = truth(sandbox, order_id)
    assert state["status"] == "Approved" and state["approved_at"]
    assert state["approved_by_user"] == USERNAME and state["approved_by_contact_id"] is None
    assert [n["to"] for n in state["notifications"]] == [before.order.customer.email]
    assert after.order.review is Review.APPROVED
    assert after.order.status.set_at == stamp(state["approved_at"])


def test_approve_silently_naming_the_approving_contact_as_documented(sandbox):
    order_id = fresh(sandbox, "Pending")
    recorder = Recorder()

    async def body(c):
        await c.perform(
            order_id, OrderAction(OrderActionKind.APPROVE, notify=False, contact_id="32")
        )

    run(sandbox.url, body, transport=recorder)
    (post,) = [r for r in recorder.requests if r.method == "POST"]
    assert post.url.path == f"{API_PREFIX}/orders/{order_id}/approverequests/"
    assert post.headers["content-type"] == "application/xml"
    sent = ET.fromstring(post.content)
    assert sent.tag == "ApproveOrderRequest"
    assert [child.tag for child in sent] == ["CommunicationWorkflow", "Link"]
    assert sent.findtext("CommunicationWorkflow") == "None"
    link = sent.find("Link")
    assert list(link.attrib.items()) == [
        ("rel", "http://schemas.arlo.co/api/2012/02/auth/related/ApprovedByContact"),
        ("type", "application/xml"),
        ("title", "ApprovedByContact"),
        ("href", f"{sandbox.url}/api/2012-02-01/auth/resources/contacts/32/"),
    ]
    state = truth(sandbox, order_id)
    assert state["status"] == "Approved"
    assert state["approved_by_contact_id"] == 32 and state["approved_by_user"] is None
    assert state["notifications"] == []


def test_approving_twice_is_refused_with_a_readable_message(sandbox):
    order_id = fresh(sandbox, "AwaitingApproval")

    async def body(c):
        await c.perform(order_id, OrderAction(OrderActionKind.APPROVE))
        with pytest.raises(errors.ValidationError) as refused:
            await c.perform(order_id, OrderAction(OrderActionKind.APPROVE))
        return refused.value

    error = run(sandbox.url, body)
    assert error.status == 422
    assert f"Order {order_id} is Approved" in error.message
    assert "AwaitingApproval or Pending" in error.message
    assert "<" not in error.message  # the message, not the XML
    assert len(truth(sandbox, order_id)["notifications"]) == 1


def test_an_unknown_approving_contact_is_refused(sandbox):
    order_id = fresh(sandbox, "AwaitingApproval")

    async def body(c):
        with pytest.raises(errors.ValidationError) as unknown:
            await c.perform(order_id, OrderAction(OrderActionKind.APPROVE, contact_id="999"))
        with pytest.raises(errors.ValidationError):
            await c.perform(order_id, OrderAction(OrderActionKind.APPROVE, contact_id="../32"))
        return unknown.value, c.http.requests_sent

    error, sent = run(sandbox.url, body)
    assert error.status == 422 and "is not a valid contact" in error.message
    assert sent == 1  # the malformed id never left the console
    assert truth(sandbox, order_id)["status"] == "AwaitingApproval"


def test_unknown_orders_are_not_found(sandbox):
    async def body(c):
        for call in (
            lambda: c.get_order("9999"),
            lambda: c.perform("9999", OrderAction(OrderActionKind.APPROVE)),
            lambda: c.perform("9999", OrderAction(OrderActionKind.CANCEL)),
        ):
            with pytest.raises(errors.NotFoundError, match="9999 could not be found"):
                await call()
        before = c.http.requests_sent
        with pytest.raises(errors.NotFoundError):
            await c.get_order("302/../../contacts/1")
        return c.http.requests_sent - before

    assert run(sandbox.url, body) == 0


@pytest.mark.parametrize("status", ["AwaitingApproval", "Pending", "Approved"])
def test_cancel_from_each_open_state(sandbox, status):
    order_id = fresh(sandbox, status)
    recorder = Recorder()

    async def body(c):
        await c.perform(order_id, OrderAction(OrderActionKind.CANCEL))
        return await c.get_order(order_id)

    detail = run(sandbox.url, body, transport=recorder)
    (post,) = [r for r in recorder.requests if r.method == "POST"]
    assert post.url.path == f"{API_PREFIX}/orders/{order_id}/cancelrequests/"
    assert post.content == b"<CancelOrderRequest />"  # the bare request, as documented
    state = truth(sandbox, order_id)
    assert state["status"] == "Cancelled" and len(state["notifications"]) == 1
    assert detail.order.review is Review.CANCELED
    assert detail.order.canceled_at == stamp(state["last_modified"])


def test_cancel_without_notifications(sandbox):
    order_id = fresh(sandbox, "AwaitingApproval")
    run(
        sandbox.url,
        lambda c: c.perform(order_id, OrderAction(OrderActionKind.CANCEL, notify=False)),
    )
    state = truth(sandbox, order_id)
    assert state["status"] == "Cancelled" and state["notifications"] == []


@pytest.mark.parametrize("status", ["Cancelled", "Expired"])
def test_cancel_is_refused_from_closed_states(sandbox, status):
    order_id = fresh(sandbox, status)

    async def body(c):
        with pytest.raises(errors.ValidationError) as refused:
            await c.perform(order_id, OrderAction(OrderActionKind.CANCEL))
        return refused.value

    error = run(sandbox.url, body)
    assert error.status == 422 and f"is {status}" in error.message
    assert truth(sandbox, order_id)["status"] == status


# ---- authentication and the API's own refusals -------------------------------------------------


def test_a_wrong_password_is_an_authentication_error_that_never_shows_it(sandbox, caplog):
    caplog.set_level("DEBUG")

    async def body(c):
        with pytest.raises(errors.AuthenticationError) as refused:
            await c.list_orders(OrderQuery())
        return refused.value, repr(c), repr(c.http.auth)

    error, connector_repr, auth_repr = run(sandbox.url, body, password=WRONG_PASSWORD)
    assert error.status == 401 and "demo" in error.message
    for text in (str(error), repr(error), error.message, connector_repr, auth_repr, caplog.text):
        assert WRONG_PASSWORD not in text

    async def wrong_user(c):
        with pytest.raises(errors.AuthenticationError, match="someone-else"):
            await c.get_order("302")

    run(sandbox.url, wrong_user, username="someone-else")


def test_api_refusals_the_connector_never_triggers(sandbox, raw):
    order_id = fresh(sandbox, "AwaitingApproval")
    anonymous = httpx.get(f"{sandbox.url}{API_PREFIX}/orders/", timeout=10)
    assert anonymous.status_code == 401
    assert anonymous.headers["www-authenticate"].startswith("Basic")
    json_wanted = raw.get(f"/orders/{order_id}/", headers={"Accept": "application/json"})
    assert json_wanted.status_code == 406
    assert ET.fromstring(json_wanted.content).findtext("Code") == "NotAcceptable"
    read = raw.get(f"/orders/{order_id}/approverequests/")
    assert read.status_code == 405 and read.headers["allow"] == "POST"
    for body in (
        b"<ApproveOrderRequest>",  # malformed
        b"<CancelOrderRequest/>",  # not the ApproveOrderRequest root
        b"<ApproveOrderRequest><CommunicationWorkflow>Loud</CommunicationWorkflow>"
        b"</ApproveOrderRequest>",
    ):
        refused = raw.post(f"/orders/{order_id}/approverequests/", content=body)
        assert refused.status_code == 400
        assert ET.fromstring(refused.content).findtext("Code") == "InvalidRequest"
    unknown = raw.post("/orders/9999/approverequests/", content=b"<ApproveOrderRequest/>")
    assert unknown.status_code == 404
    assert truth(sandbox, order_id)["status"] == "AwaitingApproval"


def test_405_and_406_map_to_status_errors_with_the_server_message():
    def handler(request: httpx.Request) -> httpx.Response:
        status = 405 if request.method == "POST" else 406
        code = "MethodNotAllowed" if status == 405 else "NotAcceptable"
        body = f"<Error><Code>{code}</Code><Message>Nope &amp; never.</Message></Error>"
        return httpx.Response(status, content=body.encode())

    async def body(c):
        with pytest.raises(errors.ApiStatusError) as not_acceptable:
            await c.get_order("302")
        with pytest.raises(errors.ApiStatusError) as not_allowed:
            await c.perform("302", OrderAction(OrderActionKind.CANCEL))
        return not_acceptable.value, not_allowed.value

    not_acceptable, not_allowed = run(MOCK_URL, body, transport=httpx.MockTransport(handler))
    assert not_acceptable.status == 406 and "Nope & never." in not_acceptable.message
    assert not_allowed.status == 405 and "Nope & never." in not_allowed.message


# ---- safe XML ---------------------------------------------------------------------------------


def bomb(levels: int) -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, levels + 1)
    ]
    return (
        f'<?xml version="1.0"?><!DOCTYPE Order [{"".join(entities)}]>'
        f"<Order><OrderID>302</OrderID><Code>&lol{levels};</Code></Order>"
    )


EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE Order [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    "<Order><OrderID>302</OrderID><Code>&x;</Code></Order>"
)
HOSTILE = {
    "billion laughs": bomb(9).encode(),
    "external entity": EXTERNAL_ENTITY.encode(),
    "external DTD": b'<!DOCTYPE Order SYSTEM "http://127.0.0.1:9/x.dtd"><Order/>',
    "parameter entity": b'<!DOCTYPE Order [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><Order/>',
    "UTF-16 DTD": bomb(9).replace("?>", ' encoding="UTF-16"?>', 1).encode("utf-16"),
    "undeclared entity": b"<Order><Code>&lol;</Code></Order>",
    "malformed": b"<Order><Code>ORD-1</Order>",
    "JSON": b'{"OrderID": 302}',
    "empty": b"",
}


def test_the_stdlib_would_expand_what_parse_xml_refuses():
    """The control: ElementTree really expands a (small) bomb; parse_xml never does."""
    small = bomb(2).encode()
    assert ET.fromstring(small).findtext("Code") == "lol" * 100
    with pytest.raises(errors.ResponseFormatError, match="DTD"):
        parse_xml(small)
    assert parse_xml(b"<a xmlns='urn:x'><b k='v'>&amp;&#65;</b></a>").find("b").text == "&A"


# An expanded entity bomb would run for minutes: the timeout fails the test long before, on any
# machine. How fast a refusal is, is not these tests' concern.
@pytest.mark.timeout(20)
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_or_broken_answers_are_refused_quickly(name):
    payload = HOSTILE[name]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=payload, headers={"Content-Type": "application/xml"})

    with pytest.raises(errors.ResponseFormatError) as refused:
        run(MOCK_URL, lambda c: c.get_order("302"), transport=httpx.MockTransport(handler))
    message = str(refused.value)
    assert len(message) < 200 and "lollol" not in message and "root:" not in message


@pytest.mark.timeout(20)
def test_a_hostile_error_body_still_gives_the_right_error_quickly():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(422, content=bomb(9).encode())

    with pytest.raises(errors.ValidationError) as refused:
        run(
            MOCK_URL,
            lambda c: c.perform("302", OrderAction(OrderActionKind.APPROVE)),
            transport=httpx.MockTransport(handler),
        )
    assert refused.value.message == "Arlo answered 422." and "lol" not in str(refused.value)


def test_a_server_that_ignores_expand_still_lists_every_order():
    def order(order_id: int) -> str:
        return (
            f"<Order><OrderID>{order_id}</OrderID><Code>ORD-{order_id}</Code>"
            "<Status>Pending</Status><Total>10.10</Total><CurrencyCode>NZD</CurrencyCode>"
            f'<Link rel="{RELATED}BillToContact" title="BillToContact" '
            f'href="{MOCK_URL}{API_PREFIX}/contacts/7/"/></Order>'
        )

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix(API_PREFIX)
        if path == "/orders/":
            links = "".join(
                f'<Link rel="{RELATED}Order" title="Order" href="{MOCK_URL}{API_PREFIX}/orders/'
                f'{i}/"/>'
                for i in (5, 6)
            )
            return httpx.Response(200, content=f"<Orders>{links}</Orders>".encode())
        if path.startswith("/orders/"):
            return httpx.Response(200, content=order(int(path.split("/")[2])).encode())
        contact = "<Contact><ContactID>7</ContactID><Email>k@x.nz</Email></Contact>"
        return httpx.Response(200, content=contact.encode())

    page = run(
        MOCK_URL, lambda c: c.list_orders(OrderQuery()), transport=httpx.MockTransport(handler)
    )
    assert [o.id for o in page.items] == ["5", "6"] and not page.has_more
    assert page.items[0].amount == Money(Decimal("10.10"), "NZD")
    assert page.items[0].customer.email == "k@x.nz" and page.items[0].customer.name == "k@x.nz"
    assert page.items[0].review is Review.AWAITING


def contact_fault_handler(status: int) -> Callable[[httpx.Request], httpx.Response]:
    """Two orders whose contacts answer `status` (7) and 200 (8)."""

    def order(order_id: int, contact_id: int) -> str:
        return (
            f'<Link rel="{RELATED}Order" title="Order" href="{MOCK_URL}{API_PREFIX}/orders/'
            f'{order_id}/"><Order><OrderID>{order_id}</OrderID><Code>ORD-{order_id}</Code>'
            "<Status>AwaitingApproval</Status><Total>1.00</Total><CurrencyCode>AUD</CurrencyCode>"
            f'<Link rel="{RELATED}BillToContact" title="BillToContact" '
            f'href="{MOCK_URL}{API_PREFIX}/contacts/{contact_id}/"/></Order></Link>'
        )

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix(API_PREFIX)
        if path == "/orders/":
            return httpx.Response(200, content=f"<Orders>{order(1, 7)}{order(2, 8)}</Orders>")
        if path == "/contacts/7/":
            error = "<Error><Code>X</Code><Message>Contact 7 is gone.</Message></Error>"
            return httpx.Response(status, content=error.encode())
        contact = (
            "<Contact><ContactID>8</ContactID><FirstName>Mere</FirstName>"
            "<LastName>Ngata</LastName><Email>mere@x.nz</Email></Contact>"
        )
        return httpx.Response(200, content=contact.encode())

    return handler


def test_a_vanished_contact_leaves_the_customer_blank_other_errors_surface():
    page = run(
        MOCK_URL,
        lambda c: c.list_orders(OrderQuery()),
        transport=httpx.MockTransport(contact_fault_handler(404)),
    )
    assert [o.customer.name for o in page.items] == ["", "Mere Ngata"]
    with pytest.raises(errors.AuthenticationError):  # the error itself, not an ExceptionGroup
        run(
            MOCK_URL,
            lambda c: c.list_orders(OrderQuery()),
            transport=httpx.MockTransport(contact_fault_handler(401)),
        )
