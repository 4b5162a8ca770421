"""Every keyboard shortcut of a window, read from its actions when shown, so it never goes stale.

The names and keys are the actions' own: renaming an action or changing its key changes this
list too, and an action the current account hides is not offered here either. The list is read
again when a key is changed in Preferences and when the language changes, while it is open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approval_console.ui.language import follow_language
from approval_console.ui.shortcut_keys import action_label, native_text

ShortcutGroups = Sequence[tuple[str, Sequence[QAction]]]


def action_name(action: QAction) -> str:
    """The action as its menu says it, without the mnemonic's & or a trailing ellipsis."""
    return action_label(action)


def action_keys(action: QAction) -> str:
    """Every key sequence of the action, as this platform writes them ("Ctrl+Shift+S")."""
    return ", ".join(
        native_text(sequence) for sequence in action.shortcuts() if not sequence.isEmpty()
    )


def shortcut_rows(groups: ShortcutGroups) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(name, keys)]) for every visible action that has a key; empty groups left out."""
    rows = []
    for title, actions in groups:
        entries = [
            (action_name(action), action_keys(action))
            for action in actions
            if not action.isSeparator() and action.isVisible() and action_keys(action)
        ]
        if entries:
            rows.append((title, entries))
    return rows


def key_tree() -> QTreeWidget:
    """An action-and-keys list, grouped: the names take the room, the keys what they need."""
    tree = QTreeWidget()
    tree.setColumnCount(2)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class ShortcutsDialog(QDialog):
    """Modeless: it can stay open beside the window while the person tries the keys."""

    def __init__(
        self,
        parent: QWidget | None = None,
        groups: Callable[[], ShortcutGroups] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # built afresh each time asked for
        self._groups = groups
        self.tree = key_tree()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(460, 560)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        # The window names its actions anew on the same change: read them once it has.
        QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        """Read the window's actions again (a key or the language changed)."""
        if self._groups is not None:
            self.set_groups(self._groups())

    def set_groups(self, groups: ShortcutGroups) -> None:
        """Show what the actions say now."""
        self.tree.clear()
        for title, entries in shortcut_rows(groups):
            group = QTreeWidgetItem([title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for name, keys in entries:
                group.addChild(QTreeWidgetItem([name, keys]))
        self.tree.expandAll()

    def listed(self) -> dict[str, str]:
        """Every listed action's name with its keys, as the person reads them."""
        shown: dict[str, str] = {}
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            for child in range(group.childCount()):
                item = group.child(child)
                if item is not None:
                    shown[item.text(0)] = item.text(1)
        return shown

    def group_titles(self) -> list[str]:
        return [
            item.text(0)
            for index in range(self.tree.topLevelItemCount())
            if (item := self.tree.topLevelItem(index)) is not None
        ]
