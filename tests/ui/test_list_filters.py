"""The order list's filters as kept across restarts, including choices saved by older versions."""

from __future__ import annotations

from datetime import date

from approval_console.ui.viewmodels.orders import ListFilters


def test_filters_survive_a_restart() -> None:
    filters = ListFilters(status_codes=("new",), include_canceled=False, due_from=date(2026, 1, 2))
    assert ListFilters.from_json(filters.to_json()) == filters


def test_a_hidden_canceled_choice_saved_under_the_old_spelling_is_kept() -> None:
    assert ListFilters.from_json({"include_cancelled": False}).include_canceled is False
    assert ListFilters.from_json({}).include_canceled is True
