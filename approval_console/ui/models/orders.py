"""The order list's table model: it holds only row ids and reads rows as they are shown.

Filtering and sorting happen in SQL (see `OrderListViewModel`); this model receives the ordered
rowids and fetches the few rows on screen from the GUI-thread reader, fifty at a time, about a
millisecond each. That is how 100,000 orders scroll like ten.
"""

from __future__ import annotations

import re
import struct
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette

from approval_console.core.domain import Order
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.labels import FINANCIAL, FULFILLMENT, status_label, status_text
from approval_console.store.orders import OrderCache, SortKey
from approval_console.ui.dates import format_date_range, format_datetime
from approval_console.ui.models.language_watch import on_language_change
from approval_console.ui.roles import (
    ALIGN_RIGHT_VCENTER,
    DISPLAY_ROLE,
    FONT_ROLE,
    FOREGROUND_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
)
from approval_console.ui.tones import Tone, tone_color
from approval_console.ui.widgets.status_chip import STATUS_COLOR_ROLE, chip_cell_width

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from approval_console.core.backends import Capabilities

ORDER_ID_ROLE = USER_ROLE + 10
PAGE = 50  # rows read at once: a screenful and a little more (each costs ~0.1 ms)
ROW_CACHE = 2_000
ONE_BY_ONE = 16  # `rows_of` searches this many rowids one by one, more in one pass

Index = QModelIndex | QPersistentModelIndex


def _due_text(order: Order) -> str:
    return format_date_range(order.due_date, order.due_date_to)


@dataclass(frozen=True, slots=True)
class Column:
    title: str  # in English: the key saved views, layouts and exports know the column by
    text: Callable[[Order], str]
    sort: SortKey | None
    samples: Callable[[], Iterable[str]]  # the widest values it is meant to show whole
    chip: bool = False  # drawn as a status chip, in the chip's font and padding
    # Whole or not at all: an order number cut to "R166119…" names no order, so its column
    # is never elided, always shown, and as wide as the widest number read (`numbersRead`).
    whole: bool = False

    @property
    def label(self) -> str:
        """The title in the person's language, as the header shows it."""
        return translate("OrderTableModel", self.title)

    @property
    def width(self) -> int:
        """The width that shows the samples and the title whole, in the application's font."""
        return column_width(self, QGuiApplication.font(), focus_frame_margin())


def _months() -> Iterable[datetime]:
    """A late day and time in every month: the widest any date of the year is written."""
    return (datetime(2026, month, 28, 23, 58) for month in range(1, 13))


COLUMNS: tuple[Column, ...] = (
    # Order numbers run to eleven characters (Spree's "R123456789", prefixed ones "NW-104649").
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "Number"),
        lambda o: o.name,
        SortKey.NUMBER,
        lambda: ("R0000000000", "NW-0000000"),
        whole=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "Customer"),
        lambda o: o.customer.name,
        SortKey.CUSTOMER,
        lambda: ("Silver Maple Machine Works",),
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "Email"),
        lambda o: o.customer.email,
        SortKey.EMAIL,
        lambda: ("firstname.lastname@example.com",),
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "Status"),
        lambda o: status_label(o.status) if o.status else translate("OrderTableModel", "No status"),
        SortKey.STATUS,
        lambda: ("Awaiting approval",),
        chip=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "Amount"),
        lambda o: str(o.amount) if o.amount else "",
        SortKey.AMOUNT,
        lambda: ("000,000.00 MMM",),
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "Financial"),
        lambda o: FINANCIAL.text(o.financial_status),
        SortKey.FINANCIAL,
        lambda: ("Partially refunded",),
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "Fulfillment"),
        lambda o: FULFILLMENT.text(o.fulfillment_status),
        SortKey.FULFILLMENT,
        lambda: ("Partially fulfilled",),
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "Due"),
        _due_text,
        SortKey.DUE_DATE,
        lambda: (format_date_range(day.date(), day.date()) for day in _months()),
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "Status changed"),
        lambda o: format_datetime(o.status.set_at if o.status else None),
        SortKey.STATUS_SET_AT,
        lambda: map(format_datetime, _months()),
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "History"),
        lambda o: str(o.history_count),
        SortKey.HISTORY_COUNT,
        lambda: ("00000",),
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderTableModel", "Created"),
        lambda o: format_datetime(o.created_at),
        SortKey.CREATED,
        lambda: map(format_datetime, _months()),
    ),
)
NUMBER_COLUMN = 0
EMAIL_COLUMN = 2
STATUS_COLUMN = 3
AMOUNT_COLUMN = 4
FINANCIAL_COLUMN = 5
FULFILLMENT_COLUMN = 6
DUE_COLUMN = 7
HISTORY_COLUMN = 9
CREATED_COLUMN = 10
NUMERIC_COLUMNS = frozenset({HISTORY_COLUMN, AMOUNT_COLUMN})
WORD_COLUMNS: dict[int, Callable[[Order], str | None]] = {
    FINANCIAL_COLUMN: lambda o: o.financial_status,
    FULFILLMENT_COLUMN: lambda o: o.fulfillment_status,
}


def hidden_columns(capabilities: Capabilities) -> frozenset[int]:
    """Columns a backend's orders have nothing for: amounts (and their creation time) where
    orders carry none, payment states, due dates and history where the backend has none."""
    hidden: set[int] = set()
    if not capabilities.amounts:
        hidden |= {AMOUNT_COLUMN, CREATED_COLUMN}
    if not capabilities.payment_states:
        hidden |= {FINANCIAL_COLUMN, FULFILLMENT_COLUMN}
    if not capabilities.due_dates:
        hidden.add(DUE_COLUMN)
    if not capabilities.history:
        hidden.add(HISTORY_COLUMN)
    return frozenset(hidden)


HEADER_EXTRA = 24  # the header's own padding and its sort arrow
SLACK = 4  # a little air, so the widest value does not touch the next column


COMMON_FOCUS_MARGIN = 2  # QCommonStyle's focus frame margin, which Fusion keeps


def focus_frame_margin(widget: QWidget | None = None) -> int:
    """The style's focus frame margin: Qt sets an item's text in by that and one pixel more.

    Asking the style builds PySide's `QStyle` class, some 5 ms of enums on first use, which
    the start-up preview does without (it measures with `COMMON_FOCUS_MARGIN` until then)."""
    from PySide6.QtWidgets import QApplication, QStyle

    style = widget.style() if widget is not None else QApplication.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget)


def cell_margins(frame_margin: int) -> int:
    """What a cell adds to its text's width: Qt's text margin (the focus frame margin and one
    pixel) on either side, and the grid line."""
    return 2 * (frame_margin + 1) + 1


def column_width(column: Column, font: QFont, frame_margin: int) -> int:
    """A column as wide as its widest sample (and its title), with the cell's own margins, so
    that no value of that shape is ever cut short."""
    metrics = QFontMetrics(font)
    margins = cell_margins(frame_margin)
    if column.chip:
        widest = max(chip_cell_width(text, font) for text in column.samples())
    else:
        widest = max(metrics.horizontalAdvance(text) for text in column.samples()) + margins
    title = metrics.horizontalAdvance(column.label) + margins + HEADER_EXTRA
    return max(widest, title) + SLACK


def canceled_color() -> QColor:
    """Canceled orders read quieter than the rest of the list, still at 4.5:1 or more."""
    return tone_color(QGuiApplication.palette(), Tone.CAPTION, QPalette.ColorRole.Base)


def overdue_color() -> QColor:
    """The error red that reads on the list's background in the current palette."""
    return tone_color(QGuiApplication.palette(), Tone.ERROR, QPalette.ColorRole.Base)


STRUCK_FONT = QFont()
STRUCK_FONT.setStrikeOut(True)
HANDLED_ROLES = frozenset(
    {
        DISPLAY_ROLE,
        FOREGROUND_ROLE,
        FONT_ROLE,
        TEXT_ALIGNMENT_ROLE,
        TOOLTIP_ROLE,
        ORDER_ID_ROLE,
        STATUS_COLOR_ROLE,
    }
)


@dataclass(slots=True)
class _Row:
    """One order as the table shows it: each column's text is written when first painted, and
    kept (painting asks for it again and again); a hidden column's never is."""

    order: Order
    status_color: str
    overdue: bool
    texts: list[str | None]

    @classmethod
    def of(cls, order: Order, colors: dict[str, str], today: date) -> _Row:
        if order.status is None:
            color = "#D1D5DB"
        else:
            color = order.status.color or colors.get(order.status.code, "#6B7280")
        return cls(order, color, order.is_overdue(today), [None] * len(COLUMNS))

    def text(self, column: int) -> str:
        text = self.texts[column]
        if text is None:
            text = self.texts[column] = COLUMNS[column].text(self.order)
        return text


class OrderTableModel(QAbstractTableModel):
    """Rows are rowids into the cache; their orders are read lazily and kept in a small LRU."""

    sortRequested = Signal(object, bool)  # SortKey, descending
    # The longest order number among rows just read, each time one is longer than any before:
    # the list widens its Number column before that row is painted.
    numbersRead = Signal(str)

    def __init__(self, reader: OrderCache, parent: Any = None) -> None:
        super().__init__(parent)
        self._reader = reader
        # 8 bytes per listed order: a million rowids as Python ints (and a position map)
        # would cost over 100 MB.
        self._rowids: array[int] = array("q")
        self._count = 0  # rows shown: the rowids, or more while a long list's rest is read
        self._rows: OrderedDict[int, _Row] = OrderedDict()
        self._status_colors: dict[str, str] = {}
        self._today = date.today()
        self._longest_number = ""
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """Header labels and row texts ("No status") read again in the new language."""
        from PySide6.QtCore import Qt

        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.invalidate()

    # -- contents --------------------------------------------------------------------------

    def set_rowids(self, rowids: Sequence[int] | array[int], total: int | None = None) -> None:
        """Show a new result; when only the contents changed, keep the view as it is.

        With a `total` larger than `rowids`, these are the first rows of a list that long,
        whose rest comes later (the same list again, whole): rows past them read "…" until
        then, and the list arriving whole keeps the view, its scroll and its selection. A
        list that starts with the rows shown (a search's first matches, then all of them)
        keeps them too: the new rows are inserted below.
        """
        rowids = rowids if isinstance(rowids, array) else array("q", rowids)
        count = len(rowids) if total is None else max(total, len(rowids))
        known, shown = self._rowids, self._count
        if count == shown and (rowids == known or rowids[: len(known)] == known):
            self._rowids = rowids
            if len(known) < shown:  # the rest of the list: its placeholders become rows
                last = len(COLUMNS) - 1
                self.dataChanged.emit(self.index(len(known), 0), self.index(shown - 1, last))
            else:
                self.invalidate()
            return
        if len(known) == shown and count > shown and rowids[:shown] == known:
            # The first matches grew into the whole result: rows come in below, and the
            # view keeps its scroll and selection.
            self.beginInsertRows(QModelIndex(), shown, count - 1)
            self._rowids, self._count = rowids, count
            self.endInsertRows()
            return
        self.beginResetModel()
        self._rowids, self._count = rowids, count
        self._rows.clear()
        self.endResetModel()

    def set_status_colors(self, colors: dict[str, str]) -> None:
        self._status_colors = dict(colors)
        self.invalidate()

    def invalidate(self, rowids: Iterable[int] | None = None) -> None:
        """Forget cached rows (all, or some) and repaint them from the cache."""
        if not self._rowids:
            return
        if rowids is None:
            self._rows.clear()
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))
            return
        for rowid, row in self.rows_of(rowids).items():
            self._rows.pop(rowid, None)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowids(self) -> list[int]:
        return self._rowids.tolist()

    def rowid_at(self, row: int) -> int | None:
        return self._rowids[row] if 0 <= row < len(self._rowids) else None

    def rows_of(self, rowids: Iterable[int]) -> dict[int, int | None]:
        """The row showing each of `rowids` (None: not listed). A few are searched for one by
        one; many in a single pass over the list, instead of one search each."""
        wanted = dict.fromkeys(rowids)
        if len(wanted) <= ONE_BY_ONE:
            return {rowid: self.row_of(rowid) for rowid in wanted}
        found: dict[int, int | None] = dict.fromkeys(wanted)
        for row, rowid in enumerate(self._rowids):
            if rowid in wanted:
                found[rowid] = row
        return found

    def row_of(self, rowid: int) -> int | None:
        """The row showing `rowid`: a search of the packed rowids for its 8 bytes, in C (a
        few milliseconds over a million), instead of a map kept for every listed order."""
        if rowid < 0 or rowid >= 2**63:
            return None
        buffer = memoryview(self._rowids).cast("B")
        needle = re.compile(re.escape(struct.pack("=q", rowid)))
        found = needle.search(buffer)
        while found is not None:
            if found.start() % 8 == 0:  # a whole entry, not the tail of one and head of next
                return found.start() // 8
            found = needle.search(buffer, found.start() + 1)
        return None

    def order_at(self, row: int) -> Order | None:
        cached = self._row(row)
        return cached.order if cached is not None else None

    def _row(self, row: int) -> _Row | None:
        """The row as shown, read with its neighbours on first sight and kept in a small LRU."""
        rowid = self.rowid_at(row)
        if rowid is None:
            return None
        cached = self._rows.get(rowid)
        if cached is None:
            self._load_around(row)
            cached = self._rows.get(rowid)
        else:
            self._rows.move_to_end(rowid)
        return cached

    def _load_around(self, row: int) -> None:
        start = max(0, row - PAGE // 4)
        wanted = [rid for rid in self._rowids[start : start + PAGE] if rid not in self._rows]
        orders = self._reader.rows(wanted)
        if len(orders) != len(wanted):
            # Some were deleted since the query ran: `rows` skips them, so read one by one.
            orders_by_rowid = {rid: self._reader.rows([rid]) for rid in wanted}
            pairs = [(rid, found[0]) for rid, found in orders_by_rowid.items() if found]
        else:
            pairs = list(zip(wanted, orders, strict=True))
        colors, today = self._status_colors, self._today
        self._rows.update((rid, _Row.of(order, colors, today)) for rid, order in pairs)
        longest = max((order.name for _rid, order in pairs), key=len, default="")
        if len(longest) > len(self._longest_number):
            self._longest_number = longest
            self.numbersRead.emit(longest)
        if len(self._rows) > ROW_CACHE:
            for _ in range(len(self._rows) - ROW_CACHE):
                self._rows.popitem(last=False)

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        """The column titles, for whoever reads them of the model (a screen reader, an export);
        the order list's header shows them from a copy (`OrderTableView`), see `ui.roles`."""
        from PySide6.QtCore import Qt  # built by now: Qt has just passed an orientation

        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == DISPLAY_ROLE and 0 <= section < len(COLUMNS):
            return COLUMNS[section].label
        return None

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # Painting asks ~10 roles per cell; answer the ones never used before touching a row,
        # and serve the rest from texts computed once per row.
        if role not in HANDLED_ROLES or not index.isValid():
            return None
        row = self._row(index.row())
        column = index.column()
        if row is None:
            return "…" if role == DISPLAY_ROLE else None
        if role == DISPLAY_ROLE:
            return row.text(column)
        if role == ORDER_ID_ROLE:
            return row.order.id
        if role == STATUS_COLOR_ROLE:
            return row.status_color if column == STATUS_COLUMN else None
        if role == FOREGROUND_ROLE:
            if row.order.is_canceled:
                return canceled_color()
            return overdue_color() if column == DUE_COLUMN and row.overdue else None
        if role == FONT_ROLE:
            return STRUCK_FONT if column == 0 and row.order.is_canceled else None
        if role == TEXT_ALIGNMENT_ROLE:
            return ALIGN_RIGHT_VCENTER if column in NUMERIC_COLUMNS else None
        if role == TOOLTIP_ROLE:
            order = row.order
            if column == STATUS_COLUMN and order.status is not None:
                return status_text(order.status.description or order.status.name, order.status.code)
            word = WORD_COLUMNS[column](order) if column in WORD_COLUMNS else None
            if word:
                # The server's own word, as its documents and filters spell it.
                return self.tr("Sent as “{word}”").format(word=word)
            if order.is_canceled:
                return self.tr("Canceled {when}").format(when=format_datetime(order.canceled_at))
        return None

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Sorting is the database's job: ask for it, don't do it here (no `order`: ascending,
        as in Qt)."""
        from PySide6.QtCore import Qt

        if 0 <= column < len(COLUMNS) and COLUMNS[column].sort is not None:
            self.sortRequested.emit(COLUMNS[column].sort, order == Qt.SortOrder.DescendingOrder)
