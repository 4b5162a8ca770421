"""Status chips: an order's status as a rounded, coloured label, in a table cell or on its own.

An account chooses its status colours freely (pale yellow, navy, grey...), so the text colour is
picked by contrast for each chip instead of being fixed: white on dark, near-black on light.
The table delegate and the standalone widget share one painter so both look the same.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.ui.roles import ALIGN_CENTER, DISPLAY_ROLE, USER_ROLE
from approval_console.ui.tones import contrast_ratio, readable_on

STATUS_COLOR_ROLE = USER_ROLE + 1
"""Model role holding the status colour as a hex string ("#22C55E"); DisplayRole holds the name."""

DEFAULT_STATUS_COLOR = "#6B7280"
LIGHT_TEXT = QColor("#FFFFFF")
DARK_TEXT = QColor("#111827")
BLACK_TEXT = QColor("#000000")
_READABLE = 4.5  # WCAG's least contrast for text
NO_STATUS_TEXT = QT_TRANSLATE_NOOP("StatusChip", "No status")

_H_PAD = 8  # text to chip edge, horizontally
_V_PAD = 2  # text to chip edge, vertically
_CELL_MARGIN = 4  # chip to cell edge


def parse_color(value: str | QColor | None) -> QColor | None:
    """A valid QColor from a hex string, or None: a bad colour from an API must not break paint."""
    if value is None:
        return None
    color = QColor(value)
    return color if color.isValid() else None


def muted_text_color(palette: QPalette, surface: QPalette.ColorRole) -> QColor:
    """The palette's placeholder grey made opaque over `surface` (it is often 50% black),
    moved towards the text where it would read below 4.5:1 (Fusion's reads at 3.9:1)."""
    active = QPalette.ColorGroup.Active
    ink = palette.color(active, QPalette.ColorRole.PlaceholderText)
    under = palette.color(active, surface)
    alpha = ink.alphaF()
    blended = QColor.fromRgbF(
        ink.redF() * alpha + under.redF() * (1 - alpha),
        ink.greenF() * alpha + under.greenF() * (1 - alpha),
        ink.blueF() * alpha + under.blueF() * (1 - alpha),
    )
    text = palette.color(active, QPalette.ColorRole.WindowText)
    return readable_on(blended, under, text)


def readable_text_color(background: QColor) -> QColor:
    """White or near-black, whichever reads better on `background`; black where neither
    reaches 4.5:1 (a mid violet or indigo, about as far from both)."""
    light = contrast_ratio(background, LIGHT_TEXT)
    dark = contrast_ratio(background, DARK_TEXT)
    if max(light, dark) < _READABLE:
        return QColor(BLACK_TEXT)
    return QColor(LIGHT_TEXT) if light >= dark else QColor(DARK_TEXT)


def chip_font(base: QFont) -> QFont:
    """Chips use a slightly smaller, medium-weight font so they read as labels, not content."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.92))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def chip_size(text: str, font: QFont) -> QSize:
    """The size a chip needs to show `text` without eliding."""
    metrics = QFontMetricsF(font)  # fractional: rounded widths make elidedText cut short
    return QSize(
        math.ceil(metrics.horizontalAdvance(text)) + 2 * _H_PAD + 2,
        math.ceil(metrics.height()) + 2 * _V_PAD,
    )


def chip_cell_width(text: str, font: QFont) -> int:
    """How wide a table cell must be to show `text` as a whole chip, in a table of `font`."""
    return chip_size(text, chip_font(font)).width() + 2 * _CELL_MARGIN


def paint_chip(
    painter: QPainter,
    rect: QRect | QRectF,
    text: str,
    background: QColor | None,
    font: QFont,
    palette: QPalette,
    *,
    outline: QColor | None = None,
    surface: QColor | None = None,
) -> QColor:
    """Paint one chip filling `rect`, eliding the text; return the text colour used.

    `background=None` draws the "empty" chip: no fill, a grey outline and grey text. A fill too
    close to `surface` (a white status on a white table, navy on a dark theme) gets a faint
    outline so the chip keeps its shape.
    """
    rect = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    radius = min(rect.height() / 2, 9.0)
    # Filled and stroked as a path: the pen and brush that `drawRoundedRect` would take have no
    # "none" to give them but Qt's own enums (see `ui.roles`).
    shape = QPainterPath()
    shape.addRoundedRect(rect, radius, radius)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if background is None:
            text_color = muted_text_color(palette, QPalette.ColorRole.Window)
            painter.strokePath(shape, QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
        else:
            text_color = readable_text_color(background)
            if (
                outline is None
                and surface is not None
                and contrast_ratio(background, surface) < 1.5
            ):
                ink = palette.color(QPalette.ColorRole.Text)
                outline = QColor.fromRgbF(
                    background.redF() * 0.65 + ink.redF() * 0.35,
                    background.greenF() * 0.65 + ink.greenF() * 0.35,
                    background.blueF() * 0.65 + ink.blueF() * 0.35,
                )
            painter.fillPath(shape, background)
            if outline is not None:
                painter.strokePath(shape, QPen(outline, 1.0))

        painter.setFont(font)
        painter.setPen(text_color)
        text_rect = rect.adjusted(_H_PAD, 0, -_H_PAD, 0)
        metrics = QFontMetricsF(font)
        room = text_rect.width() + 0.5
        shown = text if metrics.horizontalAdvance(text) <= room else _elided(metrics, text, room)
        painter.drawText(text_rect, ALIGN_CENTER, shown)
    finally:
        painter.restore()
    return text_color


class StatusChipDelegate(QStyledItemDelegate):
    """Paints a status column cell as a chip: colour from STATUS_COLOR_ROLE, name from DisplayRole.

    Painting instead of an index widget per row keeps a 100k-row table cheap. The cell itself
    (alternating rows, selection, focus) is drawn by the base class; only the chip is ours.
    Nothing here reads `QStyle`'s enums: PySide builds that class, about 10 ms of enums, on
    first use, and the order list's first paint comes before anything else needs it.
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the chip shows the name
        decoration = QStyleOptionViewItem.ViewItemFeature.HasDecoration
        if option.features & decoration:  # it would overlap the chip
            from PySide6.QtGui import QIcon  # not before: its enums cost the first paint 2 ms

            option.icon = QIcon()
            option.features &= ~decoration

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        text = index.data(DISPLAY_ROLE)
        if not text:
            return
        color = parse_color(index.data(STATUS_COLOR_ROLE)) or QColor(DEFAULT_STATUS_COLOR)
        font = chip_font(option.font)
        wanted = chip_size(text, font)
        cell = option.rect.adjusted(_CELL_MARGIN, 0, -_CELL_MARGIN, 0)
        height = min(wanted.height(), max(0, option.rect.height() - 2))
        chip = QRect(
            cell.left(),
            cell.top() + (cell.height() - height) // 2,
            min(wanted.width(), cell.width()),
            height,
        )
        if chip.width() <= 2 * _H_PAD:
            return
        palette = option.palette
        outline = (
            palette.color(QPalette.ColorRole.HighlightedText) if _selected(option, index) else None
        )
        surface = palette.color(QPalette.ColorRole.Base)
        paint_chip(painter, chip, text, color, font, palette, outline=outline, surface=surface)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        text = index.data(DISPLAY_ROLE)
        font = chip_font(option.font)
        size = chip_size(str(text) if text else "", font)
        return QSize(size.width() + 2 * _CELL_MARGIN, size.height() + 6)


def _elided(metrics: QFontMetricsF, text: str, room: float) -> str:
    """`text` cut to `room` with "…": only for a name too long for its chip, since naming Qt's
    elide mode builds PySide's `Qt` (see `ui.roles`), which the first paint does without."""
    from PySide6.QtCore import Qt

    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)


def _selected(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether the cell is selected, asked of its view (the option's state is a `QStyle` enum)."""
    view = option.widget
    selection = view.selectionModel() if isinstance(view, QAbstractItemView) else None
    return selection is not None and selection.isSelected(index)


class StatusChip(QLabel):
    """An order's status as a standalone chip (detail pane header, dialogs).

    A QLabel so that `text()` and accessibility report the status name; the look is painted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._background: QColor | None = None
        self._empty = True
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_status(None, None)

    def set_status(self, name: str | None, color: str | None) -> None:
        """Show `name` on `color`; None shows a grey "No status" chip."""
        self._empty = not name
        self._background = (
            None if self._empty else (parse_color(color) or QColor(DEFAULT_STATUS_COLOR))
        )
        shown = translate("StatusChip", NO_STATUS_TEXT) if self._empty else str(name)
        if shown != self.text():
            self.setText(shown)
        self.setAccessibleName(self.tr("Status: {status}").format(status=shown))
        self.updateGeometry()
        self.update()

    def is_empty(self) -> bool:
        return self._empty

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # "No status" in the new language
            if self._empty:
                self.set_status(None, None)
            else:
                self.setAccessibleName(self.tr("Status: {status}").format(status=self.text()))

    def background_color(self) -> QColor | None:
        """The chip's fill, or None for the outlined "No status" chip."""
        return QColor(self._background) if self._background is not None else None

    def text_color(self) -> QColor:
        """The colour the name is drawn in (chosen by contrast against the fill)."""
        if self._background is None:
            return muted_text_color(self.palette(), QPalette.ColorRole.Window)
        return readable_text_color(self._background)

    def sizeHint(self) -> QSize:
        return chip_size(self.text(), chip_font(self.font()))

    def minimumSizeHint(self) -> QSize:
        font = chip_font(self.font())
        return QSize(chip_size("M…", font).width(), chip_size(self.text(), font).height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = chip_font(self.font())
        hint = chip_size(self.text(), font)
        rect = QRect(0, (self.height() - hint.height()) // 2, self.width(), hint.height())
        rect.setWidth(min(hint.width(), self.width()))
        palette = self.palette()
        surface = palette.color(QPalette.ColorRole.Window)
        paint_chip(painter, rect, self.text(), self._background, font, palette, surface=surface)
        painter.end()
