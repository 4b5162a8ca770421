"""The saved views as a row of tabs above the list: each with how many orders it holds now.

A row, not a sidebar: the list keeps its whole width for the columns a person reads (numbers
are never elided, the amount stays on screen), and the views cost one line of height.

Clicking a view (or arrowing to it) shows it; a view the list no longer matches since it was
chosen is drawn in italics with a dot, and the bar offers to update it or save a new one. Views
are reordered by dragging or from their context menu (Move left, Move right), which also renames
and deletes them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from approval_console.core.views import SavedView, ViewScope
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, tone_color
from approval_console.ui.viewmodels.views import SHORTCUT_VIEWS, SavedViewsViewModel
from approval_console.ui.wording import number

VIEW_ID_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
MODIFIED_MARK = " •"
ROW_PADDING = 10
TAB_MARGIN = 10


def count_text(count: int | None) -> str:
    return "" if count is None else number(count)


class ViewDelegate(QStyledItemDelegate):
    """The view's name on the left, its count on the right in a quieter colour."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = opt.fontMetrics
        # As wide as the name and the widest count it will show (100,000), so that counting
        # never moves the tabs after it.
        width = metrics.horizontalAdvance(opt.text) + metrics.horizontalAdvance("100,000")
        return QSize(width + 3 * TAB_MARGIN, metrics.height() + ROW_PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(TAB_MARGIN, 0, -TAB_MARGIN, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        count = count_text(index.data(COUNT_ROLE))
        metrics = opt.fontMetrics
        painter.save()
        painter.setFont(opt.font)
        room = metrics.horizontalAdvance(count) + TAB_MARGIN if count else 0
        painter.setPen(palette.color(text_role))
        name_rect = rect.adjusted(0, 0, -room, 0)
        elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width())
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(name_rect, align | Qt.AlignmentFlag.AlignLeft, elided)
        if count:
            quiet = (
                palette.color(text_role)
                if selected
                else tone_color(palette, Tone.CAPTION, palette.ColorRole.Base)
            )
            painter.setPen(quiet)
            painter.drawText(rect, align | Qt.AlignmentFlag.AlignRight, count)
        painter.restore()


class ViewsBar(QWidget):
    """Subscribes to the views' view model; asks the window for what needs a dialog."""

    saveAsRequested = Signal()
    updateRequested = Signal()
    renameRequested = Signal(str)  # view id
    deleteRequested = Signal(str)  # view id

    def __init__(self, views: SavedViewsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewsBar")
        self._vm = views
        self._filling = False
        self.list = QListWidget()
        self.list.setObjectName("viewsList")
        self.list.setItemDelegate(ViewDelegate(self.list))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setSpacing(2)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        height = self.list.fontMetrics().height() + ROW_PADDING + 8
        self.list.setFixedHeight(height)
        self.list.viewport().setAutoFillBackground(False)
        self.save_button = QPushButton()
        self.update_button = QPushButton()
        self.update_button.hide()
        for button in (self.save_button, self.update_button):
            button.setFlat(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.update_button)
        layout.addWidget(self.save_button)

        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemClicked.connect(self._clicked)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.model().rowsMoved.connect(self._dropped)
        self.save_button.clicked.connect(self.saveAsRequested.emit)
        self.update_button.clicked.connect(self.updateRequested.emit)
        views.viewsChanged.connect(self.refresh)
        views.countsChanged.connect(self.show_counts)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Saved views"))
        self.save_button.setText(self.tr("Save as view…"))
        self.save_button.setToolTip(
            self.tr("Save the list's filters, search, sort and columns (Ctrl+S)")
        )
        self.update_button.setText(self.tr("Update view"))
        self.update_button.setToolTip(self.tr("Make the view show what the list shows now"))
        self.refresh()

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        vm = self._vm
        views = vm.views
        modified = vm.modified
        self._filling = True
        try:
            if [self._id(i) for i in range(self.list.count())] != [v.id for v in views]:
                self.list.clear()
                for view in views:
                    item = QListWidgetItem()
                    item.setData(VIEW_ID_ROLE, view.id)
                    self.list.addItem(item)
            for row, view in enumerate(views):
                item = self.list.item(row)
                active = view.id == vm.active_id
                self._describe(item, view, row, active and modified)
                if active and self.list.currentRow() != row:
                    self.list.setCurrentRow(row)
            if vm.active is None:
                self.list.setCurrentRow(-1)
        finally:
            self._filling = False
        self.update_button.setVisible(modified)
        self.show_counts()

    def _describe(self, item: QListWidgetItem, view: SavedView, row: int, modified: bool) -> None:
        name = view.shown_name
        item.setText(name + (MODIFIED_MARK if modified else ""))
        font = QFont(self.list.font())
        font.setItalic(modified)
        item.setFont(font)
        where = {
            ViewScope.OPEN: self.tr("the account that is open"),
            ViewScope.ACCOUNT: self.tr("one account"),
            ViewScope.ALL: self.tr("all accounts (opens their window)"),
        }[view.scope]
        if row < SHORTCUT_VIEWS:
            tip = self.tr("{view}: {shows} (Alt+{number})").format(
                view=name, shows=where, number=row + 1
            )
        else:
            tip = self.tr("{view}: {shows}").format(view=name, shows=where)
        if modified:
            tip += "\n" + self.tr("Changed since chosen: Update view keeps the change.")
        item.setToolTip(tip)

    def show_counts(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            count = self._vm.count(self._id(row))
            if item.data(COUNT_ROLE) != count:
                item.setData(COUNT_ROLE, count)

    def _id(self, row: int) -> str:
        return str(self.list.item(row).data(VIEW_ID_ROLE))

    def count_shown(self, view_id: str) -> str:
        """The count shown beside a view (for the window and its tests)."""
        for row in range(self.list.count()):
            if self._id(row) == view_id:
                return count_text(self.list.item(row).data(COUNT_ROLE))
        return ""

    def names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    # -- what the person does ------------------------------------------------------------------

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if not self._filling and current is not None:
            self._vm.choose(str(current.data(VIEW_ID_ROLE)))

    def _clicked(self, item: QListWidgetItem) -> None:
        """A click on the view already chosen shows it again (as saved, undoing changes)."""
        view_id = str(item.data(VIEW_ID_ROLE))
        if view_id == self._vm.active_id and self._vm.modified:
            self._vm.choose(view_id)

    def _dropped(self, *_args: object) -> None:
        if not self._filling:
            self._vm.reorder([self._id(row) for row in range(self.list.count())])

    def _context_menu(self, position: QPoint) -> None:
        menu = self.menu_for(self.list.itemAt(position))
        menu.popup(self.list.viewport().mapToGlobal(position))

    def menu_for(self, item: QListWidgetItem | None) -> QMenu:
        """The context menu of a view (or of the empty space below them)."""
        vm = self._vm
        menu = QMenu(self)
        if item is not None:
            view_id = str(item.data(VIEW_ID_ROLE))
            row = self.list.row(item)
            menu.addAction(self.tr("Show", "a saved view"), lambda: vm.choose(view_id))
            if view_id == vm.active_id and vm.modified:
                menu.addAction(self.tr("Update view"), self.updateRequested.emit)
            menu.addAction(self.tr("Rename…"), lambda: self.renameRequested.emit(view_id))
            up = menu.addAction(self.tr("Move left"), lambda: vm.move(view_id, -1))
            up.setEnabled(row > 0)
            down = menu.addAction(self.tr("Move right"), lambda: vm.move(view_id, 1))
            down.setEnabled(row < self.list.count() - 1)
            menu.addSeparator()
            menu.addAction(self.tr("Delete…"), lambda: self.deleteRequested.emit(view_id))
            menu.addSeparator()
        menu.addAction(self.tr("Save as view…"), self.saveAsRequested.emit)
        restore = menu.addAction(self.tr("Restore default views"), vm.restore_defaults)
        restore.setEnabled(vm.defaults_missing)
        return menu
