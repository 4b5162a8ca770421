"""An account that cannot be read says so where its list would be, with the way out.

Never an empty list with the reason in the status bar beside a "Refreshed" that did not happen.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.errors import (
    ApiConnectionError,
    AuthenticationError,
    MissingKeyError,
    NotFoundError,
    ResponseFormatError,
    ServerError,
)
from approval_console.core.paths import Paths
from approval_console.ui.dialogs.accounts import AccountsDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.viewmodels.session import (
    ReadProblem,
    Remedy,
    read_problem,
    refresh_line,
)
from approval_console.ui.widgets.read_problem import ReadProblemView
from tests.helpers import BASIC_KEY, DEMO_KEY, approvepro_account
from tests.windows import close_window, open_window

GOOD, BAD = "ap-good", "ap-bad"


def kiln(url: str) -> Account:
    return Account(
        id=BAD,
        backend="approvepro",
        name="Little Kiln",
        base_url=url,
        options={"rate_window": "0", "timezone": "America/New_York"},
    )


@pytest.fixture
def window(qtbot, shared_sandbox, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    """Two accounts on the sandbox: one whose key works (the one shown), one whose key does not."""
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(
        approvepro_account(shared_sandbox.url, GOOD, rate_window="0", timezone="Europe/London"),
        DEMO_KEY,
    )
    console.add_account(kiln(shared_sandbox.url), "a-wrong-key")
    console.settings.last_account = GOOD
    window, context = open_window(qtbot, console)
    yield window
    close_window(qtbot, window, context)


def _choose_account(window: MainWindow, account_id: str) -> None:
    """As picking it in the toolbar's account list does."""
    index = window.accounts_combo.findData(account_id)
    window.accounts_combo.setCurrentIndex(index)
    window.accounts_combo.activated.emit(index)


def _filled(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)


def test_switching_to_an_account_whose_key_is_refused_explains_it_in_the_list_area(
    qtbot, window, shared_sandbox
):
    _filled(qtbot, window)
    assert window.refreshed_label.text().startswith("Refreshed ")

    _choose_account(window, BAD)
    panel = window.problem_panel
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=10_000)
    assert not window.table.isVisible()
    assert panel.title.text() == "The server refused the key of “Little Kiln”"
    assert "Unauthenticated" in panel.detail.text()
    assert panel.fix.text() == "Check the key in File → Accounts…"
    assert "Refreshed" not in window.refreshed_label.text()  # not the other account's time
    assert window.refreshed_label.text() == "Refresh failed"

    qtbot.mouseClick(panel.fix, Qt.MouseButton.LeftButton)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, AccountsDialog) and w.isVisible()
    )
    assert dialog.form_title.text() == "Edit “Little Kiln”"
    assert dialog.focusWidget() is dialog.key_edit  # ready for the new key
    qtbot.keyClicks(dialog.key_edit, BASIC_KEY)
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)  # Enter saves
    assert dialog.message.text() == "Saved “Little Kiln”."
    dialog.close()

    _filled(qtbot, window)  # tried again at once with the new key
    assert window.table.isVisible() and not panel.isVisible()
    assert window.refreshed_label.text().startswith("Refreshed ")


def test_cached_orders_stay_under_a_banner_and_try_again_clears_it(qtbot, window, shared_sandbox):
    _filled(qtbot, window)
    rows = window.orders.model.rowCount()
    console = window.context.console
    account = console.settings.account(GOOD)
    console.add_account(account, "revoked-meanwhile")  # as if the key were revoked
    window.act_refresh.trigger()

    banner = window.problem_banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10_000)
    assert window.table.isVisible() and not window.problem_panel.isVisible()
    assert window.orders.model.rowCount() == rows  # the cached orders stay usable
    assert "saved on this computer" in banner.detail.text()
    line = window.refreshed_label.text()
    assert line.startswith("Last refreshed ") and line.endswith(" · refresh failed")

    console.add_account(account, DEMO_KEY)
    qtbot.mouseClick(banner.again, Qt.MouseButton.LeftButton)
    assert banner.again.text() == "Trying again…" and not banner.again.isEnabled()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert window.refreshed_label.text().startswith("Refreshed ")


def test_a_network_failure_offers_to_try_again(qtbot):
    view = ReadProblemView(compact=False)
    qtbot.addWidget(view)
    problem = read_problem(
        kiln("https://kiln.example"), ApiConnectionError("down", maybe_applied=False)
    )
    view.show_problem(problem)
    view.show()
    assert view.fix.text() == "Try again" and not view.again.isVisible()
    with qtbot.waitSignal(view.retryRequested):
        qtbot.mouseClick(view.fix, Qt.MouseButton.LeftButton)
    assert view.fix.text() == "Trying again…" and not view.fix.isEnabled()
    view.show_problem(problem)  # failed again: ready for another try
    assert view.fix.text() == "Try again" and view.fix.isEnabled()


@pytest.mark.parametrize(
    ("error", "remedy", "title"),
    [
        (AuthenticationError("Unauthenticated."), Remedy.CHECK_KEY, "refused the key"),
        (MissingKeyError("none"), Remedy.CHECK_KEY, "No key is stored"),
        (ApiConnectionError("refused", maybe_applied=False), Remedy.TRY_AGAIN, "Cannot reach"),
        (ServerError("Server Error"), Remedy.TRY_AGAIN, "failed to answer"),
        (ResponseFormatError("data", "is missing"), Remedy.CHECK_ADDRESS, "ApprovePro API"),
        (NotFoundError("Not Found"), Remedy.CHECK_ADDRESS, "ApprovePro API"),
        (RuntimeError("bug"), Remedy.TRY_AGAIN, "could not be read"),
    ],
)
def test_each_failure_names_its_remedy(error, remedy, title):
    problem = read_problem(kiln("https://kiln.example"), error)
    assert isinstance(problem, ReadProblem)
    assert problem.remedy is remedy
    assert title in problem.title and "“Little Kiln”" in problem.title


def test_refreshed_is_claimed_only_for_a_refresh_that_worked():
    now = datetime(2025, 3, 4, 15, 0).timestamp()
    today = datetime(2025, 3, 4, 10, 42).timestamp()
    yesterday = datetime(2025, 3, 3, 10, 42).timestamp()
    assert refresh_line(today, failed=False, now=now) == "Refreshed 10:42"
    assert refresh_line(today, failed=True, now=now) == "Last refreshed 10:42 · refresh failed"
    assert refresh_line(yesterday, failed=False, now=now) == "Refreshed 3 Mar 2025, 10:42"
    assert refresh_line(None, failed=True, now=now) == "Refresh failed"
    assert refresh_line(None, failed=False, now=now) == ""
