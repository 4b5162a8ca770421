"""The activity log's rows: journal entries, newest first, one page at a time.

The model holds the pages read so far and asks for the next when the view scrolls near the end
(`canFetchMore`/`fetchMore`, as Qt's fetchMore example); the reading itself is the view model's,
off the GUI thread, so scrolling through 100,000 entries never waits on the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.services.activity import Activity, ActivityOutcome
from approval_console.ui.models.language_watch import on_language_change
from approval_console.ui.tones import Tone, tone_color

COLUMNS = (
    QT_TRANSLATE_NOOP("ActivityModel", "When"),
    QT_TRANSLATE_NOOP("ActivityModel", "Account"),
    QT_TRANSLATE_NOOP("ActivityModel", "Order"),
    QT_TRANSLATE_NOOP("ActivityModel", "Change"),
    QT_TRANSLATE_NOOP("ActivityModel", "Outcome"),
    QT_TRANSLATE_NOOP("ActivityModel", "Why"),
)
WHEN, ACCOUNT, ORDER, CHANGE, OUTCOME, WHY = range(len(COLUMNS))
# Export and copy read the same texts the table shows.
_TONES = {
    ActivityOutcome.APPLIED: Tone.SUCCESS,
    ActivityOutcome.NOT_APPLIED: Tone.ERROR,
    ActivityOutcome.INTERRUPTED: Tone.WARNING,
}

Index = QModelIndex | QPersistentModelIndex


def cells(activity: Activity) -> tuple[str, str, str, str, str, str]:
    """The row as shown, column by column."""
    return (
        activity.when,
        activity.account,
        activity.order,
        activity.what,
        activity.outcome_text,
        activity.reason,
    )


class ActivityModel(QAbstractTableModel):
    moreWanted = Signal()  # the view reached the end of what is read: read the next page

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Activity] = []
        self._more = False
        self._asking = False  # a page is being read: ask once
        on_language_change(
            self,
            lambda: self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1),
        )

    # -- filling --------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Activity], more: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._more = more
        self._asking = False
        self.endResetModel()

    def append(self, rows: Sequence[Activity], more: bool) -> None:
        self._asking = False
        self._more = more
        known = {row.id for row in self._rows}
        fresh = [row for row in rows if row.id not in known]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()

    def update(self, rows: Iterable[Activity]) -> None:
        """Rows read again (a change moved on): shown in place."""
        by_id = {row.id: row for row in rows}
        for number, row in enumerate(self._rows):
            if row.id in by_id:
                self._rows[number] = by_id[row.id]
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))

    # -- reading --------------------------------------------------------------------------------

    @property
    def rows(self) -> list[Activity]:
        return list(self._rows)

    @property
    def more(self) -> bool:
        return self._more

    def activity_at(self, row: int) -> Activity:
        return self._rows[row]

    def rows_of(self, ids: Iterable[int]) -> list[int]:
        wanted = set(ids)
        return [number for number, row in enumerate(self._rows) if row.id in wanted]

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._asking

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._asking = True
            self.moreWanted.emit()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ActivityModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        activity = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = cells(activity)[column]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if column in (CHANGE, WHY) and text else None
            return text
        if role == Qt.ItemDataRole.ForegroundRole and column == OUTCOME:
            tone = _TONES.get(activity.outcome)
            if tone is not None:
                palette = QGuiApplication.palette()
                return QColor(tone_color(palette, tone, QPalette.ColorRole.Base))
        return None
