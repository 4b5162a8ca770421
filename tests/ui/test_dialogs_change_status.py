"""The single order's Change status dialog: loading, choosing by keyboard, Enter applies."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from approval_console.core.domain import Status
from approval_console.ui.dialogs.change_status import ChangeStatusDialog

STATUSES = [
    Status("st000002", "Proof Ready for Review"),
    Status("st000006", "Quality Check"),
    Status("st000007", "Ready to Ship"),
]


@pytest.fixture
def dialog(qtbot) -> ChangeStatusDialog:
    dialog = ChangeStatusDialog("#1042")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _shown_text(dialog: ChangeStatusDialog) -> str:
    """What the status field reads: the chosen status, or its placeholder."""
    combo = dialog.options.status
    return combo.currentText() if combo.currentIndex() >= 0 else combo.placeholderText()


def test_loading_says_so_then_asks_for_a_choice(dialog):
    assert _shown_text(dialog) == "Loading the statuses this order can take…"
    assert not dialog.apply.isEnabled()
    dialog.set_viable(STATUSES)
    assert "Loading" not in _shown_text(dialog)
    assert _shown_text(dialog) == "Choose the new status"
    assert not dialog.apply.isEnabled()  # nothing is chosen for the person


def test_a_status_chosen_by_keyboard_is_applied_by_enter(qtbot, dialog):
    dialog.set_viable(STATUSES)
    combo = dialog.options.status
    assert QApplication.focusWidget() is combo  # the keyboard starts on the choice
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Quality Check"
    assert dialog.apply.isEnabled()
    assert dialog.apply.isDefault()
    with qtbot.waitSignal(dialog.changeChosen) as chosen:
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert chosen.args[0].status_code == "st000006"
    assert dialog.result() == ChangeStatusDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_enter_before_a_choice_neither_applies_nor_cancels(qtbot, dialog):
    dialog.set_viable(STATUSES)
    with qtbot.assertNotEmitted(dialog.changeChosen):
        qtbot.keyClick(dialog.options.status, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_no_status_left_says_so(dialog):
    dialog.set_viable([])
    assert "Loading" not in _shown_text(dialog)
    assert dialog.note.text() == "This order cannot move to any other status."
    assert not dialog.apply.isEnabled()


def test_ctrl_enter_in_the_comment_applies_too(qtbot, dialog):
    dialog.set_viable(STATUSES)
    qtbot.keyClick(dialog.options.status, Qt.Key.Key_Down)
    edit = dialog.options.comment.text_edit()
    qtbot.keyClicks(edit, "Checked by phone")
    with qtbot.waitSignal(dialog.changeChosen) as chosen:
        qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert chosen.args[0].status_code == "st000002"
    assert chosen.args[0].comment == "Checked by phone"
