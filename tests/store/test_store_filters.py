"""The list's newer filters against a real cache: overdue, due this week, changed today,
awaiting a decision and tags; each one counted and listed across accounts alike."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from store_samples import ACCOUNT, make_order

from approval_console.core.domain import OrderStatus, Review
from approval_console.store.orders import OrderCache, OrderFilter
from approval_console.ui.viewmodels.list_filters import ChangedWindow, DueWindow, ListFilters

TODAY = date(2026, 12, 3)  # a Thursday
OTHER = "acct-2"


def names(cache: OrderCache, flt: OrderFilter, account: str = ACCOUNT) -> list[str]:
    rowids = cache.query_rowids(account, flt, descending=False)
    assert cache.count(account, flt) == len(rowids)  # the count says what the list shows
    return [order.name for order in cache.rows(rowids)]


def across(cache: OrderCache, flt: OrderFilter, **kwargs: object) -> list[tuple[str, str]]:
    rows = cache.query_across([ACCOUNT, OTHER], flt, descending=False, **kwargs)  # type: ignore[arg-type]
    orders = cache.rows([rowid for rowid, _account in rows])
    return [(account, order.name) for (_rowid, account), order in zip(rows, orders, strict=True)]


def test_overdue_means_due_before_today_and_still_open(cache: OrderCache) -> None:
    past = TODAY - timedelta(days=2)
    cache.upsert_orders(
        ACCOUNT,
        [
            make_order(1, due_date=past),
            make_order(2, due_date=TODAY),  # due today: not late yet
            make_order(3, due_date=past, status=OrderStatus("s", "Shipped")),
            make_order(4, due_date=past, fulfillment_status="fulfilled"),
            make_order(5, due_date=past, fulfillment_status="shipped"),  # Spree's word
            make_order(6, due_date=past, fulfillment_status="delivered"),
            make_order(7, due_date=past, fulfillment_status="partial"),  # still open
            make_order(8, due_date=past, canceled_at=datetime(2026, 11, 1, tzinfo=UTC)),
            make_order(9, due_date=past - timedelta(days=5), due_date_to=TODAY),  # range open
            make_order(10, due_date=past - timedelta(days=5), due_date_to=past),
            make_order(11),  # no due date
            make_order(12, due_date=past, review=Review.CANCELED),
        ],
    )
    assert names(cache, OrderFilter(overdue_on=TODAY)) == ["#1", "#7", "#10"]


def test_an_order_leaves_overdue_once_it_ships_and_returns_if_reopened(cache: OrderCache) -> None:
    late = make_order(1, due_date=TODAY - timedelta(days=1))
    cache.upsert_orders(ACCOUNT, [late])
    cache.upsert_orders(
        ACCOUNT, [make_order(1, due_date=late.due_date, fulfillment_status="shipped")]
    )
    assert names(cache, OrderFilter(overdue_on=TODAY)) == []
    cache.upsert_orders(ACCOUNT, [late])
    assert names(cache, OrderFilter(overdue_on=TODAY)) == ["#1"]


def test_due_this_week_runs_monday_to_sunday_of_the_day_asked(cache: OrderCache) -> None:
    monday = date(2026, 11, 30)
    cache.upsert_orders(
        ACCOUNT,
        [
            make_order(1, due_date=monday - timedelta(days=1)),  # last Sunday
            make_order(2, due_date=monday),
            make_order(3, due_date=monday + timedelta(days=6)),  # this Sunday
            make_order(4, due_date=monday + timedelta(days=7)),
            make_order(
                5, due_date=monday - timedelta(days=3), due_date_to=monday + 1 * timedelta(days=1)
            ),
        ],
    )
    week = ListFilters(due_window=DueWindow.THIS_WEEK)
    assert names(cache, week.to_store(today=TODAY)) == ["#2", "#3", "#5"]
    # Relative to the day the query runs: a week later, another week.
    assert names(cache, week.to_store(today=TODAY + timedelta(days=7))) == ["#4"]
    # With a chosen range as well, the days both allow.
    both = ListFilters(due_window=DueWindow.THIS_WEEK, due_from=monday + timedelta(days=5))
    assert names(cache, both.to_store(today=TODAY)) == ["#3"]


def test_overdue_window_resolves_against_the_day_asked(cache: OrderCache) -> None:
    cache.upsert_orders(ACCOUNT, [make_order(1, due_date=TODAY)])
    overdue = ListFilters(due_window=DueWindow.OVERDUE)
    assert names(cache, overdue.to_store(today=TODAY)) == []
    assert names(cache, overdue.to_store(today=TODAY + timedelta(days=1))) == ["#1"]


def test_changed_today_is_since_local_midnight(cache: OrderCache) -> None:
    midnight = datetime.combine(TODAY, datetime.min.time()).astimezone()
    tokyo = timezone(timedelta(hours=9))
    cache.upsert_orders(
        ACCOUNT,
        [
            make_order(1, status=OrderStatus("s", "New", set_at=midnight - timedelta(seconds=1))),
            make_order(2, status=OrderStatus("s", "New", set_at=midnight)),
            make_order(
                3,
                status=OrderStatus(
                    "s", "New", set_at=(midnight + timedelta(hours=5)).astimezone(tokyo)
                ),
            ),
            make_order(4, status=OrderStatus("s", "New")),  # never said when
        ],
    )
    changed = ListFilters(changed_window=ChangedWindow.TODAY).to_store(today=TODAY)
    assert changed.changed_since == midnight
    assert names(cache, changed) == ["#2", "#3"]


def test_awaiting_takes_the_backends_word_or_a_status_marked_for_review(cache: OrderCache) -> None:
    cache.upsert_orders(
        ACCOUNT,
        [
            make_order(1, review=Review.AWAITING),
            make_order(2, status=OrderStatus("hold", "On hold")),
            make_order(3, review=Review.APPROVED),
            make_order(4),
        ],
    )
    awaiting = ListFilters(awaiting=True)
    assert names(cache, awaiting.to_store(today=TODAY)) == ["#1"]
    assert names(cache, awaiting.to_store(today=TODAY, review_codes=("hold",))) == ["#1", "#2"]
    # The marks matter only while the filter is on.
    assert len(names(cache, ListFilters().to_store(review_codes=("hold",)))) == 4


def test_tags_filter_any_of_them_and_the_accounts_tags_are_listed(cache: OrderCache) -> None:
    cache.upsert_orders(
        ACCOUNT,
        [
            make_order(1, tags=("rush", "vip")),
            make_order(2, tags=("VIP",)),
            make_order(3, tags=("wholesale",)),
            make_order(4, tags=("vip",)),
            make_order(5),
        ],
    )
    cache.upsert_orders(OTHER, [make_order(6, tags=("elsewhere",))])
    assert names(cache, ListFilters(tags=("rush", "wholesale")).to_store()) == ["#1", "#3"]
    # Tags match whatever their case, as the stores treat them: offered once.
    assert names(cache, ListFilters(tags=("vip",)).to_store()) == ["#1", "#2", "#4"]
    assert cache.tags(ACCOUNT) == ["rush", "vip", "wholesale"]
    assert cache.tags("nobody") == []


def test_every_new_filter_holds_across_accounts(cache: OrderCache) -> None:
    past = TODAY - timedelta(days=1)
    cache.upsert_orders(
        ACCOUNT,
        [
            make_order(1, due_date=past, tags=("rush",)),
            make_order(2, due_date=past, status=OrderStatus("hold", "On hold")),
        ],
    )
    cache.upsert_orders(
        OTHER,
        [
            make_order(3, due_date=past, fulfillment_status="shipped", tags=("rush",)),
            make_order(4, due_date=TODAY, review=Review.AWAITING),
            make_order(5, status=OrderStatus("hold", "On hold")),
        ],
    )
    overdue = ListFilters(due_window=DueWindow.OVERDUE).to_store(today=TODAY)
    assert across(cache, overdue) == [(ACCOUNT, "#1"), (ACCOUNT, "#2")]
    assert across(cache, ListFilters(tags=("rush",)).to_store()) == [(ACCOUNT, "#1"), (OTHER, "#3")]
    week = ListFilters(due_window=DueWindow.THIS_WEEK).to_store(today=TODAY)
    assert [name for _a, name in across(cache, week)] == ["#1", "#2", "#3", "#4"]
    # Awaiting across accounts: each account's own marks.
    awaiting = ListFilters(awaiting=True).to_store(today=TODAY)
    marks = {ACCOUNT: ("hold",), OTHER: ()}
    assert across(cache, awaiting, review_statuses=marks) == [(ACCOUNT, "#2"), (OTHER, "#4")]
