"""Plain http:// never carries a key off this computer, however the account was made.

The address rule used to live only in the Accounts dialog, and by the text of the host: an
account added through `Console.add_account`, or written into settings.json, at
`http://example.com` sent its key in clear, and the dialog itself let `http://127.attacker.example`
through because it starts with "127.". Now the connector is refused where it is built, on the
parsed address, before any request; the dialog asks the same rule.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from approval_console.app import Console
from approval_console.core.errors import InsecureAddressError
from approval_console.core.paths import Paths
from approval_console.core.settings import PLAIN_HTTP_REFUSED, url_problem
from approval_console.ui.main_window import MainWindow
from tests.helpers import approvepro_account
from tests.reliability.qt_running import qasync_loop, window_loop
from tests.windows import close_window, open_window

__all__ = ["qasync_loop", "window_loop"]

KEY = "clear-text-would-leak-this-key"

REFUSED = [
    "http://127.attacker.example",
    "http://127.0.0.1.nip.io",
    "http://example.com",
    "http://app.approvepro.com",
    "http://[::ffff:8.8.8.8]",
    "http://[::ffff:127.0.0.1]",
    "http://localhost.attacker.example",
    "http://evil.example\\@127.0.0.1",
    "http://127.0.0.1@evil.example",
]


class Recorder:
    """A transport standing for the whole network: every request that would have left is kept."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"data": []})


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def console_on(
    tmp_path: Path, memory_keyring: object, recorder: Recorder
) -> Iterator[Callable[[str], Console]]:
    """A console whose every request goes to `recorder`, with one account at the given address."""
    consoles: list[Console] = []

    def make(url: str) -> Console:
        console = Console(
            Paths.in_profile(tmp_path / f"p{len(consoles)}"), transport=recorder.transport
        )
        console.add_account(approvepro_account(url, "ap-clear"), KEY)
        consoles.append(console)
        return console

    yield make
    for console in consoles:
        asyncio.run(console.aclose())
        console.close()


@pytest.mark.parametrize("url", REFUSED)
def test_an_account_added_at_a_clear_text_address_is_refused_before_any_request(
    console_on, recorder, url
):
    """Adding through the API skips the dialog: the connector itself must refuse, and say why."""
    console = console_on(url)

    async def read() -> None:
        connector = await console.connector_async("ap-clear")
        await connector.list_statuses()

    with pytest.raises(InsecureAddressError) as refused:
        asyncio.run(read())
    assert refused.value.message.endswith(url_problem(url) or "?")
    assert "not contacted" in refused.value.message
    assert recorder.requests == []  # nothing left, so no key left


@pytest.mark.parametrize("url", REFUSED)
def test_the_accounts_dialog_rule_refuses_the_same_addresses(url):
    """One rule: what the connector refuses, the dialog refuses as it is typed."""
    assert url_problem(url) is not None


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost"])
def test_plain_http_to_this_computer_still_works(sandbox_factory, console_factory, host):
    """The sandbox and a local proxy stay reachable over plain http: 127.0.0.0/8, ::1, localhost.

    A guard companion: these worked before, and the stricter rule must not break them.
    """
    sandbox = sandbox_factory(
        "--host", "::1" if host == "::1" else "127.0.0.1", "--rate-window", "0"
    )
    port = httpx.URL(sandbox.url).port
    url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    console = console_factory(url)

    async def read() -> int:
        connector = await console.connector_async("ap-test")
        try:
            return len(await connector.list_statuses())
        finally:
            await console.aclose()

    assert asyncio.run(read()) > 0


@pytest.fixture
def clear_text_window(
    qtbot, window_loop, tmp_path: Path, memory_keyring: object, recorder: Recorder
) -> Iterator[MainWindow]:
    """A profile whose settings.json, edited by hand, points an account at plain http."""
    paths = Paths.in_profile(tmp_path / "profile")
    paths.ensure()
    account = {
        "id": "ap-clear",
        "backend": "approvepro",
        "name": "Clear Text Shop",
        "base_url": "http://127.attacker.example:8080",
        "options": {"timezone": "Europe/London"},
    }
    paths.settings_file.write_text(
        json.dumps({"accounts": [account], "last_account": "ap-clear"}), encoding="utf-8"
    )
    console = Console(paths, transport=recorder.transport)
    console.secrets.set("ap-clear", KEY)
    window, context = open_window(qtbot, console)
    yield window
    close_window(qtbot, window, context)


def test_an_account_at_a_clear_text_address_in_settings_is_shown_unusable_not_contacted(
    qtbot, clear_text_window, recorder
):
    window = clear_text_window
    panel = window.problem_panel
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=10_000)
    assert not window.table.isVisible()
    assert "Clear Text Shop" in panel.title.text()
    assert "not contacted" in panel.detail.text()
    assert PLAIN_HTTP_REFUSED in panel.detail.text()
    assert window.refreshed_label.text() == "Refresh failed"
    # Trying again cannot help: the way out is the account's address.
    assert panel.fix.text() == "Check the address in File → Accounts…"
    assert recorder.requests == []
