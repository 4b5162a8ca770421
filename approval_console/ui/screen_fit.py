"""Windows and dialogs that fit the screen they open on, whatever its size or scaling.

A size in Qt's logical pixels grows with the display scale: 1360×820 at 150 % covers 2040×1230
device pixels, more than a 1600×1000 screen. So a window asks for its preferred size only up
to the screen's available area (without panels and docks), less room for the frame the window
manager adds (unknown until the window is mapped), and a window shown again, a restored
geometry or a dialog that sized itself to its contents is brought back inside that area.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QMargins, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QWidget

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
    from PySide6.QtCore import Qt  # not at import: the first paint does without it (ui.roles)

    _keep_on_screen(
        window,
        placed=window.testAttribute(Qt.WidgetAttribute.WA_Moved),
        created=window.testAttribute(Qt.WidgetAttribute.WA_WState_Created),
    )


def keep_restored_on_screen(window: QWidget) -> None:
    """`keep_on_screen` for a window just put back where it was and not shown yet (the start-up
    preview): what Qt would be asked of it is known, and asking builds `Qt` (see `ui.roles`)."""
    _keep_on_screen(window, placed=True, created=False)


def _keep_on_screen(window: QWidget, *, placed: bool, created: bool) -> None:
    """`placed`: by the program (restored, or a dialog centred on its parent); `created`: the
    window system has the window, if not yet its frame."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_area(window)
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if room(area).size().expandedTo(least) != room(area).size():
        scroll_contents(window)  # a dialog taller than a laptop at 200 %: its contents scroll
    # Never below what its contents need (known before it is shown, unlike minimumSize()):
    # on a screen too small even for that, its top-left corner shows, and nothing is cut off.
    size = window.size().boundedTo(room(area).size()).expandedTo(window.minimumSizeHint())
    if size != window.size():
        window.resize(size)
    # Only a window placed by the program is moved: one never placed is left to the window
    # manager, which places it on screen.
    if not placed:
        return
    frame = window.frameGeometry()
    framed = frame != window.geometry()
    if framed or not created:
        where = frame_position(frame, window.size(), area)  # move() places the frame
        if where != frame.topLeft():
            window.move(where)
    else:
        # Created but not framed yet (as when it is being shown): move() places the contents,
        # so they keep clear of the room the title bar will take above them.
        where = inside_position(window.pos(), window.size(), room(area))
        if where != window.pos():
            window.move(where)


SCROLLING = "fitContents"  # the object name of the scroll area a window's contents move into


def scroll_contents(window: QWidget) -> bool:
    """Move a window's contents into a scroll area, so that the window can be smaller than
    they are; True if they were moved (now or before).

    For a window whose least size is larger than the screen's room: a dialog of 560 logical
    pixels on a 1600×1000 screen at 200 % (500 logical pixels high) would otherwise run off it,
    its buttons out of reach. Only a window laid out by a box layout (every dialog here) is
    changed; its widgets, their order, stretch and alignment stay as they were.
    """
    from PySide6.QtCore import Qt

    layout = window.layout()
    if window.findChild(QScrollArea, SCROLLING, Qt.FindChildOption.FindDirectChildrenOnly):
        return True
    if not isinstance(layout, QBoxLayout):
        return False
    moved = QBoxLayout(layout.direction())
    moved.setSpacing(layout.spacing())
    moved.setContentsMargins(layout.contentsMargins())
    while layout.count():
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        if item is None:  # cannot happen while count() says there are items
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            moved.addWidget(widget, stretch, item.alignment())
        elif inner is not None:
            moved.addLayout(inner, stretch)
        else:
            moved.addItem(item)
            moved.setStretch(moved.count() - 1, stretch)
    contents = QWidget()
    contents.setLayout(moved)  # its widgets move there, shown as they were
    # A least size the window was given is its contents' now: they scroll, it fits.
    contents.setMinimumSize(window.minimumSize())
    window.setMinimumSize(0, 0)
    area = QScrollArea()
    area.setObjectName(SCROLLING)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(contents)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)
    layout.activate()
    return True


class _KeepOnScreen(QObject):
    """Watches one window: its Show comes after it sized itself, before it is mapped; a
    window that grows past the screen later (contents loaded after it opened) is brought back;
    and the windows it opens (dialogs are its children) are watched as well."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(watched, QWidget):
            return False
        if kind == QEvent.Type.Show and watched.isWindow():
            keep_on_screen(watched)
        elif kind == QEvent.Type.Resize and watched.isWindow() and watched.isVisible():
            if not room(available_area(watched)).contains(watched.geometry()):
                keep_on_screen(watched)
        elif kind == QEvent.Type.ChildAdded and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow():
                fit_on_show(child)
        return False


def fit_on_show(window: QWidget) -> None:
    """Each time `window` is shown, it fits the screen (dialogs size themselves on showing),
    and so does every window or dialog it opens."""
    from PySide6.QtCore import Qt

    if window.findChild(_KeepOnScreen, "", Qt.FindChildOption.FindDirectChildrenOnly) is None:
        window.installEventFilter(_KeepOnScreen(window))
