"""Windows and dialogs that fit the screen they open on, whatever its size or scaling.

A size in Qt's logical pixels grows with the display scale: 1360×820 at 150 % covers 2040×1230
device pixels, more than a 1600×1000 screen. So a window asks for its preferred size only up
to the screen's available area (without panels and docks), less room for the frame the window
manager adds (unknown until the window is mapped), and a window shown again, a restored
geometry or a dialog that sized itself to its contents is brought back inside that area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's frame: its borders and, above, the title bar. Generous, since
# the real frame is known only after the window is on screen.
FRAME = QMargins(8, 40, 8, 8)
# The console's first size, where the screen has room for it (the cached list's preview and
# the main window that takes its place open at the same size).
WINDOW_SIZE = QSize(1360, 820)


def available_area(window: QWidget) -> QRect:
    """The available geometry of the screen the window is on (or will open on)."""
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(area: QRect) -> QRect:
    """Where a window's contents can go so that its frame stays inside `area` too."""
    return area.marginsRemoved(FRAME)


def fitted_size(preferred: QSize, area: QRect) -> QSize:
    """`preferred`, shrunk where the screen is smaller."""
    return preferred.boundedTo(room(area).size())


def inside_position(at: QPoint, size: QSize, area: QRect) -> QPoint:
    """`at`, moved so that a rectangle of `size` there lies in `area` (its top-left corner
    at least, when it is larger)."""
    x = min(at.x(), area.x() + area.width() - size.width())
    y = min(at.y(), area.y() + area.height() - size.height())
    return QPoint(max(x, area.x()), max(y, area.y()))


def frame_position(frame: QRect, size: QSize, area: QRect) -> QPoint:
    """Where a window's frame goes so that a window of `size` inside it stays in `area`.

    `frame` is where the frame is now (before the window manager framed the window: where
    the window is). Its margins count as at least `FRAME`.
    """
    wide = size.width() + max(frame.width() - size.width(), FRAME.left() + FRAME.right())
    high = size.height() + max(frame.height() - size.height(), FRAME.top() + FRAME.bottom())
    return inside_position(frame.topLeft(), QSize(wide, high), area)


def fit_default_size(window: QWidget, preferred: QSize) -> None:
    """The first size of a window: `preferred` where the screen has room for it."""
    window.resize(fitted_size(preferred, available_area(window)))


def keep_on_screen(window: QWidget) -> None:
    """Bring a window back inside its screen's available area (a maximized one already is)."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_area(window)
    # Never below what its contents need (known before it is shown, unlike minimumSize()):
    # on a screen too small even for that, its top-left corner shows, and nothing is cut off.
    size = window.size().boundedTo(room(area).size()).expandedTo(window.minimumSizeHint())
    if size != window.size():
        window.resize(size)
    # Only a window placed by the program (restored, or a dialog centred on its parent) is
    # moved: one never placed is left to the window manager, which places it on screen.
    if not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        return
    frame = window.frameGeometry()
    framed = frame != window.geometry()
    if framed or not window.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
        where = frame_position(frame, window.size(), area)  # move() places the frame
        if where != frame.topLeft():
            window.move(where)
    else:
        # Created but not framed yet (as when it is being shown): move() places the contents,
        # so they keep clear of the room the title bar will take above them.
        where = inside_position(window.pos(), window.size(), room(area))
        if where != window.pos():
            window.move(where)


class _KeepOnScreen(QObject):
    """Watches one window only: its Show comes after it sized itself, before it is mapped."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            keep_on_screen(watched)
        return False


def fit_on_show(window: QWidget) -> None:
    """Each time `window` is shown, it fits the screen (dialogs size themselves on showing)."""
    window.installEventFilter(_KeepOnScreen(window))
