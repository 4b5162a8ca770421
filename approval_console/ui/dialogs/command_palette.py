"""Ctrl+K: every action the window offers now, a saved view or an order, found by typing.

The palette lists what the menus offer at this moment (visible and enabled: what the account
in use allows), named as the menus name it in the person's language, with its key; every saved
view as "View: Overdue"; and, when what is typed reads as an order number, the orders of that
number in the cache ("Go to order #1040"). Up and Down move, Return runs, Esc closes; with
nothing typed, what was run last comes first.

Matching runs on a few dozen names per keystroke; an order number is a few index seeks in the
cache (`store.order_numbers`), never a pass over the list's 100,000 rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approval_console.ui.language import follow_language

MAX_ORDERS = 5  # orders offered for a number typed
RECENT_KEPT = 10
VISIBLE_ROWS = 12  # the list grows to this many rows, then scrolls
_WORDS = re.compile(r"[\W_]+")  # "l'échéance": a word starts after the apostrophe


@dataclass(frozen=True)
class Command:
    """One thing the palette can run: its key (for "most recent"), name, keys and run."""

    key: str  # "action:orders.change_status", "view:<id>", "order:<id>"
    name: str  # as the person reads it, in their language
    keys: str  # the shortcut as this platform writes it, or ""
    run: Callable[[], object]


def fold(text: str) -> str:
    """Lower case without accents: "Télécharger" is found by "telech"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def match_rank(query: str, name: str) -> int | None:
    """How well `name` matches `query` (lower is better), or None when it does not.

    The name starting with it, then a word of it starting with it, then containing it, then
    its letters in order ("chst" finds "Change status").
    """
    query, name = fold(query.strip()), fold(name)
    if not query:
        return 3
    if name.startswith(query):
        return 0
    if any(word.startswith(query) for word in _WORDS.split(name)):
        return 1
    if query in name:
        return 2
    position = 0
    for ch in query:
        if ch == " ":
            continue
        position = name.find(ch, position)
        if position < 0:
            return None
        position += 1
    return 3


def ranked(query: str, commands: Sequence[Command], recent: Sequence[str]) -> list[Command]:
    """The commands matching `query`, best first; ties (and an empty query) by recent use."""
    recency = {key: index for index, key in enumerate(recent)}
    scored = []
    for index, command in enumerate(commands):
        rank = match_rank(query, command.name)
        if rank is not None:
            scored.append((rank, recency.get(command.key, len(recency)), index, command))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored]


class _Keys(QObject):
    """Up, Down, Page keys and Return in the search field move in and run from the list."""

    def __init__(self, palette: CommandPalette) -> None:
        super().__init__(palette)
        self._palette = palette

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._palette.run_current()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._palette.step(key)
            return True
        return False


class CommandPalette(QDialog):
    """A small frameless window over the main window: a search field above a list."""

    ran = Signal(str)  # the command's key, once run

    def __init__(
        self,
        commands: Callable[[], list[Command]],
        orders: Callable[[str], list[Command]],
        recent: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("commandPalette")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._commands_of = commands
        self._orders_of = orders
        self._recent = list(recent)
        self._commands: list[Command] = []
        self._shown: list[Command] = []
        frame = self._frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.field = QLineEdit()
        self.field.setObjectName("paletteField")
        self.field.setClearButtonEnabled(True)
        self.list = QTreeWidget()
        self.list.setObjectName("paletteList")
        self.list.setColumnCount(2)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setObjectName("paletteEmpty")
        self.empty.hide()
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(self.field)
        inner.addWidget(self.list)
        inner.addWidget(self.empty)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.field.installEventFilter(_Keys(self))
        self.field.textChanged.connect(self._filter)
        self.list.itemActivated.connect(lambda _item, _column: self.run_current())
        self.list.itemClicked.connect(lambda _item, _column: self.run_current())
        self.resize(560, self.sizeHint().height())
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Command palette"))
        self.field.setPlaceholderText(self.tr("Type an action, a view or an order number"))
        self.empty.setText(self.tr("Nothing matches."))
        self._commands = self._commands_of()  # the names, in the language now
        self._filter(self.field.text())

    def place_over(self, window: QWidget) -> None:
        """Centred near the top of `window`, as palettes are."""
        width = min(max(window.width() // 2, 480), max(window.width() - 40, 320))
        self.resize(width, self.height())
        top_left = window.mapToGlobal(window.rect().topLeft())
        self.move(top_left.x() + (window.width() - width) // 2, top_left.y() + 60)

    # -- what is listed ----------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        shown = self._orders_of(text) + ranked(text, self._commands, self._recent)
        self._shown = shown
        self.list.clear()
        for command in shown:
            item = QTreeWidgetItem([command.name, command.keys])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.list.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        # As tall as what it lists, up to a dozen rows: a short answer is a short popup.
        rows = min(max(len(shown), 1), VISIBLE_ROWS)
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 2)
        for layout in (self._frame.layout(), self.layout()):
            if layout is not None:
                layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    def listed(self) -> list[str]:
        """The names listed, top first, as the person reads them."""
        return [command.name for command in self._shown]

    def current_name(self) -> str | None:
        row = self._current_row()
        return self._shown[row].name if row is not None else None

    def _current_row(self) -> int | None:
        item = self.list.currentItem()
        if item is None:
            return None
        row = self.list.indexOfTopLevelItem(item)
        return row if 0 <= row < len(self._shown) else None

    def step(self, key: int) -> None:
        """Up/Down one row, Page Up/Down a page, stopping at the ends."""
        count = len(self._shown)
        if not count:
            return
        row = self._current_row() or 0
        page = max(self.list.height() // max(self.list.sizeHintForRow(0), 1) - 1, 1)
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }.get(Qt.Key(key), 0)
        item = self.list.topLevelItem(min(max(row + step, 0), count - 1))
        if item is not None:
            self.list.setCurrentItem(item)

    def run_current(self) -> None:
        """Close, then run what is chosen: what it opens takes the keyboard after the palette."""
        row = self._current_row()
        if row is None:
            return
        command = self._shown[row]
        self.close()
        self.ran.emit(command.key)
        command.run()
