"""The console's icon is drawn from SVG, sharp at every size and scale a screen asks for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from approval_console.ui.app_icon import app_icon
from approval_console.ui.resources import icon_path

PNGS = Path(__file__).resolve().parents[2] / "resources" / "icons" / "png"


def same_picture(shown: QImage, expected: QImage) -> bool:
    """Pixel by pixel within a few levels (antialiasing differs a little by CPU)."""
    shown = shown.convertToFormat(QImage.Format.Format_ARGB32)
    expected = expected.convertToFormat(QImage.Format.Format_ARGB32)
    if shown.size() != expected.size():
        return False
    far = 0
    for y in range(shown.height()):
        for x in range(shown.width()):
            a, b = shown.pixelColor(x, y), expected.pixelColor(x, y)
            channels = zip(a.getRgb(), b.getRgb(), strict=True)
            if max(abs(p - q) for p, q in channels) > 12:
                far += 1
    return far <= shown.width() * shown.height() // 100


@pytest.mark.parametrize(
    ("size", "scale", "rendered"),
    [(16, 1.0, 16), (16, 1.5, 24), (16, 2.0, 32), (32, 2.0, 64), (64, 1.0, 64), (128, 2.0, 256)],
)
def test_each_size_and_scale_is_drawn_from_the_drawing_made_for_it(qapp, size, scale, rendered):
    path = icon_path()
    assert path is not None and path.suffix == ".svg"
    pixmap = app_icon(path).pixmap(QSize(size, size), scale)
    assert pixmap.devicePixelRatio() == scale
    assert pixmap.size() == QSize(rendered, rendered)  # device pixels: nothing scaled up
    # The installers' PNGs come from the same drawings (16 to 32 px from the small one).
    expected = QImage(str(PNGS / f"approval-console-{rendered}.png"))
    assert same_picture(pixmap.toImage(), expected), (size, scale)


def test_a_small_icon_is_not_the_large_drawing_shrunk(qapp):
    path = icon_path()
    assert path is not None
    small = app_icon(path).pixmap(QSize(16, 16)).toImage()
    large = QImage(str(PNGS / "approval-console-256.png")).scaled(16, 16)
    assert not same_picture(small, large)
