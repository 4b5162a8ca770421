"""Writing a comment: the text, a live counter, the public switch and why it cannot be sent yet.

The rules come from `core.changes.comment_problem`, the same check the service applies, so the
box never accepts what the send would refuse. The problem is shown only once the person has
typed or tried to send: an empty box is not an error yet.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.changes import COMMENT_MAX, comment_problem
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.ui.language import follow_language
from approval_console.ui.tones import Tone, tone_color
from approval_console.ui.widgets.status_chip import muted_text_color

PUBLIC_LABEL = QT_TRANSLATE_NOOP("CommentEditor", "Public (visible to the customer)")


def _error_color(palette: QPalette) -> QColor:
    """A red that stays readable on both light and dark windows."""
    return tone_color(palette, Tone.ERROR)


class CommentEditor(QWidget):
    """A comment editor with a character counter, a public switch and an inline error."""

    validityChanged = Signal(bool)
    submitRequested = Signal()  # Ctrl+Enter in the text; the owner decides whether to send

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._touched = False
        self._server_error: str | None = None
        self._valid = False

        self._edit = QPlainTextEdit(self)
        self._edit.setObjectName("commentText")
        self._edit.setTabChangesFocus(True)
        line = self._edit.fontMetrics().lineSpacing()
        self._edit.setMinimumHeight(line * 3 + 12)
        self._edit.installEventFilter(self)

        self._public = QCheckBox(self)
        self._public.setObjectName("commentPublic")

        self._counter = QLabel(self)
        self._counter.setObjectName("commentCounter")
        self._counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self._error = QLabel(self)
        self._error.setObjectName("commentError")
        self._error.setWordWrap(True)
        self._error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error.hide()

        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self._public)
        footer.addStretch(1)
        footer.addWidget(self._counter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._error)
        layout.addLayout(footer)

        self.setFocusProxy(self._edit)
        self._edit.textChanged.connect(self._on_text_changed)
        self._public.toggled.connect(self._on_public_toggled)
        self._apply_colors()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self._edit.setPlaceholderText(self.tr("Write a comment…"))
        self._edit.setAccessibleName(self.tr("Comment"))
        self._public.setText(translate("CommentEditor", PUBLIC_LABEL))
        self._refresh()

    # --- API ---------------------------------------------------------------------------------

    def text(self) -> str:
        return self._edit.toPlainText()

    def is_public(self) -> bool:
        return self._public.isChecked()

    def is_valid(self) -> bool:
        """True when the text passes `comment_problem` and no server refusal is pending."""
        return self._valid

    def problem(self) -> str | None:
        """What is wrong right now (server refusal first), shown or not."""
        return self._server_error or comment_problem(self.text())

    def clear(self) -> None:
        """Back to a fresh, private, empty box (after a send), with no error showing."""
        self._server_error = None
        self._edit.clear()
        self._public.setChecked(False)
        self._touched = False
        self._refresh()

    def show_problem(self) -> str | None:
        """Show the current problem even if nothing was typed (a send was tried); return it."""
        self._touched = True
        self._refresh()
        return self.problem()

    def set_server_error(self, message: str) -> None:
        """Show the server's refusal inline until the text or the public switch changes."""
        self._server_error = message.strip() or self.tr("The server refused this comment.")
        self._touched = True
        self._refresh()

    def error_text(self) -> str:
        """The inline error as shown; empty when none is visible."""
        return self._error.text() if not self._error.isHidden() else ""

    def counter_text(self) -> str:
        return self._counter.text()

    def text_edit(self) -> QPlainTextEdit:
        """The editing widget, for focus chains and tests."""
        return self._edit

    def public_checkbox(self) -> QCheckBox:
        return self._public

    # --- internals ---------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        self._server_error = None
        if self.text():
            self._touched = True
        self._refresh()

    def _on_public_toggled(self, _checked: bool) -> None:
        if self._server_error is not None:
            self._server_error = None
            self._refresh()

    def _refresh(self) -> None:
        text = self.text()
        counter = f"{len(text)} / {COMMENT_MAX}"
        if counter != self._counter.text():
            self._counter.setText(counter)
        over = len(text) > COMMENT_MAX
        if over != self._counter.property("over"):
            self._counter.setProperty("over", over)
            self._apply_colors()

        problem = self.problem()
        shown = problem if (problem and self._touched) else ""
        if shown != self._error.text():
            self._error.setText(shown)
        self._error.setVisible(bool(shown))
        self._edit.setAccessibleDescription(shown)

        valid = problem is None
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)

    def _apply_colors(self) -> None:
        palette = self.palette()
        red = _error_color(palette)
        error_palette = self._error.palette()
        error_palette.setColor(QPalette.ColorRole.WindowText, red)
        self._error.setPalette(error_palette)
        counter_palette = self._counter.palette()
        muted = muted_text_color(palette, QPalette.ColorRole.Window)
        counter_palette.setColor(
            QPalette.ColorRole.WindowText, red if self._counter.property("over") else muted
        )
        self._counter.setPalette(counter_palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitRequested.emit()
            return True
        return super().eventFilter(watched, event)
