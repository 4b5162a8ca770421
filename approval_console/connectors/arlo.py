"""Arlo REST auth API (2012-02-01): orders awaiting approval, approved or canceled from here.

Written from Arlo's "Order ApproveRequests" document (`arlo-approve-order-request.txt`); the
order and contact resources it links to are read as the project's sandbox serves them.
Everything is XML under `{base_url}/api/2012-02-01/auth/resources/`, with HTTP Basic auth: the
API user's name is the account option `username`, its password the account's secret.

Orders are `AwaitingApproval` or `Pending` while a decision is asked of someone (the review
queue, `Review.AWAITING`), then `Approved`, `Cancelled` or `Expired` (no decision left, so
no review state). Approving posts an `ApproveOrderRequest`, cancelling a `CancelOrderRequest`;
both answer 204 with no body.

Where the document is silent, and what this connector does:
- Listings: `GET orders/?expand=Order` gives `<Orders>` of `<Link>`s, each holding its
  `<Order>`; paging is `skip`/`top` with a `next` link while more follow. There is no total
  count, so a page reports one more page while `next` is present. The `next` href is absolute;
  it is only read for its presence, never followed, so the Basic credentials can never be sent
  to a host other than the account's. A link whose `<Order>` is not inline (a server ignoring
  `expand`) is read with `GET orders/{id}/`.
- Filters: the API has none. Status, "exclude canceled", due-date range and search (order
  code or id) are applied here over every page; other filters raise NotImplementedError.
- Customers: an order only links to its bill-to contact. Contacts are read with
  `GET contacts/{id}/` (at most `CONTACT_CONCURRENCY` at a time, through the rate limiter) and
  kept for the connector's life, so a listing never reads the same contact twice and later
  listings read only new ones (a renamed contact shows its old name until `list_contacts` or
  `get_contact` reads it again). A contact Arlo no longer has leaves the customer blank.
  `list_contacts` (the API's `GET contacts/?expand=Contact`) offers the approving contacts and
  refreshes that cache.
- Rate limits are not documented; a polite client-side limit (120 a minute, `rate_limit` and
  `rate_window` options) keeps a full sync from hammering the server.
- Error bodies are not documented. An `<Error><Code/><Message/></Error>`-like body (any element
  named `Message`) gives the message shown; otherwise a generic one names the status.
- `CommunicationWorkflow` is sent explicitly (`Default` or `None`, the two documented values)
  on approve, so the console's "notify" choice never depends on a server default. Cancelling
  sends the bare `<CancelOrderRequest/>` and adds `<CommunicationWorkflow>None` only when the
  user chose not to notify (Arlo's cancel request takes the same option).
- `ApprovedByContact` is sent exactly as the document's example: a `<Link>` with the related
  rel, `type="application/xml"`, `title` and an absolute href to the contact resource under the
  account's base url.
- Timestamps are ISO 8601 (`2012-01-01T04:28:00.500Z`); one without an offset is taken as UTC.
  A status's `set_at` is `ApprovedDateTime` for approved orders, else `LastModifiedDateTime`;
  `canceled_at` is `LastModifiedDateTime` of a canceled order (no cancel time is given).
- Every request that changes something is sent once (`idempotent=False`): a lost answer means
  "outcome unknown", never a blind repeat that could email a customer twice.

XML is read by `arlo_xml` (safely: no DTDs, no entities) and orders and contacts by
`arlo_orders`; this module is the connector: requests, paging, filters and changes.
"""

from __future__ import annotations

import asyncio
import base64
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable, Generator, Sequence
from typing import Any, TypeVar

import httpx

from approval_console.connectors.arlo_orders import (
    CANCELED,
    CONTACT_HREF,
    STATUSES,
    ArloOrder,
    has_next,
    read_contact,
    read_order,
)
from approval_console.connectors.arlo_xml import (
    MAX_RESPONSE_BYTES,
    RELATED,
    parse_xml,
    serialize,
)
from approval_console.connectors.base import Account
from approval_console.connectors.common import (
    TAG_AND_STATE_FILTERS,
    ConnectorBase,
    filters_set,
    limiter_for,
    next_page,
)
from approval_console.connectors.http import HttpClient, decode_body
from approval_console.connectors.ratelimit import Priority
from approval_console.core import errors
from approval_console.core.backends import BACKENDS
from approval_console.core.changes import (
    BillingChange,
    OrderAction,
    OrderActionKind,
)
from approval_console.core.concurrency import all_or_first_error
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Contact, Customer, Order, Status
from approval_console.core.i18n import translate
from approval_console.core.listing import OrderQuery, Page

BACKEND = "arlo"
API_PREFIX = "/api/2012-02-01/auth/resources"
CAPABILITIES = BACKENDS[BACKEND].capabilities
PAGE_MAX = CAPABILITIES.max_page_size
CONTACT_CONCURRENCY = 4  # contact reads in flight at once: polite, and still quick
XML_MEDIA = "application/xml"
WORKFLOW_DEFAULT = "Default"  # the documented OrderCommunicationWorkflow values
WORKFLOW_NONE = "None"

T = TypeVar("T")
_DIGITS = re.compile(r"[0-9]{1,18}")
_ORDER_HREF = re.compile(r"/orders/([0-9]+)/?$")


async def _root(response: httpx.Response, expected: str) -> ET.Element:
    root = await decode_body(response, parse_xml)
    if root.tag != expected:
        raise errors.ResponseFormatError("body", f"should be <{expected}>, got <{root.tag}>")
    return root


def _path_id(value: str, what: str) -> str:
    """Ids go into paths and hrefs; Arlo's are integers, so anything else is refused here
    (it could only be a path injection or a typo)."""
    text = str(value).strip()
    if not _DIGITS.fullmatch(text):
        raise errors.NotFoundError(
            translate("Arlo", "There is no {what} {id} in Arlo.").format(
                what=what, id=repr(text[:40])
            ),
            status=404,
        )
    return text


# ---- errors ----------------------------------------------------------------------------------


def _server_message(response: httpx.Response) -> str | None:
    """`Message` (else `Code`) of an XML error body; None if there is none or it is unsafe."""
    try:
        root = parse_xml(response.content)
    except errors.ResponseFormatError:
        return None
    for tag in ("Message", "Code"):
        for element in root.iter(tag):
            text = " ".join((element.text or "").split())
            if text:
                return text[:500]
    return None


class _BasicAuth(httpx.Auth):
    """HTTP Basic, added at send time; the password never appears in a repr or a log."""

    def __init__(self, username: str, password: str) -> None:
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._header = f"Basic {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "_BasicAuth(<hidden>)"


# ---- the connector ---------------------------------------------------------------------------


class ArloConnector(ConnectorBase):
    """Arlo orders for the review queue: list, read, approve (optionally naming the approving
    contact and without notifications) and cancel."""

    system = "Arlo"
    capabilities = CAPABILITIES

    def __init__(
        self,
        account: Account,
        password: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.account = account
        options = account.options
        username = (options.get("username") or "").strip()
        if not username:
            raise errors.ConsoleError(
                translate(
                    "Arlo",
                    "This Arlo account has no API user name: set the account option 'username' "
                    "to the Arlo user the console signs in as.",
                )
            )
        self.username = username
        self.limiter = limiter_for(options)
        self._api_root = account.base_url.rstrip("/") + API_PREFIX
        self._contacts: dict[str, Contact] = {}
        self.http = HttpClient(
            self._api_root,
            auth=_BasicAuth(username, password),
            headers={"Accept": XML_MEDIA, "User-Agent": "ApprovalConsole"},
            error_message=self._error_message,
            transport=transport,
            max_body=MAX_RESPONSE_BYTES,
        )

    def __repr__(self) -> str:
        return f"ArloConnector({self.account.id!r}, user={self.username!r})"

    # -- transport -----------------------------------------------------------------------

    def _error_message(
        self, response: httpx.Response, body: Any
    ) -> tuple[str, dict[str, list[str]]]:
        """A readable message from Arlo's XML error body, with what the status means here."""
        status = response.status_code
        detail = _server_message(response)
        if status == 401:
            message = translate(
                "Arlo", "Arlo did not accept the password of API user {user}."
            ).format(user=repr(self.username))
        elif status == 404:
            message = detail or translate("Arlo", "Arlo has no such record.")
        elif status == 405:
            message = translate("Arlo", "Arlo does not support this request ({reason}).").format(
                reason=detail or translate("Arlo", "method not allowed")
            )
        elif status == 406:
            message = translate("Arlo", "Arlo cannot answer in XML here ({reason}).").format(
                reason=detail or translate("Arlo", "not acceptable")
            )
        elif status == 400:
            message = translate("Arlo", "Arlo refused the request as malformed: {reason}").format(
                reason=detail or translate("Arlo", "bad request")
            )
        else:
            message = detail or translate("Arlo", "Arlo answered {status}.").format(status=status)
        return message, {}

    async def _get(
        self, path: str, expected: str, *, params: Any = None, priority: Priority
    ) -> ET.Element:
        response = await self._read(path, params=params, priority=priority)
        return await _root(response, expected)

    async def _post(self, path: str, root: ET.Element) -> None:
        """Send an order request; Arlo documents 204 as its only success. Any other 2xx (a
        proxy's 200 sign-in page, say) is not proof it was done: its outcome is unknown."""
        response = await self._change(
            "POST", path, content=serialize(root), headers={"Content-Type": XML_MEDIA}
        )
        if response.status_code != 204:
            raise errors.ResponseFormatError(
                "answer",
                translate("Arlo", "was {status} where Arlo documents 204 No Content").format(
                    status=response.status_code
                ),
            )

    def contact_href(self, contact_id: str) -> str:
        """The contact resource's absolute URI, as `ApprovedByContact` links carry it."""
        return f"{self._api_root}/contacts/{_path_id(contact_id, 'contact')}/"

    # -- the Connector protocol ----------------------------------------------------------

    async def list_statuses(self) -> list[Status]:
        """Arlo's fixed order statuses, in lifecycle order; no request needed."""
        return [
            Status(
                code=code,
                name=info.name,
                description=info.description,
                color=info.color,
                position=position,
            )
            for position, (code, info) in enumerate(STATUSES.items())
        ]

    async def list_orders(
        self,
        query: OrderQuery,
        *,
        page: int = 1,
        per_page: int = PAGE_MAX,
        priority: Priority = Priority.NORMAL,
    ) -> Page:
        """Orders in Arlo's order (ascending OrderID), with their bill-to contact as customer.

        Arlo's order collection has no filters: `status_code`, `exclude_canceled`,
        `due_date_from`/`due_date_to` and `search` (part of the order code, or the exact
        OrderID) are applied here over every page, and only the page asked for gets its
        contacts read. Tags, financial/fulfillment status and `extra` are not supported.
        """
        unsupported = filters_set(query, (*TAG_AND_STATE_FILTERS, "extra"))
        if unsupported:
            raise NotImplementedError(f"Arlo cannot filter orders by {', '.join(unsupported)}")
        if page < 1 or not 1 <= per_page <= PAGE_MAX:
            raise ValueError(f"page must be >= 1 and per_page 1 to {PAGE_MAX}")
        search = (query.search or "").strip().lstrip("#").casefold()
        filtered = bool(
            search
            or query.status_code
            or query.exclude_canceled
            or query.due_date_from
            or query.due_date_to
        )
        if not filtered:
            records, has_more = await self._orders_page(
                (page - 1) * per_page, per_page, priority=priority
            )
            items = tuple(await self._with_customers(records, priority=priority))
            return Page(
                items=items,
                page=page,
                last_page=page + 1 if has_more else page,
                total=(page - 1) * per_page + len(items) + (1 if has_more else 0),
                per_page=per_page,
            )

        def wanted(record: ArloOrder) -> bool:
            if query.status_code and record.status != query.status_code:
                return False
            if query.exclude_canceled and record.status == CANCELED:
                return False
            if query.due_date_from or query.due_date_to:
                if record.due_date is None:
                    return False
                if query.due_date_from and record.due_date < query.due_date_from:
                    return False
                if query.due_date_to and record.due_date > query.due_date_to:
                    return False
            return not search or search in record.code.casefold() or search == record.order_id

        matching = [record for record in await self._all_orders(priority) if wanted(record)]
        start = (page - 1) * per_page
        chosen = matching[start : start + per_page]
        return Page(
            items=tuple(await self._with_customers(chosen, priority=priority)),
            page=page,
            last_page=max(1, math.ceil(len(matching) / per_page)),
            total=len(matching),
            per_page=per_page,
        )

    async def get_order(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderDetail:
        """The order with its bill-to contact; Arlo keeps no history this API shows."""
        record = await self.get_arlo_order(order_id, priority=priority)
        (order,) = await self._with_customers([record], priority=priority)
        return OrderDetail(order=order)

    async def perform(
        self, order_id: str, change: BillingChange, *, idempotency_key: str | None = None
    ) -> None:
        """Approve or cancel (`OrderAction`); `notify` picks the communication workflow and
        `contact_id` the approving contact. Nothing else exists in Arlo's order API."""
        if not isinstance(change, OrderAction):
            raise NotImplementedError("Arlo orders are only approved or canceled")
        if change.action is OrderActionKind.APPROVE:
            await self.approve_order(order_id, notify=change.notify, contact_id=change.contact_id)
        elif change.action is OrderActionKind.CANCEL:
            await self.cancel_order(order_id, notify=change.notify)
        else:
            raise NotImplementedError(f"Arlo orders cannot be {change.action.value}d")

    # -- orders --------------------------------------------------------------------------

    async def get_arlo_order(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> ArloOrder:
        """`GET orders/{id}/`: every documented field of one order."""
        path = f"/orders/{_path_id(order_id, 'order')}/"
        return read_order(await self._get(path, "Order", priority=priority), "Order")

    async def approve_order(
        self, order_id: str, *, notify: bool = True, contact_id: str | None = None
    ) -> None:
        """`POST orders/{id}/approverequests/`; 204 when done, 422 when the order is not
        AwaitingApproval or Pending or the contact is unknown."""
        path = f"/orders/{_path_id(order_id, 'order')}/approverequests/"
        root = ET.Element("ApproveOrderRequest")
        workflow = ET.SubElement(root, "CommunicationWorkflow")
        workflow.text = WORKFLOW_DEFAULT if notify else WORKFLOW_NONE
        if contact_id is not None:
            if not _DIGITS.fullmatch(str(contact_id).strip()):
                raise errors.ValidationError(
                    translate("Arlo", "{id} is not an Arlo contact id.").format(
                        id=repr(str(contact_id)[:40])
                    ),
                    fields={"contact_id": [translate("Arlo", "is not an Arlo contact id")]},
                )
            ET.SubElement(
                root,
                "Link",
                {
                    "rel": RELATED + "ApprovedByContact",
                    "type": XML_MEDIA,
                    "title": "ApprovedByContact",
                    "href": self.contact_href(contact_id),
                },
            )
        await self._post(path, root)

    async def cancel_order(self, order_id: str, *, notify: bool = True) -> None:
        """`POST orders/{id}/cancelrequests/`; 204 from AwaitingApproval, Pending or Approved,
        else 422. With `notify` false Arlo is told not to send the cancellation emails."""
        path = f"/orders/{_path_id(order_id, 'order')}/cancelrequests/"
        root = ET.Element("CancelOrderRequest")
        if not notify:
            ET.SubElement(root, "CommunicationWorkflow").text = WORKFLOW_NONE
        await self._post(path, root)

    async def _orders_page(
        self, skip: int, top: int, *, priority: Priority
    ) -> tuple[list[ArloOrder], bool]:
        """One page of `GET orders/?expand=Order`, and whether a `next` page follows."""
        params = {"expand": "Order", "skip": str(skip), "top": str(top)}
        root = await self._get("/orders/", "Orders", params=params, priority=priority)
        records: list[ArloOrder | None] = []
        missing: dict[int, str] = {}
        for index, link in enumerate(root.findall("Link")):
            if link.get("title") != "Order" and link.get("rel") != RELATED + "Order":
                continue
            inline = link.find("Order")
            if inline is not None:
                records.append(read_order(inline, f"Orders.Link[{index}].Order"))
                continue
            match = _ORDER_HREF.search((link.get("href") or "").split("?")[0])
            if match is None:
                raise errors.ResponseFormatError(
                    f"Orders.Link[{index}]", translate("Arlo", "has no order href")
                )
            missing[len(records)] = match.group(1)
            records.append(None)
        if missing:  # the server did not expand: read those orders one by one
            fetched = await self._gather(
                lambda i: self.get_arlo_order(i, priority=priority), list(missing.values())
            )
            for position, record in zip(missing, fetched, strict=True):
                records[position] = record
        return [record for record in records if record is not None], has_next(root)

    async def _all_orders(self, priority: Priority) -> list[ArloOrder]:
        """Every order, page after page of the largest size."""
        records: list[ArloOrder] = []
        number = 1
        while True:
            page, has_more = await self._orders_page(len(records), PAGE_MAX, priority=priority)
            records.extend(page)
            if not has_more or not page:
                return records
            number = next_page(number)

    # -- contacts ------------------------------------------------------------------------

    async def list_contacts(self, *, priority: Priority = Priority.INTERACTIVE) -> list[Contact]:
        """Every contact (`GET contacts/?expand=Contact`, all pages), to choose who approved
        an order; also refreshes the contact cache the order listings use."""
        contacts: list[Contact] = []
        skip = 0
        number = 1
        while True:
            params = {"expand": "Contact", "skip": str(skip), "top": str(PAGE_MAX)}
            root = await self._get("/contacts/", "Contacts", params=params, priority=priority)
            links = [
                link
                for link in root.findall("Link")
                if link.get("title") == "Contact" or link.get("rel") == RELATED + "Contact"
            ]
            missing: list[str] = []
            for index, link in enumerate(links):
                inline = link.find("Contact")
                if inline is not None:
                    contacts.append(read_contact(inline, f"Contacts.Link[{index}].Contact"))
                    continue
                match = CONTACT_HREF.search((link.get("href") or "").split("?")[0])
                if match is None:
                    raise errors.ResponseFormatError(
                        f"Contacts.Link[{index}]", translate("Arlo", "has no contact href")
                    )
                missing.append(match.group(1))
            if missing:
                contacts += await self._gather(
                    lambda i: self.get_contact(i, priority=priority), missing
                )
            skip += len(links)
            if not has_next(root) or not links:
                break
            number = next_page(number)
        self._contacts.update((contact.id, contact) for contact in contacts)
        return contacts

    async def get_contact(
        self, contact_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> Contact:
        """`GET contacts/{id}/`, read afresh (and cached for the listings)."""
        path = f"/contacts/{_path_id(contact_id, 'contact')}/"
        root = await self._get(path, "Contact", priority=priority)
        contact = read_contact(root, "Contact")
        self._contacts[contact.id] = contact
        return contact

    async def _with_customers(
        self, records: Sequence[ArloOrder], *, priority: Priority
    ) -> list[Order]:
        """Orders with their bill-to contact as customer. Contacts already known (cached, or
        expanded inline) are not read again; the others are read concurrently, a few at a
        time. A contact Arlo no longer has leaves the customer blank rather than failing the
        whole listing."""
        for record in records:
            if record.bill_to is not None:
                self._contacts[record.bill_to.id] = record.bill_to
        unknown = sorted(
            {r.bill_to_contact_id for r in records if r.bill_to_contact_id} - self._contacts.keys()
        )
        if unknown:
            await self._gather(lambda i: self._try_contact(i, priority), unknown)
        orders = []
        for record in records:
            contact = self._contacts.get(record.bill_to_contact_id or "")
            customer = (
                Customer(name=contact.name, email=contact.email)
                if contact
                else Customer(name="", email="")
            )
            orders.append(record.order(customer))
        return orders

    async def _try_contact(self, contact_id: str, priority: Priority) -> Contact | None:
        try:
            return await self.get_contact(contact_id, priority=priority)
        except errors.NotFoundError:
            return None

    @staticmethod
    async def _gather(read: Callable[[str], Awaitable[T]], ids: Sequence[str]) -> list[T]:
        """`read` each id concurrently, at most `CONTACT_CONCURRENCY` in flight (the rate
        limiter still paces them), results in the order of `ids`; the first failure cancels
        the rest. The semaphore is made per call so it belongs to the running event loop, and
        a read starts only once it has a slot, so a canceled one was never begun."""
        slots = asyncio.Semaphore(CONTACT_CONCURRENCY)

        async def bounded(item: str) -> T:
            async with slots:
                return await read(item)

        return await all_or_first_error(bounded(item) for item in ids)
