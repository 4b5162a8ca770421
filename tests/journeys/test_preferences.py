"""Preferences on a real display: opened with Ctrl+,, changed with the mouse, kept on disk."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint

from approval_console.core.preferences import NotificationKind
from approval_console.ui.dialogs.preferences import PreferencesDialog

APPROVEPRO = "approvepro-demo"


def _saved_preferences(window) -> dict:  # type: ignore[no-untyped-def]
    path = window.context.console.paths.settings_file
    return json.loads(path.read_text("utf-8")).get("preferences", {})


def test_preferences_change_the_refresh_and_a_notification_and_are_kept(demo_desk, qtbot):
    desk = demo_desk(start=APPROVEPRO)
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.session.account_id == APPROVEPRO, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=30_000)

    person.press("ctrl+comma")
    qtbot.waitUntil(lambda: person.active_window_title() == "Preferences", timeout=5000)
    dialog = window.dialogs.find(PreferencesDialog)
    assert dialog is not None and not dialog.isModal()
    page = dialog.general
    assert page.refresh.currentText() == "Every 2 minutes"
    person.screenshot("preferences-opened")

    person.choose(page.refresh, "Every 15 minutes")
    auto = window.session._auto
    assert auto.isActive() and auto.interval() == 15 * 60_000  # the window follows at once
    export = page.notify[NotificationKind.EXPORT]
    assert export.isChecked()
    person.click(export, QPoint(8, export.height() // 2))  # its tick box
    assert not export.isChecked()
    person.screenshot("preferences-changed")

    # The Review page lists the account that has statuses of its own.
    row = [dialog.pages.item(i).text() for i in range(dialog.pages.count())].index("Review")
    person.click(
        dialog.pages.viewport(), dialog.pages.visualItemRect(dialog.pages.item(row)).center()
    )
    assert dialog.review.isVisible()
    assert APPROVEPRO in [group.account_id for group in dialog.review.groups]
    person.screenshot("preferences-review")

    person.press("Escape")
    qtbot.waitUntil(lambda: window.dialogs.find(PreferencesDialog) is None, timeout=5000)
    saved = _saved_preferences(window)  # closing saved what was waiting: no second to wait
    assert saved["refresh_minutes"] == 15
    assert saved["notifications"]["export"] is False
    assert saved["notifications"]["review"] is True
    person.screenshot("preferences-closed")
