"""Text colours that read on the palette in use, light or dark.

A fixed red (#B91C1C) is fine on a white window and nearly invisible on a dark one; Qt's `mid`
grey, used for captions, is faint on both. Every coloured text therefore takes its colour from
here: a tone (error, success, warning, caption) is resolved against the palette's own background
to a WCAG contrast of at least 4.5:1 (5:1 is aimed at), and resolved again whenever the palette
changes (the desktop switching to dark mode while the console runs).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# Aimed a little higher: thin, antialiased strokes never quite reach their full colour.
_AIM = 5.0


class Tone(StrEnum):
    ERROR = "error"
    SUCCESS = "success"
    WARNING = "warning"
    CAPTION = "caption"  # quieter than the text around it, still readable


# The tone's hue for a light background and for a dark one.
_HUES: dict[Tone, tuple[str, str]] = {
    Tone.ERROR: ("#B91C1C", "#F87171"),
    Tone.SUCCESS: ("#047857", "#34D399"),
    Tone.WARNING: ("#92400E", "#FBBF24"),
}
_CAPTION_MIX = 0.4  # how far a caption starts from the text towards the background


def _luminance(color: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """`first` moved `amount` (0 to 1) of the way towards `second`."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
        1.0,
    )


_ACTIVE = QPalette.ColorGroup.Active


def is_dark(palette: QPalette, surface: QPalette.ColorRole = QPalette.ColorRole.Window) -> bool:
    return _luminance(palette.color(_ACTIVE, surface)) < 0.18


def readable_on(color: QColor, background: QColor, ink: QColor) -> QColor:
    """`color`, moved towards `ink` (the palette's text) only as far as it must to read
    (a contrast of 5:1, comfortably above the 4.5:1 WCAG asks for)."""
    step = 0.0
    shown = QColor(color)
    while contrast_ratio(shown, background) < _AIM and step < 1.0:
        step = min(1.0, step + 0.05)
        shown = mix(color, ink, step)
    return shown


def tone_color(
    palette: QPalette, tone: Tone, surface: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """The tone's colour for text on `surface` of `palette`, at least 4.5:1 against it.

    Resolved from the palette's active colours whatever the window's state: some desktops
    grey out the text of an inactive window, and a tone computed from that grey would stay
    grey once the window is active again.
    """
    background = palette.color(_ACTIVE, surface)
    text_role = (
        QPalette.ColorRole.Text
        if surface in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
        else QPalette.ColorRole.WindowText
    )
    ink = palette.color(_ACTIVE, text_role)
    if tone is Tone.CAPTION:
        start = mix(ink, background, _CAPTION_MIX)
    else:
        light, dark = _HUES[tone]
        start = QColor(dark if is_dark(palette, surface) else light)
    return readable_on(start, background, ink)


class _PaletteFollower(QObject):
    """Calls `apply` again whenever the watched widget's palette changes.

    Not at once: when the application's palette changes (light to dark), Qt tells the widgets
    in no particular order, so a label may hear of it before its parent, whose palette (the one
    a tone is resolved against) is still the old one. Applying once the event loop is back
    sees every palette settled.
    """

    def __init__(self, widget: QWidget, apply: Callable[[QWidget], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        self._applying = False
        self._pending = False
        self._widget = widget
        widget.installEventFilter(self)

    def run(self, widget: QWidget) -> None:
        if self._applying:
            return
        self._applying = True
        try:
            self._apply(widget)
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changed = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changed and not self._applying and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._run_later)
        return False

    def _run_later(self) -> None:
        self._pending = False
        self.run(self._widget)


def follow_palette(widget: QWidget, apply: Callable[[QWidget], None]) -> None:
    """Run `apply(widget)` now and again after every palette change (light or dark mode)."""
    for child in widget.children():
        if isinstance(child, _PaletteFollower):  # the tone set before: replaced
            widget.removeEventFilter(child)
            child.setParent(None)
    _PaletteFollower(widget, apply).run(widget)


def set_tone(
    widget: QWidget,
    tone: Tone | None,
    surface: QPalette.ColorRole = QPalette.ColorRole.Window,
) -> None:
    """Colour a label's text in `tone` (None: the palette's own text colour), for good."""

    def apply(target: QWidget) -> None:
        # Resolved against what the widget inherits: its own text colour is the one set here.
        parent = target.parentWidget()
        inherited = parent.palette() if parent is not None else QGuiApplication.palette()
        role = target.foregroundRole()
        wanted = (
            inherited.color(_ACTIVE, role) if tone is None else tone_color(inherited, tone, surface)
        )
        palette = target.palette()
        if palette.color(_ACTIVE, role) != wanted:
            palette.setColor(role, wanted)
            target.setPalette(palette)

    follow_palette(widget, apply)


def style_notice(frame: QWidget) -> None:
    """Make `frame` (with an object name) a notice band: a hint of amber over the window and
    text in the palette's own colour, so that it reads in light and dark mode alike."""

    def apply(target: QWidget) -> None:
        # Resolved against what the band sits on: its own palette, once styled, holds the
        # band's colours, and mixing amber into them again at each change would compound.
        parent = target.parentWidget()
        inherited = parent.palette() if parent is not None else QGuiApplication.palette()
        sheet = notice_style(target.objectName(), inherited)
        if target.styleSheet() != sheet:
            target.setStyleSheet(sheet)

    follow_palette(frame, apply)


def notice_style(object_name: str, palette: QPalette) -> str:
    window = palette.color(_ACTIVE, QPalette.ColorRole.Window)
    amber = QColor("#F59E0B")
    background = mix(window, amber, 0.28 if is_dark(palette) else 0.2)
    text = readable_on(palette.color(_ACTIVE, QPalette.ColorRole.WindowText), background, window)
    return (
        f"#{object_name} {{ background: {background.name()}; border: 1px solid {amber.name()}; "
        f"border-radius: 4px; }} #{object_name} QLabel {{ color: {text.name()}; }}"
    )
