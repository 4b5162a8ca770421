"""The merchant dialog, used as a person uses it, against the real Apruve sandbox.

What is shown is checked against what the server holds: the corporate accounts it lists, the
webhook endpoints it keeps after an add or a remove. A webhook's auth header must never come
back into any widget.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from approval_console.app import Console
from approval_console.connectors.apruve import ApruveConnector
from approval_console.core.accounts import Account
from approval_console.core.billing import WebhookEndpoint
from approval_console.core.changes import CreateWebhook, DeleteWebhook
from approval_console.core.labels import readable
from approval_console.core.paths import Paths
from approval_console.core.settings import url_problem
from approval_console.services.merchant import merchant_subject
from approval_console.store.journal import EntryState, JournalEntry
from approval_console.ui.context import UiContext
from approval_console.ui.dialogs.merchant import LOADING, MerchantDialog
from approval_console.ui.tones import Tone, tone_color

if TYPE_CHECKING:
    from tests.conftest import SandboxProcess  # not importable at run time under plain pytest

ACCOUNT_ID = "apruve-ui"
KEY = "demo-apruve"


@pytest.fixture
def sandbox(sandbox_factory) -> SandboxProcess:
    return sandbox_factory("--seed", "23", "--orders", "20", "--rate-window", "0")


def _account(url: str) -> Account:
    return Account(id=ACCOUNT_ID, backend="apruve", name="Northwind", base_url=url, options={})


@pytest.fixture
def context(qtbot, tmp_path, memory_keyring, sandbox) -> Iterator[UiContext]:
    context = _make_context(tmp_path, sandbox, KEY)
    yield context
    _close(qtbot, context)


def _make_context(tmp_path, sandbox: SandboxProcess, key: str) -> UiContext:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(_account(sandbox.url), key)
    return UiContext.create(console)


def _close(qtbot, context: UiContext) -> None:
    _await(qtbot, context.runner.shutdown())
    _await(qtbot, context.console.aclose())
    context.close()
    context.console.close()


def _open(qtbot, context: UiContext) -> MerchantDialog:
    dialog = MerchantDialog(context, ACCOUNT_ID)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _loaded(qtbot, dialog: MerchantDialog) -> None:
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=15_000)


def _await(qtbot, coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run a coroutine on the test's qasync loop while Qt keeps spinning."""
    task = asyncio.ensure_future(coroutine)
    qtbot.waitUntil(task.done, timeout=15_000)
    return task.result()


def _server_webhooks(qtbot, sandbox: SandboxProcess) -> list[WebhookEndpoint]:
    """The server's endpoints, read through a connector of its own (not the dialog's)."""

    async def read() -> list[WebhookEndpoint]:
        connector = ApruveConnector(_account(sandbox.url), KEY)
        try:
            return await connector.list_webhook_endpoints()
        finally:
            await connector.aclose()

    return _await(qtbot, read())


def _server_merchant(sandbox: SandboxProcess) -> dict:
    """The sandbox's truth about the merchant the key acts for, with its corporate accounts."""
    with sandbox.admin() as client:
        response = client.get("/_sandbox/apruve/overview")
        response.raise_for_status()
    return next(m for m in response.json()["merchants"] if m["api_key"] == KEY)


def _journal(context: UiContext, sandbox: SandboxProcess) -> list[JournalEntry]:
    """The journal's record of the merchant's changes (webhooks are journaled as orders are)."""
    console = context.console
    subject = merchant_subject(_server_merchant(sandbox)["id"])
    return console.db_thread.call(console.journal.history, ACCOUNT_ID, subject)


def _column(model: QAbstractItemModel, column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _click_row(qtbot, view: QAbstractItemView, row: int) -> None:
    view.scrollTo(view.model().index(row, 0))
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )


def _click(qtbot, button: QAbstractButton | None) -> None:
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def replace_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Select everything in the field and type over it."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _every_text(root: QWidget) -> str:
    """Everything a person could read in the dialog: labels, fields, table cells, tooltips."""
    parts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        parts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            parts.append(widget.displayText())
        elif isinstance(widget, QPushButton):
            parts.append(widget.text())
        elif isinstance(widget, QAbstractItemView):
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    parts.append(str(index.data()))
                    parts.append(str(index.data(Qt.ItemDataRole.ToolTipRole)))
    return "\n".join(parts)


# ---- the dialog ------------------------------------------------------------------------------


def test_shows_loading_then_the_merchant_and_every_corporate_account(
    qtbot, context, sandbox, monkeypatch
):
    # Small pages, so that reading "every page" is really exercised.
    monkeypatch.setattr(context.console.merchant, "accounts_page_size", 5)
    dialog = _open(qtbot, context)
    assert dialog.stack.currentIndex() == 0 and dialog.load_status.text() == LOADING
    assert not dialog.isModal()
    _loaded(qtbot, dialog)

    merchant = _server_merchant(sandbox)
    assert dialog.merchant_name.text() == merchant["name"]
    assert dialog.windowTitle() == f"Merchant — {merchant['name']}"
    assert dialog.merchant_email.text() == merchant["email"]
    assert dialog.merchant_phone.text() == merchant["phone"]
    assert merchant["web_url"] in dialog.merchant_web.text()

    truth = merchant["corporate_accounts"]
    total = len(truth)
    table = dialog.accounts_table.model()
    assert table.rowCount() == total > 5  # more than one page
    assert sorted(_column(table, 0)) == sorted(a["name"] for a in truth)
    assert dialog.accounts_count.text() == f"{total} accounts"
    by_name = {a["name"]: a for a in truth}
    for row in range(table.rowCount()):
        expected = by_name[table.index(row, 0).data()]
        assert table.index(row, 1).data() == readable(expected["type"])  # "Corporate"
        assert table.index(row, 2).data() == readable(expected["payment_term_strategy_name"])
        assert table.index(row, 3).data() == len(expected["authorized_buyers"])

    # Typing narrows the table, by account name...
    def matching(text: str) -> list[str]:
        wanted = text.casefold()
        return sorted(
            a["name"]
            for a in truth
            if wanted in a["name"].casefold()
            or any(wanted in b["email"].casefold() for b in a["authorized_buyers"])
        )

    word = truth[3]["name"].split()[0]
    qtbot.keyClicks(dialog.filter, word.lower())
    assert sorted(_column(table, 0)) == matching(word)
    assert truth[3]["name"] in _column(table, 0) and 0 < table.rowCount() < total
    assert dialog.accounts_count.text() == f"{table.rowCount()} of {total} shown"

    # ...or by a buyer's email.
    email = truth[5]["authorized_buyers"][0]["email"]
    replace_text(qtbot, dialog.filter, email.upper())
    assert sorted(_column(table, 0)) == matching(email)
    assert truth[5]["name"] in _column(table, 0)

    qtbot.keyClicks(dialog.filter, "zzz-no-such")
    assert table.rowCount() == 0
    assert dialog.accounts_count.text() == "No account matches"
    assert dialog.buyers_table.model().rowCount() == 0

    # Selecting an account shows its authorized buyers beneath.
    dialog.filter.clear()
    assert table.rowCount() == total
    chosen = max(truth, key=lambda a: len(a["authorized_buyers"]))
    row = _column(table, 0).index(chosen["name"])
    _click_row(qtbot, dialog.accounts_table, row)
    buyers = dialog.buyers_table.model()
    assert buyers.rowCount() == len(chosen["authorized_buyers"]) >= 1
    assert sorted(zip(_column(buyers, 0), _column(buyers, 1), strict=True)) == sorted(
        (b["name"], b["email"]) for b in chosen["authorized_buyers"]
    )
    assert chosen["name"] in dialog.buyers_title.text()


def test_add_a_webhook_refuses_a_bad_url_inline_and_never_shows_the_auth_header(
    qtbot, context, sandbox
):
    before = _server_webhooks(qtbot, sandbox)
    assert len(before) == 1  # the seeded one
    seeded_secret = before[0].auth_header
    assert seeded_secret

    dialog = _open(qtbot, context)
    _loaded(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    assert _column(dialog.webhooks_table.model(), 0) == [before[0].url]
    assert _column(dialog.webhooks_table.model(), 1) == ["v4"]

    _click(qtbot, dialog.add_webhook)
    assert dialog.webhook_form.isVisible() and not dialog.add_webhook.isEnabled()
    assert dialog.webhook_auth.echoMode() == QLineEdit.EchoMode.Password

    # A plain-http address elsewhere than this machine is refused here; nothing is sent.
    qtbot.keyClicks(dialog.webhook_url, "http://hooks.example.com/apruve")
    _click(qtbot, dialog.save_webhook)
    assert dialog.webhook_url_error.isVisible()
    assert "https://" in dialog.webhook_url_error.text()
    qtbot.keyClick(dialog.webhook_url, Qt.Key.Key_Return)  # Enter refuses it too
    assert not context.runner.busy
    assert len(_server_webhooks(qtbot, sandbox)) == 1

    # Fixing it clears the message as the person types.
    replace_text(qtbot, dialog.webhook_url, "https://hooks.example.com/apruve")
    assert not dialog.webhook_url_error.isVisible()

    secret = "Bearer s3cr3t-9f8e7d6c5b4a"
    qtbot.keyClicks(dialog.webhook_auth, secret)
    assert secret not in dialog.webhook_auth.displayText()

    # A quick double click still sends one request: the buttons go off at the first.
    _click(qtbot, dialog.save_webhook)
    assert not dialog.save_webhook.isEnabled() and not dialog.remove_webhook.isEnabled()
    _click(qtbot, dialog.save_webhook)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Added"), timeout=10_000)

    after = _server_webhooks(qtbot, sandbox)
    added = [e for e in after if e.url == "https://hooks.example.com/apruve"]
    assert len(added) == 1 and len(after) == 2
    assert added[0].auth_header == secret and added[0].version == "v4"
    assert sorted(_column(dialog.webhooks_table.model(), 0)) == sorted(e.url for e in after)
    assert not dialog.webhook_form.isVisible() and dialog.add_webhook.isEnabled()
    assert dialog.webhook_auth.text() == ""

    shown = _every_text(dialog)
    assert secret not in shown and "s3cr3t" not in shown
    assert seeded_secret not in shown

    # The add went through the journal, applied; the refused address was never recorded, and
    # the auth header is no part of what the journal keeps.
    [entry] = _journal(context, sandbox)
    assert entry.change == CreateWebhook(
        "https://hooks.example.com/apruve", "v4", with_auth_header=True
    )
    assert entry.state is EntryState.CONFIRMED and entry.attempts == 1
    assert "s3cr3t" not in repr(entry)


def test_a_refused_address_says_the_account_rule_and_sends_nothing(qtbot, context, sandbox):
    before = _server_webhooks(qtbot, sandbox)
    dialog = _open(qtbot, context)
    _loaded(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    _click(qtbot, dialog.add_webhook)
    for url in ("http://hooks.example.com/apruve", "https://user:pw@hooks.example.com/"):
        replace_text(qtbot, dialog.webhook_url, url)
        _click(qtbot, dialog.save_webhook)
        # The words an account's address is refused with, for the same reason.
        assert dialog.webhook_url_error.isVisible()
        assert dialog.webhook_url_error.text() == url_problem(url)
        assert dialog.webhook_form.isVisible() and dialog.save_webhook.isEnabled()
    assert not context.runner.busy
    assert _server_webhooks(qtbot, sandbox) == before
    assert _journal(context, sandbox) == []


def test_remove_a_webhook_after_confirming(qtbot, context, sandbox):
    url = _server_webhooks(qtbot, sandbox)[0].url
    dialog = _open(qtbot, context)
    _loaded(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    assert not dialog.remove_webhook.isEnabled()  # nothing selected yet
    _click_row(qtbot, dialog.webhooks_table, 0)
    assert dialog.remove_webhook.isEnabled()

    # Cancel keeps it.
    _click(qtbot, dialog.remove_webhook)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible() and url in box.text()
    _click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert dialog.confirm_box is None
    assert not context.runner.busy
    assert [e.url for e in _server_webhooks(qtbot, sandbox)] == [url]

    # Remove removes it, on the server and in the list.
    _click(qtbot, dialog.remove_webhook)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    _click(qtbot, dialog.confirm_remove)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Removed"), timeout=10_000)
    assert _server_webhooks(qtbot, sandbox) == []
    assert dialog.webhooks_table.model().rowCount() == 0
    assert dialog.webhooks_empty.isVisible()
    assert not dialog.remove_webhook.isEnabled()
    # Cancelled, nothing was recorded; removed, the journal holds it as applied.
    [entry] = _journal(context, sandbox)
    assert isinstance(entry.change, DeleteWebhook) and entry.change.url == url
    assert entry.state is EntryState.CONFIRMED


def test_a_server_refusal_is_shown_in_the_dialog(qtbot, context, sandbox):
    """The endpoint was removed elsewhere meanwhile: the server's 404 is said, the list fixed."""
    endpoint = _server_webhooks(qtbot, sandbox)[0]
    dialog = _open(qtbot, context)
    _loaded(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    _click_row(qtbot, dialog.webhooks_table, 0)

    async def remove_elsewhere() -> None:
        connector = ApruveConnector(_account(sandbox.url), KEY)
        try:
            await connector.delete_webhook_endpoint(endpoint.id)
        finally:
            await connector.aclose()

    _await(qtbot, remove_elsewhere())
    _click(qtbot, dialog.remove_webhook)
    _click(qtbot, dialog.confirm_remove)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Not removed"), timeout=10_000)
    assert "Not found" in dialog.message.text()
    shown = dialog.message.palette().color(QPalette.ColorRole.WindowText)
    assert shown == tone_color(dialog.palette(), Tone.ERROR)  # in red
    assert dialog.webhooks_table.model().rowCount() == 0  # re-read after the refusal
    assert dialog.add_webhook.isEnabled()
    [entry] = _journal(context, sandbox)
    assert entry.change == DeleteWebhook(endpoint.id, endpoint.url)
    assert entry.state is EntryState.FAILED and "Not found" in (entry.reason or "")


def test_a_refused_key_is_explained_and_retry_loads_once_fixed(
    qtbot, tmp_path, memory_keyring, sandbox
):
    context = _make_context(tmp_path, sandbox, "wrong-key")
    try:
        dialog = _open(qtbot, context)
        qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=10_000)
        assert dialog.stack.currentIndex() == 0
        text = dialog.load_status.text()
        assert "refused the API key of “Northwind”" in text and "Accounts" in text
        assert "login" in text  # the server's own words too
        assert "wrong-key" not in _every_text(dialog)

        # Retry says "Loading…" again, and fails again while the key is wrong...
        _click(qtbot, dialog.retry_button)
        assert dialog.load_status.text() == LOADING and not dialog.retry_button.isVisible()
        qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=10_000)
        # ...and loads once the key is fixed.
        context.console.add_account(_account(sandbox.url), KEY)
        _click(qtbot, dialog.retry_button)
        _loaded(qtbot, dialog)
        merchant = _server_merchant(sandbox)
        assert dialog.merchant_name.text() == merchant["name"]
        assert dialog.accounts_table.model().rowCount() == len(merchant["corporate_accounts"])
    finally:
        _close(qtbot, context)


def test_closing_while_loading_stops_the_reads(qtbot, context, sandbox):
    sandbox.configure(latency_ms=3000)
    dialog = _open(qtbot, context)
    assert context.runner.busy and dialog.load_status.text() == LOADING
    dialog.close()
    # Far sooner than the slow server could answer: the reads were canceled, not awaited.
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=1000)
    assert dialog.stack.currentIndex() == 0
