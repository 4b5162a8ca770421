"""The accounts dialog, used as a person uses it: typing, clicking, reading what it says.

Keys must end up in the keyring only (never the settings file, a label or the log), and a
machine without a usable keyring must store nothing at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from approval_console.app import Console
from approval_console.core.errors import AuthenticationError
from approval_console.core.paths import Paths
from approval_console.core.secrets import SERVICE
from approval_console.core.settings import url_problem
from approval_console.ui.dialogs.accounts import AccountsDialog
from approval_console.ui.runtime import TaskRunner
from tests.helpers import DEMO_KEY, approvepro_account

NAME = "Northwind Workshop"


@pytest.fixture
def console(tmp_path: Path) -> Iterator[Console]:
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


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """What a headless machine without a Secret Service gets: keyring's `fail` backend."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


class RefusingKeyring(KeyringBackend):
    """Looks usable but refuses every write, as a locked keyring whose unlock was canceled."""

    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("locked")


def replace_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Select everything in the field and type over it."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def fill_form(qtbot, dialog: AccountsDialog, name: str, url: str, key: str) -> None:
    qtbot.keyClicks(dialog.name_edit, name)
    replace_text(qtbot, dialog.url_edit, url)
    qtbot.keyClicks(dialog.key_edit, key)


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, dialog: AccountsDialog, row: int) -> None:
    item = dialog.table.topLevelItem(row)
    rect = dialog.table.visualItemRect(item)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.table.currentItem() is item


def shown_texts(dialog: AccountsDialog) -> str:
    """Every piece of text the dialog shows (or would show on hover)."""
    parts = []
    for label in dialog.findChildren(QLabel):
        parts += [label.text(), label.toolTip()]
    for row in range(dialog.table.topLevelItemCount()):
        item = dialog.table.topLevelItem(row)
        parts += [item.text(column) for column in range(dialog.table.columnCount())]
    return "\n".join(parts)


def test_add_an_account_test_it_and_the_key_is_only_in_the_keyring(
    qtbot, dialog, console, shared_sandbox, memory_keyring, caplog
):
    caplog.set_level("DEBUG")
    assert dialog.empty_label.isVisible()
    assert not dialog.banner.isVisible()

    click(qtbot, dialog.add_button)
    assert dialog.backend_combo.currentText() == "ApprovePro"
    assert dialog.url_edit.text() == "https://app.approvepro.com"
    assert not dialog.save_button.isEnabled()
    fill_form(qtbot, dialog, NAME, shared_sandbox.url, DEMO_KEY)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    click(qtbot, dialog.show_key)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    click(qtbot, dialog.show_key)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.url_error.isVisible()

    with qtbot.waitSignal(dialog.accountsChanged, timeout=2000):
        click(qtbot, dialog.save_button)

    assert dialog.table.topLevelItemCount() == 1
    row = dialog.table.topLevelItem(0)
    assert [row.text(0), row.text(1), row.text(2)] == [NAME, "ApprovePro", shared_sandbox.url]
    (account,) = console.settings.accounts
    assert memory_keyring.passwords == {(SERVICE, account.id): DEMO_KEY}
    settings_text = console.paths.settings_file.read_text(encoding="utf-8")
    assert NAME in settings_text and DEMO_KEY not in settings_text

    click_row(qtbot, dialog, 0)
    click(qtbot, dialog.test_button)
    assert "Connecting" in dialog.message.text()
    qtbot.waitUntil(lambda: "Connected" in dialog.message.text(), timeout=10000)
    assert dialog.message.text().startswith("Connected: ")
    assert int(dialog.message.text().split()[1]) > 0

    assert DEMO_KEY not in shown_texts(dialog)
    assert DEMO_KEY not in caplog.text
    assert DEMO_KEY not in console.paths.settings_file.read_text(encoding="utf-8")


def test_a_wrong_key_shows_the_servers_refusal(qtbot, dialog, console, shared_sandbox):
    errors: list[BaseException] = []
    dialog.runner.start(
        console.ops.test_connection(approvepro_account(shared_sandbox.url), "wrong-key"),
        on_error=errors.append,
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    (refusal,) = errors
    assert isinstance(refusal, AuthenticationError)

    click(qtbot, dialog.add_button)
    fill_form(qtbot, dialog, NAME, shared_sandbox.url, "wrong-key")
    click(qtbot, dialog.form_test_button)
    qtbot.waitUntil(lambda: "failed" in dialog.message.text(), timeout=10000)
    assert dialog.message.text().startswith("Test failed: the server refused this key")
    assert refusal.message in dialog.message.text()
    assert "wrong-key" not in shown_texts(dialog)
    assert console.settings.accounts == []  # testing saves nothing


def test_plain_http_is_refused_inline_except_for_loopback(qtbot, dialog, memory_keyring):
    click(qtbot, dialog.add_button)
    fill_form(qtbot, dialog, NAME, "http://example.com", DEMO_KEY)
    assert dialog.url_error.isVisible()
    assert dialog.url_error.text() == url_problem("http://example.com")
    assert "https://" in dialog.url_error.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.form_test_button.isEnabled()

    replace_text(qtbot, dialog.url_edit, "https://example.com")
    assert not dialog.url_error.isVisible()
    assert dialog.save_button.isEnabled()

    replace_text(qtbot, dialog.url_edit, "http://127.0.0.1:8765")
    assert not dialog.url_error.isVisible()
    assert dialog.save_button.isEnabled()


def test_without_a_keyring_the_banner_shows_and_nothing_is_stored(qtbot, console, no_keyring):
    dialog = AccountsDialog(console, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.banner.isVisible()
    assert "keyring" in dialog.banner.text()

    click(qtbot, dialog.add_button)
    fill_form(qtbot, dialog, NAME, "https://app.approvepro.com", DEMO_KEY)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)  # Enter must not save either

    assert console.settings.accounts == []
    assert not console.paths.settings_file.exists()
    assert DEMO_KEY not in shown_texts(dialog)


def test_a_keyring_that_refuses_the_key_stores_nothing(qtbot, console, dialog):
    previous = keyring.get_keyring()
    keyring.set_keyring(RefusingKeyring())
    try:
        click(qtbot, dialog.add_button)
        fill_form(qtbot, dialog, NAME, "https://app.approvepro.com", DEMO_KEY)
        click(qtbot, dialog.save_button)
    finally:
        keyring.set_keyring(previous)

    assert dialog.banner.isVisible()
    assert "refused" in dialog.banner.text()
    assert dialog.message.text() == "Nothing was saved."
    assert not dialog.save_button.isEnabled()
    assert console.settings.accounts == []
    assert not console.paths.settings_file.exists()


def test_editing_with_an_empty_key_keeps_the_stored_key(
    qtbot, console, memory_keyring, shared_sandbox
):
    account = approvepro_account(shared_sandbox.url, "ap-edit")
    console.add_account(account, DEMO_KEY)
    dialog = AccountsDialog(console, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    changes: list[None] = []
    dialog.accountsChanged.connect(lambda: changes.append(None))

    click_row(qtbot, dialog, 0)
    click(qtbot, dialog.edit_button)
    assert dialog.name_edit.text() == account.name
    assert dialog.key_edit.text() == ""
    assert "keep" in dialog.key_edit.placeholderText()
    assert not dialog.backend_combo.isEnabled()
    replace_text(qtbot, dialog.name_edit, "Northwind (EU)")
    click(qtbot, dialog.save_button)

    assert changes == [None]
    assert console.settings.account("ap-edit").name == "Northwind (EU)"
    assert memory_keyring.passwords[(SERVICE, "ap-edit")] == DEMO_KEY
    assert dialog.table.topLevelItem(0).text(0) == "Northwind (EU)"

    # Testing a saved account uses the stored key.
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "Connected" in dialog.message.text(), timeout=10000)

    click(qtbot, dialog.edit_button)
    qtbot.keyClicks(dialog.key_edit, "a-new-key")
    click(qtbot, dialog.save_button)
    assert memory_keyring.passwords[(SERVICE, "ap-edit")] == "a-new-key"
    assert len(console.settings.accounts) == 1
    assert "a-new-key" not in console.paths.settings_file.read_text(encoding="utf-8")


def test_remove_asks_inline_then_deletes_the_key_and_the_account(qtbot, console, memory_keyring):
    console.add_account(approvepro_account("https://app.approvepro.com", "ap-keep"), "key-1")
    console.add_account(approvepro_account("https://app.approvepro.com", "ap-gone"), "key-2")
    dialog = AccountsDialog(console, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()

    click_row(qtbot, dialog, 1)
    click(qtbot, dialog.remove_button)
    assert dialog.confirm_frame.isVisible()
    assert "keyring" in dialog.confirm_label.text()
    assert not dialog.remove_button.isEnabled()
    click(qtbot, dialog.confirm_keep_button)
    assert not dialog.confirm_frame.isVisible()
    assert len(console.settings.accounts) == 2

    click(qtbot, dialog.remove_button)
    with qtbot.waitSignal(dialog.accountsChanged, timeout=2000):
        click(qtbot, dialog.confirm_remove_button)

    assert [a.id for a in console.settings.accounts] == ["ap-keep"]
    assert memory_keyring.passwords == {(SERVICE, "ap-keep"): "key-1"}
    assert "ap-gone" not in console.paths.settings_file.read_text(encoding="utf-8")
    assert dialog.table.topLevelItemCount() == 1
    assert dialog.message.text().startswith("Removed")


def test_an_arlo_account_asks_for_a_user_name_and_password_and_connects(
    qtbot, dialog, console, shared_sandbox, memory_keyring
):
    click(qtbot, dialog.add_button)
    assert not dialog.user_edit.isVisible()
    dialog.backend_combo.setCurrentIndex(dialog.backend_combo.findData("arlo"))
    assert dialog.user_edit.isVisible() and dialog.key_label.text() == "Password:"
    fill_form(qtbot, dialog, "Arlo training", shared_sandbox.url, "demo-arlo")
    assert not dialog.save_button.isEnabled()
    assert dialog.form_hint.text() == "Enter the user name."
    qtbot.keyClicks(dialog.user_edit, "demo")
    with qtbot.waitSignal(dialog.accountsChanged, timeout=2000):
        click(qtbot, dialog.save_button)

    (account,) = console.settings.accounts
    assert account.backend == "arlo" and account.options == {"username": "demo"}
    assert memory_keyring.passwords == {(SERVICE, account.id): "demo-arlo"}
    click_row(qtbot, dialog, 0)
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "Connected" in dialog.message.text(), timeout=10000)
    assert "demo-arlo" not in shown_texts(dialog)


def test_saving_a_key_the_server_just_refused_asks_first_and_enter_keeps_editing(
    qtbot, dialog, console, shared_sandbox, memory_keyring
):
    saved: list[str] = []
    dialog.accountSaved.connect(saved.append)
    click(qtbot, dialog.add_button)
    fill_form(qtbot, dialog, NAME, shared_sandbox.url, "wrong-key")
    click(qtbot, dialog.form_test_button)
    qtbot.waitUntil(lambda: "refused" in dialog.message.text(), timeout=10000)

    click(qtbot, dialog.save_button)
    assert dialog.refused_frame.isVisible()
    assert "The server refused this key: save anyway?" in dialog.refused_label.text()
    assert dialog.keep_editing_button.isDefault() and not dialog.save_button.isDefault()
    assert not dialog.save_button.isEnabled()
    assert console.settings.accounts == [] and memory_keyring.passwords == {}

    qtbot.keyClick(dialog.keep_editing_button, Qt.Key.Key_Return)  # the safe choice
    assert not dialog.refused_frame.isVisible()
    assert dialog.stack.currentIndex() == 1 and dialog.key_edit.hasFocus()
    assert dialog.key_edit.selectedText() == "wrong-key"
    assert console.settings.accounts == []

    click(qtbot, dialog.save_button)  # still the refused key: asked again
    assert dialog.refused_frame.isVisible()
    click(qtbot, dialog.save_anyway_button)
    (account,) = console.settings.accounts
    assert saved == [account.id]
    assert memory_keyring.passwords == {(SERVICE, account.id): "wrong-key"}
    assert dialog.message.text() == f"Added “{NAME}”."


def test_a_key_fixed_after_a_refusal_saves_without_a_question(
    qtbot, dialog, console, shared_sandbox, memory_keyring
):
    click(qtbot, dialog.add_button)
    fill_form(qtbot, dialog, NAME, shared_sandbox.url, "wrong-key")
    click(qtbot, dialog.form_test_button)
    qtbot.waitUntil(lambda: "refused" in dialog.message.text(), timeout=10000)
    replace_text(qtbot, dialog.key_edit, DEMO_KEY)
    click(qtbot, dialog.form_test_button)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Connected"), timeout=10000)

    click(qtbot, dialog.save_button)
    assert not dialog.refused_frame.isVisible()
    (account,) = console.settings.accounts
    assert memory_keyring.passwords == {(SERVICE, account.id): DEMO_KEY}


def test_a_stored_key_refused_by_test_asks_again_when_its_account_is_saved(
    qtbot, console, memory_keyring, shared_sandbox
):
    console.add_account(approvepro_account(shared_sandbox.url, "ap-bad"), "wrong-key")
    dialog = AccountsDialog(console, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "refused" in dialog.message.text(), timeout=10000)

    dialog.start_editing("ap-bad")
    assert dialog.stack.currentIndex() == 1 and dialog.key_edit.hasFocus()
    assert dialog.name_edit.text() == "Northwind Workshop"
    replace_text(qtbot, dialog.name_edit, "Northwind (EU)")
    click(qtbot, dialog.save_button)  # an empty key field keeps the refused stored key
    assert dialog.refused_frame.isVisible()
    assert console.settings.account("ap-bad").name == "Northwind Workshop"
