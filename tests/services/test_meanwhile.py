"""What counts as an order having moved on, how it is worded, and what proves a change whose
answer was lost: only evidence our own send could have produced."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import httpx

from approval_console.app import Console
from approval_console.core.billing import (
    Invoice,
    InvoiceRecord,
    InvoiceState,
    OrderBilling,
    OrderState,
    PurchaseOrder,
)
from approval_console.core.changes import (
    CommentChange,
    InvoiceAction,
    InvoiceActionKind,
    OrderAction,
    OrderActionKind,
    StatusChange,
)
from approval_console.core.detail import OrderDetail
from approval_console.core.domain import Customer, Money, Order, OrderStatus, Review
from approval_console.core.history import HistoryEvent, HistoryKind
from approval_console.core.paths import Paths
from approval_console.services.billing_checks import billing_applied, order_action_applied
from approval_console.services.changes import was_applied
from approval_console.services.meanwhile import held_reason, moved_on
from approval_console.services.outcomes import Outcome
from approval_console.store.orders import OrderFilter
from tests.helpers import DEMO_KEY, approvepro, approvepro_account, server_orders
from tests.services.conftest import ACCOUNT_ID

SENT = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
STATUS, COMMENT = HistoryKind.STATUS_CHANGE, HistoryKind.COMMENT


def order(code: str = "st1", name: str = "Received", review: Review | None = None) -> Order:
    return Order("1", "#1", "1", Customer("Ann", "a@x"), OrderStatus(code, name), review=review)


def detail(now: Order, *events: HistoryEvent) -> OrderDetail:
    return OrderDetail(now, history=tuple(events))


def event(kind: HistoryKind, seconds: int, code: str | None = None, text: str | None = None):  # type: ignore[no-untyped-def]
    return HistoryEvent(kind, SENT + timedelta(seconds=seconds), status_code=code, comment=text)


# -- moved on, and in which words ------------------------------------------------------------


def test_a_decision_is_held_when_status_or_review_moved_a_comment_never():
    seen = order(review=Review.AWAITING)
    approved = order(review=Review.APPROVED)
    assert moved_on(OrderAction(OrderActionKind.CANCEL), seen, approved)
    assert moved_on(StatusChange("st3"), order(), order("st2", "Proof"))
    assert not moved_on(StatusChange("st3"), order(), order())
    assert not moved_on(CommentChange("Called them"), order(), order("st2", "Proof"))
    assert not moved_on(StatusChange("st3"), None, order("st2"))  # nothing was seen


def test_the_reason_says_where_the_order_is_now_and_who_or_when():
    moved = order("st2", "Proof")
    by = HistoryEvent(STATUS, SENT, status_code="st2", actor="Dana")
    assert held_reason(order(), detail(moved, by)) == "changed meanwhile: now “Proof”, by Dana"
    at = held_reason(order(), detail(moved, event(STATUS, 0, "st2")))
    assert at.startswith("changed meanwhile: now “Proof”, at ")
    decided = held_reason(order(review=Review.AWAITING), detail(order(review=Review.APPROVED)))
    assert decided == "changed meanwhile: now approved"


# -- proof after a lost answer, with no picture of before (after a restart) --------------------


def test_a_matching_status_event_from_before_the_send_is_not_proof():
    """Another operator set the same status before our send, then moved it back. A minute
    before might still be a server clock behind ours: unknown. Long before: not applied."""
    minute = detail(order("st1"), event(STATUS, -60, "st3"))
    assert was_applied(StatusChange("st3"), minute, SENT) is None
    earlier = detail(order("st1"), event(STATUS, -600, "st3"))
    assert was_applied(StatusChange("st3"), earlier, SENT) is False


def test_a_status_event_after_the_send_is_not_proof_while_the_status_is_elsewhere():
    now = detail(order("st5", "In Production"), event(STATUS, 5, "st3"))
    assert was_applied(StatusChange("st3"), now, SENT) is None
    arrived = detail(order("st3"), event(STATUS, 5, "st3"))
    assert was_applied(StatusChange("st3"), arrived, SENT) is True


def test_an_identical_comment_written_before_the_send_is_not_proof():
    text = "Called the customer"
    seconds_before = detail(order(), event(COMMENT, -20, text=text))
    assert was_applied(CommentChange(text), seconds_before, SENT) is None
    long_before = detail(order(), event(COMMENT, -600, text=text))
    assert was_applied(CommentChange(text), long_before, SENT) is False
    with_picture = was_applied(CommentChange(text), seconds_before, SENT, before=seconds_before)
    assert with_picture is False  # it was there before our send: ours is missing


def test_a_decision_another_operator_took_is_not_proof_of_ours():
    approve = OrderAction(OrderActionKind.APPROVE)
    approved = order("Approved", review=Review.APPROVED)
    assert order_action_applied(approve, approved, before=order(review=Review.APPROVED)) is None
    assert order_action_applied(approve, approved, before=order(review=Review.AWAITING)) is True
    assert order_action_applied(approve, approved, before_status="Approved") is None
    assert order_action_applied(approve, approved, before_status="AwaitingApproval") is True


# -- against the sandbox: a request lost before it arrived is sent again, not called applied ---


class LoseFirst(httpx.AsyncBaseTransport):
    """The first POST to a path ending in `suffix` never reaches the server, and the
    connection drops: the console cannot tell whether it was applied."""

    def __init__(self, suffix: str) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.suffix = suffix
        self.lost = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith(self.suffix) and not self.lost:
            self.lost += 1
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _console(tmp_path: Path, url: str, transport: httpx.AsyncBaseTransport) -> Console:
    console = Console(Paths.in_profile(tmp_path / "profile"), transport=transport)
    console.add_account(approvepro_account(url, ACCOUNT_ID, rate_window="0"), DEMO_KEY)
    return console


def _received(console: Console) -> Order:
    """An open order not yet at "Proof Approved"."""
    rows = console.cache.rows(console.cache.query_rowids(ACCOUNT_ID, OrderFilter()))
    return next(o for o in rows if o.status_code != "st000003" and not o.is_canceled)


def test_a_lost_comment_is_not_found_in_someone_elses_identical_one(
    sandbox_factory, memory_keyring, tmp_path
):
    """A colleague wrote the same words seconds before; ours never arrived. It used to be
    reported saved on the strength of theirs; now it is sent again and really saved."""
    sandbox = sandbox_factory("--seed", "41", "--orders", "60", "--rate-window", "0")
    transport = LoseFirst("/comment")
    console = _console(tmp_path, sandbox.url, transport)
    text = "Customer confirmed the engraving text by phone"

    async def go():  # type: ignore[no-untyped-def]
        try:
            connector = await console.connector_async(ACCOUNT_ID)
            await console.sync.sync(connector)
            target = _received(console)
            colleague = approvepro(sandbox.url)
            try:
                await colleague.add_comment(target.id, CommentChange(text))
            finally:
                await colleague.aclose()
            return target, await console.changes.apply(connector, target.id, CommentChange(text))
        finally:
            await console.aclose()

    target, result = asyncio.run(go())
    assert transport.lost == 1
    assert result.result.outcome is Outcome.APPLIED
    history = server_orders(sandbox, [target.id])[target.id]["history"]
    assert [e["comment"] for e in history].count(text) == 2  # the colleague's, and ours


def test_a_lost_status_change_is_not_found_in_an_earlier_identical_one(
    sandbox_factory, memory_keyring, tmp_path
):
    """A colleague set "Proof Approved" and went back to "Order Received" before we looked;
    our own change to "Proof Approved" never arrived. It used to be reported applied with the
    order still received; now it is sent again and the order really moves."""
    sandbox = sandbox_factory("--seed", "42", "--orders", "60", "--rate-window", "0")
    transport = LoseFirst("/status")
    console = _console(tmp_path, sandbox.url, transport)

    async def go():  # type: ignore[no-untyped-def]
        try:
            connector = await console.connector_async(ACCOUNT_ID)
            await console.sync.sync(connector)
            target = _received(console)
            colleague = approvepro(sandbox.url)
            try:
                await colleague.change_status(target.id, StatusChange("st000003"))
                await colleague.change_status(target.id, StatusChange("st000001"))
            finally:
                await colleague.aclose()
            await console.sync.sync(connector)  # we look after the colleague's back and forth
            change = StatusChange("st000003", email_customer=False)
            return target, await console.changes.apply(connector, target.id, change)
        finally:
            await console.aclose()

    target, result = asyncio.run(go())
    assert transport.lost == 1
    assert result.result.outcome is Outcome.APPLIED
    assert server_orders(sandbox, [target.id])[target.id]["status"]["code"] == "st000003"


def _billing(state: OrderState, *invoices: InvoiceRecord, final: int | None = None):  # type: ignore[no-untyped-def]
    usd = Money(Decimal(100), "USD")
    moment = SENT + timedelta(seconds=final) if final is not None else None
    po = PurchaseOrder(order(state.value), state, "NW-1", usd, usd, usd, final_state_at=moment)
    return OrderBilling(po, invoices)


def _invoice(state: InvoiceState) -> InvoiceRecord:
    return InvoiceRecord(Invoice("inv-1", "1", state, Money(Decimal(100), "USD"), number="N-1"))


def test_a_billing_state_someone_else_reached_is_not_proof_of_ours():
    """A cancel whose answer was lost, on an order a colleague had already canceled: it used
    to be confirmed on the state alone."""
    cancel = OrderAction(OrderActionKind.CANCEL)
    canceled = _billing(OrderState.CANCELED, final=-600)
    assert billing_applied(cancel, canceled, SENT, before=canceled) is None
    assert billing_applied(cancel, canceled, SENT, before_status="canceled") is None
    assert billing_applied(cancel, canceled, SENT) is None  # canceled before our send
    assert billing_applied(cancel, _billing(OrderState.CANCELED, final=3), SENT) is True
    pending = _billing(OrderState.PENDING)
    assert billing_applied(cancel, canceled, SENT, before=pending) is True
    close = InvoiceAction("inv-1", InvoiceActionKind.CLOSE)
    closed = _billing(OrderState.ACCEPTED, _invoice(InvoiceState.CLOSED))
    assert billing_applied(close, closed, SENT, before=closed) is None
    opened = _billing(OrderState.ACCEPTED, _invoice(InvoiceState.OPEN))
    assert billing_applied(close, closed, SENT, before=opened) is True
    assert billing_applied(close, opened, SENT, before=opened) is False


def test_a_bulk_change_of_a_whole_long_status_is_checked_and_the_plan_says_so(
    tmp_path, memory_keyring
):
    """The usual bulk change takes every order of a status chosen by a filter: 900 orders of
    "New" fill nine listing pages, and reading them is what checking them costs. The check
    covers them all (it once stopped at six pages and sent such changes unchecked), while a
    status with a few selected orders among thousands is the one left unchecked."""
    from approval_console.services.meanwhile import plan_check
    from tests.store.store_samples import make_order

    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(approvepro_account("https://approvepro.example", ACCOUNT_ID), DEMO_KEY)
    new = [make_order(n) for n in range(900)]
    crowded = [make_order(n, status=OrderStatus("busy", "Busy")) for n in range(900, 4900)]
    console.cache.upsert_orders(ACCOUNT_ID, [*new, *crowded])
    seen = {o.id: o for o in [*new, *crowded[:3]]}

    async def go() -> object:
        try:
            return await plan_check(
                console.changes, console.connector(ACCOUNT_ID), seen, list(seen)
            )
        finally:
            await console.aclose()

    try:
        check = asyncio.run(go())
    finally:
        console.close()

    assert check.statuses == ("new",)
    assert (check.pages, check.checked, check.unchecked) == (9, 900, 3)
    assert "9 listing pages are read" in check.describe()
    assert "3 orders in long statuses are not checked" in check.describe()
