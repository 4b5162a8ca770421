"""The saved views: which there are, which is shown, whether the list still matches it, and how
many orders each holds.

Counts come from the cache on the query thread, never the GUI thread. They are counted again
when orders change (the change bus, which a refresh also speaks on), when the open account
changes and when the views do; several changes arriving together are counted once, a moment
after the first, and a newer count replaces one still on its way.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from approval_console.core.accounts import Account
from approval_console.core.settings import Settings
from approval_console.core.views import (
    SavedView,
    ViewScope,
    default_views,
    name_problem,
    new_view_id,
    restore_defaults,
)
from approval_console.services.review import deciding_accounts, review_statuses
from approval_console.services.view_counts import ViewCount, count_views
from approval_console.store.orders import OrderFilter, SortKey
from approval_console.ui.change_bus import OrderChanges
from approval_console.ui.viewmodels.list_filters import ListFilters

if TYPE_CHECKING:
    from approval_console.ui.context import UiContext

COUNT_DELAY_MS = 150  # changes arriving within this long are counted once
SAVE_VIEWS_MS = 1000  # views reach the settings file this long after a change
SHORTCUT_VIEWS = 9  # Alt+1 … Alt+9
ACTIVE_VIEW = "active_view"  # the settings' `ui` entry: the view the list showed last


@dataclass(frozen=True)
class ListState:
    """What the order list shows now: the part of it a view can hold."""

    filters: ListFilters = field(default_factory=ListFilters)
    sort: SortKey = SortKey.CREATED
    descending: bool = True


def view_filters(view: SavedView) -> ListFilters:
    return replace(ListFilters.from_json(dict(view.filters)), search=view.search)


def to_store(filters: ListFilters, account: Account, today: date) -> OrderFilter:
    """The store's filter for one account's orders: "needs review" reads the statuses marked
    for review on that account, "today" and "this week" the day of counting."""
    return filters.to_store(today=today, review_codes=review_statuses(account))


def view_accounts(filters: ListFilters, settings: Settings) -> list[Account]:
    """The accounts whose orders an all-accounts view counts: those its filters name (all by
    default), and of them, for "awaiting a decision", those where the decision is taken here
    (as the review queue counts them; a buyer's pending approval is no one's here)."""
    accounts = [a for a in settings.accounts if not filters.accounts or a.id in filters.accounts]
    return deciding_accounts(accounts) if filters.awaiting else accounts


class SavedViewsViewModel(QObject):
    viewsChanged = Signal()  # which views, their names, order, the active one or its state
    countsChanged = Signal()
    applyRequested = Signal(object)  # SavedView: show it

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        saved = context.console.settings.views
        self._views: list[SavedView] = list(saved) if saved is not None else default_views()
        self._counts: dict[str, int] = {}
        self.account_id: str | None = None
        self.state = ListState()
        self.active_id: str | None = None
        self._started = False
        self.counting = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.count_now)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_VIEWS_MS)
        self._save_timer.timeout.connect(self.save)
        # "Changed today", "Overdue" and "Due this week" move on at midnight, changes or not.
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.schedule_count)
        context.bus.changed.connect(self._orders_changed)

    # -- what there is ---------------------------------------------------------------------

    @property
    def views(self) -> list[SavedView]:
        return list(self._views)

    def view(self, view_id: str | None) -> SavedView | None:
        return next((v for v in self._views if v.id == view_id), None)

    def count(self, view_id: str) -> int | None:
        """The view's number of orders; None until counted (or with no account to count)."""
        return self._counts.get(view_id)

    @property
    def active(self) -> SavedView | None:
        return self.view(self.active_id)

    @property
    def modified(self) -> bool:
        """The list was changed after choosing the active view: it no longer shows that view."""
        active = self.active
        return active is not None and not self.matches(active)

    def matches(self, view: SavedView) -> bool:
        state = self.state
        if view.scope is ViewScope.ACCOUNT and view.account_id != self.account_id:
            return False
        if view_filters(view) != state.filters:
            return False
        if view.sort is None:
            return True
        return (view.sort, view.descending) == (state.sort.value, state.descending)

    def name_problem(self, name: str, ignore: str | None = None) -> str | None:
        return name_problem(name, self._views, ignore)

    # -- following the list ------------------------------------------------------------------

    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.viewsChanged.emit()  # an account's own view may match, or no longer
        self.schedule_count()

    def set_state(self, state: ListState) -> None:
        """What the list shows now. The first time (at start), the view shown when the window
        last closed is the active one again, changed or not; without one, the view the list
        matches."""
        self.state = state
        if not self._started:
            self._started = True
            saved = self._context.console.settings.ui.get(ACTIVE_VIEW)
            match = self.view(saved) if isinstance(saved, str) else None
            if match is None or match.scope is ViewScope.ALL:
                views = (v for v in self._views if v.scope is not ViewScope.ALL)
                match = next((v for v in views if self.matches(v)), None)
            self.set_active(match.id if match else None)
        self.viewsChanged.emit()

    def set_active(self, view_id: str | None) -> None:
        """The view the list shows (or was last chosen and then changed); kept for a restart."""
        self.active_id = view_id
        self._context.console.settings.ui[ACTIVE_VIEW] = view_id

    def choose(self, view_id: str) -> None:
        """Show a view. An all-accounts view opens in its own window: the list keeps its view."""
        view = self.view(view_id)
        if view is None:
            return
        if view.scope is not ViewScope.ALL:
            self.set_active(view.id)
            sort = SortKey(view.sort) if view.sort is not None else self.state.sort
            self.state = ListState(view_filters(view), sort, view.descending)
        self.viewsChanged.emit()  # the bar marks the list's view again, even after an "all"
        self.applyRequested.emit(view)

    def choose_at(self, index: int) -> None:
        if 0 <= index < len(self._views):
            self.choose(self._views[index].id)

    # -- changing the views --------------------------------------------------------------------

    def save_as(
        self, name: str, scope: ViewScope, *, columns: Mapping[str, Any] | None = None
    ) -> SavedView:
        """A new view of what the list shows now; it becomes the active one."""
        problem = self.name_problem(name)
        if problem is not None:
            raise ValueError(problem)
        view = self._from_state(SavedView(new_view_id(), name.strip(), scope), columns)
        self._views.append(view)
        if scope is not ViewScope.ALL:
            self.set_active(view.id)
        self._edited()
        return view

    def update_active(self, *, columns: Mapping[str, Any] | None = None) -> None:
        """The active view becomes what the list shows now."""
        active = self.active
        if active is None:
            return
        self._replace(self._from_state(active, columns))

    def rename(self, view_id: str, name: str) -> None:
        view = self.view(view_id)
        problem = self.name_problem(name, ignore=view_id)
        if view is None or problem is not None:
            raise ValueError(problem or "No such view.")
        self._replace(replace(view, name=name.strip()))

    def move(self, view_id: str, step: int) -> None:
        """Left (-1) or right (+1) along the views."""
        index = next((i for i, v in enumerate(self._views) if v.id == view_id), None)
        if index is None or not 0 <= index + step < len(self._views):
            return
        views = self._views
        views[index], views[index + step] = views[index + step], views[index]
        self._edited()

    def reorder(self, view_ids: Sequence[str]) -> None:
        """The order a drag left the views in."""
        by_id = {view.id: view for view in self._views}
        ordered = [by_id[i] for i in view_ids if i in by_id]
        ordered += [view for view in self._views if view.id not in set(view_ids)]
        if [v.id for v in ordered] != [v.id for v in self._views]:
            self._views = ordered
            self._edited()

    def delete(self, view_id: str) -> None:
        self._views = [view for view in self._views if view.id != view_id]
        if self.active_id == view_id:
            self.set_active(None)
        self._counts.pop(view_id, None)
        self._edited()

    def restore_defaults(self) -> None:
        self._views = restore_defaults(self._views)
        self._edited()

    @property
    def defaults_missing(self) -> bool:
        present = {view.builtin for view in self._views}
        return any(default.builtin not in present for default in default_views())

    def _from_state(self, view: SavedView, columns: Mapping[str, Any] | None) -> SavedView:
        state = self.state
        filters = state.filters
        if view.scope is ViewScope.ALL and self.account_id is not None:
            # Across accounts a status is known by its name: each account has its own codes.
            names = {s.code: s.name for s in self._context.reader.statuses(self.account_id)}
            codes = filters.status_codes
            filters = replace(filters, status_codes=tuple(names.get(c, c) for c in codes))
        return replace(
            view,
            account_id=self.account_id if view.scope is ViewScope.ACCOUNT else None,
            filters=filters.to_json(),
            search=state.filters.search,
            sort=state.sort.value,
            descending=state.descending,
            columns=columns if columns is not None else view.columns,
        )

    def _replace(self, view: SavedView) -> None:
        self._views = [view if v.id == view.id else v for v in self._views]
        self._edited()

    def _edited(self) -> None:
        self._context.console.settings.views = list(self._views)
        self._save_timer.start()
        self.viewsChanged.emit()
        self.schedule_count()

    def save(self) -> None:
        self._save_timer.stop()
        self._context.console.settings.views = list(self._views)
        self._context.console.save_settings()

    # -- counting ------------------------------------------------------------------------------

    def _orders_changed(self, _changes: OrderChanges) -> None:
        self.schedule_count()

    def schedule_count(self) -> None:
        """Count a moment from now; what arrives meanwhile is counted by that same count."""
        if not self._count_timer.isActive():
            self._count_timer.start()

    def requests(self) -> list[ViewCount]:
        settings = self._context.console.settings
        open_account = settings.account(self.account_id or "")
        requests = []
        today = date.today()
        for view in self._views:
            filters = view_filters(view)
            if view.scope is ViewScope.OPEN:
                accounts = [open_account] if open_account is not None else []
            elif view.scope is ViewScope.ACCOUNT:
                account = settings.account(view.account_id or "")
                accounts = [account] if account is not None else []
            else:
                accounts = view_accounts(filters, settings)
            if not accounts and view.scope is not ViewScope.ALL:
                continue
            parts = tuple((a.id, to_store(filters, a, today)) for a in accounts)
            if view.scope is ViewScope.ALL:  # statuses by name, as the All accounts list has them
                names = filters.status_codes
                parts = tuple(
                    (a, replace(f, status_codes=(), status_names=names)) for a, f in parts
                )
            requests.append(ViewCount(view.id, parts))
        return requests

    def count_now(self) -> None:
        self._count_timer.stop()
        requests = self.requests()
        cache, thread = self._context.count_cache, self._context.count_thread
        now = datetime.now()
        midnight = datetime.combine(now.date() + timedelta(days=1), time())
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)
        self.counting = True
        self._context.runner.start(
            thread.run(count_views, cache, requests),
            key="view-counts",
            context="views",
            on_done=self._counted,
        )

    def _counted(self, counts: dict[str, int]) -> None:
        self.counting = False
        self._counts = counts
        self.countsChanged.emit()

    def stop(self) -> None:
        """The window is closing: saved now if a change waits, and no more counting."""
        self._count_timer.stop()
        self._midnight.stop()
        if self._save_timer.isActive():
            self.save()
        self._context.runner.cancel("view-counts")
        with contextlib.suppress(RuntimeError, TypeError):
            self._context.bus.changed.disconnect(self._orders_changed)
