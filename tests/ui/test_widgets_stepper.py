"""The public progress stepper: what the customer sees of an order, drawn as circles and lines."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette

from approval_console.core.history import Progress, TimelineStep
from approval_console.ui.widgets.stepper import ProgressStepper

WORKFLOW = (
    ("Order Received", "We have your order."),
    ("Awaiting Proof Approval", "Your proof is ready: please have a look and reply to approve."),
    ("In Production", "We have received parts and commenced production."),
    ("Quality Check", "Every piece is checked by hand."),
    ("Shipped", "Your order is on its way."),
    ("Delivered", "Enjoy!"),
)


def steps(count: int = 6, current: int = 2) -> list[TimelineStep]:
    """A realistic timeline: steps before `current` complete with their times, later ones not."""
    result = []
    for index in range(count):
        name, description = WORKFLOW[index % len(WORKFLOW)]
        if index < current:
            progress = Progress.COMPLETE
        elif index == current:
            progress = Progress.CURRENT
        else:
            progress = Progress.INCOMPLETE
        timestamp = f"{20 + index} May 09:{10 + index:02d}" if index <= current else None
        result.append(TimelineStep(name, description, progress, timestamp))
    return result


def shown(qtbot, stepper: ProgressStepper, width: int) -> QImage:
    qtbot.addWidget(stepper)
    stepper.resize(width, stepper.sizeHint().height())
    stepper.show()
    qtbot.waitExposed(stepper)
    image = stepper.grab().toImage()
    assert not image.isNull()
    return image


def crop(image: QImage, stepper: ProgressStepper, index: int) -> QImage:
    return image.copy(stepper.circle_rect(index))


def test_shows_one_circle_per_step_and_keeps_the_steps(qtbot):
    stepper = ProgressStepper()
    timeline = steps()
    stepper.set_steps(timeline)
    assert stepper.steps() == tuple(timeline)
    assert len(stepper.steps()) == 6
    assert stepper.accessibleDescription() == "Step 3 of 6: In Production"


def test_current_step_looks_different_from_an_incomplete_one(qtbot):
    stepper = ProgressStepper()
    stepper.set_steps(steps(6, current=2))
    image = shown(qtbot, stepper, 720)

    assert image.width() > 0 and image.height() > 0
    current = crop(image, stepper, 2)
    incomplete = crop(image, stepper, 4)
    assert current.size() == incomplete.size()
    assert current != incomplete
    # Two incomplete steps look alike apart from their numbers.
    accent = stepper.palette().color(QPalette.ColorRole.Accent)
    ring_point = QPoint(stepper.circle_rect(2).width() // 2, 1)
    assert _close(current.pixelColor(ring_point), accent)
    assert not _close(incomplete.pixelColor(ring_point), accent)


def test_completed_steps_are_filled_with_the_accent_colour(qtbot):
    stepper = ProgressStepper()
    stepper.set_steps(steps(6, current=2))
    image = shown(qtbot, stepper, 720)
    accent = stepper.palette().color(QPalette.ColorRole.Accent)
    done = crop(image, stepper, 0)
    # Above the check mark: solid accent.
    assert _close(done.pixelColor(done.width() // 2, done.height() // 5), accent)
    hollow = crop(image, stepper, 5)
    base = stepper.palette().color(QPalette.ColorRole.Base)
    assert _close(hollow.pixelColor(hollow.width() // 4, hollow.height() // 2), base)


def test_works_from_one_to_twelve_steps_even_when_narrow(qtbot):
    for count, width in ((1, 120), (6, 330), (12, 360), (12, 900)):
        stepper = ProgressStepper()
        stepper.set_steps(steps(count, current=min(count - 1, 7)))
        image = shown(qtbot, stepper, width)
        assert image.width() == width
        circles = [stepper.circle_rect(index) for index in range(count)]
        assert all(rect.left() >= 0 and rect.right() < width for rect in circles)
        assert all(a.right() < b.left() for a, b in itertools.pairwise(circles))


def test_size_hints_grow_with_the_number_of_steps(qtbot):
    few, many = ProgressStepper(), ProgressStepper()
    qtbot.addWidget(few)
    qtbot.addWidget(many)
    few.set_steps(steps(3, 1))
    many.set_steps(steps(12, 5))
    assert many.sizeHint().width() > few.sizeHint().width()
    assert many.minimumSizeHint().width() <= many.sizeHint().width()
    assert many.minimumSizeHint().width() <= 12 * 30
    assert few.sizeHint().height() > few.fontMetrics().height() * 2


def test_timestamps_add_a_line(qtbot):
    with_times, without = ProgressStepper(), ProgressStepper()
    qtbot.addWidget(with_times)
    qtbot.addWidget(without)
    with_times.set_steps(steps(4, 2))
    without.set_steps([TimelineStep(s.name, s.description, s.progress) for s in steps(4, 2)])
    assert with_times.sizeHint().height() > without.sizeHint().height()


def test_tooltip_tells_the_description(qtbot):
    stepper = ProgressStepper()
    stepper.set_steps(steps(6, current=2))
    shown(qtbot, stepper, 720)
    index = stepper.step_at(stepper.circle_rect(1).center())
    assert index == 1
    text = stepper.tooltip_text(1)
    assert "Awaiting Proof Approval" in text
    assert "completed" in text
    assert "please have a look and reply to approve" in text
    assert stepper.step_at(QPoint(-5, 5)) is None


def test_empty_timeline_paints_a_note(qtbot):
    stepper = ProgressStepper()
    stepper.set_steps(steps(6, 2))
    stepper.set_steps([])
    image = shown(qtbot, stepper, 300)
    assert stepper.steps() == ()
    background = image.pixelColor(1, 1)
    assert any(image.pixelColor(x, image.height() // 2) != background for x in range(image.width()))


def _close(first: QColor, second: QColor, tolerance: int = 60) -> bool:
    return (
        abs(first.red() - second.red())
        + abs(first.green() - second.green())
        + abs(first.blue() - second.blue())
        <= tolerance
    )


def test_a_progress_word_the_console_does_not_know_is_drawn_unreached_and_said(qtbot):
    """ApprovePro may add a progress word; the timeline still shows, that step drawn as not
    reached yet (like an incomplete one) and its tooltip saying the word."""
    timeline = steps(4, current=1)
    odd = TimelineStep("Awaiting Parts", "Parts are on order.", Progress("On_Hold"))
    stepper = ProgressStepper()
    stepper.set_steps([*timeline[:2], odd, timeline[3]])
    image = shown(qtbot, stepper, 720)
    assert "Awaiting Parts — on hold" in stepper.tooltip_text(2)
    accent = stepper.palette().color(QPalette.ColorRole.Accent)
    ring_point = QPoint(stepper.circle_rect(2).width() // 2, 1)
    assert not _close(crop(image, stepper, 2).pixelColor(ring_point), accent)
