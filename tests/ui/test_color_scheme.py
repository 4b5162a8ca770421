"""Light, dark or the desktop's own: chosen in Preferences, applied to every open window live."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from approval_console.core.preferences import ColorScheme, Preferences
from approval_console.ui import color_scheme
from approval_console.ui.preference_signal import PreferenceSignal
from approval_console.ui.tones import Tone, contrast_ratio, is_dark, set_tone


@pytest.fixture
def system(qapp) -> Iterator[QPalette]:
    """The desktop's palette before any choice; the desktop's scheme again after the test."""
    color_scheme.apply(qapp, ColorScheme.SYSTEM)
    yield QPalette(qapp.palette())
    color_scheme.apply(qapp, ColorScheme.SYSTEM)
    qapp.setPalette(QPalette())


class PaletteChanges(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self.count += 1
        return False


def open_widget(qtbot) -> tuple[QWidget, QLabel]:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    caption = QLabel("HISTORY")
    set_tone(caption, Tone.CAPTION)
    QVBoxLayout(widget).addWidget(caption)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, caption


def caption_contrast(caption: QLabel) -> float:
    palette = caption.parentWidget().palette()
    return contrast_ratio(
        caption.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window),
    )


def test_dark_and_light_repaint_an_open_window_and_system_gives_the_desktop_back(
    qtbot, qapp, system
):
    widget, caption = open_widget(qtbot)
    changes = PaletteChanges(widget)
    desktop_window = system.color(QPalette.ColorRole.Window)

    color_scheme.apply(qapp, ColorScheme.DARK)
    qtbot.waitUntil(lambda: is_dark(widget.palette()))
    assert changes.count >= 1
    assert color_scheme.current(qapp) is ColorScheme.DARK
    qtbot.waitUntil(lambda: caption_contrast(caption) >= 4.5)
    assert is_dark(caption.palette()) and caption_contrast(caption) >= 4.5

    color_scheme.apply(qapp, ColorScheme.LIGHT)
    qtbot.waitUntil(lambda: not is_dark(widget.palette()))
    qtbot.waitUntil(lambda: caption_contrast(caption) >= 4.5)

    color_scheme.apply(qapp, ColorScheme.DARK)
    qtbot.waitUntil(lambda: is_dark(widget.palette()))
    color_scheme.apply(qapp, ColorScheme.SYSTEM)
    qtbot.waitUntil(lambda: widget.palette().color(QPalette.ColorRole.Window) == desktop_window)
    assert qapp.palette().color(QPalette.ColorRole.Window) == desktop_window
    qtbot.waitUntil(lambda: caption_contrast(caption) >= 4.5)


def test_the_console_palettes_read_on_every_surface():
    for dark in (False, True):
        palette = color_scheme.fusion_palette(dark)
        assert is_dark(palette) is dark
        pairs = [
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window, 7.0),
            (QPalette.ColorRole.Text, QPalette.ColorRole.Base, 7.0),
            (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase, 7.0),
            (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button, 7.0),
            (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight, 4.5),
            (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base, 4.5),
            (QPalette.ColorRole.Link, QPalette.ColorRole.Base, 4.5),
            (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase, 7.0),
        ]
        for text, surface, least in pairs:
            ratio = contrast_ratio(palette.color(text), palette.color(surface))
            assert ratio >= least, (dark, text, surface, round(ratio, 2))
        # A disabled group's hint ("This desktop shows no tray icons…") still reads.
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        assert contrast_ratio(disabled, window) >= 4.5, dark
        assert disabled != palette.color(QPalette.ColorRole.WindowText)  # still looks disabled


def test_a_preference_change_is_followed_live(qtbot, qapp, system):
    widget, _caption = open_widget(qtbot)
    preferences = Preferences()
    context = SimpleNamespace(
        console=SimpleNamespace(settings=SimpleNamespace(preferences=preferences)),
        preferences=PreferenceSignal(),
    )
    color_scheme.follow_preferences(context)  # type: ignore[arg-type]
    assert not is_dark(widget.palette())

    preferences.color_scheme = ColorScheme.DARK
    context.preferences.announce()
    qtbot.waitUntil(lambda: is_dark(widget.palette()))

    preferences.color_scheme = ColorScheme.SYSTEM
    context.preferences.announce()
    qtbot.waitUntil(lambda: not is_dark(widget.palette()))


def test_a_chosen_scheme_stays_when_the_desktop_switches(qtbot, qapp, system):
    widget, _caption = open_widget(qtbot)
    color_scheme.apply(qapp, ColorScheme.DARK)
    qtbot.waitUntil(lambda: is_dark(widget.palette()))
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)  # the desktop went light
    qtbot.wait(20)
    assert is_dark(widget.palette())


def test_a_caption_resolved_while_its_window_is_inactive_reads_once_it_is_active(
    qtbot, qapp, system
):
    """Some desktops grey the text of an inactive window: a caption computed from that grey
    would stay grey, and unreadable, when the window is active again."""
    palette = color_scheme.fusion_palette(dark=False)
    palette.setColor(QPalette.ColorRole.Window, QColor("#FAF9F8"))
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.WindowText, QColor("#929595"))
    widget, caption = open_widget(qtbot)
    assert not widget.isActiveWindow()  # offscreen: no window is ever active
    qapp.setPalette(palette)  # the desktop's palette changes while the window is inactive
    qtbot.waitUntil(lambda: widget.palette().color(QPalette.ColorRole.Window) == "#FAF9F8")
    qtbot.wait(20)
    qtbot.waitUntil(lambda: caption_contrast(caption) >= 4.5)
