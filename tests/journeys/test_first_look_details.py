"""What a new user reads in the first minutes: the title, dates, overdue marks, order numbers
that fit, and a window that stays readable when the desktop turns dark."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from approval_console.ui.dates import format_date
from approval_console.ui.models.orders import DUE_COLUMN
from approval_console.ui.tones import contrast_ratio
from tests.palettes import dark_palette

NUMBER_COLUMN = 0


def _ink_contrast(widget: QWidget) -> float:
    """How far a label's text stands out on screen: its strongest pixel against the commonest."""
    top = widget.window()
    image = top.grab(QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())).toImage()
    pixels = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(contrast_ratio(QColor.fromRgb(pixel), background) for pixel in pixels)


def _choose_account(desk, name: str) -> None:  # type: ignore[no-untyped-def]
    """Open the account switcher with the mouse and walk to `name` with the arrow keys."""
    combo, person = desk.window.accounts_combo, desk.person
    target = combo.findText(name)
    assert target >= 0, name
    steps = target - combo.currentIndex()
    person.click(combo)
    person.press(*(["Down"] * steps if steps > 0 else ["Up"] * -steps), "Return")


def test_a_first_look_reads_right_and_stays_readable_in_dark_mode(demo_desk, qtbot):
    desk = demo_desk(start="approvepro-demo")
    window, person = desk.window, desk.person
    model = window.orders.model
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    assert person.active_window_title() == "Approval Console — ApprovePro (demo)"

    # Dates read one way, from the locale: never "3 12 2026".
    person.click(window.filter_bar.due_on, QPoint(8, window.filter_bar.due_on.height() // 2))
    assert window.filter_bar.due_from.isEnabled()
    shown = window.filter_bar.due_from.text()
    assert shown == format_date(date.today())
    assert not re.fullmatch(r"\d{1,2} \d{1,2} \d{4}", shown)
    person.click(window.filter_bar.due_on, QPoint(8, window.filter_bar.due_on.height() // 2))
    qtbot.waitUntil(lambda: model.rowCount() == 500, timeout=10_000)

    # A shipped order past its due date is not marked overdue, in the list or its pane.
    today = date.today()
    shipped = next(
        row
        for row in range(model.rowCount())
        if (order := model.order_at(row)).due_date is not None
        and (order.due_date_to or order.due_date) < today
        and not order.is_open
        and not order.is_canceled
    )
    person.click_row(window.table, shipped)
    qtbot.waitUntil(lambda: window.detail.order_id == model.order_at(shipped).id, timeout=5000)
    assert model.index(shipped, DUE_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "overdue" not in window.pane.due.text()
    person.screenshot("approvepro")

    # The desktop turns dark while the console runs: captions and errors still read.
    app = QApplication.instance()
    previous = app.palette()
    app.setPalette(dark_palette())
    try:
        window.pane.show_message("Status change not saved: the server refused it", error=True)
        person.settle(200)
        person.screenshot("dark")
        captions = [c for c in window.pane.findChildren(QLabel, "sectionTitle") if c.isVisible()]
        assert captions
        for label in (*captions, window.pane.message):
            assert _ink_contrast(label) >= 4.5, label.text()
    finally:
        app.setPalette(previous)

    # Spree's long order numbers show whole at the default size.
    _choose_account(desk, "Spree Commerce (demo)")
    qtbot.waitUntil(lambda: window.windowTitle().endswith("Spree Commerce (demo)"), timeout=5000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=30_000)
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not window.orders.querying, timeout=10_000)
    metrics = window.table.fontMetrics()
    numbers = [model.index(row, NUMBER_COLUMN).data() for row in range(min(40, model.rowCount()))]
    assert all(n.startswith("R") for n in numbers), numbers
    widest = max(metrics.horizontalAdvance(n) for n in numbers)
    assert widest + 8 <= window.table.columnWidth(NUMBER_COLUMN)
    person.screenshot("spree")
