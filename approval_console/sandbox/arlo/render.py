"""Arlo's XML representations: resources with `<Link>` elements, optionally expanded inline."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from .models import Contact, Order
from .xmlsafe import child

RELATED = "http://schemas.arlo.co/api/2012/02/auth/related/"


def timestamp(moment: float | None) -> str | None:
    """UTC with milliseconds, as Arlo writes `CreatedDateTime`: 2012-01-01T04:28:00.500Z."""
    if moment is None:
        return None
    value = datetime.fromtimestamp(moment, UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def link(parent: ET.Element, rel: str, href: str, title: str | None = None) -> ET.Element:
    attributes = {"rel": rel, "type": "application/xml"}
    if title is not None:
        attributes["title"] = title
    attributes["href"] = href
    return ET.SubElement(parent, "Link", attributes)


def related(parent: ET.Element, title: str, href: str) -> ET.Element:
    return link(parent, RELATED + title, href, title)


def order(base: str, item: Order, contact: Contact | None) -> ET.Element:
    """`<Order>`; `contact` is given when the BillToContact link is to be expanded."""
    root = ET.Element("Order")
    child(root, "OrderID", item.order_id)
    child(root, "UniqueIdentifier", item.unique_identifier)
    child(root, "Code", item.code)
    child(root, "Status", item.status)
    child(root, "SubTotal", f"{item.sub_total:.2f}")
    child(root, "TotalTax", f"{item.total_tax:.2f}")
    child(root, "Total", f"{item.total:.2f}")
    child(root, "CurrencyCode", item.currency)
    child(root, "DueDate", item.due_date.isoformat() if item.due_date else None)
    child(root, "ApprovedDateTime", timestamp(item.approved))
    child(root, "CreatedDateTime", timestamp(item.created))
    child(root, "LastModifiedDateTime", timestamp(item.modified))
    link(root, "self", f"{base}orders/{item.order_id}/")
    bill_to = related(root, "BillToContact", f"{base}contacts/{item.bill_to_contact_id}/")
    if contact is not None:
        bill_to.append(contact_element(base, contact))
    return root


def contact_element(base: str, item: Contact) -> ET.Element:
    root = ET.Element("Contact")
    child(root, "ContactID", item.contact_id)
    child(root, "UniqueIdentifier", item.unique_identifier)
    child(root, "FirstName", item.first_name)
    child(root, "LastName", item.last_name)
    child(root, "Email", item.email)
    child(root, "CodePrimary", item.code)
    child(root, "PhoneWork", item.phone)
    child(root, "Organisation", item.organisation)
    child(root, "Status", "Active")
    child(root, "CreatedDateTime", timestamp(item.created))
    child(root, "LastModifiedDateTime", timestamp(item.modified))
    link(root, "self", f"{base}contacts/{item.contact_id}/")
    return root


def error(code: str, message: str) -> ET.Element:
    root = ET.Element("Error")
    child(root, "Code", code)
    child(root, "Message", message)
    return root
