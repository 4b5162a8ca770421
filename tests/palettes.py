"""Palettes a desktop hands the app, for tests of how it reads in light and dark mode."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def dark_palette() -> QPalette:
    """A dark desktop's palette (KDE Breeze Dark's colours), as Qt hands it to the app."""
    palette = QPalette()
    for role, color in {
        QPalette.ColorRole.Window: "#202326",
        QPalette.ColorRole.WindowText: "#FCFCFC",
        QPalette.ColorRole.Base: "#141618",
        QPalette.ColorRole.AlternateBase: "#1D1F22",
        QPalette.ColorRole.Text: "#FCFCFC",
        QPalette.ColorRole.Button: "#292C30",
        QPalette.ColorRole.ButtonText: "#FCFCFC",
        QPalette.ColorRole.Light: "#40464C",
        QPalette.ColorRole.Midlight: "#33383C",
        QPalette.ColorRole.Mid: "#1E2124",
        QPalette.ColorRole.Dark: "#0F1012",
        QPalette.ColorRole.Shadow: "#070808",
        QPalette.ColorRole.Highlight: "#3DAEE9",
        QPalette.ColorRole.HighlightedText: "#FCFCFC",
        QPalette.ColorRole.PlaceholderText: "#A1A9B1",
        QPalette.ColorRole.ToolTipBase: "#292C30",
        QPalette.ColorRole.ToolTipText: "#FCFCFC",
    }.items():
        palette.setColor(role, QColor(color))
    return palette
