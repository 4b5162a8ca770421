"""What Arlo says about an order and a contact, read from its XML into the domain types.

Orders are `AwaitingApproval` or `Pending` while a decision is asked of someone (the review
queue, `Review.AWAITING`), then `Approved`, `Cancelled` or `Expired` (no decision left, so no
review state). A status's `set_at` is `ApprovedDateTime` for approved orders, else
`LastModifiedDateTime`; `canceled_at` is `LastModifiedDateTime` of a canceled order.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime

from approval_console.connectors.arlo_xml import Node
from approval_console.core.domain import (
    Contact,
    Customer,
    Money,
    Order,
    OrderStatus,
    Review,
)
from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.core.labels import ORDER_STATUS

AWAITING_APPROVAL = "AwaitingApproval"
PENDING = "Pending"
APPROVED = "Approved"
CANCELED = "Cancelled"
EXPIRED = "Expired"


@dataclass(frozen=True, slots=True)
class _StatusInfo:
    name: str
    description: str
    color: str
    review: Review | None


STATUSES: dict[str, _StatusInfo] = {
    AWAITING_APPROVAL: _StatusInfo(
        QT_TRANSLATE_NOOP("Status", "Awaiting approval"),
        QT_TRANSLATE_NOOP("Status", "Submitted and waiting for someone to approve it."),
        "#F59E0B",
        Review.AWAITING,
    ),
    PENDING: _StatusInfo(
        QT_TRANSLATE_NOOP("Status", "Pending"),
        QT_TRANSLATE_NOOP(
            "Status", "Waiting on payment or processing; it can still be approved or canceled."
        ),
        "#3B82F6",
        Review.AWAITING,
    ),
    APPROVED: _StatusInfo(
        QT_TRANSLATE_NOOP("Status", "Approved"),
        QT_TRANSLATE_NOOP(
            "Status", "Approved: its registrations go ahead. It can still be canceled."
        ),
        "#10B981",
        Review.APPROVED,
    ),
    CANCELED: _StatusInfo(
        QT_TRANSLATE_NOOP("Status", "Cancelled"),
        QT_TRANSLATE_NOOP("Status", "Cancelled, with its registrations."),
        "#EF4444",
        Review.CANCELED,
    ),
    EXPIRED: _StatusInfo(
        QT_TRANSLATE_NOOP("Status", "Expired"),
        QT_TRANSLATE_NOOP("Status", "Not approved in time; no decision is asked any more."),
        "#6B7280",
        None,
    ),
}

CONTACT_HREF = re.compile(r"/contacts/([0-9]+)/?$")


@dataclass(frozen=True, slots=True)
class ArloOrder:
    """An `<Order>` with every documented field, before its customer is known."""

    order_id: str
    code: str
    status: str
    total: Money
    sub_total: Money | None
    total_tax: Money | None
    due_date: date | None
    approved_at: datetime | None
    created_at: datetime | None
    modified_at: datetime | None
    bill_to_contact_id: str | None
    unique_identifier: str | None = None
    bill_to: Contact | None = None  # when the server expanded the BillToContact link

    def order(self, customer: Customer) -> Order:
        """The backend-neutral row; an unknown status is shown by its code made readable, with
        no review."""
        info = STATUSES.get(self.status)
        set_at = self.approved_at if self.status == APPROVED else self.modified_at
        return Order(
            id=self.order_id,
            name=self.code,
            number=self.code,
            customer=customer,
            status=OrderStatus(
                code=self.status,
                name=info.name if info else ORDER_STATUS.name(self.status),
                description=info.description if info else None,
                color=info.color if info else None,
                set_at=set_at or self.created_at,
            ),
            canceled_at=(self.modified_at or self.created_at) if self.status == CANCELED else None,
            created_at=self.created_at,
            due_date=self.due_date,
            amount=self.total,
            review=info.review if info else None,
        )


def read_order(element: ET.Element, path: str) -> ArloOrder:
    node = Node(element, path)
    currency = node.text("CurrencyCode")

    def money(tag: str) -> Money | None:
        return Money(node.decimal(tag), currency) if node.opt_text(tag) is not None else None

    bill_to = node.related("BillToContact")
    contact_id = None
    inline = None
    if bill_to is not None:
        match = CONTACT_HREF.search((bill_to.get("href") or "").split("?")[0])
        contact_id = match.group(1) if match else None
        contact_element = bill_to.find("Contact")
        if contact_element is not None:
            inline = read_contact(contact_element, f"{path}.BillToContact.Contact")
            contact_id = contact_id or inline.id
    return ArloOrder(
        order_id=node.text("OrderID"),
        code=node.opt_text("Code") or node.text("OrderID"),
        status=node.text("Status"),
        total=Money(node.decimal("Total"), currency),
        sub_total=money("SubTotal"),
        total_tax=money("TotalTax"),
        due_date=node.opt_date("DueDate"),
        approved_at=node.opt_datetime("ApprovedDateTime"),
        created_at=node.opt_datetime("CreatedDateTime"),
        modified_at=node.opt_datetime("LastModifiedDateTime"),
        bill_to_contact_id=contact_id,
        unique_identifier=node.opt_text("UniqueIdentifier"),
        bill_to=inline,
    )


def read_contact(element: ET.Element, path: str) -> Contact:
    node = Node(element, path)
    contact_id = node.text("ContactID")
    email = node.opt_text("Email") or ""
    person = " ".join(
        part for part in (node.opt_text("FirstName"), node.opt_text("LastName")) if part
    )
    name = person or node.opt_text("Organisation") or email or f"Contact {contact_id}"
    return Contact(id=contact_id, name=name, email=email)


def has_next(root: ET.Element) -> bool:
    return any(link.get("rel") == "next" for link in root.findall("Link"))
