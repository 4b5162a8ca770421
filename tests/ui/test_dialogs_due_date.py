"""The due-date dialog: a date, an optional range end, inline validation, Clear and Cancel."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from approval_console.core.changes import DueDateChange
from approval_console.ui.dialogs.due_date import END_BEFORE_DUE, DueDateDialog


@pytest.fixture
def open_dialog(qtbot):
    def factory(due: date | None, to: date | None, ranges: bool) -> DueDateDialog:
        dialog = DueDateDialog(due, to, ranges)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return factory


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(qtbot, widget: QWidget, key: Qt.Key, times: int = 1) -> None:
    """Step the date's day with the arrow keys, as a person does in a date field."""
    widget.setFocus()
    for _ in range(times):
        qtbot.keyClick(widget, key)


def test_save_reports_the_due_date_and_range(qtbot, open_dialog):
    dialog = open_dialog(date(2026, 3, 10), date(2026, 3, 14), True)
    assert dialog.due_edit.date() == QDate(2026, 3, 10)
    assert dialog.until_check.isChecked()
    assert dialog.until_edit.date() == QDate(2026, 3, 14)
    assert dialog.current_label.text() == "Now due 10 Mar 2026 until 14 Mar 2026."

    press(qtbot, dialog.due_edit, Qt.Key.Key_Up, 2)
    with qtbot.waitSignal(dialog.changeChosen, timeout=1000) as chosen:
        click(qtbot, dialog.save_button)
    assert chosen.args == [DueDateChange(date(2026, 3, 12), date(2026, 3, 14))]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_an_end_not_after_the_due_date_is_refused_inline(qtbot, open_dialog):
    dialog = open_dialog(date(2026, 3, 10), None, True)
    assert not dialog.until_check.isChecked()
    assert not dialog.until_edit.isEnabled()
    assert not dialog.error.isVisible()

    click(qtbot, dialog.until_check)
    assert dialog.until_edit.isEnabled()
    assert dialog.until_edit.date() == QDate(2026, 3, 17)  # a week later, valid at once
    assert dialog.save_button.isEnabled()

    press(qtbot, dialog.until_edit, Qt.Key.Key_Down, 7)  # the same day: not a range
    assert dialog.error.isVisible()
    assert dialog.error.text() == END_BEFORE_DUE
    assert not dialog.save_button.isEnabled()

    press(qtbot, dialog.until_edit, Qt.Key.Key_Up)
    assert not dialog.error.isVisible()
    assert dialog.save_button.isEnabled()

    press(qtbot, dialog.due_edit, Qt.Key.Key_Up, 3)  # moving the due date past the end
    assert dialog.error.text() == END_BEFORE_DUE
    assert not dialog.save_button.isEnabled()

    click(qtbot, dialog.until_check)  # no range, nothing to refuse
    assert not dialog.error.isVisible()
    with qtbot.waitSignal(dialog.changeChosen, timeout=1000) as chosen:
        click(qtbot, dialog.save_button)
    assert chosen.args == [DueDateChange(date(2026, 3, 13), None)]


def test_without_range_support_there_is_no_until_date(qtbot, open_dialog):
    dialog = open_dialog(date(2026, 3, 10), date(2026, 3, 14), False)
    assert not dialog.until_edit.isVisible()
    assert not dialog.until_check.isVisible()
    with qtbot.waitSignal(dialog.changeChosen, timeout=1000) as chosen:
        click(qtbot, dialog.save_button)
    assert chosen.args == [DueDateChange(date(2026, 3, 10), None)]


def test_clear_reports_no_due_date(qtbot, open_dialog):
    dialog = open_dialog(date(2026, 3, 10), date(2026, 3, 14), True)
    with qtbot.waitSignal(dialog.changeChosen, timeout=1000) as chosen:
        click(qtbot, dialog.clear_button)
    assert chosen.args == [DueDateChange(None)]


def test_an_order_without_a_due_date_starts_today_and_cannot_be_cleared(qtbot, open_dialog):
    dialog = open_dialog(None, None, True)
    today = date.today()
    assert dialog.due_edit.date() == QDate(today.year, today.month, today.day)
    assert not dialog.clear_button.isEnabled()
    assert dialog.save_button.isEnabled()
    assert dialog.current_label.text() == "This order has no due date yet."


def test_cancel_reports_nothing(qtbot, open_dialog):
    dialog = open_dialog(date(2026, 3, 10), None, True)
    chosen: list[object] = []
    dialog.changeChosen.connect(chosen.append)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        click(qtbot, dialog.cancel_button)
    assert chosen == []
