"""ApprovePro v1: custom statuses, single and queued bulk status changes, comments, due dates.

Limits per API key: 60 requests a minute on every endpoint and 5 a minute on bulk-status. Both
are kept by client-side limiters, so a long bulk change runs at the limit without a single 429.
Due dates travel as calendar days but come back as UTC instants of the account's midnight; with
no time zone configured, the nearest midnight recovers the day for any offset within ±12 h.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from approval_console.connectors.base import Account, RateBudget
from approval_console.connectors.fields import Fields, objects_of
from approval_console.connectors.http import HttpClient, decode_json
from approval_console.connectors.ratelimit import Priority, SlidingWindowLimiter
from approval_console.core import errors
from approval_console.core.backends import BACKENDS
from approval_console.core.changes import BillingChange, CommentChange, DueDateChange, StatusChange
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Customer, Order, OrderStatus, Status
from approval_console.core.history import HistoryEvent, HistoryKind, MailLog, Progress, TimelineStep
from approval_console.core.i18n import translate
from approval_console.core.labels import HISTORY_EVENT
from approval_console.core.listing import OrderQuery, Page

BACKEND = "approvepro"
API_PREFIX = "/api/v1"
CAPABILITIES = BACKENDS[BACKEND].capabilities
BULK_MAX = CAPABILITIES.bulk_max
PAGE_MAX = CAPABILITIES.max_page_size

# ApprovePro names colours in /statuses and gives hex in order lists; the console shows hex.
NAMED_COLORS = {
    "gray": "#6B7280",
    "grey": "#6B7280",
    "slate": "#64748B",
    "red": "#EF4444",
    "orange": "#F97316",
    "amber": "#F59E0B",
    "yellow": "#EAB308",
    "lime": "#84CC16",
    "green": "#10B981",
    "emerald": "#10B981",
    "teal": "#14B8A6",
    "cyan": "#06B6D4",
    "sky": "#0EA5E9",
    "blue": "#3B82F6",
    "indigo": "#6366F1",
    "violet": "#8B5CF6",
    "purple": "#A855F7",
    "fuchsia": "#D946EF",
    "pink": "#EC4899",
    "rose": "#F43F5E",
    "black": "#111827",
    "white": "#F9FAFB",
    "brown": "#92400E",
}


def normalize_color(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if value.startswith("#") and len(value) in (4, 7):
        return value.upper()
    return NAMED_COLORS.get(value.lower())


class _BearerAuth(httpx.Auth):
    """Adds the key at send time so it never sits in a header dict that might be logged."""

    def __init__(self, key: str) -> None:
        self._key = key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._key}"
        yield request


class ApproveProConnector:
    """Every ApprovePro endpoint, mapped to backend-neutral types."""

    capabilities = CAPABILITIES

    def __init__(
        self,
        account: Account,
        api_key: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.account = account
        options = account.options
        window = float(options.get("rate_window", 60))
        self.general = SlidingWindowLimiter(int(options.get("rate_limit", 60)), window)
        self.bulk = SlidingWindowLimiter(int(options.get("bulk_rate_limit", 5)), window)
        self._zone = _zone(options.get("timezone"))
        self.http = HttpClient(
            account.base_url.rstrip("/") + API_PREFIX,
            auth=_BearerAuth(api_key),
            headers={"Accept": "application/json", "User-Agent": "ApprovalConsole"},
            transport=transport,
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    def budget(self) -> RateBudget:
        return RateBudget(self.general.remaining(), self.general.limit, self.general.window)

    def estimate_seconds(self, requests: int, bulk_requests: int = 0) -> float:
        """Least time the limits allow for that many more requests."""
        return max(
            self.general.earliest_start_after(requests + bulk_requests),
            self.bulk.earliest_start_after(bulk_requests),
        )

    async def _get(self, path: str, *, params: Any = None, priority: Priority) -> Any:
        response = await self.http.request(
            "GET", path, params=params, limiters=(self.general,), priority=priority
        )
        return await decode_json(response)

    async def _post(self, path: str, body: dict[str, Any]) -> Any:
        response = await self.http.request(
            "POST",
            path,
            json=body,
            idempotent=False,
            limiters=(self.general,),
            priority=Priority.INTERACTIVE,
        )
        return await decode_json(response) if response.content else None

    # -- reading -------------------------------------------------------------------------

    async def list_statuses(self) -> list[Status]:
        body = await self._get("/statuses", priority=Priority.NORMAL)
        return [self._status(item, position) for position, item in enumerate(objects_of(body))]

    async def list_orders(
        self,
        query: OrderQuery,
        *,
        page: int = 1,
        per_page: int = PAGE_MAX,
        priority: Priority = Priority.NORMAL,
    ) -> Page:
        params = [*self._list_params(query), ("page", str(page)), ("per_page", str(per_page))]
        body = Fields(await self._get("/orders", params=params, priority=priority))
        orders = tuple(self._order(item) for item in body.objects("data"))
        meta = body.obj("meta")
        return Page(
            items=orders,
            page=meta.integer("current_page"),
            last_page=meta.integer("last_page"),
            total=meta.integer("total"),
            per_page=meta.integer("per_page"),
        )

    async def get_order(
        self, order_id: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderDetail:
        body = await self._get(f"/orders/{_order_path(order_id)}", priority=priority)
        return self._detail(Fields(body))

    async def lookup(self, number: str, email: str) -> OrderDetail:
        params = {"number": number.strip(), "email": email.strip()}
        body = await self._get("/orders/lookup", params=params, priority=Priority.INTERACTIVE)
        return self._detail(Fields(body))

    async def viable_statuses(self, order_id: str) -> list[Status]:
        body = await self._get(
            f"/orders/{_order_path(order_id)}/viable-statuses", priority=Priority.INTERACTIVE
        )
        return [self._status(item, position) for position, item in enumerate(objects_of(body))]

    # -- changing ------------------------------------------------------------------------

    async def change_status(self, order_id: str, change: StatusChange) -> None:
        body: dict[str, Any] = {
            "status_code": change.status_code,
            "public": change.public,
            "email_customer": change.email_customer,
            "email_additional": change.email_additional,
        }
        if change.comment:
            body["comment"] = change.comment
        await self._post(f"/orders/{_order_path(order_id)}/status", body)

    async def bulk_change_status(self, order_ids: Sequence[str], change: StatusChange) -> int:
        """Queue one bulk change of at most 50 orders; returns how many the server queued."""
        if not 1 <= len(order_ids) <= BULK_MAX:
            raise ValueError(f"a bulk change takes 1 to {BULK_MAX} orders, not {len(order_ids)}")
        body: dict[str, Any] = {
            "order_ids": [int(order_id) for order_id in order_ids],
            "status_code": change.status_code,
            "public": change.public,
            "email_customer": change.email_customer,
            "email_additional": change.email_additional,
        }
        if change.comment:
            body["comment"] = change.comment
        if change.send_at is not None:
            body["send_at"] = int(change.send_at.timestamp())
        if change.due_date is not None:
            body["due_date"] = change.due_date.isoformat()
        response = await self.http.request(
            "POST",
            "/orders/bulk-status",
            json=body,
            idempotent=False,
            limiters=(self.bulk, self.general),
            header_limiter=self.bulk,
            priority=Priority.INTERACTIVE,
        )
        queued = Fields(await decode_json(response))
        return queued.integer("count") if queued.has("count") else len(order_ids)

    async def add_comment(self, order_id: str, change: CommentChange) -> None:
        await self._post(
            f"/orders/{_order_path(order_id)}/comment",
            {"comment": change.comment, "public": change.public},
        )

    async def set_due_date(self, order_id: str, change: DueDateChange) -> None:
        body: dict[str, Any] = {
            "due_date": change.due_date.isoformat() if change.due_date else None
        }
        if change.due_date is not None and change.due_date_to is not None:
            body["due_date_to"] = change.due_date_to.isoformat()
        await self._post(f"/orders/{_order_path(order_id)}/due-date", body)

    async def perform(
        self, order_id: str, change: BillingChange, *, idempotency_key: str | None = None
    ) -> None:
        raise NotImplementedError("ApprovePro orders are not billed through the console")

    # -- mapping -------------------------------------------------------------------------

    @staticmethod
    def _list_params(query: OrderQuery) -> list[tuple[str, str]]:
        params: list[tuple[str, str]] = []
        if query.search:
            params.append(("search", query.search))
        if query.status_code:
            params.append(("status_code", query.status_code))
        params += [("tags[]", tag) for tag in query.tags_all]
        params += [("tags_any[]", tag) for tag in query.tags_any]
        params += [("financial_status[]", value) for value in query.financial_status]
        params += [("fulfillment_status[]", value) for value in query.fulfillment_status]
        if query.exclude_canceled:
            params.append(("exclude_cancelled", "1"))  # ApprovePro's wire spelling
        if query.due_date_from:
            params.append(("due_date_from", query.due_date_from.isoformat()))
        if query.due_date_to:
            params.append(("due_date_to", query.due_date_to.isoformat()))
        params += list(query.extra.items())
        return params

    @staticmethod
    def _status(item: Fields, position: int) -> Status:
        return Status(
            code=item.text("code"),
            name=item.text("name"),
            description=item.opt_text("description") or "",
            color=normalize_color(item.opt_text("color")) or NAMED_COLORS["gray"],
            position=position,
        )

    def _calendar_day(self, item: Fields, key: str) -> date | None:
        instant = item.opt_datetime(key)
        if instant is None:
            return None
        if self._zone is not None:
            return instant.astimezone(self._zone).date()
        return (instant.astimezone(UTC) + timedelta(hours=12)).date()

    def _order(self, item: Fields) -> Order:
        customer = item.obj("customer")
        return Order(
            id=str(item.integer("id")),
            name=item.text("name"),
            number=item.opt_text("order_number") or item.text("name").lstrip("#"),
            customer=Customer(
                name=customer.opt_text("name") or "",
                email=customer.opt_text("email") or "",
                locale=customer.opt_text("locale"),
            ),
            status=self._order_status(item.opt_obj("status")),
            financial_status=item.opt_text("financial_status"),
            fulfillment_status=item.opt_text("fulfillment_status"),
            tags=item.text_list("tags"),
            canceled_at=item.opt_datetime("cancelled_at"),  # ApprovePro's wire spelling
            created_at=item.opt_datetime("created_at"),
            due_date=self._calendar_day(item, "due_date"),
            due_date_to=self._calendar_day(item, "due_date_to"),
            history_count=item.opt_integer("history_count", 0) or 0,
        )

    @staticmethod
    def _order_status(status: Fields | None) -> OrderStatus | None:
        if status is None or not status.flag("is_set", default=True):
            return None
        code = status.opt_text("code")
        if not code:
            return None
        return OrderStatus(
            code=code,
            name=status.opt_text("name") or code,
            public_name=status.opt_text("public_name"),
            description=status.opt_text("description"),
            color=normalize_color(status.opt_text("color")),
            public=status.flag("public", default=True),
            set_at=status.opt_datetime("set_at"),
            auto_change_at=status.opt_datetime("auto_change_at"),
        )

    def _detail(self, item: Fields) -> OrderDetail:
        history = tuple(self._event(event) for event in item.objects("history", required=False))
        order = self._order(item)
        if not item.has("history_count"):
            order = _replace_history_count(order, len(history))
        timeline = tuple(
            TimelineStep(
                name=step.text("name"),
                description=step.opt_text("description"),
                progress=_progress(step),
                timestamp=step.opt_text("timestamp"),
            )
            for step in item.objects("public_progress_timeline", required=False)
        )
        return OrderDetail(order=order, history=history, timeline=timeline)

    @staticmethod
    def _event(event: Fields) -> HistoryEvent:
        kind_text = event.text("event")
        status = event.opt_obj("status")
        comment = event.opt_text("comment")
        try:
            kind = HistoryKind(kind_text)
        except ValueError:
            # An event a newer server records and the document does not name: one word must
            # not cost the whole order its history. One that carries a status changed it;
            # any other is kept as a note that says, in its own words, what happened.
            if status is not None and status.opt_text("code"):
                kind = HistoryKind.STATUS_CHANGE
            else:
                kind = HistoryKind.COMMENT
                said = HISTORY_EVENT.name(kind_text)
                comment = f"{said}: {comment}" if comment else said
        created = event.opt_datetime("created_at")
        if created is None:
            raise errors.ResponseFormatError(f"{event.path}.created_at", "is missing")
        mail = event.opt_obj("mail_log")
        return HistoryEvent(
            kind=kind,
            created_at=created,
            status_code=status.opt_text("code") if status else None,
            status_name=(status.opt_text("name") if status else None),
            comment=comment,
            comment_is_public=event.flag("comment_is_public"),
            mail=MailLog(
                sender=mail.opt_text("from") or "",
                recipient=mail.opt_text("to") or "",
                subject=mail.opt_text("subject") or "",
                delivery_status=mail.opt_text("delivery_status") or "",
            )
            if mail
            else None,
        )


def _progress(step: Fields) -> Progress:
    """A progress word the document does not name is kept as itself (`OpenStrEnum`): the
    stepper draws it as not reached and says the word."""
    return Progress(step.text("progress"))


def _replace_history_count(order: Order, count: int) -> Order:
    from dataclasses import replace

    return replace(order, history_count=count)


def _order_path(order_id: str) -> str:
    """Order ids are integers; anything else would be a path injection, so refuse it here."""
    if not str(order_id).isdigit():
        raise errors.NotFoundError(
            translate("Server", "There is no order {number}.").format(number=repr(order_id)),
            status=404,
        )
    return str(order_id)


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def parse_instant(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
