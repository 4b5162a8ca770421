"""The public progress timeline as a horizontal stepper: what the customer sees of the order.

Painted rather than built from labels so that 1 to 12 steps fit any width: names wrap to two
lines and elide, and when columns get too narrow for names only the current step is named (the
rest stay reachable by tooltip).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from approval_console.core.history import Progress, TimelineStep
from approval_console.core.i18n import translate
from approval_console.core.labels import readable
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, mix, readable_on, tone_color

_CIRCLE = 22  # diameter
_HALO = 4  # the current step's soft ring outside the circle
_TOP = _HALO + 2
_GAP = 6  # circle to name
_NAME_LINES = 2
_LABEL_MIN = 46  # narrower columns show only the current step's name
_PREFERRED_COLUMN = 112
_SIDE_PAD = 3  # label text to column edge


def _wrap(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` wrapped at spaces to `width`, at most `max_lines` lines; overflow is elided.

    Words are never split: "Awaitin|g" reads worse than "Awaiti…", and the tooltip has it all.
    """
    if width <= 0 or not text.strip():
        return []
    metrics = QFontMetricsF(font)
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines:
        if len(lines) == max_lines - 1:
            line = " ".join(words)
            words = []
        else:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
                line = f"{line} {words.pop(0)}"
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines


def _progress_label(progress: Progress) -> str:
    """How a screen reader says the step; a progress word the console does not know (drawn as
    not reached) is said as it came."""
    return {
        Progress.COMPLETE: translate("ProgressStepper", "completed"),
        Progress.CURRENT: translate("ProgressStepper", "current step"),
        Progress.INCOMPLETE: translate("ProgressStepper", "not reached yet"),
    }.get(progress, readable(progress.value).lower())


class ProgressStepper(QWidget):
    """Circles joined by lines: Complete = filled with a check, Current = accent ring,
    Incomplete = hollow grey; the name (and timestamp) under each circle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[TimelineStep, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setMouseTracking(False)
        follow_language(self, self._update_accessibility)

    # --- API ---------------------------------------------------------------------------------

    def set_steps(self, steps: Sequence[TimelineStep]) -> None:
        """Show `steps`, in the order the customer sees them."""
        self._steps = tuple(steps)
        self._update_accessibility()
        self.updateGeometry()
        self.update()

    def steps(self) -> tuple[TimelineStep, ...]:
        return self._steps

    def circle_rect(self, index: int) -> QRect:
        """Where step `index`'s circle is drawn (for hit tests, tooltips and tests)."""
        diameter = self._diameter()
        center = self._center(index)
        return QRect(
            round(center.x() - diameter / 2), round(center.y() - diameter / 2), diameter, diameter
        )

    def step_at(self, pos: QPoint) -> int | None:
        """The step whose column contains `pos`, or None."""
        if not self._steps or not self.rect().contains(pos):
            return None
        index = int(pos.x() // self._column_width())
        return min(max(index, 0), len(self._steps) - 1)

    # --- geometry ----------------------------------------------------------------------------

    def _name_font(self, current: bool = False) -> QFont:
        font = QFont(self.font())
        if current:
            font.setWeight(QFont.Weight.DemiBold)
        return font

    def _time_font(self) -> QFont:
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _has_timestamps(self) -> bool:
        return any(step.timestamp for step in self._steps)

    def _content_height(self) -> int:
        if not self._steps:
            return QFontMetrics(self.font()).height() + 12
        height = _TOP + _CIRCLE + _GAP
        height += QFontMetrics(self._name_font(True)).lineSpacing() * _NAME_LINES
        if self._has_timestamps():
            height += QFontMetrics(self._time_font()).lineSpacing() + 2
        return height + 4

    def sizeHint(self) -> QSize:
        return QSize(max(1, len(self._steps)) * _PREFERRED_COLUMN, self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(max(1, len(self._steps)) * (_CIRCLE + 6), self._content_height())

    def _column_width(self) -> float:
        return self.width() / max(1, len(self._steps))

    def _diameter(self) -> int:
        # Below the minimum size the circles shrink rather than overlap.
        return max(8, min(_CIRCLE, int(self._column_width()) - 6))

    def _center(self, index: int) -> QPointF:
        return QPointF((index + 0.5) * self._column_width(), _TOP + _CIRCLE / 2)

    # --- painting ----------------------------------------------------------------------------

    def _colors(self) -> dict[str, QColor]:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        accent = palette.color(QPalette.ColorRole.Accent)
        if not accent.isValid() or accent == window:
            accent = palette.color(QPalette.ColorRole.Highlight)
        on_accent = palette.color(QPalette.ColorRole.HighlightedText)
        fill = palette.color(QPalette.ColorRole.Base)
        base_text = palette.color(QPalette.ColorRole.Text)
        return {
            "text": text,
            "muted": tone_color(palette, Tone.CAPTION),  # names not reached yet, times
            # The small numbers in the circles not reached yet: a stroke that thin never
            # reaches its full colour, so they start nearer the text than a caption does.
            "muted_on_fill": readable_on(mix(base_text, fill, 0.3), fill, base_text),
            "grey": mix(text, window, 0.62),
            "fill": fill,
            "window": window,
            "accent": accent,
            "on_accent": on_accent,
        }

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colors = self._colors()
        if not self._steps:
            painter.setPen(colors["muted"])
            painter.drawText(
                self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No progress timeline")
            )
            painter.end()
            return
        self._paint_lines(painter, colors)
        for index, step in enumerate(self._steps):
            self._paint_circle(painter, index, step, colors)
        self._paint_labels(painter, colors)
        painter.end()

    def _paint_lines(self, painter: QPainter, colors: dict[str, QColor]) -> None:
        radius = self._diameter() / 2
        for index in range(len(self._steps) - 1):
            start, end = self._center(index), self._center(index + 1)
            left, right = start.x() + radius + 3, end.x() - radius - 3
            if right <= left:
                continue
            reached = self._steps[index + 1].progress is not Progress.INCOMPLETE
            pen = QPen(colors["accent"] if reached else colors["grey"], 2.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(left, start.y()), QPointF(right, end.y()))

    def _paint_circle(
        self, painter: QPainter, index: int, step: TimelineStep, colors: dict[str, QColor]
    ) -> None:
        center = self._center(index)
        radius = self._diameter() / 2
        accent = colors["accent"]
        if step.progress is Progress.COMPLETE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawEllipse(center, radius, radius)
            check = QPainterPath(QPointF(center.x() - radius * 0.42, center.y() + radius * 0.02))
            check.lineTo(center.x() - radius * 0.1, center.y() + radius * 0.34)
            check.lineTo(center.x() + radius * 0.45, center.y() - radius * 0.32)
            pen = QPen(colors["on_accent"], max(1.5, radius * 0.2))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(check)
        elif step.progress is Progress.CURRENT:
            halo = QColor(accent)
            halo.setAlphaF(0.22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(center, radius + _HALO, radius + _HALO)
            painter.setPen(QPen(accent, 2.5))
            painter.setBrush(colors["fill"])
            painter.drawEllipse(center, radius - 1.25, radius - 1.25)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawEllipse(center, radius * 0.4, radius * 0.4)
        else:
            painter.setPen(QPen(colors["grey"], 1.5))
            painter.setBrush(colors["fill"])
            painter.drawEllipse(center, radius - 0.75, radius - 0.75)
            if radius >= 9:
                font = self._time_font()
                painter.setFont(font)
                painter.setPen(colors["muted_on_fill"])
                box = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(index + 1))

    def _paint_labels(self, painter: QPainter, colors: dict[str, QColor]) -> None:
        column = self._column_width()
        if column >= _LABEL_MIN:
            for index, step in enumerate(self._steps):
                left = index * column + _SIDE_PAD
                self._paint_label(painter, step, left, column - 2 * _SIDE_PAD, colors)
            return
        # Too narrow for every name: name only the current step, centred under it when possible.
        current = next(
            (i for i, s in enumerate(self._steps) if s.progress is Progress.CURRENT), None
        )
        if current is None:
            return
        width = min(float(self.width()), 180.0)
        left = self._center(current).x() - width / 2
        left = max(0.0, min(left, self.width() - width))
        self._paint_label(painter, self._steps[current], left, width, colors)

    def _paint_label(
        self,
        painter: QPainter,
        step: TimelineStep,
        left: float,
        width: float,
        colors: dict[str, QColor],
    ) -> None:
        current = step.progress is Progress.CURRENT
        name_font = self._name_font(current)
        name_metrics = QFontMetrics(name_font)
        y = float(_TOP + _CIRCLE + _GAP)
        painter.setFont(name_font)
        painter.setPen(colors["muted"] if step.progress is Progress.INCOMPLETE else colors["text"])
        for line in _wrap(step.name, name_font, int(width), _NAME_LINES):
            box = QRectF(left, y, width, name_metrics.height())
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), line
            )
            y += name_metrics.lineSpacing()
        if step.timestamp:
            time_font = self._time_font()
            time_metrics = QFontMetrics(time_font)
            painter.setFont(time_font)
            painter.setPen(colors["muted"])
            shown = time_metrics.elidedText(step.timestamp, Qt.TextElideMode.ElideRight, int(width))
            box = QRectF(left, y + 2, width, time_metrics.height())
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), shown
            )

    # --- tooltip and accessibility -----------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.step_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)

    def tooltip_text(self, index: int) -> str:
        """Name, state, time and description of step `index`, as its tooltip shows them."""
        step = self._steps[index]
        head = self.tr("{step} — {progress}").format(
            step=step.name, progress=_progress_label(step.progress)
        )
        if step.timestamp:
            head = self.tr("{step} — {progress} ({time})").format(
                step=step.name, progress=_progress_label(step.progress), time=step.timestamp
            )
        return f"{head}\n{step.description}" if step.description else head

    def _update_accessibility(self) -> None:
        self.setAccessibleName(self.tr("Public progress"))
        current = next(
            (i for i, s in enumerate(self._steps) if s.progress is Progress.CURRENT), None
        )
        total = len(self._steps)
        if not self._steps:
            summary = self.tr("No progress timeline")
        elif current is None:
            done = sum(s.progress is Progress.COMPLETE for s in self._steps)
            summary = self.tr("{done} of %n step(s) completed", "", total).format(done=done)
        else:
            summary = self.tr("Step {number} of {total}: {step}").format(
                number=current + 1, total=total, step=self._steps[current].name
            )
        self.setAccessibleDescription(summary)
