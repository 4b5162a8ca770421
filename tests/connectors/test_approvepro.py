"""The ApprovePro connector against the real sandbox on loopback: every endpoint and error."""

from __future__ import annotations

import asyncio
import time
from datetime import date

import httpx
import pytest

from approval_console.connectors.http import HttpClient
from approval_console.core import errors
from approval_console.core.changes import CommentChange, DueDateChange, StatusChange
from approval_console.core.history import HistoryKind, Progress
from approval_console.core.listing import OrderQuery
from tests.helpers import BASIC_KEY, approvepro, server_orders


def run(coro):
    return asyncio.run(coro)


async def _with(url: str, body, key: str = "demo-approvepro", **options: str):
    connector = approvepro(url, key, **options)
    try:
        return await body(connector)
    finally:
        await connector.aclose()


def test_statuses_come_in_workflow_order_with_hex_colours(shared_sandbox):
    statuses = run(_with(shared_sandbox.url, lambda c: c.list_statuses()))
    assert 6 <= len(statuses) <= 10
    assert [s.position for s in statuses] == list(range(len(statuses)))
    assert all(s.code.startswith("st") and s.name for s in statuses)
    assert all(s.color.startswith("#") and len(s.color) == 7 for s in statuses)


def test_listing_pages_and_maps_orders(shared_sandbox):
    async def body(c):
        first = await c.list_orders(OrderQuery(), page=1, per_page=100)
        last = await c.list_orders(OrderQuery(), page=first.last_page, per_page=100)
        return first, last

    first, last = run(_with(shared_sandbox.url, body))
    assert first.total == 500 and first.last_page == 5 and len(first.items) == 100
    assert len(last.items) == 100 and not last.has_more
    order = first.items[0]
    assert int(order.id) > 2**32 and order.name == f"#{order.number}"
    assert "@" in order.customer.email and order.customer.name
    ids = [o.id for o in first.items + last.items]
    assert len(set(ids)) == len(ids)


def test_listing_filters_reach_the_server(shared_sandbox):
    async def body(c):
        statuses = await c.list_statuses()
        code = statuses[0].code
        by_status = await c.list_orders(OrderQuery(status_code=code), per_page=100)
        paid = await c.list_orders(OrderQuery(financial_status=("paid",)), per_page=100)
        tagged = await c.list_orders(OrderQuery(tags_all=("custom", "gift")), per_page=100)
        any_tag = await c.list_orders(OrderQuery(tags_any=("wholesale", "rush")), per_page=100)
        open_only = await c.list_orders(OrderQuery(exclude_canceled=True), per_page=100)
        everything = await c.list_orders(OrderQuery(), per_page=1)
        sample = everything.items[0]
        search = await c.list_orders(OrderQuery(search=sample.customer.email.upper()))
        due = await c.list_orders(
            OrderQuery(due_date_from=date(2000, 1, 1), due_date_to=date(2100, 1, 1)), per_page=100
        )
        return code, by_status, paid, tagged, any_tag, open_only, everything, sample, search, due

    code, by_status, paid, tagged, any_tag, open_only, everything, sample, search, due = run(
        _with(shared_sandbox.url, body)
    )
    assert by_status.total > 0 and all(o.status_code == code for o in by_status.items)
    assert paid.total > 0 and all(o.financial_status == "paid" for o in paid.items)
    assert all({"custom", "gift"} <= set(o.tags) for o in tagged.items)
    assert any_tag.total > 0 and all({"wholesale", "rush"} & set(o.tags) for o in any_tag.items)
    assert open_only.total < everything.total
    assert all(o.canceled_at is None for o in open_only.items)
    assert sample.id in {o.id for o in search.items}
    assert 0 < due.total < everything.total and all(o.due_date for o in due.items)


def test_unknown_filter_value_is_a_validation_error(shared_sandbox):
    with pytest.raises(errors.ValidationError) as caught:
        run(_with(shared_sandbox.url, lambda c: c.list_orders(OrderQuery(financial_status=("x",)))))
    assert "financial_status" in " ".join(caught.value.fields) or caught.value.fields


def test_order_detail_has_history_newest_first_and_a_timeline(shared_sandbox):
    async def body(c):
        page = await c.list_orders(OrderQuery(), per_page=50)
        richest = max(page.items, key=lambda o: o.history_count)
        return richest, await c.get_order(richest.id)

    summary, detail = run(_with(shared_sandbox.url, body))
    assert detail.order.id == summary.id
    assert len(detail.history) == summary.history_count >= 2
    stamps = [event.created_at for event in detail.history]
    assert stamps == sorted(stamps, reverse=True)
    assert {event.kind for event in detail.history} <= set(HistoryKind)
    progress = [step.progress for step in detail.timeline]
    assert progress.count(Progress.CURRENT) <= 1 and len(progress) >= 3
    if Progress.CURRENT in progress:
        current = progress.index(Progress.CURRENT)
        assert all(p is Progress.COMPLETE for p in progress[:current])
        assert all(p is Progress.INCOMPLETE for p in progress[current + 1 :])


def test_lookup_by_number_and_email(shared_sandbox):
    async def body(c):
        order = (await c.list_orders(OrderQuery(), per_page=1)).items[0]
        by_hash = await c.lookup(order.name, order.customer.email.upper())
        by_number = await c.lookup(order.number, order.customer.email)
        with pytest.raises(errors.NotFoundError):
            await c.lookup(order.number, "someone.else@example.com")
        return order, by_hash, by_number

    order, by_hash, by_number = run(_with(shared_sandbox.url, body))
    assert by_hash.order.id == by_number.order.id == order.id


def test_viable_statuses_exclude_the_current_one(shared_sandbox):
    async def body(c):
        order = (await c.list_orders(OrderQuery(), per_page=1)).items[0]
        return order, await c.viable_statuses(order.id)

    order, viable = run(_with(shared_sandbox.url, body))
    assert viable and order.status_code not in {s.code for s in viable}


def test_status_change_comment_and_due_date_reach_the_server(sandbox_factory):
    sandbox = sandbox_factory("--seed", "3", "--rate-window", "0")

    async def body(c):
        order = (await c.list_orders(OrderQuery(exclude_canceled=True), per_page=1)).items[0]
        target = (await c.viable_statuses(order.id))[0]
        await c.change_status(
            order.id, StatusChange(target.code, comment="Moved on by the console", public=True)
        )
        await c.add_comment(order.id, CommentChange("Called the customer", public=False))
        await c.set_due_date(order.id, DueDateChange(date(2026, 12, 24), date(2026, 12, 27)))
        after = await c.get_order(order.id)
        await c.set_due_date(order.id, DueDateChange(None))
        cleared = await c.get_order(order.id)
        return order, target, after, cleared

    order, target, after, cleared = run(_with(sandbox.url, body))
    assert after.order.status_code == target.code
    newest = after.history[0]
    assert newest.kind is HistoryKind.COMMENT and newest.comment == "Called the customer"
    change = after.history[1]
    assert change.kind is HistoryKind.STATUS_CHANGE and change.status_code == target.code
    assert change.comment == "Moved on by the console" and change.comment_is_public
    assert after.order.due_date == date(2026, 12, 24)
    assert after.order.due_date_to == date(2026, 12, 27)
    assert cleared.order.due_date is None and cleared.order.due_date_to is None
    truth = server_orders(sandbox, [order.id])[order.id]
    assert truth["status"]["code"] == target.code


def test_due_dates_read_back_as_the_same_calendar_day_in_any_zone(sandbox_factory):
    sandbox = sandbox_factory("--seed", "4", "--rate-window", "0")

    async def body(c):
        order = (await c.list_orders(OrderQuery(), per_page=1)).items[0]
        await c.set_due_date(order.id, DueDateChange(date(2026, 3, 29)))  # BST starts that day
        return (await c.get_order(order.id)).order.due_date

    assert run(_with(sandbox.url, body)) == date(2026, 3, 29)
    assert run(_with(sandbox.url, body, timezone="Europe/London")) == date(2026, 3, 29)

    async def basic(c):
        order = (await c.list_orders(OrderQuery(), per_page=1)).items[0]
        await c.set_due_date(order.id, DueDateChange(date(2026, 7, 4)))
        day = (await c.get_order(order.id)).order.due_date
        with pytest.raises(errors.ValidationError) as refused:
            await c.set_due_date(order.id, DueDateChange(date(2026, 7, 4), date(2026, 7, 6)))
        return day, refused.value

    day, refused = run(_with(sandbox.url, basic, BASIC_KEY))
    assert day == date(2026, 7, 4)
    assert "due_date_to" in refused.fields


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c, o: c.change_status(o, StatusChange("st999999")), "status_code"),
        (lambda c, o: c.add_comment(o, CommentChange("no")), "comment"),
        (lambda c, o: c.add_comment(o, CommentChange("x" * 1001)), "comment"),
        (
            lambda c, o: c.set_due_date(o, DueDateChange(date(2026, 5, 2), date(2026, 5, 1))),
            "due_date_to",
        ),
    ],
)
def test_refusals_are_validation_errors_naming_the_field(shared_sandbox, call, field):
    async def body(c):
        order = (await c.list_orders(OrderQuery(), per_page=1)).items[0]
        await call(c, order.id)

    with pytest.raises(errors.ValidationError) as caught:
        run(_with(shared_sandbox.url, body))
    assert field in caught.value.fields
    assert caught.value.message


def test_a_status_not_viable_is_refused(shared_sandbox):
    async def body(c):
        order = (await c.list_orders(OrderQuery(), per_page=1)).items[0]
        await c.change_status(order.id, StatusChange(order.status_code or "st000001"))

    with pytest.raises(errors.ValidationError):
        run(_with(shared_sandbox.url, body))


def test_unknown_order_wrong_key_and_malformed_json(shared_sandbox):
    with pytest.raises(errors.NotFoundError):
        run(_with(shared_sandbox.url, lambda c: c.get_order("4294967297123")))
    with pytest.raises(errors.AuthenticationError) as caught:
        run(_with(shared_sandbox.url, lambda c: c.list_statuses(), key="wrong-key"))
    assert "wrong-key" not in str(caught.value)

    async def malformed():
        client = HttpClient(
            shared_sandbox.url + "/api/v1",
            headers={"Authorization": "Bearer demo-approvepro", "Content-Type": "application/json"},
        )
        try:
            page = await client.request("GET", "/orders", params={"per_page": 1})
            order_id = page.json()["data"][0]["id"]
            await client.request("POST", f"/orders/{order_id}/comment", content=b"{not json")
        finally:
            await client.aclose()

    with pytest.raises(errors.BadRequestError):
        run(malformed())


def test_bulk_change_is_queued_and_applied_later(sandbox_factory):
    sandbox = sandbox_factory("--seed", "5", "--rate-window", "0", "--queue-delay-ms", "300")

    async def body(c):
        orders = (await c.list_orders(OrderQuery(status_code="st000001"), per_page=20)).items
        ids = [o.id for o in orders]
        with pytest.raises(ValueError):
            await c.bulk_change_status([str(i) for i in range(51)], StatusChange("st000009"))
        with pytest.raises(errors.ValidationError):
            await c.bulk_change_status(ids, StatusChange("st999999"))
        queued = await c.bulk_change_status(ids, StatusChange("st000009", comment="Bulk ship"))
        right_after = server_orders(sandbox, ids)
        await asyncio.sleep(1.0)
        return ids, queued, right_after

    ids, queued, right_after = run(_with(sandbox.url, body))
    assert queued == len(ids)
    assert all(item["status"]["code"] == "st000001" for item in right_after.values())
    later = server_orders(sandbox, ids)
    assert all(item["status"]["code"] == "st000009" for item in later.values())


def test_a_429_is_waited_out_and_retried(sandbox_factory):
    """A client that believes the limit is far higher sends 70 at once, gets 429s, recovers."""
    sandbox = sandbox_factory("--seed", "6", "--rate-window", "2")

    async def body(c):
        started = time.monotonic()
        results = await asyncio.gather(*(c.list_statuses() for _ in range(70)))
        assert all(results)
        return time.monotonic() - started, c.http.rate_limited

    elapsed, refused = run(_with(sandbox.url, body, rate_limit="1000", rate_window="2"))
    assert refused >= 1
    assert elapsed >= 1.0
    assert sandbox.stats()["responses_by_status"].get("429", 0) == refused


def test_rate_limit_headers_teach_the_limiter(sandbox_factory):
    """Another client spent most of the budget; the headers make ours slow down, no 429."""
    sandbox = sandbox_factory("--seed", "6", "--rate-window", "3")
    with httpx.Client(base_url=sandbox.url) as other:
        for _ in range(50):
            other.get("/api/v1/statuses", headers={"Authorization": "Bearer demo-approvepro"})

    async def body(c):
        for _ in range(30):
            await c.list_statuses()
        return c.http.rate_limited

    assert run(_with(sandbox.url, body, rate_window="3")) == 0
    assert sandbox.stats()["responses_by_status"].get("429", 0) == 0


def test_a_malformed_response_names_the_field():
    """The sandbox answers correctly, so a broken server is played by a mock transport."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/orders"):
            item = {"id": 6110375248088, "name": "#1", "customer": {"name": "A"}, "status": None}
            del item["customer"]
            return httpx.Response(
                200,
                json={
                    "data": [item],
                    "meta": {"current_page": 1, "last_page": 1, "total": 1, "per_page": 15},
                },
            )
        return httpx.Response(200, text="<html>oops</html>")

    transport = httpx.MockTransport(handler)

    async def body(c):
        with pytest.raises(errors.ResponseFormatError) as listing:
            await c.list_orders(OrderQuery())
        with pytest.raises(errors.ResponseFormatError) as statuses:
            await c.list_statuses()
        return listing.value, statuses.value

    async def go():
        connector = approvepro("https://app.approvepro.test", transport=transport)
        try:
            return await body(connector)
        finally:
            await connector.aclose()

    listing, statuses = run(go())
    assert listing.field == "body.data[0].customer"
    assert "not JSON" in statuses.message


def test_a_dropped_connection_on_a_change_is_reported_as_maybe_applied():
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")

    async def go():
        connector = approvepro(
            "https://app.approvepro.test", transport=httpx.MockTransport(handler)
        )
        try:
            with pytest.raises(errors.ApiConnectionError) as change:
                await connector.change_status("6110375248088", StatusChange("st000002"))
            with pytest.raises(errors.ApiConnectionError) as read:
                await connector.get_order("6110375248088")
            return change.value, read.value
        finally:
            await connector.aclose()

    change, read = run(go())
    assert change.maybe_applied is True
    assert read.maybe_applied is False


def test_an_event_the_document_does_not_name_keeps_the_history():
    """A newer server's event word costs neither the order nor its other events: one with a
    status is a status change, any other a note in the event's own words."""
    status = {"code": "st000002", "name": "In Production"}
    order = {
        "id": 6110375248088,
        "name": "#1188",
        "customer": {"name": "Jon Smith", "email": "jon@example.com"},
        "status": {"is_set": True, **status},
        "history": [
            {
                "event": "DUE_DATE_CHANGE",
                "comment": "Moved to 3 June",
                "created_at": "2026-05-24T10:00:00+00:00",
            },
            {
                "event": "AUTO_STATUS_CHANGE",
                "status": status,
                "created_at": "2026-05-23T10:00:00+00:00",
            },
            {"event": "ARCHIVED", "created_at": "2026-05-22T10:00:00+00:00"},
            {
                "event": "COMMENT",
                "comment": "Parts ordered",
                "created_at": "2026-05-21T10:00:00+00:00",
            },
        ],
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=order))

    async def go():
        connector = approvepro("https://app.approvepro.test", transport=transport)
        try:
            return await connector.get_order("6110375248088")
        finally:
            await connector.aclose()

    detail = run(go())
    moved, automatic, archived, comment = detail.history
    assert (moved.kind, moved.comment) == (HistoryKind.COMMENT, "Due date change: Moved to 3 June")
    assert (automatic.kind, automatic.status_name) == (HistoryKind.STATUS_CHANGE, "In Production")
    assert (archived.kind, archived.comment) == (HistoryKind.COMMENT, "Archived")
    assert (comment.kind, comment.comment) == (HistoryKind.COMMENT, "Parts ordered")
