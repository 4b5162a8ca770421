"""The keys of actions: defaults, the person's changes, and the keys refused with a reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from approval_console.ui.shortcut_keys import Scope, ShortcutKeys, reserved_reason
from approval_console.ui.widgets.shortcut_editor import ShortcutEditor


class Keys:
    """A registry over a window of a few actions, its changes kept in `own` as the settings
    keep them, applied again on every save as the preference signal makes the window do."""

    def __init__(self, qtbot) -> None:
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.own: dict[str, list[str]] = {}
        self.saves = 0
        self.keys = ShortcutKeys(lambda: self.own, self._save, self.window)
        self.ran: list[str] = []
        self.export = self.add("file.export", "&Export to CSV…", ["Ctrl+E"])
        self.refresh = self.add("view.refresh", "&Refresh", ["F5"])
        self.clear = self.add("edit.clear_selection", "&Clear selection", ["Esc"])
        self.select_all = self.add("edit.select_all", "Select &all matching", ["Ctrl+A"])
        self.next = self.add("list.next_order", "&Next order", ["J"])
        self.approve = self.add("orders.approve", "A&pprove", [])
        self.send = self.add("comment.send", "&Send comment", ["Ctrl+Return"], Scope.COMMENT)
        self.row_menu = self.add("list.row_menu", "Order &menu", ["Shift+F10"], Scope.LIST)
        self.keys.apply()

    def add(self, action_id: str, text: str, keys: list[str], scope=Scope.WINDOW) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda: self.ran.append(action_id))
        self.window.addAction(action)
        return self.keys.register(action_id, action, keys, scope)

    def _save(self, own: dict[str, list[str]]) -> None:
        self.own = own
        self.saves += 1
        self.keys.apply()


@pytest.fixture
def keys(qtbot) -> Keys:
    return Keys(qtbot)


def _texts(action: QAction) -> list[str]:
    return [k.toString() for k in action.shortcuts()]


def test_a_changed_key_replaces_the_default_and_is_kept_as_a_change(keys):
    assert keys.keys.change("view.refresh", [QKeySequence("Ctrl+Shift+R")]) is None
    assert _texts(keys.refresh) == ["Ctrl+Shift+R"]
    assert keys.own == {"view.refresh": ["Ctrl+Shift+R"]}
    # Given its default again, nothing is kept: a new default would reach this person too.
    assert keys.keys.change("view.refresh", [QKeySequence("F5")]) is None
    assert keys.own == {}
    assert keys.keys.change("orders.approve", [QKeySequence("Ctrl+Shift+P")]) is None
    assert _texts(keys.approve) == ["Ctrl+Shift+P"]
    assert keys.keys.change("view.refresh", []) is None  # no key at all
    assert keys.refresh.shortcuts() == []
    assert keys.own["view.refresh"] == []


def test_a_key_another_action_has_is_refused_naming_that_action(keys):
    reason = keys.keys.change("view.refresh", [QKeySequence("Ctrl+E")])
    assert reason == "Ctrl+E is already Export to CSV: give that action another key first."
    assert _texts(keys.refresh) == ["F5"]
    assert keys.saves == 0
    # A window-wide key is heard in the list and in the comment box too.
    assert "Order menu" in (keys.keys.change("file.export", [QKeySequence("Shift+F10")]) or "")
    assert "Send comment" in (keys.keys.change("view.refresh", [QKeySequence("Ctrl+Return")]) or "")
    # The list and the comment box never have the keyboard at once: they may share a key.
    assert keys.keys.change("list.row_menu", [QKeySequence("Ctrl+Return")]) is None


def test_reserved_keys_are_refused_with_their_reason_but_defaults_stay(keys):
    assert "Esc" in (keys.keys.change("view.refresh", [QKeySequence("Esc")]) or "")
    assert "Tab" in (keys.keys.change("view.refresh", [QKeySequence("Tab")]) or "")
    assert "Return" in (keys.keys.change("view.refresh", [QKeySequence("Return")]) or "")
    assert reserved_reason(QKeySequence("X")) == (
        "X is typed in text fields: add Ctrl or Alt to it."
    )
    assert reserved_reason(QKeySequence("Ctrl+V")) == "Ctrl+V pastes in text fields."
    assert keys.keys.change("view.refresh", [QKeySequence("Ctrl+C")]) == (
        "Ctrl+C copies the selected text in text fields."
    )
    assert reserved_reason(QKeySequence("Ctrl+K, Ctrl+S")) is not None  # two keys in turn
    # The console's own choices stay its own: Esc clears, Ctrl+A selects every order, J steps.
    assert keys.keys.problem("edit.clear_selection", QKeySequence("Esc")) is None
    assert keys.keys.problem("edit.select_all", QKeySequence("Ctrl+A")) is None
    assert keys.keys.problem("list.next_order", QKeySequence("J")) is None
    assert reserved_reason(QKeySequence("F9")) is None
    assert reserved_reason(QKeySequence("Ctrl+Shift+Z")) is None


def test_reset_brings_back_a_default_unless_another_action_took_it(keys):
    keys.keys.change("file.export", [QKeySequence("Ctrl+Shift+X")])
    keys.keys.change("view.refresh", [QKeySequence("Ctrl+E")])  # free now
    assert _texts(keys.refresh) == ["Ctrl+E"]
    reason = keys.keys.reset("file.export")
    assert reason == "Ctrl+E is already Refresh: give that action another key first."
    assert _texts(keys.export) == ["Ctrl+Shift+X"]
    keys.keys.reset_all()
    assert keys.own == {}
    assert _texts(keys.export) == ["Ctrl+E"]
    assert _texts(keys.refresh) == ["F5"]


def test_a_clash_written_in_the_settings_by_hand_never_makes_a_key_ambiguous(keys):
    keys.own = {"view.refresh": ["Ctrl+E"]}
    keys.keys.apply()
    assert _texts(keys.export) == ["Ctrl+E"]
    assert keys.refresh.shortcuts() == []


def test_the_editor_changes_a_key_by_pressing_it_and_says_why_one_is_refused(qtbot, keys):
    editor = ShortcutEditor(keys.keys, lambda: [("View", [keys.refresh, keys.export])])
    qtbot.addWidget(editor)
    editor.show()
    assert editor.listed() == {"Refresh": "F5", "Export to CSV": "Ctrl+E"}
    qtbot.keyClicks(editor.search, "expo")
    assert editor.listed() == {"Export to CSV": "Ctrl+E"}
    editor.search.clear()
    editor.choose("view.refresh")
    editor.key_edit.setFocus()
    qtbot.keyClick(editor.key_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert editor.problem.text() == (
        "Ctrl+E is already Export to CSV: give that action another key first."
    )
    assert editor.listed()["Refresh"] == "F5"
    assert editor.key_edit.keySequence().toString() == "F5"  # the key it still has
    qtbot.keyClick(editor.key_edit, Qt.Key.Key_F9)
    assert editor.problem.text() == ""
    assert editor.listed()["Refresh"] == "F9"
    assert keys.own == {"view.refresh": ["F9"]}
    keys.window.show()
    keys.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is keys.window)
    qtbot.keyClick(keys.window, Qt.Key.Key_F9)
    assert keys.ran == ["view.refresh"]
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert editor.listed()["Refresh"] == "F5"
    assert keys.own == {}


def test_alt_and_a_menus_letter_opens_that_menu_and_is_refused(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&File")
    window.menuBar().addMenu("&Orders")
    keys = ShortcutKeys(
        lambda: {},
        lambda _own: None,
        window,
        menus=lambda: [entry.text() for entry in window.menuBar().actions()],
    )
    action = keys.register("view.refresh", QAction("&Refresh", window), ["F5"])
    window.addAction(action)
    assert keys.problem("view.refresh", QKeySequence("Alt+O")) == "Alt+O opens the Orders menu."
    assert keys.problem("view.refresh", QKeySequence("Alt+R")) is None
