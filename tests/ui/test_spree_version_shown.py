"""The status bar says which Spree release the account's server runs, once it is known."""

from __future__ import annotations

import pytest

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.paths import Paths
from tests.windows import close_window, open_window


@pytest.mark.parametrize("version", ["5.6", "6.0"])
def test_the_status_bar_names_the_spree_release(
    qtbot, sandbox_factory, memory_keyring, tmp_path, version
):
    sandbox = sandbox_factory(
        "--seed", "26", "--rate-window", "0", "--orders", "60", "--spree-version", version
    )
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(Account("spree-v", "spree", "Spree shop", sandbox.url), "sk_demo_spree")
    console.settings.last_account = "spree-v"
    window, context = open_window(qtbot, console)
    try:
        qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
        label = window.status.server_label
        qtbot.waitUntil(lambda: label.text() == f"Spree {version}", timeout=5_000)
        assert label.isVisible()
    finally:
        close_window(qtbot, window, context)
