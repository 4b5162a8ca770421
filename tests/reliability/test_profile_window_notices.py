"""The window tells the person what a damaged or lost settings file meant for their accounts.

Restored accounts must not be announced as lost ("add them again"), and unsent changes of an
account that is no longer set up must be said to exist, and how to send them.
"""

from __future__ import annotations

from pathlib import Path

from approval_console.app import Console
from approval_console.core.changes import CommentChange
from approval_console.core.paths import Paths
from approval_console.core.settings import last_good_copy
from tests.helpers import DEMO_KEY, approvepro_account
from tests.qt_loop import garbage_collection, qasync_loop, qloop
from tests.windows import close_window, open_window

__all__ = ["garbage_collection", "qasync_loop", "qloop"]

URL = "http://127.0.0.1:9"  # nothing listens: these tests read only what the window says


def _profile_with_unsent_changes(root: Path) -> Paths:
    paths = Paths.in_profile(root)
    console = Console(paths)
    try:
        account = approvepro_account(URL, "ap-shop")
        console.add_account(account, DEMO_KEY)
        console.journal.record("ap-shop", ["o1", "o2", "o3"], CommentChange("Checked"))
    finally:
        console.close()
    return paths


def test_restored_accounts_are_not_announced_as_lost(qtbot, memory_keyring, tmp_path):
    paths = _profile_with_unsent_changes(tmp_path / "profile")
    paths.settings_file.write_text("{ half a settings file", encoding="utf-8")

    window, context = open_window(qtbot, Console(paths))
    try:
        text = window.banner_text.text()
        assert window.banner.isVisible()
        assert "restored from the last good copy" in text
        assert str(context.console.settings.set_aside) in text
        assert "need adding again" not in text
    finally:
        close_window(qtbot, window, context)


def test_unsent_changes_of_a_lost_account_are_announced(qtbot, memory_keyring, tmp_path):
    paths = _profile_with_unsent_changes(tmp_path / "profile")
    paths.settings_file.unlink()
    last_good_copy(paths.settings_file).unlink()

    window, context = open_window(qtbot, Console(paths))
    try:
        text = window.banner_text.text()
        assert window.banner.isVisible()
        assert "3 unsent changes belong to an account no longer set up" in text
        assert URL in text and "add it again" in text
    finally:
        close_window(qtbot, window, context)
