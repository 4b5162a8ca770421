"""HTTP handlers of Arlo's auth API: Basic auth, XML-only negotiation, then the resources.

Every path answers with and without its trailing slash (the document writes both), and wrong
methods are answered here in XML, so Starlette's JSON answers never reach an Arlo client.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
import time
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable
from typing import TypeVar
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import render
from .models import (
    APPROVABLE,
    APPROVED,
    CANCELED,
    CANCELLABLE,
    WORKFLOWS,
    Contact,
    Notification,
    Order,
    Platform,
)
from .xmlsafe import UnsafeXml, local_name, parse, serialize

PREFIX = "/api/2012-02-01/auth/resources"
XML_TYPES = ("application/xml", "text/xml")
ACCEPTABLE_RANGES = (*XML_TYPES, "application/*", "text/*", "*/*")
DEFAULT_TOP = 100
MAX_TOP = 250
CONTACT_HREF = re.compile(r"/contacts/(\d+)/?$")
Handler = Callable[[Request], Awaitable[Response]]
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
T = TypeVar("T")


class ArloError(Exception):
    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    def response(self) -> Response:
        return xml_response(render.error(self.code, self.message), self.status, self.headers)


def xml_response(
    root: ET.Element, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(serialize(root), status, headers, media_type="application/xml")


class ArloRoutes:
    """Orders (list, show, approve, cancel) and contacts (list, show), relative to PREFIX."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform

    def routes(self) -> list[BaseRoute]:
        table: list[tuple[str, dict[str, Handler]]] = [
            ("/orders/", {"GET": self.list_orders}),
            ("/orders/{order_id}/", {"GET": self.show_order}),
            ("/orders/{order_id}/approverequests/", {"POST": self.approve}),
            ("/orders/{order_id}/cancelrequests/", {"POST": self.cancel}),
            ("/contacts/", {"GET": self.list_contacts}),
            ("/contacts/{contact_id}/", {"GET": self.show_contact}),
        ]
        routes: list[BaseRoute] = []
        for path, handlers in table:
            endpoint = self._endpoint(handlers)
            routes += [
                Route(path, endpoint, methods=ALL_METHODS),
                Route(path.rstrip("/"), endpoint, methods=ALL_METHODS),
            ]
        routes.append(Route("/{rest:path}", self._endpoint({}), methods=ALL_METHODS))
        return routes

    def _endpoint(self, handlers: dict[str, Handler]) -> Handler:
        """Authentication, then content negotiation, then the method, then the handler."""
        if "GET" in handlers:
            handlers = {**handlers, "HEAD": handlers["GET"]}

        async def endpoint(request: Request) -> Response:
            try:
                self._authenticate(request)
                _negotiate(request)
                if not handlers:
                    raise ArloError(404, "NotFound", "The requested resource does not exist.")
                handler = handlers.get(request.method)
                if handler is None:
                    allowed = ", ".join(handlers)
                    raise ArloError(
                        405,
                        "MethodNotAllowed",
                        f"HTTP {request.method} is not supported by this resource.",
                        {"Allow": allowed},
                    )
                return await handler(request)
            except ArloError as error:
                return error.response()

        return endpoint

    def _authenticate(self, request: Request) -> None:
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        username = password = ""
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                decoded = ""
            username, _, password = decoded.partition(":")
        valid = secrets.compare_digest(username.encode(), self.platform.username.encode())
        valid &= secrets.compare_digest(password.encode(), self.platform.password.encode())
        if not valid:
            raise ArloError(
                401,
                "Unauthorized",
                "Valid credentials are required to access this resource.",
                {"WWW-Authenticate": 'Basic realm="Arlo REST API"'},
            )

    # ---- reads

    async def list_orders(self, request: Request) -> Response:
        expand = _expand(request, {"Order", "Order/BillToContact"})
        items = list(self.platform.orders.values())
        root = ET.Element("Orders")
        base = _base(request)
        rows, links = _page(request, items, base + "orders/")
        for item in rows:
            element = render.related(root, "Order", f"{base}orders/{item.order_id}/")
            if "Order" in expand:
                contact = self._bill_to(item) if "Order/BillToContact" in expand else None
                element.append(render.order(base, item, contact))
        links(root)
        return xml_response(root)

    async def show_order(self, request: Request) -> Response:
        expand = _expand(request, {"BillToContact"})
        item = self._order(request)
        contact = self._bill_to(item) if "BillToContact" in expand else None
        return xml_response(render.order(_base(request), item, contact))

    async def list_contacts(self, request: Request) -> Response:
        expand = _expand(request, {"Contact"})
        items = list(self.platform.contacts.values())
        root = ET.Element("Contacts")
        base = _base(request)
        rows, links = _page(request, items, base + "contacts/")
        for item in rows:
            element = render.related(root, "Contact", f"{base}contacts/{item.contact_id}/")
            if "Contact" in expand:
                element.append(render.contact_element(base, item))
        links(root)
        return xml_response(root)

    async def show_contact(self, request: Request) -> Response:
        _expand(request, set())
        raw = request.path_params["contact_id"]
        contact = self.platform.contacts.get(int(raw)) if raw.isdigit() else None
        if contact is None:
            raise ArloError(404, "NotFound", f"Contact {raw} could not be found.")
        return xml_response(render.contact_element(_base(request), contact))

    # ---- writes

    async def approve(self, request: Request) -> Response:
        item = self._order(request)
        root = await _request_root(request, "ApproveOrderRequest")
        workflow = _workflow(root)
        href = _approved_by_href(root)
        if item.status not in APPROVABLE:
            raise ArloError(
                422,
                "InvalidOrderState",
                f"Order {item.order_id} is {item.status}; only AwaitingApproval or Pending "
                "orders can be approved.",
            )
        contact = None
        if href is not None:
            match = CONTACT_HREF.search(href.split("?")[0])
            contact = self.platform.contacts.get(int(match.group(1))) if match else None
            if contact is None:
                raise ArloError(
                    422, "InvalidContact", f"ApprovedByContact {href!r} is not a valid contact."
                )
        moment = time.time()
        item.status = APPROVED
        item.approved = item.modified = moment
        item.approved_by_contact_id = contact.contact_id if contact else None
        item.approved_by_user = None if contact else self.platform.username
        self._notify(item, workflow, "has been approved", moment)
        return Response(status_code=204)

    async def cancel(self, request: Request) -> Response:
        item = self._order(request)
        root = await _request_root(request, "CancelOrderRequest")
        workflow = _workflow(root)
        if item.status not in CANCELLABLE:
            raise ArloError(
                422,
                "InvalidOrderState",
                f"Order {item.order_id} is {item.status}; only AwaitingApproval, Approved or "
                "Pending orders can be cancelled.",
            )
        moment = time.time()
        item.status = CANCELED
        item.modified = moment
        self._notify(item, workflow, "has been cancelled", moment)
        return Response(status_code=204)

    def _notify(self, item: Order, workflow: str, what: str, moment: float) -> None:
        if workflow == "Default":
            contact = self.platform.contacts[item.bill_to_contact_id]
            subject = f"Your order {item.code} {what}"
            item.notifications.append(Notification(contact.email, subject, moment))

    def _order(self, request: Request) -> Order:
        raw = request.path_params["order_id"]
        item = self.platform.orders.get(int(raw)) if raw.isdigit() else None
        if item is None:
            raise ArloError(404, "NotFound", f"Order {raw} could not be found.")
        return item

    def _bill_to(self, item: Order) -> Contact:
        return self.platform.contacts[item.bill_to_contact_id]


def _base(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}{PREFIX}/"


def _negotiate(request: Request) -> None:
    """XML is the only representation: no Accept (or an empty one) means XML."""
    header = request.headers.get("accept", "").strip()
    if not header:
        return
    for part in header.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        refused = any(p.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000") for p in params)
        if media.lower() in ACCEPTABLE_RANGES and not refused:
            return
    raise ArloError(406, "NotAcceptable", "The only supported response type is application/xml.")


def _expand(request: Request, allowed: set[str]) -> set[str]:
    raw = request.query_params.get("expand", "")
    wanted = {part.strip() for part in raw.split(",") if part.strip()}
    unknown = sorted(wanted - allowed)
    if unknown:
        raise ArloError(400, "InvalidExpand", f"Cannot expand {unknown[0]!r} on this resource.")
    if "Order/BillToContact" in wanted:
        wanted.add("Order")
    return wanted


def _page(
    request: Request, items: list[T], url: str
) -> tuple[list[T], Callable[[ET.Element], None]]:
    """`skip` and `top` paging; the second value appends `next`/`previous` links that keep
    the request's expansion."""
    skip = _count(request, "skip", 0, None)
    top = _count(request, "top", DEFAULT_TOP, MAX_TOP)
    expand = request.query_params.get("expand")
    keep = {"expand": expand} if expand else {}

    def links(root: ET.Element) -> None:
        if skip + top < len(items):
            query = urlencode({**keep, "skip": skip + top, "top": top})
            render.link(root, "next", f"{url}?{query}", "Next")
        if skip > 0:
            query = urlencode({**keep, "skip": max(0, skip - top), "top": top})
            render.link(root, "previous", f"{url}?{query}", "Previous")

    return items[skip : skip + top], links


def _count(request: Request, name: str, default: int, high: int | None) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    low = 1 if name == "top" else 0
    if not raw.isascii() or not raw.isdigit() or int(raw) < low or (high and int(raw) > high):
        bound = f"between {low} and {high}" if high else f"at least {low}"
        raise ArloError(400, "InvalidParameter", f"{name} must be an integer {bound}.")
    return int(raw)


async def _request_root(request: Request, expected: str) -> ET.Element:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media and media not in XML_TYPES:
        raise ArloError(415, "UnsupportedMediaType", "The request body must be application/xml.")
    try:
        root = parse(await request.body())
    except UnsafeXml as error:
        raise ArloError(400, "InvalidRequest", str(error)) from None
    if local_name(root) != expected:
        raise ArloError(
            400, "InvalidRequest", f"The request body must have a {expected} root element."
        )
    return root


def _workflow(root: ET.Element) -> str:
    element = next((e for e in root if local_name(e) == "CommunicationWorkflow"), None)
    if element is None:
        return "Default"
    value = (element.text or "").strip()
    if value not in WORKFLOWS or len(element):
        raise ArloError(
            400,
            "InvalidRequest",
            f"CommunicationWorkflow {value!r} is not a valid OrderCommunicationWorkflow value "
            "(Default or None).",
        )
    return value


def _approved_by_href(root: ET.Element) -> str | None:
    for element in root:
        if local_name(element) != "Link":
            continue
        title = element.get("title", "")
        rel = element.get("rel", "")
        if title != "ApprovedByContact" and not rel.endswith("/related/ApprovedByContact"):
            continue
        if len(element) or (element.text or "").strip():
            raise ArloError(
                400, "InvalidRequest", "The ApprovedByContact link does not support inline data."
            )
        href = element.get("href")
        if not href:
            raise ArloError(400, "InvalidRequest", "The ApprovedByContact link has no href.")
        return href
    return None
