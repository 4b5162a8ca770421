"""Saved views as the settings file keeps them: the defaults, names, and files of every age."""

from __future__ import annotations

import json

from approval_console.core.settings import Settings, load_settings, save_settings
from approval_console.core.views import (
    SavedView,
    ViewScope,
    default_views,
    name_problem,
    restore_defaults,
    views_from_json,
    views_to_json,
)


def _view(**fields: object) -> SavedView:
    values: dict = {"id": "v1", "name": "Rush proofs"}
    values.update(fields)
    return SavedView(**values)


def test_a_view_survives_the_settings_file_whole():
    view = _view(
        scope=ViewScope.ACCOUNT,
        account_id="ap-shop",
        filters={"status_codes": ["proof"], "include_canceled": False},
        search="smith",
        sort="due_date",
        descending=False,
        columns={"header": "AAAA/w==", "columns": 11, "hidden": ["Email"]},
    )
    text = json.dumps(views_to_json([view]))
    assert views_from_json(json.loads(text)) == [view]


def test_the_first_start_offers_the_views_a_person_triages_with():
    names = [view.name for view in default_views()]
    assert names == ["All orders", "Needs review", "Overdue", "Due this week", "Changed today"]
    assert all(view.scope is ViewScope.OPEN for view in default_views())
    assert len({view.id for view in default_views()}) == len(names)


def test_a_settings_file_from_before_views_starts_with_the_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"accounts": [], "last_account": None, "ui": {}}), "utf-8")
    settings = load_settings(path)
    assert settings.views is None  # the window then shows default_views()
    save_settings(path, settings)
    assert "views" not in json.loads(path.read_text("utf-8"))  # still none chosen


def test_saved_views_and_their_order_come_back_from_the_file(tmp_path):
    path = tmp_path / "settings.json"
    views = [_view(id="b", name="Second"), _view(id="a", name="First")]
    save_settings(path, Settings(views=views))
    assert load_settings(path).views == views


def test_deleting_every_view_is_kept_as_no_views_not_as_the_defaults(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(path, Settings(views=[]))
    assert load_settings(path).views == []


def test_a_damaged_view_is_dropped_and_the_others_kept(tmp_path):
    path = tmp_path / "settings.json"
    good = _view().to_json()
    damaged = [
        good,
        {"name": "no id"},
        {"id": "x", "name": "   "},
        {"id": "y", "name": "later scope", "scope": "galaxy"},
        {"id": "z", "name": "account without id", "scope": "account"},
        "not a view",
        dict(good, name="same id again"),
    ]
    path.write_text(json.dumps({"accounts": [], "views": damaged}), "utf-8")
    settings = load_settings(path)
    assert settings.set_aside is None  # the file itself is fine
    assert settings.views == [_view()]


def test_a_name_is_refused_with_a_reason_when_empty_too_long_or_taken():
    views = [_view()]
    assert name_problem("  ", views) == "Enter a name for the view."
    assert "at most" in (name_problem("x" * 61, views) or "")
    assert "exists already" in (name_problem("rush PROOFS", views) or "")
    assert name_problem("Rush proofs", views, ignore="v1") is None  # renaming to itself
    assert name_problem("Late proofs", views) is None


def test_deleted_defaults_come_back_after_the_others_and_renamed_ones_stay():
    defaults = default_views()
    kept = [defaults[0], SavedView(defaults[2].id, "Late", builtin=defaults[2].builtin)]
    mine = _view(name="Needs review")  # took a default's name meanwhile
    restored = restore_defaults([*kept, mine])
    names = [view.name for view in restored]
    assert names == [
        "All orders",
        "Late",
        "Needs review",
        "Needs review (2)",
        "Due this week",
        "Changed today",
    ]
    assert len({view.id for view in restored}) == len(restored)
