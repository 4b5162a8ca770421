"""The order list's filters as kept across restarts, including choices saved by older versions."""

from __future__ import annotations

import json
from datetime import date

from approval_console.ui.viewmodels.list_filters import ChangedWindow, DueWindow, ListFilters


def test_filters_survive_a_restart() -> None:
    filters = ListFilters(status_codes=("new",), include_canceled=False, due_from=date(2026, 1, 2))
    assert ListFilters.from_json(filters.to_json()) == filters


def test_a_hidden_canceled_choice_saved_under_the_old_spelling_is_kept() -> None:
    assert ListFilters.from_json({"include_cancelled": False}).include_canceled is False
    assert ListFilters.from_json({}).include_canceled is True


def test_every_new_filter_survives_a_restart() -> None:
    filters = ListFilters(
        status_codes=("new", ""),
        tags=("rush", "vip"),
        due_window=DueWindow.OVERDUE,
        changed_window=ChangedWindow.TODAY,
        awaiting=True,
        accounts=("acct-1", "acct-2"),
    )
    data = json.loads(json.dumps(filters.to_json()))  # as the settings file holds it
    assert ListFilters.from_json(data) == filters
    week = ListFilters(due_window=DueWindow.THIS_WEEK)
    assert ListFilters.from_json(json.loads(json.dumps(week.to_json()))) == week


def test_filters_saved_before_the_new_ones_read_as_they_were() -> None:
    saved = {  # what the previous version wrote
        "status_codes": ["new"],
        "financial": ["paid"],
        "fulfillment": [],
        "include_canceled": False,
        "due_from": "2026-01-02",
        "due_to": "2026-01-16",
    }
    assert ListFilters.from_json(saved) == ListFilters(
        status_codes=("new",),
        financial=("paid",),
        include_canceled=False,
        due_from=date(2026, 1, 2),
        due_to=date(2026, 1, 16),
    )


def test_a_window_this_version_does_not_know_is_dropped_alone() -> None:
    read = ListFilters.from_json({"tags": ["rush"], "due_window": "next_month"})
    assert read == ListFilters(tags=("rush",))


def test_default_ignores_the_search_only() -> None:
    assert ListFilters(search="zed").is_default()
    assert not ListFilters(tags=("rush",)).is_default()
    assert not ListFilters(due_window=DueWindow.OVERDUE).is_default()
