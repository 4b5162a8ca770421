"""The comment box: a counter, the public switch, and why a comment cannot be sent yet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from approval_console.core.changes import COMMENT_MAX
from approval_console.ui.widgets.comment_box import CommentEditor

TOO_SHORT = "A comment needs at least 3 characters."


@pytest.fixture
def editor(qtbot) -> CommentEditor:
    widget = CommentEditor()
    qtbot.addWidget(widget)
    widget.resize(460, 180)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def error_label(editor: CommentEditor) -> QLabel:
    label = editor.findChild(QLabel, "commentError")
    assert label is not None
    return label


def counter(editor: CommentEditor) -> QLabel:
    label = editor.findChild(QLabel, "commentCounter")
    assert label is not None
    return label


def test_a_fresh_box_shows_no_error_yet(editor):
    assert counter(editor).text() == f"0 / {COMMENT_MAX}"
    assert not error_label(editor).isVisible()
    assert not editor.is_valid()
    assert not editor.is_public()
    assert editor.findChild(QCheckBox).text() == "Public (visible to the customer)"


def test_typing_updates_the_counter_and_explains_a_short_comment(qtbot, editor):
    qtbot.keyClicks(editor.text_edit(), "ok")
    assert counter(editor).text() == "2 / 1000"
    assert error_label(editor).isVisible()
    assert error_label(editor).text() == TOO_SHORT
    assert editor.error_text() == TOO_SHORT
    assert not editor.is_valid()


def test_validity_signal_fires_once_when_the_comment_becomes_sendable(qtbot, editor):
    changes: list[bool] = []
    editor.validityChanged.connect(changes.append)
    with qtbot.waitSignal(editor.validityChanged, timeout=1000) as signal:
        qtbot.keyClicks(editor.text_edit(), "Proof approved by phone")
    assert signal.args == [True]
    assert changes == [True]
    assert editor.is_valid()
    assert not error_label(editor).isVisible()
    assert editor.text() == "Proof approved by phone"
    assert counter(editor).text() == "23 / 1000"

    for _ in range(21):
        qtbot.keyClick(editor.text_edit(), Qt.Key.Key_Backspace)
    assert editor.text() == "Pr"
    assert changes == [True, False]
    assert error_label(editor).text() == TOO_SHORT


def test_whitespace_alone_is_not_a_comment(qtbot, editor):
    qtbot.keyClicks(editor.text_edit(), "     ")
    assert not editor.is_valid()
    assert error_label(editor).text() == TOO_SHORT


def test_trying_to_send_an_empty_box_shows_why(editor):
    assert editor.show_problem() == TOO_SHORT
    assert error_label(editor).isVisible()
    assert error_label(editor).text() == TOO_SHORT


def test_a_pasted_comment_over_the_limit_is_explained(qtbot, editor):
    editor.text_edit().setPlainText("x" * (COMMENT_MAX + 12))
    assert counter(editor).text() == "1012 / 1000"
    assert error_label(editor).isVisible()
    assert error_label(editor).text() == "A comment can have at most 1000 characters (1012 now)."
    assert not editor.is_valid()
    red = counter(editor).palette().color(counter(editor).foregroundRole())
    assert red.red() > red.green() + 60  # the counter turns red too


def test_public_checkbox(qtbot, editor):
    box = editor.public_checkbox()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert editor.is_public()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert not editor.is_public()


def test_a_server_refusal_shows_until_the_text_changes(qtbot, editor):
    qtbot.keyClicks(editor.text_edit(), "See https://example.com")
    assert editor.is_valid()
    with qtbot.waitSignal(editor.validityChanged, timeout=1000) as refused:
        editor.set_server_error("Comments cannot contain links.")
    assert refused.args == [False]
    assert error_label(editor).isVisible()
    assert error_label(editor).text() == "Comments cannot contain links."

    with qtbot.waitSignal(editor.validityChanged, timeout=1000) as edited:
        qtbot.keyClick(editor.text_edit(), Qt.Key.Key_Backspace)
    assert edited.args == [True]
    assert not error_label(editor).isVisible()
    assert editor.error_text() == ""


def test_clear_resets_to_a_private_empty_box(qtbot, editor):
    qtbot.keyClicks(editor.text_edit(), "Shipped with DHL")
    editor.public_checkbox().setChecked(True)
    editor.clear()
    assert editor.text() == ""
    assert not editor.is_public()
    assert not editor.is_valid()
    assert counter(editor).text() == "0 / 1000"
    assert not error_label(editor).isVisible()


def test_ctrl_enter_asks_to_send_without_adding_a_line(qtbot, editor):
    qtbot.keyClicks(editor.text_edit(), "Looks good")
    with qtbot.waitSignal(editor.submitRequested, timeout=1000):
        qtbot.keyClick(editor.text_edit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "Looks good"
    qtbot.keyClick(editor.text_edit(), Qt.Key.Key_Return)
    assert editor.text() == "Looks good\n"
