"""A server that echoes the key back never gets it onto the screen, into the log or the cache.

Servers do this: "No workspace has the key sk_live_…", a 422 that quotes the rejected token, a
500 page that dumps the request headers. The log file was always redacted; the screen was not,
so the status bar showed the key verbatim to anyone looking over the operator's shoulder. The
sandbox never echoes keys, so a tiny loopback server plays that server here.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from approval_console.app import Console
from approval_console.core.log import MASK, open_log_file, register_secret, setup_logging
from approval_console.core.paths import Paths
from approval_console.services.outcomes import describe_error
from approval_console.ui.dialogs.accounts import AccountsDialog
from approval_console.ui.main_window import MainWindow
from tests.helpers import DEMO_KEY, approvepro_account
from tests.reliability.qt_running import qasync_loop, window_loop
from tests.windows import close_window, open_window

__all__ = ["qasync_loop", "window_loop"]

# Nothing shaped like a header or a parameter: only knowing the key can find it in a sentence.
KEY = "northwind-live-7f3a9c2e51"
ACCOUNT = "ap-echo"


class EchoServer(ThreadingHTTPServer):
    """Answers with `status` and a body quoting the request's own key: every request, or with
    an `upstream`, only the changes (reads are passed to the sandbox, so the list fills)."""

    daemon_threads = True

    def __init__(self, status: int, upstream: str | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _EchoHandler)
        self.status = status
        self.upstream = upstream
        self.requests = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _EchoHandler(BaseHTTPRequestHandler):
    server: EchoServer

    def do_GET(self) -> None:
        if self.server.upstream is None:
            self._echo()
            return
        self.server.requests += 1
        forwarded = {name: self.headers[name] for name in ("Authorization", "Accept")}
        with httpx.Client(base_url=self.server.upstream, timeout=30) as client:
            answer = client.get(self.path, headers={k: v for k, v in forwarded.items() if v})
        self.send_response(answer.status_code)
        for name, value in answer.headers.items():
            if name.lower() == "content-type" or name.lower().startswith("x-ratelimit"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    def _echo(self) -> None:
        self.server.requests += 1
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        key = self.headers.get("Authorization", "").removeprefix("Bearer ")
        body = json.dumps(
            {
                "message": f"No workspace has the key {key}.",
                "errors": {"token": [f"{key} is not a key of this workspace"]},
            }
        ).encode()
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PATCH = do_PUT = do_DELETE = _echo

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serving(server: EchoServer) -> Iterator[EchoServer]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(params=[422, 500])
def echo_server(request: pytest.FixtureRequest) -> Iterator[EchoServer]:
    with serving(EchoServer(request.param)) as server:
        yield server


@pytest.fixture
def refusing_proxy(shared_sandbox) -> Iterator[EchoServer]:
    """The sandbox's orders, but every change refused with a 422 that quotes the key."""
    with serving(EchoServer(422, upstream=shared_sandbox.url)) as server:
        yield server


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's own logging (its redactor included) writing to a file, undone after the test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = tmp_path / "logs" / "console.log"
    setup_logging(path)
    open_log_file()
    yield path
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@contextmanager
def window_on(qtbot, profile: Path, url: str, key: str) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    console = Console(Paths.in_profile(profile))
    console.add_account(
        approvepro_account(url, ACCOUNT, rate_window="0", timezone="Europe/London"), key
    )
    console.settings.last_account = ACCOUNT
    window, context = open_window(qtbot, console)
    try:
        yield window
    finally:
        close_window(qtbot, window, context)


@pytest.fixture
def echo_window(
    qtbot, window_loop, tmp_path: Path, memory_keyring: object, echo_server: EchoServer
) -> Iterator[MainWindow]:
    with window_on(qtbot, tmp_path / "profile", echo_server.url, KEY) as window:
        yield window


def _everything_shown() -> str:
    """Every text any window shows, or would on hover, the status bar's message included."""
    parts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        parts.append(top.windowTitle())
        for label in top.findChildren(QLabel):
            parts += [label.text(), label.toolTip()]
        if isinstance(top, MainWindow):
            parts.append(top.statusBar().currentMessage())
    return "\n".join(parts)


def test_a_key_echoed_by_the_server_is_masked_on_screen_in_the_log_and_the_cache(
    qtbot, echo_window, echo_server, log_file, tmp_path
):
    window = echo_window
    panel = window.problem_panel
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Refresh failed"), timeout=20_000)

    # Tried again, as a person does from the panel.
    asked = echo_server.requests
    qtbot.mouseClick(panel.fix, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: echo_server.requests > asked, timeout=10_000)
    qtbot.waitUntil(lambda: panel.fix.isEnabled(), timeout=20_000)

    assert MASK in window.sync_label.text()
    assert MASK in panel.detail.text()
    assert KEY not in _everything_shown()

    # File → Accounts…, Test: the dialog's message line.
    window.open_accounts()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, AccountsDialog) and w.isVisible()
    )
    item = dialog.table.topLevelItem(0)
    qtbot.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.table.visualItemRect(item).center(),
    )
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Test failed" in dialog.message.text(), timeout=20_000)
    assert MASK in dialog.message.text()
    assert KEY not in _everything_shown()
    dialog.close()

    for handler in logging.getLogger().handlers:
        handler.flush()
    assert KEY not in log_file.read_text(encoding="utf-8")
    profile = tmp_path / "profile"
    for path in [p for p in profile.rglob("*") if p.is_file()]:
        assert KEY.encode() not in path.read_bytes(), path


def test_a_refused_change_quoting_the_key_is_masked_on_screen_and_in_the_journal(
    qtbot, window_loop, tmp_path, memory_keyring, refusing_proxy, log_file
):
    """A comment refused with the key in the reasons: the pane, the comment box and the journal
    (which keeps each change's reason) show the marker, never the key."""
    with window_on(qtbot, tmp_path / "profile", refusing_proxy.url, DEMO_KEY) as window:
        qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
        qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)
        table = window.table
        rect = table.visualRect(window.orders.model.index(0, 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: window.detail.order_id == table.current_order_id(), timeout=5000)
        order_id = window.detail.order_id

        pane = window.pane
        qtbot.keyClicks(pane.comment.text_edit(), "Called the customer about the proof")
        qtbot.mouseClick(pane.add_comment, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "not saved" in pane.message.text(), timeout=20_000)

        assert MASK in pane.message.text()
        assert MASK in pane.comment.error_text()
        assert DEMO_KEY not in _everything_shown()
        journal = window.context.console.journal.history(ACCOUNT, order_id)
        assert journal and MASK in (journal[-1].reason or "")
        assert DEMO_KEY not in (journal[-1].reason or "")
    for path in [p for p in (tmp_path / "profile").rglob("*") if p.is_file()]:
        assert DEMO_KEY.encode() not in path.read_bytes(), path
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert DEMO_KEY not in log_file.read_text(encoding="utf-8")


def test_an_unexpected_error_quoting_a_key_is_masked_in_the_result_table():
    """A library's own exception text (not one of ours) reaches the per-order reason and the
    journal through `describe_error`: it is redacted there too."""
    register_secret(KEY)
    reason = describe_error(RuntimeError(f"token {KEY} rejected"))
    assert KEY not in reason
    assert MASK in reason
