"""Where the list's column layouts are kept: one per account, and one per saved view.

An ApprovePro operator reads due dates, a Spree one amounts; each arranges the columns once and
finds them so after switching away and back, and after a restart. A layout is the header's saved
state (widths, order) plus the columns hidden by choice, under a key made of the account's id
and, for a saved view, the view's id, in the settings file's `ui` section.

Looking up a key falls back to the account's own layout (a new view starts as its account's
list), then to the single layout older versions kept for every account (so an upgrade keeps
what the person had arranged), then to the first-start layout.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from approval_console.ui.widgets.order_table import OrderTableView

LAYOUTS = "column_layouts"  # the settings' `ui` entry: {key: layout}
EVERY_ACCOUNT = "*"  # the one layout older settings kept, every account's starting layout
VIEW_SEPARATOR = "/"


def layout_key(account_id: str, view_id: str | None = None) -> str:
    return f"{account_id}{VIEW_SEPARATOR}{view_id}" if view_id else account_id


class ColumnLayouts:
    """Saves the table's layout under the key on screen and restores the next one's."""

    def __init__(self, table: OrderTableView, ui: Callable[[], dict[str, Any]]) -> None:
        self._table = table
        self._ui = ui
        self._key: str | None = None
        self._adopt_old_layout()

    @property
    def key(self) -> str | None:
        """The key of the layout on screen (None before any account)."""
        return self._key

    def switch(self, account_id: str | None, view_id: str | None = None) -> None:
        """Another account or view is shown: keep this layout, show that one's."""
        self.save()
        self._key = None
        if account_id is None:
            return
        self._key = key_now = layout_key(account_id, view_id)
        layouts = self._layouts()
        for key in (key_now, layout_key(account_id), EVERY_ACCOUNT):
            if self._table.apply_column_layout(layouts.get(key)):
                return
        self._table.set_default_layout()

    def save(self) -> None:
        """The layout on screen, under its key (nothing before the first account)."""
        if self._key is not None:
            self._layouts()[self._key] = self._table.column_layout()

    def _layouts(self) -> dict[str, Any]:
        ui = self._ui()
        layouts = ui.get(LAYOUTS)
        if not isinstance(layouts, dict):
            layouts = ui[LAYOUTS] = {}
        return layouts

    def _adopt_old_layout(self) -> None:
        """Settings from before per-account layouts kept one header for all accounts: it
        becomes every account's starting layout, with nothing hidden by choice (the hidden
        flags it carries were the last account's, not the person's)."""
        ui = self._ui()
        if LAYOUTS in ui or not isinstance(ui.get("header"), str):
            return
        self._layouts()[EVERY_ACCOUNT] = {
            "header": ui["header"],
            "columns": ui.get("header_columns"),
            "hidden": [],
        }
