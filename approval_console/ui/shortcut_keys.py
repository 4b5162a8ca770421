"""Which key runs which action: the defaults, the person's own changes, and what is refused.

Every action a window offers is registered here under a stable id ("orders.change_status"),
with its default keys and the scope in which its keys work. The keys the person changed are
kept in `Preferences.shortcuts` (id → portable key texts, only those that differ from the
default), so a renamed menu entry or a new default never loses them, and a new version's
defaults reach everyone who changed nothing.

A key is refused, with a sentence saying why, when another action already answers it where
this one does (two window-wide actions, or a window-wide one and one of the list's or the
comment box's own), or when the console or a text field needs it for itself (Esc, Return,
Tab, copying and pasting, a plain letter that a text field types). An action keeps its own
default key even when it is one of those: "Esc clears the selection" is the console's own
choice, refused only to the other actions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText

KeyText = str  # a key in portable text: "Ctrl+Shift+S"


class Scope(StrEnum):
    """Where an action's keys work: the whole window, or one part of it only."""

    WINDOW = "window"  # anywhere in the window (a text field may take the key first)
    LIST = "list"  # while the order list has the keyboard
    COMMENT = "comment"  # while the comment box has the keyboard
    REVIEW = "review"  # in the review queue's list, a window of its own


def _clash(first: Scope, second: Scope) -> bool:
    """Whether two actions of these scopes would both answer one key somewhere: a window-wide
    key is heard in the list and the comment box too; the list and the box never share focus;
    the review queue is another window, whose keys meet only each other."""
    if Scope.REVIEW in (first, second):
        return first is second
    return first is second or Scope.WINDOW in (first, second)


def key_text(sequence: QKeySequence) -> KeyText:
    return sequence.toString(PORTABLE)


def native_text(sequence: QKeySequence | KeyText) -> str:
    """The key as this platform writes it to a person ("Ctrl+Shift+S", "⌘⇧S")."""
    if isinstance(sequence, str):
        sequence = QKeySequence(sequence)
    return sequence.toString(NATIVE)


def _keys(keys: Iterable[QKeySequence | KeyText | QKeySequence.StandardKey]) -> list[QKeySequence]:
    found = [QKeySequence(key) for key in keys]
    return [key for key in found if not key.isEmpty()]


# Keys that the console or every text field needs for itself, with the reason a person reads.
_MODIFIERS = Qt.KeyboardModifier
_TEXT_KEYS = {
    "Ctrl+C": QT_TRANSLATE_NOOP("ShortcutKeys", "{key} copies the selected text in text fields."),
    "Ctrl+V": QT_TRANSLATE_NOOP("ShortcutKeys", "{key} pastes in text fields."),
    "Ctrl+X": QT_TRANSLATE_NOOP("ShortcutKeys", "{key} cuts the selected text in text fields."),
    "Ctrl+A": QT_TRANSLATE_NOOP("ShortcutKeys", "{key} selects all the text of a text field."),
}


def reserved_reason(sequence: QKeySequence) -> str | None:
    """Why no action may take this key, or None when one may."""
    if sequence.count() != 1:
        return translate("ShortcutKeys", "A shortcut is one key with its modifiers.")
    combination = sequence[0]  # type: ignore[index]  # QKeySequence has __getitem__; stubs lack it
    key = combination.key()
    modifiers = combination.keyboardModifiers() & ~_MODIFIERS.KeypadModifier
    plain = modifiers in (_MODIFIERS.NoModifier, _MODIFIERS.ShiftModifier)
    if key in (Qt.Key.Key_Escape,) and plain:
        return translate("ShortcutKeys", "Esc closes dialogs, menus and popups.")
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
        return translate("ShortcutKeys", "Return confirms dialogs and opens what is chosen.")
    if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and modifiers in (
        _MODIFIERS.NoModifier,
        _MODIFIERS.ShiftModifier,
        _MODIFIERS.ControlModifier,
        _MODIFIERS.ControlModifier | _MODIFIERS.ShiftModifier,
    ):
        return translate("ShortcutKeys", "Tab moves from one field to the next.")
    if plain and key in (
        Qt.Key.Key_Space,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
    ):
        return translate("ShortcutKeys", "{key} moves or edits in lists and text fields.").format(
            key=native_text(sequence)
        )
    if plain and Qt.Key.Key_Space < key < Qt.Key.Key_Escape:
        # A printable character: typed by every text field, so offered only as the console
        # already uses one (J and K in the list, ? for the shortcuts).
        return translate(
            "ShortcutKeys", "{key} is typed in text fields: add Ctrl or Alt to it."
        ).format(key=native_text(sequence))
    text = key_text(sequence)
    if text in _TEXT_KEYS:
        return translate("ShortcutKeys", _TEXT_KEYS[text]).format(key=native_text(sequence))
    if modifiers == _MODIFIERS.NoModifier and key in (
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
    ):
        return translate("ShortcutKeys", "A modifier alone is not a shortcut.")
    return None


@dataclass
class Entry:
    """One registered action: its id, its QAction, its default keys and its scope."""

    id: str
    action: QAction
    defaults: list[QKeySequence]
    scope: Scope

    @property
    def default_texts(self) -> list[KeyText]:
        return [key_text(key) for key in self.defaults]


def without_mnemonic(text: str) -> str:
    """ "&Save && close" as read: "Save & close"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def action_label(action: QAction) -> str:
    """The action as its menu names it, without the mnemonic's & or a trailing ellipsis."""
    return without_mnemonic(action.text()).rstrip("….")


def mnemonic(text: str) -> str | None:
    """The letter after the single & of a menu's title ("&File": "F"), if it has one."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1] if 0 <= index < len(text) - 1 else None


class ShortcutKeys(QObject):
    """The window's actions by id, their keys applied from the preferences, and the checks.

    `overrides` reads the person's changes now (the settings' `preferences.shortcuts`);
    `save` writes them back and tells every window (the caller announces the change).
    """

    changed = Signal()  # keys applied again, or actions renamed: lists showing them read anew

    def __init__(
        self,
        overrides: Callable[[], Mapping[str, Sequence[KeyText]]],
        save: Callable[[dict[str, list[KeyText]]], None],
        parent: QObject | None = None,
        *,
        menus: Callable[[], list[str]] = list,
    ) -> None:
        """`menus` names the menu bar's menus now, mnemonics and all ("&File"): Alt and a
        menu's underlined letter opens that menu, so no action may take it."""
        super().__init__(parent)
        self._overrides = overrides
        self._save = save
        self._menus = menus
        self._entries: dict[str, Entry] = {}

    # -- registering and applying ----------------------------------------------------------------

    def register(
        self,
        action_id: str,
        action: QAction,
        defaults: Iterable[QKeySequence | KeyText | QKeySequence.StandardKey] = (),
        scope: Scope = Scope.WINDOW,
    ) -> QAction:
        self._entries[action_id] = Entry(action_id, action, _keys(defaults), scope)
        return action

    @property
    def entries(self) -> list[Entry]:
        return list(self._entries.values())

    def entry(self, action_id: str) -> Entry | None:
        return self._entries.get(action_id)

    def id_of(self, action: QAction) -> str | None:
        for entry in self._entries.values():
            if entry.action is action:
                return entry.id
        return None

    def keys(self, action_id: str) -> list[QKeySequence]:
        """The keys the action answers now: the person's own, else its defaults."""
        entry = self._entries[action_id]
        own = self._overrides().get(action_id)
        return entry.defaults if own is None else _keys(own)

    def is_default(self, action_id: str) -> bool:
        return action_id not in self._overrides()

    def apply(self) -> None:
        """Give every action its keys. A changed key that clashes with one applied before it
        (a settings file edited by hand) is left out and logged, never made ambiguous."""
        taken: list[tuple[str, Scope, str]] = []  # key text, scope, action id
        for entry in self._entries.values():
            keys = []
            for key in self.keys(entry.id):
                text = key_text(key)
                other = next(
                    (who for k, s, who in taken if k == text and _clash(s, entry.scope)), None
                )
                if other is not None and not self.is_default(entry.id):
                    log.warning("key %s of %s left out: %s has it", text, entry.id, other)
                    continue
                keys.append(key)
                taken.append((text, entry.scope, entry.id))
            entry.action.setShortcuts(keys)
        self.changed.emit()

    # -- checking and changing ---------------------------------------------------------------------

    def holder(self, key: QKeySequence, action_id: str) -> Entry | None:
        """The other action that answers `key` where `action_id`'s keys work, if any."""
        scope = self._entries[action_id].scope
        text = key_text(key)
        for entry in self._entries.values():
            if entry.id == action_id or not _clash(entry.scope, scope):
                continue
            if any(key_text(k) == text for k in self.keys(entry.id)):
                return entry
        return None

    def problem(self, action_id: str, key: QKeySequence) -> str | None:
        """Why `action_id` may not take `key`, in a sentence; None when it may."""
        entry = self._entries[action_id]
        text = key_text(key)
        if text not in entry.default_texts:
            reason = reserved_reason(key) or self._menu_reason(key)
            if reason is not None:
                return reason
        return self._taken(key, action_id)

    def _taken(self, key: QKeySequence, action_id: str) -> str | None:
        """Why `key` cannot go to `action_id` while another action holds it, or None."""
        other = self.holder(key, action_id)
        if other is None:
            return None
        return translate(
            "ShortcutKeys", "{key} is already {action}: give that action another key first."
        ).format(key=native_text(key), action=action_label(other.action))

    def _menu_reason(self, key: QKeySequence) -> str | None:
        for title in self._menus():
            letter = mnemonic(title)
            if letter and key_text(key).casefold() == f"alt+{letter}".casefold():
                return translate("ShortcutKeys", "{key} opens the {menu} menu.").format(
                    key=native_text(key),
                    menu=without_mnemonic(title),
                )
        return None

    def change(self, action_id: str, keys: Sequence[QKeySequence]) -> str | None:
        """Give the action these keys (none: no key), saved; the reason when refused."""
        for key in keys:
            reason = self.problem(action_id, key)
            if reason is not None:
                return reason
        texts = [key_text(key) for key in keys]
        own = {k: list(v) for k, v in self._overrides().items()}
        if texts == self._entries[action_id].default_texts:
            own.pop(action_id, None)
        else:
            own[action_id] = texts
        self._save(own)
        return None

    def reset(self, action_id: str) -> str | None:
        """The action's default keys again; refused while another action holds one of them."""
        if self.is_default(action_id):
            return None
        for key in self._entries[action_id].defaults:
            taken = self._taken(key, action_id)
            if taken is not None:
                return taken
        own = {k: list(v) for k, v in self._overrides().items() if k != action_id}
        self._save(own)
        return None

    def reset_all(self) -> None:
        """Every action's default keys (those the registry knows; others' are kept)."""
        own = {k: list(v) for k, v in self._overrides().items() if k not in self._entries}
        self._save(own)
