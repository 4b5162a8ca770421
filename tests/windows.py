"""Opening and closing the console's window in tests, the way the app does it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from approval_console.app import Console
    from approval_console.ui.context import UiContext
    from approval_console.ui.main_window import MainWindow


def demo_console(profile: Path, url: str, *, start: str | None = None) -> Console:
    """A console on `profile` with one demo account per backend, as `--demo` sets it up."""
    from approval_console.app import Console
    from approval_console.core.paths import Paths
    from approval_console.demo import demo_accounts

    console = Console(Paths.in_profile(profile))
    for account, key in demo_accounts(url):
        console.add_account(account, key)
    console.settings.last_account = start
    return console


def open_window(qtbot, console: Console, *, demo: bool = False) -> tuple[MainWindow, UiContext]:  # type: ignore[no-untyped-def]
    """The console's window on `console`, shown and started as the app starts it."""
    from approval_console.ui.context import UiContext
    from approval_console.ui.main_window import MainWindow

    context = UiContext.create(console)
    window = MainWindow(context, demo=demo)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window, context


def choose_account(qtbot, window: MainWindow, account_id: str) -> None:  # type: ignore[no-untyped-def]
    """As picking it in the account switcher does (the combo reports the person's choice),
    then until the account's list shows."""
    combo = window.accounts_combo
    index = combo.findData(account_id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: window.session.account_id == account_id, timeout=5000)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)


def close_window(qtbot, window: MainWindow, context: UiContext) -> None:  # type: ignore[no-untyped-def]
    """Close as the app does, then let go of the tasks, the threads and the cache."""
    window.close_now()
    shutdown = asyncio.ensure_future(context.runner.shutdown())
    qtbot.waitUntil(lambda: shutdown.done() and not context.runner.busy, timeout=10_000)
    context.close()
    context.console.close()


W = TypeVar("W", bound="QWidget")


def on_screen(owner: QWidget, kind: type[W]) -> W | None:
    """The window of `kind` that `owner` opened and shows now (a review queue, a confirmation),
    found as a person finds it: on screen, not in the owner's attributes."""
    found = [widget for widget in owner.findChildren(kind) if widget.isVisible()]
    assert len(found) <= 1, f"{len(found)} {kind.__name__} windows shown at once"
    return found[0] if found else None
