"""The JSON shapes ApprovePro answers with (list item, detail, statuses)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from .catalog import COLOR_HEX, MAIL_FROM, Status
from .models import Account, HistoryEvent, Order


def iso(moment: int | None) -> str | None:
    """Epoch seconds as ISO-8601 UTC, e.g. "2025-05-22T19:04:36+00:00"."""
    if moment is None:
        return None
    return datetime.fromtimestamp(moment, UTC).isoformat()


def due_iso(day: date | None, zone: ZoneInfo) -> str | None:
    """A due date is a day in the shop's zone, sent as the UTC instant of its midnight."""
    if day is None:
        return None
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC).isoformat()


def customer(order: Order) -> dict[str, Any]:
    return {"name": order.customer_name, "email": order.email, "locale": order.locale}


def translations(status: Status) -> dict[str, Any]:
    return {"fr": {"name": status.fr_name, "description": status.fr_description}}


def list_item(account: Account, order: Order) -> dict[str, Any]:
    """One row of `GET /orders`."""
    status = account.status_by_code.get(order.status_code or "")
    return {
        "id": order.id,
        "name": order.name,
        "order_number": order.order_number,
        "customer": customer(order),
        "status": {
            "is_set": status is not None,
            "code": status.code if status else None,
            "name": status.name if status else None,
            "public_name": status.public_name if status else None,
            "description": status.description if status else None,
            "color": COLOR_HEX[status.color] if status else None,
            "public": status.public if status else None,
            "set_at": iso(order.set_at) if status else None,
            "auto_change_at": None,
        },
        "due_date": due_iso(order.due_date, account.time_zone),
        "due_date_to": due_iso(order.due_date_to, account.time_zone),
        "history_count": order.history_count,
        **_extras(order),
    }


def detail(account: Account, order: Order) -> dict[str, Any]:
    """`GET /orders/{order}` and `GET /orders/lookup`."""
    status = account.status_by_code.get(order.status_code or "")
    return {
        "id": order.id,
        "name": order.name,
        "order_number": order.order_number,
        "customer": customer(order),
        "status": {
            "is_set": status is not None,
            "code": status.code if status else None,
            "name": status.name if status else None,
            "public_name": status.public_name if status else None,
            "description": status.description if status else None,
            "public": status.public if status else None,
            "set_at": iso(order.set_at) if status else None,
            "auto_change_at": None,
            "translations": translations(status) if status else None,
        },
        "history": [history_event(account, event) for event in reversed(order.history)],
        "public_progress_timeline": timeline(account, order),
        "due_date": due_iso(order.due_date, account.time_zone),
        "due_date_to": due_iso(order.due_date_to, account.time_zone),
        "history_count": order.history_count,
        **_extras(order),
    }


def _extras(order: Order) -> dict[str, Any]:
    return {
        "tags": list(order.tags),
        "financial_status": order.financial_status,
        "fulfillment_status": order.fulfillment_status,
        "cancelled_at": iso(order.canceled_at),  # ApprovePro's wire spelling
        "created_at": iso(order.created_at),
    }


def history_event(account: Account, event: HistoryEvent) -> dict[str, Any]:
    status = account.status_by_code.get(event.status_code or "")
    return {
        "event": event.event,
        "status": (
            {
                "code": status.code,
                "name": status.name,
                "public_name": status.public_name,
                "description": status.description,
                "public": status.public,
                "translations": translations(status),
            }
            if status
            else None
        ),
        "comment": event.comment,
        "comment_is_public": event.comment_is_public,
        "created_at": iso(event.created_at),
        "mail_log": (
            {
                "from": MAIL_FROM,
                "to": event.mail_log.to,
                "subject": event.mail_log.subject,
                "delivery_status": event.mail_log.delivery_status,
            }
            if event.mail_log
            else None
        ),
    }


def timeline(account: Account, order: Order) -> list[dict[str, Any]]:
    """The customer-facing progress: public statuses of the order's workflow, in order.

    Before the current status: Complete; the current one: Current; after: Incomplete. A step's
    timestamp is when the order last entered it ("22 May 20:03" in the shop's zone).
    """
    current = account.position.get(order.status_code or "", -1)
    entered: dict[str, int] = {}
    if current >= 0:
        for event in order.history:
            if event.event == "STATUS_CHANGE" and event.status_code:
                entered[event.status_code] = event.created_at
    steps = []
    for status in account.statuses:
        if not status.public or not status.allowed_for(order.tags):
            continue
        position = account.position[status.code]
        if current < 0 or position > current:
            progress, moment = "Incomplete", None
        else:
            progress = "Current" if position == current else "Complete"
            moment = entered.get(status.code)
        steps.append(
            {
                "name": status.display_name,
                "description": status.description,
                "progress": progress,
                "timestamp": _short_time(moment, account.time_zone),
            }
        )
    return steps


def _short_time(moment: int | None, zone: ZoneInfo) -> str | None:
    if moment is None:
        return None
    local = datetime.fromtimestamp(moment, zone)
    return f"{local.day} {local.strftime('%b %H:%M')}"


def status_summary(status: Status) -> dict[str, Any]:
    """`GET /statuses` item (named colour)."""
    return {
        "name": status.name,
        "description": status.description,
        "code": status.code,
        "color": status.color,
    }


def viable_status(status: Status) -> dict[str, Any]:
    """`GET /orders/{order}/viable-statuses` item (named colour)."""
    return {
        "code": status.code,
        "name": status.name,
        "description": status.description,
        "color": status.color,
    }
