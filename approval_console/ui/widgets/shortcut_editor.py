"""The keys of every action, changed by pressing the new one: the Keyboard page of Preferences.

The actions are grouped as the F1 list groups them (by menu, then the keys that work anywhere
but a text field, in the list, in the comment box) and found by typing part of a name or a
key. Choosing one and pressing a key gives it that key at once, saved; a key another action
has, or one the console keeps for itself, is refused and the reason said beside it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approval_console.ui.dialogs.command_palette import fold
from approval_console.ui.dialogs.shortcuts import ShortcutGroups, action_keys, key_tree
from approval_console.ui.language import follow_language
from approval_console.ui.shortcut_keys import ShortcutKeys, action_label

ID_ROLE = Qt.ItemDataRole.UserRole


class ShortcutEditor(QWidget):
    def __init__(
        self,
        keys: ShortcutKeys,
        groups: Callable[[], ShortcutGroups],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutEditor")
        self._keys = keys
        self._groups = groups
        self.search = QLineEdit()
        self.search.setObjectName("shortcutSearch")
        self.search.setClearButtonEnabled(True)
        self.tree = key_tree()
        self.chosen = QLabel()
        self.key_edit = QKeySequenceEdit()
        self.key_edit.setObjectName("shortcutKeyEdit")
        self.key_edit.setMaximumSequenceLength(1)
        self.clear_button = QPushButton()
        self.reset_button = QPushButton()
        self.reset_all_button = QPushButton()
        self.problem = QLabel()
        self.problem.setObjectName("shortcutProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.key_edit)
        row.addWidget(self.clear_button)
        row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.reset_all_button)
        layout.addLayout(bottom)
        self.search.textChanged.connect(lambda _text: self._filter())
        self.tree.currentItemChanged.connect(lambda *_args: self._chosen_changed())
        self.key_edit.keySequenceChanged.connect(self._pressed)
        self.clear_button.clicked.connect(lambda: self._set([]))
        self.reset_button.clicked.connect(self._reset)
        self.reset_all_button.clicked.connect(self._reset_all)
        keys.changed.connect(self.refresh)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find an action or a key"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.key_edit.setToolTip(self.tr("Press the new key for the chosen action"))
        self.clear_button.setText(self.tr("No key"))
        self.reset_button.setText(self.tr("Reset to default"))
        self.reset_all_button.setText(self.tr("Reset all to defaults"))
        self.refresh()

    # -- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the actions' names and keys again, keeping the chosen one chosen."""
        chosen = self.chosen_id()
        self.tree.clear()
        seen: set[str] = set()
        for title, actions in self._groups():
            group = QTreeWidgetItem([title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for action in actions:
                action_id = self._keys.id_of(action)
                if action_id is None or action_id in seen or not action.text():
                    continue
                seen.add(action_id)
                item = QTreeWidgetItem([action_label(action), action_keys(action)])
                item.setData(0, ID_ROLE, action_id)
                if not self._keys.is_default(action_id):
                    font = item.font(1)
                    font.setBold(True)  # changed from the default
                    item.setFont(1, font)
                group.addChild(item)
            if group.childCount():
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self._filter()
        if chosen is not None:
            self.choose(chosen)
        self._chosen_changed(keep_problem=True)

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            found.extend(
                child for n in range(group.childCount()) if (child := group.child(n)) is not None
            )
        return found

    def _filter(self) -> None:
        needle = fold(self.search.text().strip())
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            shown = 0
            for n in range(group.childCount()):
                item = group.child(n)
                if item is None:
                    continue
                hit = not needle or any(needle in fold(item.text(c)) for c in (0, 1))
                item.setHidden(not hit)
                shown += hit
            group.setHidden(not shown)

    def listed(self) -> dict[str, str]:
        """Every action listed (and not filtered out) with its keys, as the person reads them."""
        return {item.text(0): item.text(1) for item in self._items() if not item.isHidden()}

    def choose(self, action_id: str) -> None:
        for item in self._items():
            if item.data(0, ID_ROLE) == action_id:
                self.tree.setCurrentItem(item)
                return

    def chosen_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _chosen_changed(self, *, keep_problem: bool = False) -> None:
        action_id = self.chosen_id()
        entry = self._keys.entry(action_id) if action_id is not None else None
        for widget in (self.key_edit, self.clear_button, self.reset_button):
            widget.setEnabled(entry is not None)
        self.reset_all_button.setEnabled(
            any(not self._keys.is_default(e.id) for e in self._keys.entries)
        )
        self.key_edit.blockSignals(True)
        keys = self._keys.keys(entry.id) if entry is not None else []
        self.key_edit.setKeySequence(keys[0] if keys else QKeySequence())
        self.key_edit.blockSignals(False)
        if entry is None:
            self.chosen.setText(self.tr("Choose an action, then press its new key."))
        else:
            self.chosen.setText(action_label(entry.action))
            self.reset_button.setEnabled(not self._keys.is_default(entry.id))
        if not keep_problem:
            self.problem.clear()

    # -- changing ------------------------------------------------------------------------------

    def _pressed(self, sequence: QKeySequence) -> None:
        if not sequence.isEmpty():
            self._set([sequence])

    def _set(self, keys: list[QKeySequence]) -> None:
        action_id = self.chosen_id()
        if action_id is None:
            return
        self._say(self._keys.change(action_id, keys))

    def _reset(self) -> None:
        action_id = self.chosen_id()
        if action_id is not None:
            self._say(self._keys.reset(action_id))

    def _reset_all(self) -> None:
        self._keys.reset_all()
        self._say(None)

    def _say(self, problem: str | None) -> None:
        """The reason a key was refused, beside the key (and the key as it was, again)."""
        self._chosen_changed(keep_problem=True)
        self.problem.setText(problem or "")
