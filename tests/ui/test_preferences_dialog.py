"""Edit → Preferences… (Ctrl+,): each choice applies at once and reaches the settings file a
second after the last change, read back from the real file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QWidget

from approval_console.app import Console
from approval_console.core.domain import Status
from approval_console.core.paths import Paths
from approval_console.core.preferences import ColorScheme, NotificationKind
from approval_console.services.review import APPROVE_STATUS, REVIEW_STATUSES, review_statuses
from approval_console.ui.context import UiContext
from approval_console.ui.dialogs import preference_pages
from approval_console.ui.dialogs.preferences import SAVE_PREFERENCES_MS, PreferencesDialog
from tests.helpers import DEMO_KEY, approvepro_account
from tests.windows import close_window, open_window

ACCOUNT = "ap-prefs"
STATUSES = [
    Status("new", "New", position=1),
    Status("approved", "Approved", position=2),
    Status("cancelled", "Cancelled", position=3),
]


@pytest.fixture
def console(tmp_path: Path) -> Iterator[Console]:
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.save_settings()
    yield console


@pytest.fixture
def context(console: Console) -> Iterator[UiContext]:
    context = UiContext.create(console)
    yield context
    context.close()
    console.close()


@pytest.fixture
def dialog(qtbot, context: UiContext) -> PreferencesDialog:
    dialog = PreferencesDialog(context)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test reads it after
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def saved_preferences(console: Console) -> dict:
    """The preferences as the settings file on disk holds them now."""
    return json.loads(console.paths.settings_file.read_text("utf-8")).get("preferences", {})


class Announcements:
    def __init__(self, context: UiContext) -> None:
        self.count = 0
        context.preferences.changed.connect(self._heard)

    def _heard(self) -> None:
        self.count += 1


def choose(qtbot, combo: QComboBox, text: str) -> int:
    """Pick an entry as a person does with the keyboard (arrow keys on the closed list, each
    one a choice made); returns how many choices that took."""
    row = combo.findText(text)
    assert row >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    steps = 0
    while combo.currentIndex() != row:
        key = Qt.Key.Key_Down if combo.currentIndex() < row else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
        steps += 1
    return steps


def click(qtbot, box: QCheckBox) -> None:
    """On its tick box (the row is wider than its words, and only those take a click)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def assert_saved_after_a_second(qtbot, console: Console, key: str, expected: object) -> None:
    """Not written at once (the file still holds the old value), then written within ~1 s."""
    assert saved_preferences(console).get(key) != expected
    qtbot.waitUntil(
        lambda: saved_preferences(console).get(key) == expected, timeout=SAVE_PREFERENCES_MS * 3
    )


def test_ctrl_comma_opens_one_preferences_dialog(qtbot, console, memory_keyring):
    window, context = open_window(qtbot, console)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog)]
    assert len(shown) == 1 and shown[0].isVisible()
    assert shown[0].windowTitle() == "Preferences"
    assert not shown[0].isModal()  # the window stays usable beside it
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    again = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PreferencesDialog) and w.isVisible()
    ]
    assert again == shown  # raised, not opened twice
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    entries = edit.actions()
    assert entries[-1].text() == "&Preferences…" and entries[-2].isSeparator()
    close_window(qtbot, window, context)


def test_general_page_offers_each_language_named_in_itself(dialog):
    page = dialog.general
    offered = [page.language.itemText(i) for i in range(page.language.count())]
    assert offered == ["System default", "English", "Français", "Deutsch"]
    schemes = [page.color_scheme.itemText(i) for i in range(page.color_scheme.count())]
    assert schemes == ["System", "Light", "Dark"]
    assert dialog.pages.item(0).text() == "General"


def test_choosing_a_language_announces_it_and_saves_it_a_second_later(qtbot, dialog, console):
    heard = Announcements(dialog._context)
    steps = choose(qtbot, dialog.general.language, "Français")
    assert console.settings.preferences.language == "fr"
    assert heard.count == steps  # each at once: the console follows it live
    assert_saved_after_a_second(qtbot, console, "language", "fr")


def test_choosing_a_colour_scheme_announces_it_and_saves_it(qtbot, dialog, console):
    heard = Announcements(dialog._context)
    steps = choose(qtbot, dialog.general.color_scheme, "Dark")
    assert console.settings.preferences.color_scheme is ColorScheme.DARK
    assert heard.count == steps
    assert_saved_after_a_second(qtbot, console, "color_scheme", "dark")


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        (NotificationKind.REVIEW, "New orders need review"),
        (NotificationKind.BULK_JOB, "A bulk change has finished"),
        (NotificationKind.EXPORT, "An export has finished"),
    ],
)
def test_each_notification_kind_can_be_turned_off(qtbot, dialog, console, kind, label):
    box = dialog.general.notify[kind]
    assert box.text().replace("&", "") == label and box.isChecked()
    heard = Announcements(dialog._context)
    click(qtbot, box)
    assert not console.settings.preferences.notifies(kind)
    others = [k for k in NotificationKind if k is not kind]
    assert all(console.settings.preferences.notifies(k) for k in others)
    assert heard.count == 1
    qtbot.waitUntil(
        lambda: saved_preferences(console).get("notifications", {}).get(kind.value) is False,
        timeout=SAVE_PREFERENCES_MS * 3,
    )


def test_several_changes_write_the_file_once_a_second_after_the_last(
    qtbot, dialog, console, monkeypatch
):
    writes: list[dict] = []
    save = console.save_settings

    def counted() -> None:
        writes.append(console.settings.preferences.to_json())
        save()

    monkeypatch.setattr(console, "save_settings", counted)
    choose(qtbot, dialog.general.color_scheme, "Light")
    qtbot.wait(SAVE_PREFERENCES_MS // 2)
    click(qtbot, dialog.general.notify[NotificationKind.EXPORT])
    qtbot.wait(SAVE_PREFERENCES_MS // 2 + 100)
    assert writes == []  # the second change started the second again
    qtbot.waitUntil(lambda: len(writes) == 1, timeout=SAVE_PREFERENCES_MS * 3)
    assert saved_preferences(console)["color_scheme"] == "light"
    assert saved_preferences(console)["notifications"]["export"] is False


def test_closing_the_dialog_saves_what_is_still_waiting(qtbot, dialog, console):
    click(qtbot, dialog.general.notify[NotificationKind.BULK_JOB])
    assert dialog.save_pending
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert saved_preferences(console)["notifications"]["bulk_job"] is False


def test_tray_choice_is_disabled_with_a_reason_without_a_tray(qtbot, context, monkeypatch):
    monkeypatch.setattr(preference_pages, "tray_available", lambda: False)
    dialog = PreferencesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.general
    assert not page.close_to_tray.isEnabled() and not page.close_to_tray.isChecked()
    assert page.no_tray.isVisible()
    assert "no tray" in page.no_tray.text()


def test_tray_choice_is_off_by_default_and_saved_when_ticked(qtbot, context, monkeypatch):
    monkeypatch.setattr(preference_pages, "tray_available", lambda: True)
    dialog = PreferencesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    page = dialog.general
    assert page.close_to_tray.isEnabled() and not page.close_to_tray.isChecked()
    assert not page.no_tray.isVisible()
    click(qtbot, page.close_to_tray)
    assert context.console.settings.preferences.close_to_tray
    assert_saved_after_a_second(qtbot, context.console, "close_to_tray", True)


def test_add_page_lists_another_page(qtbot, dialog):
    extra = QWidget()
    dialog.add_page("Keyboard", extra)
    titles = [dialog.pages.item(i).text() for i in range(dialog.pages.count())]
    assert titles[-1] == "Keyboard"
    dialog.pages.setCurrentRow(len(titles) - 1)
    assert extra.isVisible()


# -- refresh interval ---------------------------------------------------------------------------

UNREACHABLE = "http://127.0.0.1:9"  # nothing listens: the account's refreshes fail at once


@pytest.fixture
def window_on_account(qtbot, tmp_path, memory_keyring):
    """The window on one ApprovePro account whose server never answers, with its statuses
    cached as an earlier refresh left them."""
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(approvepro_account(UNREACHABLE, ACCOUNT), DEMO_KEY)
    console.db_thread.call(console.cache.replace_statuses, ACCOUNT, STATUSES)
    console.settings.last_account = ACCOUNT
    console.save_settings()
    window, context = open_window(qtbot, console)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.session.account_id == ACCOUNT)
    yield window
    close_window(qtbot, window, context)


def open_preferences(qtbot, window) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialogs.find(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_refresh_interval_restarts_the_auto_refresh_at_once(qtbot, window_on_account):
    window = window_on_account
    auto = window.session._auto
    assert auto.isActive() and auto.interval() == 2 * 60_000  # the default
    dialog = open_preferences(qtbot, window)
    refresh = dialog.general.refresh
    assert [refresh.itemText(i) for i in range(refresh.count())] == [
        "Only when asked (F5)",
        "Every minute",
        "Every 2 minutes",
        "Every 5 minutes",
        "Every 10 minutes",
        "Every 15 minutes",
        "Every 30 minutes",
        "Every 60 minutes",
    ]
    qtbot.wait(300)
    choose(qtbot, refresh, "Every 5 minutes")
    assert auto.isActive() and auto.interval() == 5 * 60_000
    assert auto.remainingTime() > 5 * 60_000 - 2000  # counted from the change
    ctx = window.context
    assert_saved_after_a_second(qtbot, ctx.console, "refresh_minutes", 5)

    qtbot.wait(300)
    click(qtbot, dialog.general.notify[NotificationKind.EXPORT])  # another preference
    assert auto.remainingTime() < 5 * 60_000 - 250  # leaves the countdown alone

    choose(qtbot, refresh, "Only when asked (F5)")
    assert not auto.isActive()
    choose(qtbot, refresh, "Every minute")
    assert auto.isActive() and auto.interval() == 60_000


def test_no_auto_refresh_on_start_when_turned_off(qtbot, tmp_path, memory_keyring):
    console = Console(Paths.in_profile(tmp_path / "profile"))
    console.add_account(approvepro_account(UNREACHABLE, ACCOUNT), DEMO_KEY)
    console.settings.preferences.refresh_minutes = 0
    console.settings.last_account = ACCOUNT
    window, context = open_window(qtbot, console)
    qtbot.waitUntil(lambda: window.session.account_id == ACCOUNT)
    assert not window.session._auto.isActive()
    close_window(qtbot, window, context)


# -- review choices -----------------------------------------------------------------------------


def test_review_page_saves_the_marks_to_the_account(qtbot, window_on_account):
    window = window_on_account
    console = window.context.console

    def saved_account_options() -> dict:
        data = json.loads(console.paths.settings_file.read_text("utf-8"))
        return next(a for a in data["accounts"] if a["id"] == ACCOUNT).get("options", {})

    dialog = open_preferences(qtbot, window)
    titles = [dialog.pages.item(i).text() for i in range(dialog.pages.count())]
    dialog.pages.setCurrentRow(titles.index("Review"))
    page = dialog.review
    assert page.isVisible() and [g.title() for g in page.groups] == ["Northwind Workshop"]
    marks = page.groups[0]
    assert [marks.needs_review.item(i).text() for i in range(marks.needs_review.count())] == [
        s.name for s in STATUSES
    ]
    item = marks.needs_review.item(0)
    rect = marks.needs_review.visualItemRect(item)
    qtbot.mouseClick(
        marks.needs_review.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )
    assert item.checkState() == Qt.CheckState.Checked
    marks.approve_to.setFocus()
    choose(qtbot, marks.approve_to, "Approved")
    account = console.settings.account(ACCOUNT)
    assert account is not None
    assert review_statuses(account) == ("new",)  # at once: the queue follows it
    assert account.options[APPROVE_STATUS] == "approved"
    qtbot.waitUntil(lambda: saved_account_options().get(APPROVE_STATUS) == "approved", timeout=3000)
    assert saved_account_options()[REVIEW_STATUSES] == "new"


def test_review_settings_from_the_queue_still_save_when_asked(qtbot, window_on_account):
    from approval_console.ui.dialogs.review_settings import ReviewSettingsDialog

    context = window_on_account.context
    dialog = ReviewSettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    marks = dialog.groups[0]
    marks.needs_review.item(1).setCheckState(Qt.CheckState.Checked)
    account = context.console.settings.account(ACCOUNT)
    assert account is not None and review_statuses(account) == ()  # not before Save
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    account = context.console.settings.account(ACCOUNT)
    assert account is not None and review_statuses(account) == ("approved",)


# -- words and size -----------------------------------------------------------------------------


def test_each_choice_is_labelled_and_its_key_reaches_it(qtbot, dialog):
    page = dialog.general
    form = page.form
    labels = [form.labelForField(field) for field in (page.language, page.color_scheme)]
    assert [label.text() for label in labels] == ["&Language:", "Colour &scheme:"]
    assert form.labelForField(page.refresh).text() == "&Refresh from the server:"
    assert all(label.isVisible() for label in labels)
    page.refresh.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert page.language.hasFocus()


def test_the_dialog_speaks_french_once_french_is_installed(qtbot, dialog, french):
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.installTranslator(french)
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Préférences")
        assert dialog.pages.item(0).text() == "Général"
        assert dialog.general.refresh.itemText(2) == "Toutes les 2 minutes"
        assert dialog.general.notifications_box.title() == "Notifications"
        assert dialog.general.language.itemText(2) == "Français"
    finally:
        QCoreApplication.removeTranslator(french)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Preferences")


def test_the_dialog_fits_a_screen_at_150_percent(qtbot, dialog):
    from PySide6.QtCore import QRect

    from approval_console.ui.dialogs.preferences import PREFERRED_SIZE
    from approval_console.ui.screen_fit import fitted_size, room

    scaled = QRect(0, 0, 1066, 666)  # 1600×1000 at 150 %, in Qt's logical pixels
    space = room(scaled).size()
    assert fitted_size(PREFERRED_SIZE, scaled) == PREFERRED_SIZE  # no need even to shrink
    needed = dialog.minimumSizeHint()
    assert needed.width() <= space.width() and needed.height() <= space.height()
    # At that size the General page shows whole, without scrolling sideways.
    dialog.resize(PREFERRED_SIZE)
    qtbot.wait(50)
    assert dialog.general.width() >= dialog.general.minimumSizeHint().width()
