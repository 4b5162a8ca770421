"""Light or dark: the desktop's scheme, or the one the person chose in Preferences, live.

Qt 6.8 lets an application ask for a scheme (`QStyleHints.setColorScheme`), and the platform
theme answers with its own light or dark palette: macOS, Windows 11, GNOME and KDE do. Where
the platform theme ignores the request (X11 without a desktop theme: the scheme stays
"unknown" and the palette light), the console sets a Fusion palette of its own for the chosen
scheme instead. "System" hands the choice back to the desktop and follows it when it changes.

Every colour the console chooses is derived from the palette (see `tones`), so setting the
palette is all a switch needs: Qt tells every widget, and each recolours itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from approval_console.core.preferences import ColorScheme
from approval_console.ui.app_helpers import app_helper, existing_helper

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from approval_console.ui.context import UiContext

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# Fusion-like palettes for a platform that does not switch by itself. Text on every surface
# reads at 7:1 or more; the dimmer roles (placeholder, link, highlight) at 4.5:1 or more.
_DARK = {
    _Role.Window: "#2B2D30",
    _Role.WindowText: "#ECEDEE",
    _Role.Base: "#1E1F22",
    _Role.AlternateBase: "#26282B",
    _Role.Text: "#ECEDEE",
    _Role.Button: "#35373B",
    _Role.ButtonText: "#ECEDEE",
    _Role.BrightText: "#FFFFFF",
    _Role.Light: "#4A4D52",
    _Role.Midlight: "#3C3F43",
    _Role.Mid: "#55585D",
    _Role.Dark: "#18191B",
    _Role.Shadow: "#0B0B0C",
    _Role.Highlight: "#2D64B8",
    _Role.HighlightedText: "#FFFFFF",
    _Role.Accent: "#2D64B8",
    _Role.Link: "#7AB4FF",
    _Role.LinkVisited: "#C3A6FF",
    _Role.PlaceholderText: "#A3A6AB",
    _Role.ToolTipBase: "#3C3F43",
    _Role.ToolTipText: "#ECEDEE",
}
# Disabled text: quieter than the rest, still read at 4.5:1 on the window (a disabled group
# can hold a hint saying why it is disabled).
_DARK_DISABLED = "#9A9DA2"
_LIGHT = {
    _Role.Window: "#EFEFEF",
    _Role.WindowText: "#111111",
    _Role.Base: "#FFFFFF",
    _Role.AlternateBase: "#F5F5F5",
    _Role.Text: "#111111",
    _Role.Button: "#EFEFEF",
    _Role.ButtonText: "#111111",
    _Role.BrightText: "#FFFFFF",
    _Role.Light: "#FFFFFF",
    _Role.Midlight: "#CACACA",
    _Role.Mid: "#B8B8B8",
    _Role.Dark: "#9F9F9F",
    _Role.Shadow: "#767676",
    _Role.Highlight: "#2F65CA",
    _Role.HighlightedText: "#FFFFFF",
    _Role.Accent: "#2F65CA",
    _Role.Link: "#1A4FB0",
    _Role.LinkVisited: "#6B2FB0",
    _Role.PlaceholderText: "#6B6B6B",
    _Role.ToolTipBase: "#FFFFDC",
    _Role.ToolTipText: "#111111",
}
_LIGHT_DISABLED = "#666666"


def fusion_palette(dark: bool) -> QPalette:
    """The console's own light or dark palette, for where the platform has none."""
    palette = QPalette()
    for role, color in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(color))
    disabled = QColor(_DARK_DISABLED if dark else _LIGHT_DISABLED)
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        palette.setColor(_Group.Disabled, role, disabled)
    return palette


def _requested(scheme: ColorScheme) -> Qt.ColorScheme:
    from PySide6.QtCore import Qt

    if scheme is ColorScheme.LIGHT:
        return Qt.ColorScheme.Light
    if scheme is ColorScheme.DARK:
        return Qt.ColorScheme.Dark
    return Qt.ColorScheme.Unknown  # "unknown" asks for the desktop's own


class _SchemeKeeper(QObject):
    """Holds the scheme chosen and whether the palette is the console's own; follows the
    desktop's scheme changes (one keeper per application)."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.setObjectName("colorSchemeKeeper")
        self.app = app
        self.scheme = ColorScheme.SYSTEM
        self.own_palette: bool | None = None  # None: the platform's palette; else: dark or not
        self.requested: Qt.ColorScheme | None = None  # what the platform theme was asked for
        app.styleHints().colorSchemeChanged.connect(self._desktop_changed)

    def _desktop_changed(self) -> None:
        """Takes not the signal's scheme: converting it needs PySide's `Qt`, which may not be
        built yet when a desktop tells its scheme as the window first paints (see `ui.roles`)."""
        self.apply(self.scheme)

    def apply(self, scheme: ColorScheme) -> None:
        self.scheme = scheme
        if scheme is ColorScheme.SYSTEM and self.requested is None and self.own_palette is None:
            # The desktop's own, and nothing was ever asked of it: all stays as it is. (Asking
            # for "unknown" would change nothing, and naming it builds PySide's `Qt`, see
            # `ui.roles`, before the list's first paint.)
            return
        from PySide6.QtCore import Qt

        hints = self.app.styleHints()
        wanted = _requested(scheme)
        if hasattr(hints, "setColorScheme") and wanted != self.requested:  # Qt 6.8 and later
            self.requested = wanted
            hints.setColorScheme(wanted)
        honoured = wanted is Qt.ColorScheme.Unknown or hints.colorScheme() == wanted
        own = None if honoured else wanted is Qt.ColorScheme.Dark
        if own is self.own_palette:
            return
        self.own_palette = own
        if own is None:
            # An empty palette resolves to the platform's again (and follows it from here on).
            self.app.setPalette(QPalette())
        else:
            self.app.setPalette(fusion_palette(dark=own))


def _keeper(app: QGuiApplication) -> _SchemeKeeper:
    return app_helper(_SchemeKeeper, lambda: _SchemeKeeper(app))


def apply(app: QGuiApplication, scheme: ColorScheme) -> None:
    """Show the console in `scheme` from now on: every open window repaints in it."""
    _keeper(app).apply(scheme)


def current(app: QGuiApplication) -> ColorScheme:
    """The scheme last applied (SYSTEM until one is)."""
    keeper = existing_helper(_SchemeKeeper)
    return keeper.scheme if keeper is not None else ColorScheme.SYSTEM


def follow_preferences(context: UiContext) -> None:
    """Apply the person's scheme now and again whenever their preferences change."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return

    def follow() -> None:
        wanted = context.console.settings.preferences.color_scheme
        if wanted is not current(app):
            apply(app, wanted)

    follow()
    context.preferences.changed.connect(follow)
