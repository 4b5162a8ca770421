"""Windows and dialogs fit the screen they open on, whatever its size or scaling."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from approval_console.ui.main_window import MainWindow
from approval_console.ui.screen_fit import (
    FRAME,
    WINDOW_SIZE,
    fit_on_show,
    fitted_size,
    frame_position,
    keep_on_screen,
    room,
)
from tests.ui.test_main_window_keys import (
    APPROVEPRO,
    APRUVE,
    sandbox,
    window,
)
from tests.windows import choose_account

__all__ = ["sandbox", "window"]

# 1600×1000 at 150 %, in Qt's logical pixels: what the console has on such a screen.
SCALED = QRect(0, 0, 1066, 666)


def _frame_inside(frame_at: QPoint, size: QSize, area: QRect) -> bool:
    """The window of `size` with a frame of `FRAME` at `frame_at` lies within `area`."""
    wide = size.width() + FRAME.left() + FRAME.right()
    high = size.height() + FRAME.top() + FRAME.bottom()
    return area.contains(QRect(frame_at, QSize(wide, high)))


def test_the_first_size_shrinks_to_a_scaled_screen_and_stays_on_a_large_one():
    assert fitted_size(WINDOW_SIZE, QRect(0, 0, 2560, 1440)) == WINDOW_SIZE
    size = fitted_size(WINDOW_SIZE, SCALED)
    assert _frame_inside(SCALED.topLeft(), size, SCALED)
    assert size.width() > 1000 and size.height() > 600  # the room there is, not a postage stamp
    small = QRect(0, 0, 1280, 720)
    assert _frame_inside(small.topLeft(), fitted_size(WINDOW_SIZE, small), small)


def test_a_geometry_restored_from_a_larger_screen_comes_back_inside():
    size = fitted_size(QSize(1360, 820), SCALED)
    where = frame_position(QRect(QPoint(400, 300), size), size, SCALED)
    assert _frame_inside(where, size, SCALED)
    assert frame_position(QRect(QPoint(30, 20), QSize(400, 300)), QSize(400, 300), SCALED) == (
        QPoint(30, 20)  # what already fits stays where the person put it
    )
    too_big = QSize(2000, 1200)  # larger than the screen whatever happens: its corner shows
    assert frame_position(QRect(QPoint(-50, -80), too_big), too_big, SCALED) == QPoint(0, 0)


def test_a_dialog_that_sizes_itself_larger_than_the_screen_is_shown_inside_it(qtbot):
    area = QGuiApplication.primaryScreen().availableGeometry()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    filler = QWidget()
    filler.setMinimumSize(100, 100)
    QVBoxLayout(dialog).addWidget(filler)
    dialog.resize(area.width() + 400, area.height() + 300)
    dialog.move(area.right() - 100, area.bottom() - 100)
    fit_on_show(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _frame_inside(dialog.frameGeometry().topLeft(), dialog.size(), area)


def test_a_window_never_shrinks_below_what_its_contents_need(qtbot):
    area = QGuiApplication.primaryScreen().availableGeometry()
    widget = QWidget()
    qtbot.addWidget(widget)
    filler = QWidget()
    filler.setMinimumSize(area.width() + 200, 50)
    QVBoxLayout(widget).addWidget(filler)
    widget.resize(area.width() + 300, 400)
    keep_on_screen(widget)
    assert widget.width() >= widget.minimumSizeHint().width()


def test_every_accounts_window_fits_a_1600_pixel_screen_at_150_percent(qtbot, window: MainWindow):
    inside = room(SCALED).size()
    for account_id in (APPROVEPRO, APRUVE, "wholesale-demo", "arlo-demo", "spree-demo"):
        if window.session.account_id != account_id:
            choose_account(qtbot, window, account_id)
        qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)
        qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=20_000)
        least = window.minimumSizeHint()
        assert least.width() <= inside.width() and least.height() <= inside.height(), account_id
