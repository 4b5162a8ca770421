"""The accounts dialog's choice of how much history an account reads, chosen as a person does
and kept with the account."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from approval_console.app import Console
from approval_console.core.accounts import HISTORY_DAYS_OPTION, history_days
from approval_console.core.paths import Paths
from approval_console.ui.dialogs.accounts import AccountsDialog
from approval_console.ui.runtime import TaskRunner
from tests.helpers import DEMO_KEY, approvepro_account
from tests.ui.test_dialogs_accounts import click, click_row, fill_form


@pytest.fixture
def console(tmp_path: Path, memory_keyring) -> Iterator[Console]:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    yield console
    console.close()


@pytest.fixture
def dialog(qtbot, console: Console) -> AccountsDialog:
    dialog = AccountsDialog(console, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot, dialog: AccountsDialog, words: str) -> None:
    """Open the list and pick the entry that reads `words`, with the keyboard."""
    combo = dialog.history.combo
    index = combo.findText(words)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_a_new_account_can_read_only_its_recent_open_orders(qtbot, dialog, console, tmp_path):
    click(qtbot, dialog.add_button)
    history = dialog.history
    assert history.isVisible() and history.label.text() == "Orders to read:"
    assert history.combo.currentText() == "All orders, with their history"
    assert "can take hours" in history.hint.text()
    fill_form(qtbot, dialog, "Big Shop", "http://127.0.0.1:9", DEMO_KEY)
    choose(qtbot, dialog, "Open orders of the last 90 days")
    assert "Cancelled and older orders are not read or kept" in history.hint.text()
    with qtbot.waitSignal(dialog.accountsChanged, timeout=2000):
        click(qtbot, dialog.save_button)

    (account,) = console.settings.accounts
    assert account.options[HISTORY_DAYS_OPTION] == "90"
    # Kept in the settings file, so the next start reads the same.
    again = Console(Paths.in_profile(tmp_path / "profile"))
    try:
        assert history_days(again.settings.account(account.id)) == 90
    finally:
        again.close()


def test_editing_an_account_shows_its_choice_and_can_go_back_to_every_order(qtbot, dialog, console):
    account = approvepro_account("http://127.0.0.1:9", "ap-big", **{HISTORY_DAYS_OPTION: "30"})
    console.add_account(account, DEMO_KEY)
    dialog._reload()
    click_row(qtbot, dialog, 0)
    click(qtbot, dialog.edit_button)
    assert dialog.history.combo.currentText() == "Open orders of the last 30 days"
    choose(qtbot, dialog, "All orders, with their history")
    with qtbot.waitSignal(dialog.accountsChanged, timeout=2000):
        click(qtbot, dialog.save_button)
    saved = console.settings.account("ap-big")
    assert saved is not None and HISTORY_DAYS_OPTION not in saved.options
