"""The console's own icon, drawn from its SVGs at the size and scale each screen asks for.

A picture made for 256 px and shrunk to a 16 px title bar smears its thin gaps into grey, so
the icon has two drawings (as `packaging/make_icons.py` renders them for the installers): one
on a 16-unit grid for the small sizes, 32 device pixels and under, and the full one above.
Drawn afresh for each size, the icon is as sharp at 150 % and 200 % as at 100 %.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

SMALL_MAX = 32  # device pixels: up to here the 16-unit drawing reads better


def small_drawing(path: Path) -> Path:
    """`approval-console.svg` → `approval-console-16.svg`, the drawing for small sizes."""
    return path.with_name(f"{path.stem}-16{path.suffix}")


class SvgIconEngine(QIconEngine):
    """Renders the small or the large drawing, whichever suits the device size asked for."""

    def __init__(self, large: Path, small: Path | None) -> None:
        super().__init__()
        self._paths = (large, small)
        self._large = QSvgRenderer(str(large))
        self._small = QSvgRenderer(str(small)) if small is not None else None

    def renderer_for(self, device_size: int) -> QSvgRenderer:
        if self._small is not None and self._small.isValid() and device_size <= SMALL_MAX:
            return self._small
        return self._large

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = round(max(rect.width(), rect.height()) * ratio)
        self.renderer_for(side).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        device = QSize(round(size.width() * scale), round(size.height() * scale))
        pixmap = QPixmap(device)
        pixmap.fill(Qt.GlobalColor.transparent)
        if device.isEmpty():
            return pixmap
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        side = min(device.width(), device.height())
        square = QRectF((device.width() - side) / 2, (device.height() - side) / 2, side, side)
        self.renderer_for(side).render(painter, square)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(*self._paths)

    def key(self) -> str:
        return "svg"

    def isNull(self) -> bool:
        return not self._large.isValid()


def app_icon(path: Path) -> QIcon:
    """The icon from its SVG `path` (and the small drawing beside it, where there is one)."""
    small = small_drawing(path)
    return QIcon(SvgIconEngine(path, small if small.exists() else None))
