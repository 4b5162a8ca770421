"""Accounts, the way a first-time operator meets them: a wrong key, then the right one.

From the welcome, an ApprovePro account is added with a wrong key: Test says the server refused
it and Save asks before keeping it; with the key fixed it tests and saves, and the orders fill
the list. A comment's "Comment saved." goes away by itself, and the comment is on the server.
A second account saved with an untested wrong key explains itself in the list area when it is
chosen, claims no refresh, and its button leads to the form where the key is fixed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from approval_console.ui.dialogs.accounts import AccountsDialog
from tests.helpers import BASIC_KEY, DEMO_KEY, server_orders

COMMENT = "Called the workshop about the glaze"


def _accounts_dialog(qtbot) -> AccountsDialog:  # type: ignore[no-untyped-def]
    def shown() -> AccountsDialog | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, AccountsDialog) and widget.isVisible():
                return widget
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    dialog = shown()
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    return dialog


def _replace(person, field: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    person.click(field)
    person.press("ctrl+a")
    person.type(text)


def test_a_refused_key_is_caught_fixed_and_an_unreadable_account_explains_itself(demo_desk, qtbot):
    desk = demo_desk(accounts=False)
    window, person, url = desk.window, desk.person, desk.sandbox.url
    assert window.welcome.isVisible()

    # -- the first account, past a wrong key ---------------------------------------------
    person.click(window.welcome.add_account)
    dialog = _accounts_dialog(qtbot)
    assert dialog.form_title.text() == "Add an account"
    person.type("Northwind Workshop")
    _replace(person, dialog.url_edit, url)
    person.click(dialog.key_edit)
    person.type("not-the-key")
    person.click(dialog.form_test_button)
    qtbot.waitUntil(lambda: "refused" in dialog.message.text(), timeout=10_000)
    assert dialog.message.text().startswith("Test failed: the server refused this key")
    person.screenshot("test-refused")

    person.click(dialog.save_button)
    assert dialog.refused_frame.isVisible()
    assert "The server refused this key: save anyway?" in dialog.refused_label.text()
    person.screenshot("save-anyway")
    person.press("Return")  # the default is the safe choice
    assert not dialog.refused_frame.isVisible()
    assert window.context.console.settings.accounts == []
    assert QApplication.focusWidget() is dialog.key_edit
    person.type(DEMO_KEY)  # replaces the selected wrong key
    person.click(dialog.form_test_button)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Connected"), timeout=10_000)
    person.click(dialog.save_button)
    assert not dialog.refused_frame.isVisible()
    assert dialog.message.text() == "Added “Northwind Workshop”."
    person.screenshot("added")
    person.click(dialog.close_button)

    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 500, timeout=30_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    assert window.refreshed_label.text().startswith("Refreshed ")
    assert person.active_window_title() == window.windowTitle()

    # -- a comment, and its success line going away ---------------------------------------
    person.click_row(window.table, 0)
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=5000)
    order_id = window.detail.order_id
    person.click(window.pane.comment.text_edit())
    person.type(COMMENT)
    person.click(window.pane.add_comment)
    message = window.pane.message
    qtbot.waitUntil(lambda: message.isVisible(), timeout=10_000)
    assert message.text() == "Comment saved."
    person.screenshot("comment-saved")
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=15_000)
    person.screenshot("comment-saved-gone")
    history = server_orders(desk.sandbox, [order_id])[order_id]["history"]
    assert history[0]["comment"] == COMMENT

    # -- a second account whose untested key is wrong ---------------------------------------
    bar = window.menuBar()
    file_menu = bar.actions()[0]
    person.click(bar, bar.actionGeometry(file_menu).center())
    menu = file_menu.menu()
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    person.click(menu, menu.actionGeometry(window.act_accounts).center())
    dialog = _accounts_dialog(qtbot)
    person.click(dialog.add_button)
    person.type("Little Kiln")
    _replace(person, dialog.url_edit, url)
    person.click(dialog.key_edit)
    person.type("not-the-kiln-key")
    person.click(dialog.save_button)  # never tested: saved as it is
    assert dialog.message.text() == "Added “Little Kiln”."
    person.click(dialog.close_button)

    combo = window.accounts_combo
    person.click(combo)
    qtbot.waitUntil(combo.view().isVisible, timeout=5000)
    person.click_row(combo.view(), combo.findText("Little Kiln"), column=0)
    panel = window.problem_panel
    qtbot.waitUntil(panel.isVisible, timeout=15_000)
    assert panel.title.text() == "The server refused the key of “Little Kiln”"
    assert panel.fix.text() == "Check the key in File → Accounts…"
    assert not window.table.isVisible()
    assert "Refreshed" not in window.refreshed_label.text()
    person.screenshot("refused-in-list-area")

    person.click(panel.fix)
    dialog = _accounts_dialog(qtbot)
    assert dialog.form_title.text() == "Edit “Little Kiln”"
    assert QApplication.focusWidget() is dialog.key_edit
    person.type(BASIC_KEY)
    person.press("Return")
    assert dialog.message.text() == "Saved “Little Kiln”."
    person.click(dialog.close_button)
    qtbot.waitUntil(lambda: window.table.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    assert window.orders.model.rowCount() > 0
    assert window.refreshed_label.text().startswith("Refreshed ")
    person.screenshot("kiln-fixed")
