"""One place for the person's choices: Edit → Preferences… (Ctrl+,).

A list of pages on the left and the page chosen beside it, as desktop settings windows do.
There is no Save button: each change takes effect at once (the parts that follow a preference
hear `context.preferences.changed`) and reaches the settings file a second after the last
change, like the window's layout, so moving through a list of choices writes the file once and
a crash a moment later still keeps them. Other parts of the console add their own pages with
`add_page`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from approval_console.ui.context import UiContext
from approval_console.ui.dialogs.preference_pages import GeneralPage
from approval_console.ui.language import follow_language
from approval_console.ui.screen_fit import fit_default_size

SAVE_PREFERENCES_MS = 1000  # a change reaches the settings file this long after the last one
PREFERRED_SIZE = QSize(720, 520)


class PreferencesDialog(QDialog):
    """Modeless: it can stay open while the person watches a choice take effect."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # read afresh each time opened
        self._context = context
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_PREFERENCES_MS)
        self._save_timer.timeout.connect(self.save_now)

        self.pages = QListWidget()
        self.pages.setObjectName("preferencePages")
        self.pages.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.pages.setMaximumWidth(200)
        self.stack = QStackedWidget()
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

        self.general = GeneralPage(context, self.changed)
        self.add_page("", self.general)
        self.pages.setCurrentRow(0)
        follow_language(self, self._retranslate)
        fit_default_size(self, PREFERRED_SIZE)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.set_page_title(self.general, self.tr("General"))

    def add_page(self, title: str, widget: QWidget) -> None:
        """A page of choices, listed under `title` (already in the person's language).

        The page writes `context.console.settings.preferences` and then calls `changed()`
        on this dialog, which announces the change and saves it a moment later. A long page
        scrolls rather than making the dialog taller than the screen.
        """
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(widget)
        self.stack.addWidget(scroller)
        item = QListWidgetItem(title)
        self.pages.addItem(item)

    def set_page_title(self, widget: QWidget, title: str) -> None:
        """Rename a page (after a language change), found by the widget `add_page` was given."""
        for row in range(self.stack.count()):
            scroller = self.stack.widget(row)
            if isinstance(scroller, QScrollArea) and scroller.widget() is widget:
                item = self.pages.item(row)
                if item is not None:
                    item.setText(title)

    def show_page(self, widget: QWidget) -> None:
        """Bring the page holding `widget` forward (as when opened for one choice)."""
        for row in range(self.stack.count()):
            scroller = self.stack.widget(row)
            if isinstance(scroller, QScrollArea) and scroller.widget() is widget:
                self.pages.setCurrentRow(row)

    def changed(self) -> None:
        """A preference was just written: every part follows it now; the file, in a moment."""
        self._context.preferences.announce()
        self._save_timer.start()

    @property
    def save_pending(self) -> bool:
        return self._save_timer.isActive()

    def save_now(self) -> None:
        self._save_timer.stop()
        self._context.console.save_settings()

    def hideEvent(self, event: QHideEvent) -> None:
        """Closed (or its window closing): what is still waiting is saved now."""
        if self._save_timer.isActive():
            self.save_now()
        super().hideEvent(event)
