"""A person turns the console dark in Preferences, reads it, then turns it light again.

The X server here has no desktop theme, so the platform ignores the request for a scheme and
the console's own palette is what turns it dark: the path a plain X11 desktop takes.
"""

from __future__ import annotations

import time
from collections import Counter

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QWidget

from approval_console.core.paths import Paths
from approval_console.core.preferences import ColorScheme
from approval_console.core.settings import load_settings, save_settings
from approval_console.ui.dialogs.preferences import PreferencesDialog
from approval_console.ui.tones import contrast_ratio, is_dark
from tests.windows import on_screen


def on_the_screen(widget: QWidget) -> QImage:
    """The widget's pixels as the X server shows them (device pixels)."""
    ratio = widget.devicePixelRatioF()
    where = widget.mapToGlobal(QPoint(0, 0))
    screen = QGuiApplication.primaryScreen().grabWindow(0).toImage()
    return screen.copy(
        QRect(
            round(where.x() * ratio),
            round(where.y() * ratio),
            round(widget.width() * ratio),
            round(widget.height() * ratio),
        )
    )


def ink_contrast(image: QImage) -> float:
    pixels = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(contrast_ratio(QColor.fromRgb(pixel), background) for pixel in pixels)


def test_choosing_dark_then_light_in_preferences_repaints_the_open_window(demo_desk, qtbot):
    desk = demo_desk(start="approvepro-demo")
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
    person.click_row(window.table, 0)
    qtbot.waitUntil(lambda: window.pane.timeline.event_count() > 0, timeout=10_000)
    captions = [c for c in window.pane.findChildren(QLabel, "sectionTitle") if c.isVisible()]
    assert [c.text() for c in captions] == ["PROGRESS THE CUSTOMER SEES", "HISTORY"]
    assert not is_dark(window.palette())

    def open_preferences() -> PreferencesDialog:
        person.press("ctrl+comma")
        qtbot.waitUntil(lambda: on_screen(window, PreferencesDialog) is not None, timeout=5000)
        dialog = on_screen(window, PreferencesDialog)
        assert dialog is not None
        qtbot.waitExposed(dialog)
        return dialog

    def close(dialog: PreferencesDialog) -> None:
        person.press("Escape")
        qtbot.waitUntil(lambda: on_screen(window, PreferencesDialog) is None, timeout=5000)
        person.activate(window)

    settings = window.context.console.settings
    for scheme, name, dark in (
        (ColorScheme.DARK, "Dark", True),
        (ColorScheme.LIGHT, "Light", False),
    ):
        dialog = open_preferences()
        person.choose(dialog.general.color_scheme, name)
        qtbot.waitUntil(lambda dark=dark: is_dark(window.palette()) is dark, timeout=3000)
        assert is_dark(dialog.palette()) is dark
        person.settle(300)
        person.screenshot(f"{scheme.value}-with-preferences")
        assert settings.preferences.color_scheme is scheme
        close(dialog)
        person.screenshot(scheme.value)
        for caption in captions:
            assert ink_contrast(on_the_screen(caption)) >= 4.5, (caption.text(), scheme.value)


def test_a_console_left_dark_starts_dark_at_150_percent(launched, person, tmp_path):
    """The scheme is applied before the first paint: the cached list already shows dark."""
    profile = tmp_path / "profile"
    paths = Paths.in_profile(profile)
    paths.ensure()
    settings = load_settings(paths.settings_file)
    settings.preferences.color_scheme = ColorScheme.DARK
    save_settings(paths.settings_file, settings)

    app = launched(QT_SCALE_FACTOR="1.5")
    window = app.window()
    box = app.settled_box(window)
    assert box.within(1600, 1000), box
    time.sleep(1.0)  # the list painted
    shot = person.screenshot("started-dark-150")
    screen = QImage(str(shot))
    inside = screen.copy(QRect(box.left + 20, box.top + 60, box.right - box.left - 40, 200))
    pixels = Counter(
        inside.pixel(x, y) for y in range(inside.height()) for x in range(inside.width())
    )
    commonest = QColor.fromRgb(pixels.most_common(1)[0][0])
    assert commonest.lightnessF() < 0.3, commonest.name()  # dark, as left
    app.quit()
