"""Chips that say which filters are chosen, each removable on its own, and the pieces they need:
a menu that stays open while choices are ticked, and a layout that wraps chips to the width.

A chip reads "Status: Awaiting Proof, Proof Approved ✕": what is filtered and by what, so the
list never hides rows behind a button that only says "2 chosen". Its ✕ removes that filter
alone, with the mouse or from the keyboard (Tab to it, Space; or Delete on the chip).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetItem,
)

from approval_console.core.i18n import translate

SHOWN_NAMES = 3  # names a chip spells out before saying how many more
CHIP_TEXT_WIDTH = 320  # pixels of text at most; longer names are elided (the tooltip has all)


class StayOpenMenu(QMenu):
    """A menu whose checkable choices tick without closing it, so several are chosen in one
    go; a plain action (or a click outside, or Escape) still closes it."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if (
            event.key() in keys
            and action is not None
            and action.isCheckable()
            and action.isEnabled()
            and action.menu() is None
        ):
            action.trigger()
            return
        super().keyPressEvent(event)


class MenuButton(QToolButton):
    """A button that drops its menu down without a nested event loop (`QMenu.popup`, not
    `exec`): the window's coroutines keep running while the menu is open, and a click on the
    button opens it as a click on a drop-down does."""

    def __init__(self, text: str, menu: QMenu | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = text
        self._menu = menu if menu is not None else StayOpenMenu(self)
        self._menu.setTitle(text)
        self.setText(text)
        self.clicked.connect(self.open_menu)

    def menu(self) -> QMenu:
        return self._menu

    def setText(self, text: str) -> None:
        """Shown with a drop-down mark; `text()` gives what it says without it."""
        self._text = text
        super().setText(f"{text} ▾")
        self.setAccessibleName(text)

    def text(self) -> str:
        return self._text

    def open_menu(self) -> None:
        self._menu.popup(self.mapToGlobal(QPoint(0, self.height())))


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto new lines: chips never make the
    window wider than its screen, however many are chosen."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()  # lay out again even when the layout's own rectangle is unchanged

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line: what the layout would like, not what it needs."""
        items = self._visible()
        width = sum(item.sizeHint().width() for item in items)
        width += self._spacing * max(len(items) - 1, 0)
        height = max((item.sizeHint().height() for item in items), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest item alone: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lines of items, each item centred on its line's height; returns the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        lines: list[list[tuple[QLayoutItem, int, QSize]]] = [[]]
        x = area.x()
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), 1))
            if x > area.x() and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, x, QSize(width, hint.height())))
            x += width + self._spacing
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(size.height() for _item, _x, size in line)
            if move:
                for item, left, size in line:
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(left, top), size))
            y += height + self._spacing
        used = y - self._spacing if any(lines) else y
        return used - rect.y() + margins.bottom()


class FilterChip(QFrame):
    """One chosen filter: its text (a click opens what edits it) and a ✕ that removes it."""

    removed = Signal(str)  # the chip's key
    editRequested = Signal(str)

    def __init__(self, key: str, text: str, tooltip: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("filterChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.full_text = text
        self.label = QToolButton()
        self.label.setAutoRaise(True)
        self.label.setText(
            self.label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, CHIP_TEXT_WIDTH)
        )
        self.label.setToolTip(tooltip or text)
        self.label.clicked.connect(lambda: self.editRequested.emit(self.key))
        self.close_button = QToolButton()
        self.close_button.setObjectName("filterChipRemove")
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.setToolTip(self.tr("Remove this filter ({filter})").format(filter=text))
        self.close_button.setAccessibleName(self.tr("Remove filter {filter}").format(filter=text))
        self.close_button.clicked.connect(lambda: self.removed.emit(self.key))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        self.setAccessibleName(text)

    def text(self) -> str:
        return f"{self.full_text} ✕"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removed.emit(self.key)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.editRequested.emit(self.key)
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class ChipSpec:
    """What one chip says: its key (which filter it removes), text and full tooltip."""

    key: str
    text: str
    tooltip: str = ""


def listing(title: str, names: Sequence[str], key: str | None = None) -> ChipSpec | None:
    """ "Title: a, b, c and 2 more", or None when nothing is chosen. The chip's key is `key`,
    or the title in lower case (a title in the person's language passes its English key)."""
    if not names:
        return None
    shown = ", ".join(names[:SHOWN_NAMES])
    more = len(names) - SHOWN_NAMES
    if more > 0:
        text = translate("FilterChip", "{filter}: {names} and %n more", None, more)
    else:
        text = translate("FilterChip", "{filter}: {names}")
    everything = translate("FilterChip", "{filter}: {names}")
    return ChipSpec(
        key if key is not None else title.lower(),
        text.format(filter=title, names=shown),
        everything.format(filter=title, names=", ".join(names)),
    )


class ChipRow(QWidget):
    """The chips of the chosen filters, wrapped to the width; hidden while none is chosen."""

    removed = Signal(str)
    editRequested = Signal(str)

    def __init__(self, trailing: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChips")
        self._flow = FlowLayout(self)
        self._trailing = trailing  # after the chips, shown with them ("Reset filters")
        if trailing is not None:
            self._flow.addWidget(trailing)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.chips: list[FilterChip] = []
        self.hide()

    def set_chips(self, specs: Sequence[ChipSpec]) -> None:
        if [(c.key, c.full_text, c.label.toolTip()) for c in self.chips] == [
            (s.key, s.text, s.tooltip or s.text) for s in specs
        ]:
            return
        focused = next((c.key for c in self.chips if c.isAncestorOf(self.focusWidget())), None)
        for chip in self.chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        if self._trailing is not None:
            self._flow.removeWidget(self._trailing)
        for spec in specs:
            chip = FilterChip(spec.key, spec.text, spec.tooltip, self)
            chip.removed.connect(self.removed)
            chip.editRequested.connect(self.editRequested)
            self._flow.addItem(QWidgetItem(chip))
            chip.show()
            self.chips.append(chip)
        if self._trailing is not None:
            self._flow.addWidget(self._trailing)
        self.setVisible(bool(self.chips))
        if focused is not None:  # removing one chip keeps the keyboard among the others
            keys = [chip.key for chip in self.chips]
            target = self.chips[min(len(self.chips) - 1, 0)] if self.chips else None
            if focused in keys:
                target = self.chips[keys.index(focused)]
            if target is not None:
                target.close_button.setFocus()
        self.updateGeometry()

    def chip(self, key: str) -> FilterChip | None:
        return next((chip for chip in self.chips if chip.key == key), None)

    def texts(self) -> list[str]:
        return [chip.text() for chip in self.chips]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._flow.heightForWidth(width)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self._flow.heightForWidth(width))
