"""The Preferences dialog's own pages: what the console looks like, tells and refreshes.

Each control writes its preference into `console.settings.preferences` the moment it changes
and then calls `changed` (the dialog's), which announces it and saves the file a moment later.
The pages only set the preferences: the language, the scheme, the tray and the notifications
are applied by the parts that follow `context.preferences.changed`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.preferences import (
    LANGUAGES,
    REFRESH_MINUTES,
    SYSTEM_LANGUAGE,
    ColorScheme,
    NotificationKind,
    Preferences,
)
from approval_console.ui.context import UiContext
from approval_console.ui.language import follow_language


def tray_available() -> bool:
    """Whether this desktop shows tray icons (asked each time: a panel can come and go)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class GeneralPage(QWidget):
    """Language, colour scheme, the tray, notifications and how often to refresh."""

    def __init__(
        self,
        context: UiContext,
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("generalPreferences")
        self._context = context
        self._changed = changed

        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem("", SYSTEM_LANGUAGE)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each named in itself: never translated
        self.color_scheme = QComboBox()
        self.color_scheme.setObjectName("colorSchemeChoice")
        for scheme in ColorScheme:
            self.color_scheme.addItem("", scheme.value)
        self.refresh = QComboBox()
        self.refresh.setObjectName("refreshChoice")
        for minutes in REFRESH_MINUTES:
            self.refresh.addItem("", minutes)

        self.close_to_tray = QCheckBox()
        self.close_to_tray.setObjectName("closeToTray")
        self.no_tray = QLabel()  # why the tray choice is not offered, where it is not
        self.no_tray.setWordWrap(True)
        self.no_tray.setEnabled(False)
        self.notifications_box = QGroupBox()
        self.notify_intro = QLabel()
        self.notify_intro.setWordWrap(True)
        self.notify: dict[NotificationKind, QCheckBox] = {}
        notify_layout = QVBoxLayout(self.notifications_box)
        notify_layout.addWidget(self.notify_intro)
        for kind in NotificationKind:
            box = QCheckBox()
            box.setObjectName(f"notify_{kind.value}")
            self.notify[kind] = box
            notify_layout.addWidget(box)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.addRow("", self.language)
        self.form.addRow("", self.color_scheme)
        self.form.addRow("", self.refresh)
        self.window_box = QGroupBox()
        window_layout = QVBoxLayout(self.window_box)
        window_layout.addWidget(self.close_to_tray)
        window_layout.addWidget(self.no_tray)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.window_box)
        layout.addWidget(self.notifications_box)
        layout.addStretch(1)

        self.load()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.color_scheme.currentIndexChanged.connect(self._scheme_chosen)
        self.refresh.currentIndexChanged.connect(self._refresh_chosen)
        self.close_to_tray.toggled.connect(self._tray_chosen)
        for kind, box in self.notify.items():
            box.toggled.connect(lambda on, kind=kind: self._notify_chosen(kind, on))
        follow_language(self, self._retranslate)
        # Changed elsewhere (another page, the tray's own menu): shown as it is now.
        context.preferences.changed.connect(self.load)

    @property
    def preferences(self) -> Preferences:
        return self._context.console.settings.preferences

    def _retranslate(self) -> None:
        self.language.setItemText(0, self.tr("System default"))
        names = {
            ColorScheme.SYSTEM: self.tr("System", "colour scheme"),
            ColorScheme.LIGHT: self.tr("Light", "colour scheme"),
            ColorScheme.DARK: self.tr("Dark", "colour scheme"),
        }
        for row in range(self.color_scheme.count()):
            self.color_scheme.setItemText(row, names[ColorScheme(self.color_scheme.itemData(row))])
        for row in range(self.refresh.count()):
            minutes = int(self.refresh.itemData(row))
            self.refresh.setItemText(
                row,
                self.tr("Every %n minute(s)", "", minutes)
                if minutes
                else self.tr("Only when asked (F5)"),
            )
        for row, label in enumerate(
            (
                self.tr("&Language:"),
                self.tr("Colour &scheme:"),
                self.tr("&Refresh from the server:"),
            )
        ):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            shown = item.widget() if item is not None else None
            if isinstance(shown, QLabel):
                shown.setText(label)
        self.language.setToolTip(self.tr("The language of the console's words, dates and numbers"))
        self.refresh.setToolTip(
            self.tr("How often the account on screen is read again; F5 refreshes at any time")
        )
        self.window_box.setTitle(self.tr("Window"))
        self.close_to_tray.setText(self.tr("&Closing the window keeps the console in the tray"))
        self.no_tray.setText(self.tr("This desktop shows no tray icons, so closing quits."))
        self.notifications_box.setTitle(self.tr("Notifications"))
        self.notify_intro.setText(self.tr("Tell me on the desktop when:"))
        texts = {
            NotificationKind.REVIEW: self.tr("&New orders need review"),
            NotificationKind.BULK_JOB: self.tr("A &bulk change has finished"),
            NotificationKind.EXPORT: self.tr("An &export has finished"),
        }
        for kind, box in self.notify.items():
            box.setText(texts[kind])

    def load(self) -> None:
        """Show the preferences as the settings hold them (without writing them back)."""
        prefs = self.preferences
        controls: list[QObject] = [
            self.language,
            self.color_scheme,
            self.refresh,
            self.close_to_tray,
            *self.notify.values(),
        ]
        for control in controls:
            control.blockSignals(True)
        try:
            self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
            self.color_scheme.setCurrentIndex(
                max(0, self.color_scheme.findData(prefs.color_scheme.value))
            )
            self.refresh.setCurrentIndex(max(0, self.refresh.findData(prefs.refresh_minutes)))
            has_tray = tray_available()
            self.close_to_tray.setEnabled(has_tray)
            self.close_to_tray.setChecked(prefs.close_to_tray and has_tray)
            self.no_tray.setVisible(not has_tray)
            for kind, box in self.notify.items():
                box.setChecked(prefs.notifies(kind))
        finally:
            for control in controls:
                control.blockSignals(False)

    def _language_chosen(self, row: int) -> None:
        self.preferences.language = str(self.language.itemData(row))
        self._changed()

    def _scheme_chosen(self, row: int) -> None:
        self.preferences.color_scheme = ColorScheme(self.color_scheme.itemData(row))
        self._changed()

    def _refresh_chosen(self, row: int) -> None:
        self.preferences.refresh_minutes = int(self.refresh.itemData(row))
        self._changed()

    def _tray_chosen(self, on: bool) -> None:
        self.preferences.close_to_tray = on
        self._changed()

    def _notify_chosen(self, kind: NotificationKind, on: bool) -> None:
        self.preferences.notifications[kind] = on
        self._changed()
