"""Ctrl+K and changed keys in the real window, offscreen, against the sandbox."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from approval_console.app import Console
from approval_console.core.paths import Paths
from approval_console.ui.dialogs.command_palette import CommandPalette, match_rank
from approval_console.ui.dialogs.due_date import DueDateDialog
from approval_console.ui.dialogs.preferences import PreferencesDialog
from approval_console.ui.dialogs.shortcuts import ShortcutsDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.widgets.shortcut_editor import ShortcutEditor
from tests.windows import choose_account, close_window, demo_console, open_window

APPROVEPRO = "approvepro-demo"
SPREE = "spree-demo"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def sandbox(sandbox_factory):
    return sandbox_factory("--seed", "61", "--rate-window", "0", "--queue-delay-ms", "150")


@pytest.fixture
def profile(tmp_path, sandbox, memory_keyring):
    path = tmp_path / "profile"
    console = demo_console(path, sandbox.url, start=APPROVEPRO)
    console.save_settings()
    console.close()
    return path


def _open(qtbot, profile) -> tuple[MainWindow, object]:
    window, context = open_window(qtbot, Console(Paths.in_profile(profile)), demo=True)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=20_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, context


@pytest.fixture
def window(qtbot, profile, memory_keyring) -> Iterator[MainWindow]:
    window, context = _open(qtbot, profile)
    yield window
    close_window(qtbot, window, context)


def _palette(qtbot, window: MainWindow) -> CommandPalette:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_K, CTRL)
    shown = [p for p in window.findChildren(CommandPalette) if p.isVisible()]
    assert len(shown) == 1
    palette = shown[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.field)
    return palette


def test_matching_finds_names_by_start_word_part_and_letters():
    assert match_rank("chan", "Change status") == 0
    assert match_rank("stat", "Change status") == 1
    assert match_rank("tatu", "Change status") == 2
    assert match_rank("chst", "Change status") == 3
    assert match_rank("zz", "Change status") is None
    assert match_rank("echeance", "Définir l'échéance") == 1  # accents need not be typed


def test_the_palette_offers_what_the_account_allows_and_runs_it_by_enter(qtbot, window):
    palette = _palette(qtbot, window)
    listed = palette.listed()
    assert "Change status" in listed
    assert "Set due date" in listed
    assert "Approve" not in listed  # ApprovePro orders are not approved this way
    assert "Create invoice" not in listed
    assert "View: Overdue" in listed
    assert "Command palette" not in listed
    qtbot.keyClicks(palette.field, "due da")
    assert palette.current_name() == "Set due date"
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert not palette.isVisible()
    dialog = window.findChild(DueDateDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()

    choose_account(qtbot, window, SPREE)
    window.activateWindow()
    palette = _palette(qtbot, window)
    listed = palette.listed()
    assert "Approve" in listed
    assert "Change status" not in listed and "Set due date" not in listed
    assert "Find order" not in listed  # Spree offers no lookup by number and email
    qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
    # With nothing typed, what was run last comes first.
    choose_account(qtbot, window, APPROVEPRO)
    window.activateWindow()
    palette = _palette(qtbot, window)
    assert palette.listed()[0] == "Set due date"
    qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_a_number_typed_goes_to_that_order_and_a_view_is_shown(qtbot, window):
    model = window.orders.model
    target = model.order_at(model.rowCount() - 1)  # far down the list
    palette = _palette(qtbot, window)
    qtbot.keyClicks(palette.field, target.number.lstrip("#"))
    assert palette.current_name().startswith(f"Go to order {target.name}")
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.table.current_order_id() == target.id, timeout=5000)
    assert window.table.selected_rows() == [model.rowCount() - 1]

    palette = _palette(qtbot, window)
    qtbot.keyClicks(palette.field, "view over")
    assert palette.current_name() == "View: Overdue"
    qtbot.keyClick(palette.field, Qt.Key.Key_Down)  # arrows move; Up comes back
    qtbot.keyClick(palette.field, Qt.Key.Key_Up)
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.filter_bar.overdue.isChecked(), timeout=5000)
    assert window.saved_views.vm.active.name == "Overdue"


def test_a_changed_key_works_is_saved_refused_when_taken_and_kept_after_restart(
    qtbot, profile, memory_keyring
):
    window, context = _open(qtbot, profile)
    editor = window.keyboard_page()
    qtbot.addWidget(editor)
    editor.show()
    editor.choose("orders.due_date")
    editor.key_edit.setFocus()
    qtbot.keyClick(editor.key_edit, Qt.Key.Key_E, CTRL)
    assert editor.problem.text() == (
        "Ctrl+E is already Export to CSV: give that action another key first."
    )
    qtbot.keyClick(editor.key_edit, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.AltModifier)
    assert editor.problem.text() == ""
    assert editor.listed()["Set due date"] == QKeySequence("Ctrl+Alt+D").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    saved = json.loads(Paths.in_profile(profile).settings_file.read_text(encoding="utf-8"))
    assert saved["preferences"]["shortcuts"] == {"orders.due_date": ["Ctrl+Alt+D"]}
    editor.close()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_D, CTRL)  # the old key does nothing now
    assert window.findChild(DueDateDialog) is None
    qtbot.keyClick(window.table, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.AltModifier)
    dialog = window.findChild(DueDateDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    close_window(qtbot, window, context)

    window, context = _open(qtbot, profile)  # a new start, from the same settings
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    shortcuts = window.findChild(ShortcutsDialog)
    assert shortcuts is not None
    assert shortcuts.listed()["Set due date"] == "Ctrl+Alt+D"
    assert shortcuts.group_titles()[:2] == ["File", "Edit"]
    assert "Anywhere but a text field" in shortcuts.group_titles()
    close_window(qtbot, window, context)


def test_the_keyboard_page_of_preferences_lists_actions_grouped_as_f1_does(qtbot, window):
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Comma, CTRL)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    titles = [dialog.pages.item(row).text() for row in range(dialog.pages.count())]
    assert "Keyboard" in titles
    dialog.pages.setCurrentRow(titles.index("Keyboard"))
    editor = dialog.findChild(ShortcutEditor)
    assert editor is not None and editor.isVisible()
    groups = [editor.tree.topLevelItem(i).text(0) for i in range(editor.tree.topLevelItemCount())]
    assert groups[:5] == ["File", "Edit", "View", "Orders", "Help"]
    assert "In the comment box" in groups
    assert editor.listed()["Approve"] == ""  # hidden for this account, but a key can be given
    assert editor.listed()["Preferences"] == "Ctrl+,"
    dialog.close()


def test_the_menus_the_palette_and_f1_follow_the_language_live(qtbot, window, french):
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    shortcuts = window.findChild(ShortcutsDialog)
    assert shortcuts is not None
    assert "Anywhere but a text field" in shortcuts.group_titles()
    QCoreApplication.installTranslator(french)
    try:
        menus = window.menuBar().actions()
        qtbot.waitUntil(lambda: [m.text() for m in menus[:2]] == ["&Fichier", "É&dition"])
        # The list open beside the window follows too, its groups and actions in French.
        qtbot.waitUntil(lambda: "Partout sauf dans un champ de saisie" in shortcuts.group_titles())
        assert shortcuts.windowTitle() == "Raccourcis clavier"
        assert shortcuts.group_titles()[:2] == ["Fichier", "Édition"]
        assert shortcuts.listed()["Modifier le statut"] == "Ctrl+Shift+S"
        shortcuts.close()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        palette = _palette(qtbot, window)
        qtbot.keyClicks(palette.field, "echeance")  # accents need not be typed
        assert palette.current_name() == "Définir la date d’échéance"
        qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
        refused = window.keys.problem("view.refresh", QKeySequence("Ctrl+E"))
        assert refused == (
            "Ctrl+E est déjà attribué à « Exporter en CSV » : attribuez d’abord une autre "
            "touche à cette action."
        )
    finally:
        QCoreApplication.removeTranslator(french)
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")


def test_the_review_queues_keys_change_in_preferences_too(qtbot, window):
    """J moves through the review queue until the person gives "next" another key there; the
    queue's hint says the key that works, and the main window's own J is left alone."""
    from approval_console.ui.review_window import ReviewWindow

    editor = window.keyboard_page()
    qtbot.addWidget(editor)
    editor.show()
    editor.choose("review.next")
    editor.key_edit.setFocus()
    qtbot.keyClick(editor.key_edit, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.AltModifier)
    assert editor.problem.text() == ""
    editor.close()

    window.act_review.trigger()
    queue = next(w for w in window.findChildren(ReviewWindow) if w.isVisible())
    model = queue.vm.model
    qtbot.waitUntil(lambda: model.rowCount() > 2, timeout=20_000)
    queue.activateWindow()
    queue.table.setFocus()
    queue.table.selectRow(0)
    first = queue.current()
    new_key = QKeySequence("Ctrl+Alt+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert f"{new_key} next" in queue.hint.text()
    qtbot.keyClick(queue.table, Qt.Key.Key_J)  # the old key does nothing now
    assert queue.current() == first
    qtbot.keyClick(queue.table, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: queue.current() != first, timeout=3000)
    assert window.keys.keys("list.next_order")[0].toString() == "J"  # the list's own J stays
    queue.close()
