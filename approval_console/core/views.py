"""Saved views: a name for a way of looking at the orders, kept in the settings file.

A view holds what the list's filter bar, search field, sort and columns showed when it was
saved; it does not hold orders. Its filters are kept in the list's own JSON form (the order
list's `ListFilters.to_json`), so a filter the list learns later is saved with a view without
this module knowing it, and a filter an older version saved still reads.

Views come with the console: the defaults below are what a person triaging orders looks at
first. They can be renamed, moved and deleted like any other, and "restore the defaults" puts
back those deleted (each default remembers which one it was in `builtin`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate

NAME_LIMIT = 60  # a longer name would not fit its tab, nor be read there
ALL_ORDERS = "all-orders"  # the default view that is the account's whole list


class ViewScope(StrEnum):
    """Which orders a view looks at."""

    OPEN = "open"  # the account open in the window, whichever it is
    ACCOUNT = "account"  # one account: choosing the view opens it
    ALL = "all"  # every account at once (the All accounts window)


@dataclass(frozen=True)
class SavedView:
    id: str
    name: str
    scope: ViewScope = ViewScope.OPEN
    account_id: str | None = None  # for ViewScope.ACCOUNT
    filters: Mapping[str, Any] = field(default_factory=dict)  # the list's filter JSON
    search: str = ""
    sort: str | None = None  # a sort key's value; None keeps the list's default order
    descending: bool = True
    # The list's column layout as saved with the view (the table's own form: header state,
    # column count, hidden columns); what the view starts with until its columns are changed.
    columns: Mapping[str, Any] | None = None
    builtin: str | None = None  # the default view this started as, if any

    @property
    def shown_name(self) -> str:
        """The name as its tab says it: a default view not renamed, in the person's language;
        any other as the person wrote it."""
        if self.builtin and _DEFAULT_NAMES.get(self.builtin) == self.name:
            return translate("Views", self.name)
        return self.name

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "scope": self.scope.value,
            "filters": dict(self.filters),
            "search": self.search,
            "sort": self.sort,
            "descending": self.descending,
        }
        if self.account_id is not None:
            data["account_id"] = self.account_id
        if self.columns is not None:
            data["columns"] = dict(self.columns)
        if self.builtin is not None:
            data["builtin"] = self.builtin
        return data

    @classmethod
    def from_json(cls, data: object) -> SavedView | None:
        """The view, or None for an entry too damaged to show (it is dropped, not guessed)."""
        if not isinstance(data, dict):
            return None
        view_id, name = data.get("id"), data.get("name")
        if not isinstance(view_id, str) or not view_id or not isinstance(name, str):
            return None
        if not name.strip():
            return None
        try:
            scope = ViewScope(data.get("scope", ViewScope.OPEN.value))
        except ValueError:
            return None  # a scope of a later version: this one cannot open it
        account_id = data.get("account_id")
        if scope is ViewScope.ACCOUNT and not isinstance(account_id, str):
            return None
        filters = data.get("filters")
        sort = data.get("sort")
        columns = data.get("columns")
        builtin = data.get("builtin")
        return cls(
            id=view_id,
            name=name.strip()[:NAME_LIMIT],
            scope=scope,
            account_id=account_id if isinstance(account_id, str) else None,
            filters=dict(filters) if isinstance(filters, dict) else {},
            search=str(data.get("search") or ""),
            sort=sort if isinstance(sort, str) else None,
            descending=bool(data.get("descending", True)),
            columns=dict(columns) if isinstance(columns, dict) else None,
            builtin=builtin if isinstance(builtin, str) else None,
        )


def new_view_id() -> str:
    return f"view-{os.urandom(5).hex()}"


def default_views() -> list[SavedView]:
    """The views a first start shows: each follows whichever account is open.

    Their filters are the list's filter JSON: `awaiting` (a decision is due here), `due_window`
    (`overdue`: the due date passed and the order is not shipped, fulfilled or canceled;
    `this_week`) and `changed_window` (`today`).
    """
    return [
        SavedView(
            ALL_ORDERS,
            QT_TRANSLATE_NOOP("Views", "All orders"),
            sort="created",
            builtin=ALL_ORDERS,
        ),  # newest first: as the list opens, so that a first start shows this view chosen
        SavedView(
            "needs-review",
            QT_TRANSLATE_NOOP("Views", "Needs review"),
            filters={"awaiting": True},
            sort="created",
            descending=False,  # the longest waiting first
            builtin="needs-review",
        ),
        SavedView(
            "overdue",
            QT_TRANSLATE_NOOP("Views", "Overdue"),
            filters={"due_window": "overdue"},
            sort="due_date",
            descending=False,  # the most overdue first
            builtin="overdue",
        ),
        SavedView(
            "due-this-week",
            QT_TRANSLATE_NOOP("Views", "Due this week"),
            filters={"due_window": "this_week"},
            sort="due_date",
            descending=False,
            builtin="due-this-week",
        ),
        SavedView(
            "changed-today",
            QT_TRANSLATE_NOOP("Views", "Changed today"),
            filters={"changed_window": "today"},
            sort="status_set_at",
            descending=True,  # the latest change first
            builtin="changed-today",
        ),
    ]


_DEFAULT_NAMES = {view.builtin: view.name for view in default_views()}


def restore_defaults(views: Sequence[SavedView]) -> list[SavedView]:
    """`views` with the deleted defaults back at the end; renamed ones stay as they are, and a
    default whose name another view took since comes back under a name of its own."""
    present = {view.builtin for view in views if view.builtin}
    restored = list(views)
    for default in default_views():
        if default.builtin in present:
            continue
        name = unique_name(default.name, (view.name for view in restored))
        view_id = default.id if all(v.id != default.id for v in restored) else new_view_id()
        restored.append(replace(default, id=view_id, name=name))
    return restored


def unique_name(name: str, taken: Iterable[str]) -> str:
    folded = {other.casefold() for other in taken}
    candidate, number = name, 2
    while candidate.casefold() in folded:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


def name_problem(name: str, views: Sequence[SavedView], ignore: str | None = None) -> str | None:
    """Why `name` cannot name a view, or None. Names differing only in case are the same name:
    two views a person cannot tell apart above the list are one too many."""
    name = name.strip()
    if not name:
        return translate("Views", "Enter a name for the view.")
    if len(name) > NAME_LIMIT:
        return translate("Views", "Use at most %n character(s).", "", NAME_LIMIT)
    for view in views:
        if view.id != ignore and view.name.casefold() == name.casefold():
            return translate(
                "Views", "A view named “{name}” exists already: choose another name."
            ).format(name=view.shown_name)
    return None


def views_to_json(views: Sequence[SavedView]) -> list[dict[str, Any]]:
    return [view.to_json() for view in views]


def views_from_json(data: object) -> list[SavedView] | None:
    """The saved views; None when none were ever saved (a settings file from before views,
    which then starts with the defaults). A damaged entry is dropped and the others kept."""
    if not isinstance(data, list):
        return None
    views: list[SavedView] = []
    for item in data:
        view = SavedView.from_json(item)
        if view is not None and all(v.id != view.id for v in views):
            views.append(view)
    return views
