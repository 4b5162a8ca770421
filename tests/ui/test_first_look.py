"""What a new user sees first, in demo mode, on every backend's demo account: the window's
title, dates, colours and words, against the real sandbox."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.demo import demo_accounts
from approval_console.ui.context import UiContext
from approval_console.ui.main_window import MainWindow
from tests.ui.test_main_window import _close

OpenDemo = Callable[[str], MainWindow]


@pytest.fixture
def open_demo(qtbot, shared_sandbox, memory_keyring, tmp_path) -> Iterator[OpenDemo]:
    """The window as `--demo` opens it, with every backend's demo account, on `account_id`."""
    opened: list[tuple[MainWindow, UiContext]] = []

    def open_on(account_id: str) -> MainWindow:
        console = Console(Paths.in_profile(tmp_path / f"profile-{len(opened)}"))
        for account, key in demo_accounts(shared_sandbox.url):
            console.add_account(account, key)
        console.settings.last_account = account_id
        context = UiContext.create(console)
        window = MainWindow(context, demo=True)
        qtbot.addWidget(window)
        window.show()
        window.start()
        opened.append((window, context))
        qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
        qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)
        return window

    yield open_on
    for window, context in opened:
        _close(qtbot, window, context)


def test_the_title_says_demo_once(open_demo):
    window = open_demo("demo-approvepro")
    assert window.windowTitle() == "Approval Console — ApprovePro (demo)"
    window.accounts_combo.setCurrentIndex(window.accounts_combo.findData("demo-spree"))
    window.accounts_combo.activated.emit(window.accounts_combo.currentIndex())
    assert window.windowTitle() == "Approval Console — Spree Commerce (demo)"
