"""Every coloured text the console draws reads in light and in dark: 4.5:1 or more.

The scheme is the one a person picks in Preferences, applied as the app applies it; each text
is measured as drawn (the widget's own pixels, grabbed) or, where a colour sits inside a
document or a cell, as resolved for it against the surface it is drawn on.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from approval_console.connectors.approvepro import NAMED_COLORS
from approval_console.core.history import Progress
from approval_console.core.preferences import ColorScheme
from approval_console.ui import color_scheme
from approval_console.ui.activity_window import ActivityWindow
from approval_console.ui.main_window import MainWindow
from approval_console.ui.models.orders import DUE_COLUMN
from approval_console.ui.review_window import ReviewWindow
from approval_console.ui.tones import Tone, contrast_ratio, is_dark
from approval_console.ui.widgets.status_chip import StatusChip, readable_text_color
from approval_console.ui.widgets.stepper import ProgressStepper
from approval_console.ui.widgets.transient import show_toned
from tests.ui.test_main_window import _click_row
from tests.windows import close_window, demo_console, on_screen, open_window

pytestmark = pytest.mark.e2e

READABLE = 4.5
SHOTS = Path(os.environ.get("APPROVAL_CONSOLE_SHOTS", tempfile.gettempdir()))  # to look at


@pytest.fixture(
    params=[ColorScheme.LIGHT, ColorScheme.DARK, ColorScheme.SYSTEM],
    ids=["light", "dark", "desktop"],  # desktop: the platform's own palette, Qt's Fusion here
)
def scheme(request, qapp) -> Iterator[ColorScheme]:
    color_scheme.apply(qapp, request.param)
    yield request.param
    color_scheme.apply(qapp, ColorScheme.SYSTEM)


@pytest.fixture
def window(qtbot, shared_sandbox, memory_keyring, tmp_path, scheme) -> Iterator[MainWindow]:
    console = demo_console(tmp_path / "profile", shared_sandbox.url, start="approvepro-demo")
    console.settings.preferences.color_scheme = scheme
    window, context = open_window(qtbot, console, demo=True)
    window.resize(1360, 820)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
    yield window
    close_window(qtbot, window, context)


def grabbed(widget: QWidget, area: QRect | None = None) -> QImage:
    """The widget's pixels (or those of `area` in it) as its window paints them."""
    top = widget.window()
    area = area if area is not None else widget.rect()
    return top.grab(QRect(widget.mapTo(top, area.topLeft()), area.size())).toImage()


def ink_contrast(image: QImage) -> float:
    """How far the text stands out: its strongest pixel against the commonest (background)."""
    pixels = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(contrast_ratio(QColor.fromRgb(pixel), background) for pixel in pixels)


def show_order(qtbot, window: MainWindow, wanted) -> None:  # type: ignore[no-untyped-def]
    """Show orders from the top until the pane shows what is `wanted`."""
    detail = window.detail
    for row in range(min(window.orders.model.rowCount(), 60)):
        _click_row(qtbot, window, row)
        order_id = detail.order_id
        qtbot.waitUntil(
            lambda order_id=order_id: (
                detail.detail is not None and detail.detail.order.id == order_id
            ),
            timeout=10_000,
        )
        if wanted(detail.detail):
            return
    raise AssertionError("no order of the demo data shows it")


def stepper_texts(stepper: ProgressStepper) -> dict[str, float]:
    """Each step's name (and number, in a circle not reached yet) as drawn, by its contrast."""
    found = {}
    top = stepper.circle_rect(0).bottom() + 4
    column = stepper.width() / len(stepper.steps())
    for index, step in enumerate(stepper.steps()):
        names = QRect(int(index * column) + 3, top, int(column) - 6, stepper.height() - top)
        found[f"{step.name} ({step.progress.value})"] = ink_contrast(grabbed(stepper, names))
        if step.progress is Progress.INCOMPLETE:
            circle = stepper.circle_rect(index).adjusted(4, 4, -4, -4)
            found[f"{step.name} number"] = ink_contrast(grabbed(stepper, circle))
    return found


STYLE = re.compile(r'style="([^"]*)"')


def document_colors(html: str, surface: QColor) -> list[tuple[QColor, QColor]]:
    """(text, background) of every coloured run in a rich-text document."""
    pairs = []
    for style in STYLE.findall(html):
        text = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", style)
        if text is None:
            continue
        under = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", style)
        pairs.append((QColor(text[1]), QColor(under[1]) if under else surface))
    return pairs


def cell_colors(view: QAbstractItemView, column: int) -> list[QColor]:
    model = view.model()
    return [
        color
        for row in range(model.rowCount())
        if isinstance(
            color := model.index(row, column).data(Qt.ItemDataRole.ForegroundRole), QColor
        )
    ]


def test_every_coloured_text_of_the_window_reads(qtbot, window, scheme):
    qapp_palette = window.palette()
    assert is_dark(qapp_palette) is (scheme is ColorScheme.DARK)
    counter = next(c for c in window.pane.comment.findChildren(QLabel) if "/ 1000" in c.text())
    pane = window.pane
    show_order(
        qtbot,
        window,
        lambda d: (
            d.history
            and any(step.progress is Progress.INCOMPLETE for step in d.timeline)
            and any(e.mail and e.mail.delivery_status for e in d.history)
        ),
    )
    pane.show_message("Status change not saved: the server refused it", error=True)
    window.offline_label.show()
    window.banner_text.setText("Changes interrupted last time were checked with the server.")
    window.banner.show()
    qtbot.wait(100)
    window.grab().save(str(SHOTS / f"contrast-window-{scheme.value}.png"))

    measured: dict[str, float] = {}
    captions = [c for c in pane.findChildren(QLabel, "sectionTitle") if c.isVisible()]
    assert [c.text() for c in captions] == ["PROGRESS THE CUSTOMER SEES", "HISTORY"]
    for label in (*captions, pane.message, window.offline_label, window.banner_text, counter):
        measured[label.text()] = ink_contrast(grabbed(label))
    measured.update(stepper_texts(pane.stepper))
    chip = pane.chip
    measured[f"chip {chip.text()}"] = contrast_ratio(chip.text_color(), chip.background_color())
    no_status = StatusChip(pane)  # outlined, no fill: its text sits on the window
    window_color = pane.palette().color(QPalette.ColorRole.Window)
    measured["chip No status"] = contrast_ratio(no_status.text_color(), window_color)
    no_status.deleteLater()

    base = pane.timeline.text_view().palette().color(QPalette.ColorRole.Base)
    html = pane.timeline.text_view().document().toHtml()
    for text, under in document_colors(html, base):
        measured[f"history {text.name()} on {under.name()}"] = contrast_ratio(text, under)

    pane.show_message("Comment saved.")
    measured["success line"] = ink_contrast(grabbed(pane.message))
    pane.timeline.clear()
    pane.timeline.set_placeholder("Loading history…")
    placeholder = pane.timeline.findChild(QLabel, "historyPlaceholder")
    qtbot.waitUntil(placeholder.isVisible)
    measured["Loading history…"] = ink_contrast(grabbed(placeholder))

    # The list: overdue dates, canceled orders, and every status colour an account can choose.
    table = window.table
    rows = (table.palette().color(QPalette.ColorRole.Base),
            table.palette().color(QPalette.ColorRole.AlternateBase))  # fmt: skip
    model = window.orders.model
    for column in range(model.columnCount()):
        for color in set(c.name() for c in cell_colors(table, column)):
            for under in rows:
                what = "overdue date" if column == DUE_COLUMN else f"list column {column}"
                measured[f"{what} {color} on {under.name()}"] = contrast_ratio(QColor(color), under)
    for name, fill in NAMED_COLORS.items():
        measured[f"status chip {name}"] = contrast_ratio(
            readable_text_color(QColor(fill)), QColor(fill)
        )

    failing = {what: round(ratio, 2) for what, ratio in measured.items() if ratio < READABLE}
    assert not failing, (scheme.value, failing)


def test_the_review_queue_and_the_activity_log_read(qtbot, window, scheme):
    window.act_review.trigger()
    queue = on_screen(window, ReviewWindow)
    assert queue is not None
    qtbot.waitExposed(queue)
    measured: dict[str, float] = {}
    show_toned(queue.message, "Not done for #1001: the server refused it", Tone.ERROR)
    qtbot.wait(50)
    queue.grab().save(str(SHOTS / f"contrast-queue-{scheme.value}.png"))
    measured["Not done"] = ink_contrast(grabbed(queue.message))
    measured["hint"] = ink_contrast(grabbed(queue.hint))
    show_toned(queue.message, "1 approved.", Tone.SUCCESS)
    qtbot.wait(50)
    measured["approved"] = ink_contrast(grabbed(queue.message))
    queue.close()

    # A comment sent, so that the log has an outcome to colour.
    _click_row(qtbot, window, 0)
    editor = window.pane.comment.text_edit()
    editor.setFocus()
    qtbot.keyClicks(editor, "Checked with the customer")
    qtbot.waitUntil(window.pane.add_comment.isEnabled, timeout=3000)
    qtbot.mouseClick(window.pane.add_comment, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in window.pane.message.text(), timeout=10_000)
    window.act_activity.trigger()
    log = on_screen(window, ActivityWindow)
    assert log is not None
    qtbot.waitUntil(lambda: log.vm.model.rowCount() > 0, timeout=10_000)
    palette = log.table.palette()
    outcomes = {c.name() for column in range(log.vm.model.columnCount())
                for c in cell_colors(log.table, column)}  # fmt: skip
    assert outcomes, "no outcome is coloured"
    for color in outcomes:
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            under = palette.color(role)
            measured[f"outcome {color} on {under.name()}"] = contrast_ratio(QColor(color), under)
    log.close()

    failing = {what: round(ratio, 2) for what, ratio in measured.items() if ratio < READABLE}
    assert not failing, (scheme.value, failing)


def test_switching_the_scheme_recolours_an_open_window(qtbot, window, scheme, qapp):
    """From one scheme to the other while the window is open, as Preferences does it."""
    other = ColorScheme.LIGHT if scheme is ColorScheme.DARK else ColorScheme.DARK
    show_order(qtbot, window, lambda d: bool(d.history and d.timeline))
    settings = window.context.console.settings
    settings.preferences.color_scheme = other
    window.context.preferences.announce()
    qtbot.waitUntil(lambda: is_dark(window.palette()) is (other is ColorScheme.DARK))
    qtbot.wait(100)
    window.grab().save(str(SHOTS / f"contrast-switched-{other.value}.png"))
    pane = window.pane
    captions = [c for c in pane.findChildren(QLabel, "sectionTitle") if c.isVisible()]
    measured = {c.text(): ink_contrast(grabbed(c)) for c in captions}
    measured.update(stepper_texts(pane.stepper))
    base = pane.timeline.text_view().palette().color(QPalette.ColorRole.Base)
    for text, under in document_colors(pane.timeline.text_view().document().toHtml(), base):
        measured[f"history {text.name()} on {under.name()}"] = contrast_ratio(text, under)
    failing = {what: round(ratio, 2) for what, ratio in measured.items() if ratio < READABLE}
    assert not failing, (other.value, failing)
