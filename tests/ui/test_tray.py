"""The tray icon: its count, its menu, and closing the window into it (offscreen, where no
tray exists, the desktop's tray is stood in for by saying one is there)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.ui.jobs import Job
from approval_console.ui.main_window import MainWindow
from approval_console.ui.review_window import ReviewWindow
from approval_console.ui.tray import BADGE, badge_icon
from tests.windows import close_window, on_screen, open_window

TRIGGER = QSystemTrayIcon.ActivationReason.Trigger


# Offscreen, the icon shown on the pretended tray makes Qt look for the X11 tray's signal.
FAKE_TRAY = pytest.mark.qt_log_ignore("systemTrayWindowChanged")


@pytest.fixture
def desktop_tray(monkeypatch) -> None:
    """A desktop with a tray (offscreen has none)."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


@pytest.fixture
def window(qtbot, memory_keyring, tmp_path) -> Iterator[MainWindow]:
    window, context = open_window(qtbot, Console(Paths.in_profile(tmp_path / "profile")))
    yield window
    close_window(qtbot, window, context)


def _closed(window: MainWindow) -> list[bool]:
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    return closed


def _red_share(count: int, ratio: float) -> tuple[QSize, float, float]:
    """The 22 px icon's pixel size at `ratio`, and the share of badge red in its top right
    quarter and in its bottom left corner (where the badge never reaches)."""
    pixmap = badge_icon(count).pixmap(QSize(22, 22), ratio)
    image = pixmap.toImage()
    w, h = image.width(), image.height()
    red = QColor(BADGE).rgb()

    def share(xs: range, ys: range) -> float:
        hits = sum(1 for x in xs for y in ys if image.pixelColor(x, y).rgb() == red)
        return hits / (len(xs) * len(ys))

    return (
        pixmap.size(),
        share(range(w // 2, w), range(h // 2)),
        share(range(w // 2), range(h * 3 // 4, h)),
    )


def test_the_icon_carries_the_count_as_a_badge_drawn_at_each_scale():
    for ratio in (1.0, 2.0):
        size, top_right, bottom_left = _red_share(12, ratio)
        assert size == QSize(round(22 * ratio), round(22 * ratio))  # drawn, not scaled up
        assert top_right > 0.3 and bottom_left == 0
        assert _red_share(0, ratio)[1] == 0  # nothing waits: the plain icon


def test_the_tooltip_and_menu_say_what_waits_and_the_way_back(qtbot, window):
    tray = window.tray
    window.session.awaitingCounted.emit(12)
    assert tray.icon.toolTip() == "Approval Console\n12 orders await a decision"
    window.session.awaitingCounted.emit(1)
    assert tray.icon.toolTip() == "Approval Console\n1 order awaits a decision"
    window.session.awaitingCounted.emit(0)
    assert tray.icon.toolTip() == "Approval Console\nNo order awaits a decision"
    texts = [action.text() for action in tray.menu.actions()]
    assert texts == ["&Show Approval Console", "Needs &review…", "", "&Quit"]

    tray.act_review.trigger()
    assert on_screen(window, ReviewWindow) is not None


def test_without_a_tray_closing_the_window_quits_even_if_asked_to_keep_it(
    qtbot, memory_keyring, tmp_path
):
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen
    window, context = open_window(qtbot, Console(Paths.in_profile(tmp_path / "profile")))
    context.console.settings.preferences.close_to_tray = True
    context.preferences.announce()
    closed = _closed(window)
    try:
        assert not window.tray.keeps_on_close()
        window.close()
        assert closed == [True]
    finally:
        close_window(qtbot, window, context)


@FAKE_TRAY
def test_closing_keeps_the_console_in_the_tray_and_a_click_brings_it_back(
    qtbot, desktop_tray, window
):
    tray = window.tray
    assert tray.icon.isVisible()
    closed = _closed(window)
    # Off by default: closing quits.
    assert not window.context.console.settings.preferences.close_to_tray
    assert not tray.keeps_on_close()

    window.context.console.settings.preferences.close_to_tray = True
    window.context.preferences.announce()
    window.close()
    # Hidden; the console runs on (the launcher ends it when `closed` is said).
    assert not window.isVisible() and closed == []

    tray.icon.activated.emit(TRIGGER)  # a click on the icon
    qtbot.waitUntil(window.isVisible)
    assert not window.isMinimized() and closed == []

    window.showMinimized()  # a click brings back a minimized window too
    tray.icon.activated.emit(TRIGGER)
    qtbot.waitUntil(lambda: not window.isMinimized())

    window.close()
    tray.act_show.trigger()
    qtbot.waitUntil(window.isVisible)

    # Quit, from the tray's menu, really ends it, tray or not.
    tray.act_quit.trigger()
    assert closed == [True] and not window.isVisible()
    assert not tray.icon.isVisible()


@FAKE_TRAY
def test_file_quit_ends_the_console_even_when_closing_keeps_it(qtbot, desktop_tray, window):
    window.context.console.settings.preferences.close_to_tray = True
    closed = _closed(window)
    window.act_quit.trigger()
    assert closed == [True]
    assert QApplication.instance() is not None


@FAKE_TRAY
def test_a_click_on_a_job_notice_brings_back_the_window_and_the_jobs_report(
    qtbot, desktop_tray, window
):
    context = window.context
    context.console.settings.preferences.close_to_tray = True
    window.close()  # in the tray: away from the console
    job = context.jobs.add(Job("Change 4 orders to Shipped", 4))
    shown: list[bool] = []
    job.showRequested.connect(lambda: shown.append(True))
    job.finish("4 applied")
    notice = window.tray.last_notice
    assert notice is not None and notice.job is job and notice.title == "Bulk change finished"
    window.tray.icon.messageClicked.emit()
    qtbot.waitUntil(window.isVisible)
    assert shown == [True]
