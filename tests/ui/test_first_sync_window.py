"""A long first sync seen from the window: the list is usable from the first pages and keeps
the person's place as pages land, the status bar tells pages, orders and time left, and a
window opened again after closing mid-way carries on where the pass stopped."""

from __future__ import annotations

import re
from pathlib import Path

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.services.sync_pass import PASS_STATE, PassState
from approval_console.ui.widgets.views_bar import MODIFIED_MARK, VIEW_ID_ROLE
from tests.helpers import DEMO_KEY, approvepro_account
from tests.windows import close_window, open_window

ACCOUNT = "ap-large"
ORDERS = 3000  # 30 pages, read 5 a second by the account's own limit: about 6 seconds


def _console(url: str, profile: Path) -> Console:
    console = Console(Paths.in_profile(profile))
    account = approvepro_account(url, ACCOUNT, rate_limit="5", rate_window="1")
    console.add_account(account, DEMO_KEY)
    console.settings.last_account = ACCOUNT
    return console


def test_the_list_is_usable_while_a_first_sync_reads_and_tells_its_progress(
    qtbot, sandbox_factory, memory_keyring, tmp_path
):
    sandbox = sandbox_factory("--seed", "31", "--orders", str(ORDERS), "--rate-window", "0")
    window, context = open_window(qtbot, _console(sandbox.url, tmp_path / "profile"))
    try:
        model, table, label = window.orders.model, window.table, window.sync_label
        # Orders listed long before the pass ends; the person picks one and scrolls a little.
        qtbot.waitUntil(lambda: 0 < model.rowCount() < ORDERS, timeout=20_000)
        assert label.text().startswith("Reading orders… ")
        assert f"of {ORDERS:,} (page " in label.text() and " left" in label.text()
        assert "work with them while the rest arrive" in label.toolTip()
        table.select_rows([7], current=7)
        chosen = table.current_order_id()
        table.verticalScrollBar().setValue(3)
        top = table.rowAt(0)

        # The saved views count what is read so far too, not nothing until the end.
        qtbot.waitUntil(lambda: _all_orders_count(window) not in ("", "0"), timeout=10_000)

        # The automatic refresh comes round meanwhile: the pass goes on, it does not restart
        # (a restarted pass would carry on from its last page, and say so).
        window.session.refresh(quiet=True)
        grown = model.rowCount()
        qtbot.waitUntil(lambda: model.rowCount() > grown, timeout=20_000)
        assert not label.toolTip().startswith("Carried on")
        # The list grew below; the person's order is still chosen, the view did not move.
        assert table.current_order_id() == chosen
        assert table.selected_rows() == [7]
        assert table.rowAt(0) == top

        qtbot.waitUntil(lambda: label.text() == "Up to date", timeout=30_000)
        qtbot.waitUntil(lambda: model.rowCount() == ORDERS, timeout=10_000)
        assert table.current_order_id() == chosen
    finally:
        close_window(qtbot, window, context)


def _page(line: str) -> int:
    """The page the status bar says the reading is at ("… (page 12 of 30) …"); 0 if none."""
    found = re.search(r"\(page (\d+) of", line)
    return int(found.group(1)) if found else 0


def _all_orders_count(window) -> str:  # type: ignore[no-untyped-def]
    bar = window.saved_views.bar
    names = [name.removesuffix(MODIFIED_MARK) for name in bar.names()]
    row = names.index("All orders")
    return bar.count_shown(str(bar.list.item(row).data(VIEW_ID_ROLE)))


def test_a_window_opened_again_carries_on_where_the_first_sync_stopped(
    qtbot, sandbox_factory, memory_keyring, tmp_path
):
    sandbox = sandbox_factory("--seed", "32", "--orders", str(ORDERS), "--rate-window", "0")
    profile = tmp_path / "profile"
    window, context = open_window(qtbot, _console(sandbox.url, profile))
    label = window.sync_label
    qtbot.waitUntil(lambda: _page(label.text()) >= 12, timeout=20_000)
    close_window(qtbot, window, context)  # the app quits mid-way

    console = _console(sandbox.url, profile)
    state = PassState.from_json(console.cache.meta(ACCOUNT, PASS_STATE))
    assert state is not None and state.next_page >= 10
    before = sandbox.stats()
    window, context = open_window(qtbot, console)
    try:
        qtbot.waitUntil(lambda: "(page " in window.sync_label.text(), timeout=20_000)
        first = window.sync_label.text()
        assert _page(first) >= state.next_page - 1
        assert window.sync_label.toolTip().startswith("Carried on where the last reading stopped.")
        # The orders of the first run are listed at once, from the cache.
        assert window.orders.model.rowCount() >= (state.next_page - 1) * 100
        qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
        qtbot.waitUntil(lambda: window.orders.model.rowCount() == ORDERS, timeout=10_000)
        sent = sandbox.stats()["requests"] - before["requests"]
        # the statuses, the pages not stored yet (and one to find where to carry on from)
        assert sent <= 1 + (30 - (state.next_page - 1)) + 2
    finally:
        close_window(qtbot, window, context)
