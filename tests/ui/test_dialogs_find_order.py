"""The find-order dialog: Find only when both fields look right; answers shown inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from approval_console.ui.dialogs.find_order import FindOrderDialog


@pytest.fixture
def dialog(qtbot) -> FindOrderDialog:
    dialog = FindOrderDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_find_is_enabled_only_when_both_fields_look_valid(qtbot, dialog):
    assert not dialog.find_button.isEnabled()
    qtbot.keyClicks(dialog.number_edit, "#")
    qtbot.keyClicks(dialog.email_edit, "ada@example.com")
    assert not dialog.find_button.isEnabled()  # '#' alone is no number

    qtbot.keyClicks(dialog.number_edit, "1188")
    assert dialog.find_button.isEnabled()

    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.email_edit, "ada.example.com")
    assert not dialog.find_button.isEnabled()


@pytest.mark.parametrize("typed", ["1188", "#1188", " #1188 "])
def test_find_sends_the_number_without_hash_and_the_email(qtbot, dialog, typed):
    qtbot.keyClicks(dialog.number_edit, typed)
    qtbot.keyClicks(dialog.email_edit, "Ada@Example.com ")
    with qtbot.waitSignal(dialog.findRequested, timeout=1000) as request:
        click(qtbot, dialog.find_button)
    assert request.args == ["1188", "Ada@Example.com"]
    assert dialog.isVisible()  # the window closes it once the order is found


def test_enter_in_a_field_finds(qtbot, dialog):
    qtbot.keyClicks(dialog.number_edit, "1188")
    qtbot.keyClicks(dialog.email_edit, "ada@example.com")
    with qtbot.waitSignal(dialog.findRequested, timeout=1000):
        qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)


def test_searching_and_errors_are_shown_inline_and_cleared_by_typing(qtbot, dialog):
    qtbot.keyClicks(dialog.number_edit, "1188")
    qtbot.keyClicks(dialog.email_edit, "ada@example.com")
    assert not dialog.message.isVisible()

    dialog.show_searching()
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Searching…"

    dialog.show_error("No order 1188 with that email was found.")
    assert dialog.message.text() == "No order 1188 with that email was found."
    assert dialog.find_button.isEnabled()  # try again at once

    qtbot.keyClicks(dialog.number_edit, "9")
    assert not dialog.message.isVisible()
