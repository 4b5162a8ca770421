"""A large account's first sync, the way its operator lives through it.

The account is read a few pages a second (its own rate limit), so the first sync takes a while:
the list shows orders long before it ends, the operator opens one and reads it while the
status bar counts pages, orders and time left. They quit half-way; the console opened again
carries on where it stopped and finishes. Then they decide they only need recent open orders:
the account's form offers it, and the next reading lets the history go.
"""

from __future__ import annotations

import re

from approval_console.app import Console
from approval_console.core.accounts import HISTORY_DAYS_OPTION
from approval_console.core.paths import Paths
from approval_console.ui.dialogs.accounts import AccountsDialog
from tests.helpers import DEMO_KEY, approvepro_account
from tests.windows import close_window, open_window

ACCOUNT = "ap-large"
ORDERS = 4000  # 40 pages at 5 a second: some eight seconds of reading


def _console(url: str, profile) -> Console:  # type: ignore[no-untyped-def]
    console = Console(Paths.in_profile(profile))
    account = approvepro_account(url, ACCOUNT, rate_limit="5", rate_window="1")
    console.add_account(account, DEMO_KEY)
    console.settings.last_account = ACCOUNT
    return console


def _page(line: str) -> int:
    """The page the status bar says the reading is at ("… (page 12 of 40) …"); 0 if none."""
    found = re.search(r"\(page (\d+) of", line)
    return int(found.group(1)) if found else 0


def _open_accounts(person, window, qtbot) -> AccountsDialog:  # type: ignore[no-untyped-def]
    bar = window.menuBar()
    file_menu = bar.actions()[0]
    person.click(bar, bar.actionGeometry(file_menu).center())
    menu = file_menu.menu()
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    person.click(menu, menu.actionGeometry(window.act_accounts).center())
    found: list[AccountsDialog] = []

    def shown() -> bool:
        found[:] = [w for w in window.findChildren(AccountsDialog) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def test_a_long_first_sync_is_usable_survives_a_restart_and_can_be_limited(
    qtbot, person, sandbox_factory, memory_keyring, tmp_path
):
    sandbox = sandbox_factory("--seed", "41", "--orders", str(ORDERS), "--rate-window", "0")
    profile = tmp_path / "profile"
    window, context = open_window(qtbot, _console(sandbox.url, profile))
    person.activate(window)
    label, model = window.sync_label, window.orders.model

    # -- usable from the first pages ---------------------------------------------------------
    qtbot.waitUntil(lambda: 0 < model.rowCount() < ORDERS, timeout=20_000)
    person.click_row(window.table, 2)
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=5000)
    chosen = window.detail.order_id
    assert label.text().startswith("Reading orders… ") and " left" in label.text()
    person.screenshot("reading-while-working")
    qtbot.waitUntil(lambda: _page(label.text()) >= 16, timeout=20_000)
    assert window.table.current_order_id() == chosen  # pages landed; the choice stayed
    person.screenshot("half-way")
    close_window(qtbot, window, context)  # the operator quits half-way

    # -- opened again: carried on, not started over ---------------------------------------
    window, context = open_window(qtbot, _console(sandbox.url, profile))
    try:
        person.activate(window)
        label, model = window.sync_label, window.orders.model
        # The orders of the first run are listed from the cache at once.
        qtbot.waitUntil(lambda: model.rowCount() >= 1500, timeout=5000)
        qtbot.waitUntil(lambda: "(page " in label.text(), timeout=20_000)
        assert _page(label.text()) > 10
        assert label.toolTip().startswith("Carried on where the last reading stopped.")
        person.screenshot("carried-on")
        qtbot.waitUntil(lambda: label.text() == "Up to date", timeout=30_000)
        qtbot.waitUntil(lambda: model.rowCount() == ORDERS, timeout=10_000)
        person.screenshot("read-whole")

        # -- only recent open orders, from now on ----------------------------------------
        dialog = _open_accounts(person, window, qtbot)
        person.click_row(dialog.table, 0, column=0)
        person.click(dialog.edit_button)
        person.choose(dialog.history.combo, "Open orders of the last 30 days")
        assert "not read or kept" in dialog.history.hint.text()
        person.screenshot("recent-only-chosen")
        person.click(dialog.save_button)
        assert dialog.message.text().startswith("Saved ")
        person.click(dialog.close_button)
        account = window.context.console.settings.account(ACCOUNT)
        assert account is not None and account.options[HISTORY_DAYS_OPTION] == "30"

        person.press("F5")
        qtbot.waitUntil(lambda: 0 < model.rowCount() < ORDERS // 10, timeout=30_000)
        qtbot.waitUntil(lambda: label.text() == "Up to date", timeout=30_000)
        person.screenshot("recent-only")
    finally:
        close_window(qtbot, window, context)
