"""An order's history as a vertical timeline, newest first.

The whole history is one read-only rich-text document rather than a widget per event: 500
events as labels take about a second to build and a third of a second per resize, as one
document about 60 ms and 20 ms. The document also makes every comment selectable and copyable
across events. Markers are small painted images served through `loadResource`; the line that
joins them is painted behind the text.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFrame, QLabel, QStackedLayout, QTextBrowser, QWidget

from approval_console.core.domain import Status
from approval_console.core.history import HistoryEvent, HistoryKind, MailLog
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.labels import readable, status_label, status_text
from approval_console.ui.dates import format_datetime
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, mix, readable_on, set_tone, tone_color

DEFAULT_PLACEHOLDER = QT_TRANSLATE_NOOP("HistoryTimeline", "No history yet")
_DEFAULT_COLOR = "#6B7280"
_MARKER = 16  # marker image size, logical pixels
_MARKER_GAP = 8  # marker to title text
_INDENT = _MARKER + _MARKER_GAP  # details line up with the title text

_DELIVERY_TONES = {
    "bounced": "bad",
    "failed": "bad",
    "dropped": "bad",
    "rejected": "bad",
    "complained": "bad",
    "spam": "bad",
    "scheduled": "wait",
    "queued": "wait",
    "pending": "wait",
    "deferred": "wait",
    "sent": "good",
    "delivered": "good",
    "opened": "good",
    "clicked": "good",
}
_TONE_COLORS = {  # (light window, dark window), moved towards the text where they read too faint
    "bad": ("#B91C1C", "#F87171"),
    "wait": ("#B45309", "#FBBF24"),
    "good": ("#15803D", "#4ADE80"),
}


def format_local_time(moment: datetime) -> str:
    """ "22 May 2025, 20:04" in the computer's zone, as every date the console shows."""
    return format_datetime(moment.astimezone())


def relative_time(moment: datetime, now: datetime) -> str:
    """A rough "3 days ago" hint; exact times are shown next to it."""
    seconds = (now - moment).total_seconds()
    future = seconds < 0
    seconds = abs(seconds)
    if seconds < 60:
        return translate("HistoryTimeline", "just now")
    for size, ahead, ago in _UNITS:
        if seconds >= size:
            count = int(seconds // size)
            if size == 86400 and count == 1:
                if future:
                    return translate("HistoryTimeline", "tomorrow")
                return translate("HistoryTimeline", "yesterday")
            return translate("HistoryTimeline", ahead if future else ago, None, count)
    return translate("HistoryTimeline", "just now")  # pragma: no cover - the loop returns


# (seconds in the unit, "in 3 days", "3 days ago"): each unit a plural of its own, as
# languages inflect them differently ("vor 3 Tagen", "in 3 Tagen").
_UNITS = (
    (
        365 * 86400,
        QT_TRANSLATE_NOOP("HistoryTimeline", "in %n year(s)"),
        QT_TRANSLATE_NOOP("HistoryTimeline", "%n year(s) ago"),
    ),
    (
        30 * 86400,
        QT_TRANSLATE_NOOP("HistoryTimeline", "in %n month(s)"),
        QT_TRANSLATE_NOOP("HistoryTimeline", "%n month(s) ago"),
    ),
    (
        7 * 86400,
        QT_TRANSLATE_NOOP("HistoryTimeline", "in %n week(s)"),
        QT_TRANSLATE_NOOP("HistoryTimeline", "%n week(s) ago"),
    ),
    (
        86400,
        QT_TRANSLATE_NOOP("HistoryTimeline", "in %n day(s)"),
        QT_TRANSLATE_NOOP("HistoryTimeline", "%n day(s) ago"),
    ),
    (
        3600,
        QT_TRANSLATE_NOOP("HistoryTimeline", "in %n hour(s)"),
        QT_TRANSLATE_NOOP("HistoryTimeline", "%n hour(s) ago"),
    ),
    (
        60,
        QT_TRANSLATE_NOOP("HistoryTimeline", "in %n minute(s)"),
        QT_TRANSLATE_NOOP("HistoryTimeline", "%n minute(s) ago"),
    ),
)


def delivery_tone(delivery_status: str) -> str:
    """ "bad", "wait", "good" or "neutral": how a delivery status should be coloured."""
    return _DELIVERY_TONES.get(delivery_status.strip().lower(), "neutral")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


class _TimelineView(QTextBrowser):
    """The document view; draws the connecting line and serves marker images."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(10)
        self.marker_blocks: list[int] = []
        self._images: dict[str, QImage] = {}

    def forget_images(self) -> None:
        self._images.clear()

    # Markers are produced on demand so that no resource can be missing when the layout asks.
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        name = QUrl(name) if isinstance(name, str) else name
        if name.scheme() == "marker":
            key = name.path()
            if key not in self._images:
                self._images[key] = self._paint_marker(key)
            return self._images[key]
        return super().loadResource(kind, name)

    def _paint_marker(self, key: str) -> QImage:
        ratio = self.devicePixelRatioF()
        image = QImage(
            round(_MARKER * ratio),
            round(_MARKER * ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if key == "gap":
            pass  # a fixed-width spacer between the marker and the title
        elif key.startswith("dot/"):
            color = QColor(f"#{key[4:]}")
            if not color.isValid():
                color = QColor(_DEFAULT_COLOR)
            # A ring in the background colour cuts the connecting line around the dot.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base)
            painter.drawEllipse(QRectF(0, 0, _MARKER, _MARKER))
            painter.setBrush(color)
            painter.setPen(QPen(mix(color, text, 0.25), 1.0))
            painter.drawEllipse(QRectF(2.5, 2.5, _MARKER - 5, _MARKER - 5))
        else:  # "bubble": a speech bubble for comments
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base)
            painter.drawRect(QRectF(0, 0, _MARKER, _MARKER))
            fill = mix(text, base, 0.5)
            bubble = QPainterPath()
            bubble.addRoundedRect(QRectF(1.0, 2.0, _MARKER - 2.0, _MARKER - 6.5), 3.0, 3.0)
            tail = QPainterPath(QPointF(4.0, _MARKER - 5.0))
            tail.lineTo(4.0, _MARKER - 1.0)
            tail.lineTo(8.5, _MARKER - 5.0)
            tail.closeSubpath()
            painter.setBrush(fill)
            painter.drawPath(bubble.united(tail))
            painter.setBrush(base)
            for x in (5.0, 8.0, 11.0):
                painter.drawEllipse(QPointF(x, 6.75), 1.0, 1.0)
        painter.end()
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self.marker_blocks) > 1:
            self._paint_line()
        super().paintEvent(event)

    def _paint_line(self) -> None:
        document = self.document()
        layout = document.documentLayout()

        def center_y(block_number: int) -> float:
            block = document.findBlockByNumber(block_number)
            rect = layout.blockBoundingRect(block)
            line = block.layout().lineAt(0) if block.layout().lineCount() else None
            middle = line.y() + line.height() / 2 if line is not None else rect.height() / 2
            return rect.top() + middle

        offset = self.verticalScrollBar().value()
        top = center_y(self.marker_blocks[0]) - offset
        bottom = center_y(self.marker_blocks[-1]) - offset
        x = document.documentMargin() + _MARKER / 2 - self.horizontalScrollBar().value()
        palette = self.palette()
        color = mix(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.78
        )
        painter = QPainter(self.viewport())
        painter.setPen(QPen(color, 2.0))
        painter.drawLine(QPointF(x, max(top, -2.0)), QPointF(x, min(bottom, self.height() + 2.0)))
        painter.end()


class HistoryTimeline(QWidget):
    """The order's history, newest first, with status colours, comments and sent emails.

    The placeholder shows whenever there are no events; `set_placeholder` only changes its
    text, so a caller loading another order calls `clear()` and then sets "Loading history…".
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now or (lambda: datetime.now(UTC))
        self._events: tuple[HistoryEvent, ...] = ()
        self._statuses: Mapping[str, Status] = {}
        self._placeholder_text = DEFAULT_PLACEHOLDER

        self._view = _TimelineView(self)
        self._view.setObjectName("historyView")
        self._placeholder = QLabel(DEFAULT_PLACEHOLDER, self)
        self._placeholder.setObjectName("historyPlaceholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setAutoFillBackground(True)
        self._placeholder.setBackgroundRole(QPalette.ColorRole.Base)
        self._placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        set_tone(self._placeholder, Tone.CAPTION, QPalette.ColorRole.Base)  # readable grey

        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(self._view)
        self._stack.setCurrentWidget(self._placeholder)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self._view.setAccessibleName(self.tr("Order history"))
        if self._placeholder_text == DEFAULT_PLACEHOLDER:
            self._placeholder.setText(translate("HistoryTimeline", DEFAULT_PLACEHOLDER))
        if self._events:
            self._render(keep_scroll=True)

    # --- API ---------------------------------------------------------------------------------

    def set_events(
        self,
        events: Sequence[HistoryEvent],
        statuses: Mapping[str, Status] | None = None,
    ) -> None:
        """Show `events` newest first; status names and colours come from `statuses` by code."""
        self._events = tuple(
            sorted(events, key=lambda event: _aware(event.created_at), reverse=True)
        )
        self._statuses = dict(statuses or {})
        self._render(keep_scroll=False)

    def clear(self) -> None:
        """Drop the events and show the placeholder."""
        self._events = ()
        self._render(keep_scroll=False)

    def set_placeholder(self, text: str) -> None:
        """The text shown while there are no events ("Loading history…", "No history yet")."""
        self._placeholder_text = text
        if self._placeholder.text() != text:
            self._placeholder.setText(text)

    def placeholder_text(self) -> str:
        return self._placeholder_text

    def is_showing_placeholder(self) -> bool:
        return self._stack.currentWidget() is self._placeholder

    def events(self) -> tuple[HistoryEvent, ...]:
        """The events shown, newest first."""
        return self._events

    def event_count(self) -> int:
        return len(self._events)

    def row_texts(self) -> list[str]:
        """Each event's text as shown (title, time, comment, email line), newest first."""
        document = self._view.document()
        starts = [*self._view.marker_blocks, document.blockCount()]
        rows = []
        for first, end in itertools.pairwise(starts):
            lines = [document.findBlockByNumber(n).text() for n in range(first, end)]
            text = "\n".join(lines).replace("\ufffc", "").replace("\u2028", "\n")
            # Spacing between marker, title and badge is layout, not text.
            rows.append("\n".join(" ".join(line.split()) for line in text.splitlines()))
        return rows

    def text_view(self) -> QTextBrowser:
        """The document view (selection, scrolling, tests)."""
        return self._view

    # --- rendering ---------------------------------------------------------------------------

    def _render(self, *, keep_scroll: bool) -> None:
        view = self._view
        if not self._events:
            view.marker_blocks = []
            view.clear()
            self._stack.setCurrentWidget(self._placeholder)
            return
        scroll = view.verticalScrollBar().value() if keep_scroll else 0
        parts: list[str] = []
        marker_blocks: list[int] = []
        block = 0
        now = self._now()
        tones = self._tone_colors()
        for index, event in enumerate(self._events):
            marker_blocks.append(block)
            paragraphs = self._event_html(event, now, tones, first=index == 0)
            parts.extend(paragraphs)
            block += len(paragraphs)
        view.marker_blocks = marker_blocks
        view.setHtml("".join(parts))
        view.verticalScrollBar().setValue(scroll)
        self._stack.setCurrentWidget(view)

    def _tone_colors(self) -> dict[str, str]:
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        on_base = QPalette.ColorRole.Base
        colors = {
            tone: readable_on(QColor(pair[1 if dark else 0]), base, text).name()
            for tone, pair in _TONE_COLORS.items()
        }
        colors["neutral"] = tone_color(palette, Tone.CAPTION, on_base).name()
        colors["muted"] = colors["neutral"]
        public_bg = QColor("#1E3A8A" if dark else "#DBEAFE")
        colors["public_bg"] = public_bg.name()
        public_fg = readable_on(QColor("#DBEAFE" if dark else "#1E40AF"), public_bg, text)
        colors["public_fg"] = public_fg.name()
        colors["private_bg"] = mix(text, base, 0.88).name()
        colors["private_fg"] = mix(text, base, 0.25).name()
        return colors

    def _status_of(self, event: HistoryEvent) -> tuple[str, str]:
        """(name, colour) of a status change, preferring the account's current definition."""
        status = self._statuses.get(event.status_code or "")
        if status is not None:
            return status_label(status), status.color or _DEFAULT_COLOR
        shown = (
            status_text(event.status_name, event.status_code)
            or event.status_code
            or self.tr("Unknown status")
        )
        return shown, _DEFAULT_COLOR

    def _event_html(
        self, event: HistoryEvent, now: datetime, tones: dict[str, str], *, first: bool
    ) -> list[str]:
        """One paragraph per block: title, meta, then optional comment and email."""
        top = 0 if first else 14
        if event.kind is HistoryKind.STATUS_CHANGE:
            name, color = self._status_of(event)
            parsed = QColor(color)
            hex_color = (parsed if parsed.isValid() else QColor(_DEFAULT_COLOR)).name()
            marker = f"marker:dot/{hex_color[1:]}"
            title = self.tr("Status → {status}").format(status=_escape(name))
        else:
            marker = "marker:bubble"
            title = self.tr("Comment")
        head = (
            f'<img src="{marker}" width="{_MARKER}" height="{_MARKER}" align="middle">'
            f'<img src="marker:gap" width="{_MARKER_GAP}" height="1">'
            f"<b>{title}</b>"
        )
        if event.comment:
            tone = "public" if event.comment_is_public else "private"
            label = self.tr("Public") if event.comment_is_public else self.tr("Private")
            head += (
                f'&nbsp;&nbsp;<span style="background-color:{tones[tone + "_bg"]};'
                f'color:{tones[tone + "_fg"]};font-size:small;">&nbsp;{label}&nbsp;</span>'
            )
        paragraphs = [f'<p style="margin-top:{top}px;margin-bottom:0px;">{head}</p>']

        moment = _aware(event.created_at)
        meta = self.tr("{time} · {ago}").format(
            time=format_local_time(moment), ago=relative_time(moment, now)
        )
        if event.actor:
            meta = self.tr("{time} · {ago} · by {person}").format(
                time=format_local_time(moment),
                ago=relative_time(moment, now),
                person=_escape(event.actor),
            )
        paragraphs.append(
            f'<p style="margin-left:{_INDENT}px;margin-top:1px;margin-bottom:0px;'
            f'color:{tones["muted"]};font-size:small;">{meta}</p>'
        )
        if event.comment:
            paragraphs.append(
                f'<p style="margin-left:{_INDENT}px;margin-top:5px;margin-bottom:0px;">'
                f"{_escape(event.comment)}</p>"
            )
        if event.mail is not None:
            paragraphs.append(
                f'<p style="margin-left:{_INDENT}px;margin-top:5px;margin-bottom:0px;'
                f'color:{tones["muted"]};font-size:small;">{self._mail_html(event.mail, tones)}</p>'
            )
        return paragraphs

    @staticmethod
    def _mail_html(mail: MailLog, tones: dict[str, str]) -> str:
        line = translate("HistoryTimeline", "✉ Email")
        if mail.recipient:
            line = translate("HistoryTimeline", "✉ Email to {recipient}").format(
                recipient=_escape(mail.recipient)
            )
        if mail.subject:
            line += f" — “{_escape(mail.subject)}”"
        if mail.delivery_status:
            shown = readable(mail.delivery_status)
            color = tones[delivery_tone(shown)]
            line += f' — <span style="color:{color};font-weight:600;">{_escape(shown)}</span>'
        return line

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._events:
            self._view.forget_images()
            self._render(keep_scroll=True)


__all__ = [
    "DEFAULT_PLACEHOLDER",
    "HistoryTimeline",
    "delivery_tone",
    "format_local_time",
    "relative_time",
]
