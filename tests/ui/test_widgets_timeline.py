"""The order's history as a person reads it: newest first, local times, comments and emails."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel

from approval_console.core.domain import Status
from approval_console.core.history import HistoryEvent, HistoryKind, MailLog
from approval_console.ui.widgets.timeline import HistoryTimeline, relative_time

NOW = datetime(2025, 5, 25, 19, 30, tzinfo=UTC)
SENDER = "no-reply@orderapprovepro.com"
STATUSES = {
    "proof": Status("proof", "Awaiting Proof Approval", color="#FDE68A", position=1),
    "prod": Status("prod", "In Production", color="#F59E0B", position=2),
    "ship": Status("ship", "Shipped", color="#1E3A8A", position=4),
}


@pytest.fixture(autouse=True)
def local_zone(monkeypatch) -> Iterator[None]:
    """The computer's zone is UTC+1 (a POSIX rule, so no tz database is needed)."""
    monkeypatch.setenv("TZ", "BST-1")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def history() -> list[HistoryEvent]:
    """Order #1188, deliberately not in order: the widget sorts newest first."""
    return [
        HistoryEvent(
            HistoryKind.STATUS_CHANGE,
            datetime(2025, 5, 22, 19, 4, tzinfo=UTC),
            status_code="prod",
            status_name="Production (old name)",
            comment="We have received parts and commenced production.",
            comment_is_public=True,
            mail=MailLog(SENDER, "jon@example.com", "Order #1188 in production", "Delivered"),
        ),
        HistoryEvent(
            HistoryKind.STATUS_CHANGE,
            datetime(2025, 5, 21, 8, 0, tzinfo=UTC),
            status_code="proof",
            status_name="Awaiting Proof Approval",
        ),
        HistoryEvent(
            HistoryKind.COMMENT,
            datetime(2025, 5, 24, 9, 15, tzinfo=UTC),
            comment="Customer called: gift wrap please.\nNote goes inside the box.",
            actor="Maria",
        ),
        HistoryEvent(
            HistoryKind.STATUS_CHANGE,
            datetime(2025, 5, 25, 17, 0, tzinfo=UTC),
            status_code="ship",
            status_name="Shipped",
            mail=MailLog(SENDER, "jon@example.com", "Order #1188 has shipped", "Bounced"),
        ),
    ]


@pytest.fixture
def timeline(qtbot) -> HistoryTimeline:
    widget = HistoryTimeline(now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(520, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def placeholder(widget: HistoryTimeline) -> QLabel:
    label = widget.findChild(QLabel, "historyPlaceholder")
    assert label is not None
    return label


def test_events_are_listed_newest_first_with_titles_and_local_times(timeline):
    timeline.set_events(history(), STATUSES)
    rows = timeline.row_texts()

    assert timeline.event_count() == 4
    assert [row.splitlines()[0] for row in rows] == [
        "Status → Shipped",
        "Comment Private",
        "Status → In Production Public",
        "Status → Awaiting Proof Approval",
    ]
    assert "22 May 2025, 20:04 · 3 days ago" in rows[2]
    assert "25 May 2025, 18:00 · 2 hours ago" in rows[0]
    assert "24 May 2025, 10:15 · yesterday · by Maria" in rows[1]
    assert not timeline.is_showing_placeholder()


def test_comment_text_is_shown_whole_and_wrapped(timeline):
    timeline.set_events(history(), STATUSES)
    rows = timeline.row_texts()
    assert "We have received parts and commenced production." in rows[2]
    assert "Customer called: gift wrap please.\nNote goes inside the box." in rows[1]
    assert timeline.text_view().lineWrapMode() == timeline.text_view().LineWrapMode.WidgetWidth


def test_the_email_that_went_out_is_shown_with_its_delivery(timeline):
    timeline.set_events(history(), STATUSES)
    rows = timeline.row_texts()
    assert rows[2].endswith("✉ Email to jon@example.com — “Order #1188 in production” — Delivered")
    assert rows[0].endswith("✉ Email to jon@example.com — “Order #1188 has shipped” — Bounced")
    assert "✉" not in rows[1] and "✉" not in rows[3]

    document = timeline.text_view().document()
    bounced = _color_of(document, "Bounced")
    delivered = _color_of(document, "Delivered")
    assert bounced.red() > 150 and bounced.green() < 80  # red
    assert delivered.green() > delivered.red() + 40  # green


def test_scheduled_email_is_amber(timeline):
    event = HistoryEvent(
        HistoryKind.COMMENT,
        datetime(2025, 5, 25, 12, 0, tzinfo=UTC),
        comment="Your order ships on Monday.",
        comment_is_public=True,
        mail=MailLog(SENDER, "jon@example.com", "A note about order #1188", "Scheduled"),
    )
    timeline.set_events([event])
    color = _color_of(timeline.text_view().document(), "Scheduled")
    assert color.red() > 150 and 60 < color.green() < 200 and color.blue() < 60


def test_names_and_colours_come_from_the_account_then_the_event(qtbot, timeline):
    timeline.set_events(history(), STATUSES)
    assert timeline.row_texts()[2].startswith("Status → In Production")
    image = timeline.grab().toImage()
    markers = {image.pixelColor(x, y).name() for x in range(8, 30) for y in range(image.height())}
    assert "#f59e0b" in markers and "#1e3a8a" in markers

    timeline.set_events(history())  # no account statuses: the event's own names
    assert timeline.row_texts()[2].startswith("Status → Production (old name)")


def test_comment_markup_is_shown_as_typed(timeline):
    event = HistoryEvent(
        HistoryKind.COMMENT,
        datetime(2025, 5, 25, 12, 0, tzinfo=UTC),
        comment="Use <b>bold</b> & <img src=x> carefully",
    )
    timeline.set_events([event])
    assert "Use <b>bold</b> & <img src=x> carefully" in timeline.row_texts()[0]


def test_comment_text_can_be_selected_with_the_mouse(qtbot, timeline):
    timeline.set_events(history(), STATUSES)
    view = timeline.text_view()
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    found = view.document().find("commenced")
    assert not found.isNull()
    probe = QTextCursor(found)
    probe.setPosition(found.selectionStart() + 3)
    point = view.cursorRect(probe).center()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.textCursor().selectedText() == "commenced"


def test_placeholder_shows_while_there_is_nothing_to_list(timeline):
    assert timeline.is_showing_placeholder()
    assert placeholder(timeline).text() == "No history yet"
    assert placeholder(timeline).isVisible()

    timeline.set_placeholder("Loading history…")
    assert placeholder(timeline).text() == "Loading history…"

    timeline.set_events(history(), STATUSES)
    assert not placeholder(timeline).isVisible()
    assert timeline.text_view().isVisible()

    timeline.clear()
    assert timeline.event_count() == 0
    assert timeline.row_texts() == []
    assert placeholder(timeline).isVisible()

    timeline.set_events([])
    assert placeholder(timeline).isVisible()


def test_five_hundred_events_build_and_scroll(qtbot, timeline):
    """How long the build takes (~0.1 s), tests/benchmarks/widgets.py prints."""
    start = datetime(2025, 5, 25, 12, 0, tzinfo=UTC)
    events = [
        HistoryEvent(
            HistoryKind.COMMENT if index % 3 else HistoryKind.STATUS_CHANGE,
            start - timedelta(hours=index),
            status_code="prod",
            comment=f"Update number {index}" if index % 3 else None,
            comment_is_public=index % 2 == 0,
            mail=MailLog(SENDER, "jon@example.com", f"Update {index}", "Opened")
            if index % 5 == 0
            else None,
        )
        for index in range(500)
    ]
    timeline.set_events(events, STATUSES)
    qtbot.wait(1)

    rows = timeline.row_texts()
    assert len(rows) == 500
    assert rows[1].startswith("Comment") and "Update number 1" in rows[1]
    assert rows[-1].startswith("Comment") and "Update number 499" in rows[-1]
    bar = timeline.text_view().verticalScrollBar()
    assert bar.maximum() > 10 * timeline.height()
    bar.setValue(bar.maximum())
    assert not timeline.grab().toImage().isNull()


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (timedelta(seconds=20), "just now"),
        (timedelta(minutes=5), "5 minutes ago"),
        (timedelta(hours=1, minutes=10), "1 hour ago"),
        (timedelta(days=1, hours=2), "yesterday"),
        (timedelta(days=3), "3 days ago"),
        (timedelta(days=15), "2 weeks ago"),
        (timedelta(days=400), "1 year ago"),
        (-timedelta(hours=3), "in 3 hours"),
    ],
)
def test_relative_hints(delta, expected):
    assert relative_time(NOW - delta, NOW) == expected


def _color_of(document: QTextDocument, text: str) -> QColor:
    found = document.find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionEnd())
    return cursor.charFormat().foreground().color()
