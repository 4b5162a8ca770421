"""The account list's tag and awaiting filters in the window, offscreen, against the sandbox:
the tags offered are the account's, and "awaiting a decision" follows the statuses the person
marked for review on the account."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from approval_console.services.review import REVIEW_STATUSES
from approval_console.ui.viewmodels.list_filters import ListFilters
from tests.ui.test_main_window_keys import APPROVEPRO, sandbox, window

__all__ = ["sandbox", "window"]

LEFT = Qt.MouseButton.LeftButton


def _settled(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.orders.querying, timeout=10_000)


def test_tags_offered_are_the_accounts_and_filter_the_list(qtbot, window):
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)
    bar, model = window.filter_bar, window.orders.model
    total = model.rowCount()
    tags = window.context.reader.tags(APPROVEPRO)
    assert tags
    menu = bar.tags.menu()
    qtbot.waitUntil(lambda: [a.text() for a in menu.actions()] == tags, timeout=5000)
    menu.popup(bar.add.mapToGlobal(bar.add.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    action = menu.actions()[0]
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
    menu.close()
    assert bar.chips.texts() == [f"Tags: {tags[0]} ✕"]
    qtbot.waitUntil(lambda: 0 < model.rowCount() < total, timeout=10_000)
    _settled(qtbot, window)
    wanted = tags[0].casefold()
    for row in range(model.rowCount()):
        assert wanted in {tag.casefold() for tag in model.order_at(row).tags}


def test_awaiting_follows_the_statuses_marked_for_review(qtbot, window):
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)
    console, model = window.context.console, window.orders.model
    marked = window.orders.statuses[1]
    account = console.settings.account(APPROVEPRO)
    assert account is not None
    console.settings.upsert_account(
        replace(account, options={**account.options, REVIEW_STATUSES: marked.code})
    )
    bar = window.filter_bar
    next(a for a in bar.add_menu.actions() if a.text() == "Awaiting a decision").trigger()
    assert bar.chips.texts() == ["Awaiting a decision ✕"]
    qtbot.waitUntil(lambda: window.orders.filters == ListFilters(awaiting=True), timeout=3000)
    _settled(qtbot, window)
    assert model.rowCount() > 0
    assert {model.order_at(row).status_code for row in range(model.rowCount())} == {marked.code}
