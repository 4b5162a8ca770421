"""Ctrl+K and a key of one's own: what a person does by keyboard, on a real display."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from approval_console.ui.dialogs.command_palette import CommandPalette
from approval_console.ui.dialogs.preferences import PreferencesDialog
from approval_console.ui.dialogs.shortcuts import ShortcutsDialog
from approval_console.ui.widgets.shortcut_editor import ShortcutEditor

APPROVEPRO = "approvepro-demo"


def _wait_title(qtbot, person, title: str, timeout: int = 5000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: person.active_window_title() == title, timeout=timeout)


def _palette(qtbot, window) -> CommandPalette:  # type: ignore[no-untyped-def]
    def shown() -> CommandPalette | None:
        found = [p for p in window.findChildren(CommandPalette) if p.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=3000)
    palette = shown()
    assert palette is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.field, timeout=3000)
    return palette


def test_the_palette_runs_an_action_and_goes_to_an_order(demo_desk, qtbot):
    desk = demo_desk(start=APPROVEPRO)
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.session.account_id == APPROVEPRO, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=30_000)

    person.press("ctrl+k")
    palette = _palette(qtbot, window)
    person.type("due da")
    assert palette.current_name() == "Set due date"
    person.screenshot("palette-action")
    person.press("Return")
    _wait_title(qtbot, person, "Due date")
    person.press("Escape")
    _wait_title(qtbot, person, window.windowTitle())

    model = window.orders.model
    target = model.order_at(model.rowCount() - 1)  # far down the list, off screen
    person.press("ctrl+k")
    palette = _palette(qtbot, window)
    person.type(target.number)
    qtbot.waitUntil(lambda: (palette.current_name() or "").startswith(f"Go to order {target.name}"))
    person.screenshot("palette-order")
    person.press("Return")
    qtbot.waitUntil(lambda: window.table.current_order_id() == target.id, timeout=5000)
    qtbot.waitUntil(lambda: window.detail.order_id == target.id, timeout=5000)
    assert window.table.visualRect(window.table.currentIndex()).isValid()  # scrolled to it
    person.screenshot("order-selected")


def test_a_key_of_ones_own_from_preferences(demo_desk, qtbot):
    desk = demo_desk(start=APPROVEPRO)
    window, person = desk.window, desk.person
    qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=30_000)

    person.press("ctrl+comma")
    _wait_title(qtbot, person, "Preferences")
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    titles = [dialog.pages.item(row).text() for row in range(dialog.pages.count())]
    page = dialog.pages.item(titles.index("Keyboard"))
    person.click(dialog.pages.viewport(), dialog.pages.visualItemRect(page).center())
    editor = dialog.findChild(ShortcutEditor)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible, timeout=3000)
    person.click(editor.search)
    person.type("due date")
    assert list(editor.listed()) == ["Set due date"]
    row = next(item for item in editor._items() if not item.isHidden())
    person.click(editor.tree.viewport(), editor.tree.visualItemRect(row).center())
    assert editor.chosen_id() == "orders.due_date"
    person.click(editor.key_edit)
    person.press("ctrl+e")
    qtbot.waitUntil(lambda: "Export to CSV" in editor.problem.text(), timeout=3000)
    person.screenshot("key-refused")
    person.press("F9")
    qtbot.waitUntil(lambda: editor.listed().get("Set due date") == "F9", timeout=3000)
    assert editor.problem.text() == ""
    person.screenshot("key-changed")
    dialog.close()
    person.activate(window)

    person.click_row(window.table, 2)
    person.press("F9")
    _wait_title(qtbot, person, "Due date")
    person.press("Escape")
    _wait_title(qtbot, person, window.windowTitle())

    person.press("F1")  # the list of keys says the new one
    _wait_title(qtbot, person, "Keyboard shortcuts")
    shortcuts = window.findChild(ShortcutsDialog)
    assert shortcuts is not None
    assert shortcuts.listed()["Set due date"] == "F9"
    person.screenshot("f1-changed-key")
