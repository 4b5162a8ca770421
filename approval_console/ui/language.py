"""The console's words follow the language chosen, live: no restart, no window rebuilt.

Qt sends every widget a `LanguageChange` event when a translator is installed or removed. A
widget that sets its words once, in its constructor, registers them with `follow_language`
instead: the words are set now and again after each change, while the window keeps its
selection, scroll position and whatever was being typed.

The language itself is the person's choice (`Preferences.language`: "system" or a shipped
language): `Language.apply` installs its compiled catalogues (resources/i18n, built by
`scripts/translations.py build`) with Qt's own, and sets the locale dates and amounts are
written in. A catalogue that was never built is logged and the console shows English.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    SignalInstance,
)
from PySide6.QtWidgets import QApplication, QWidget

from approval_console.core.display import ENGLISH, DisplayStyle, use_style
from approval_console.core.i18n import install
from approval_console.core.preferences import LANGUAGES, SYSTEM_LANGUAGE
from approval_console.ui.resources import translations_dir

log = logging.getLogger(__name__)


class _LanguageFollower(QObject):
    """Runs `apply` on a language change; for a widget whose window is not on screen (closed,
    hidden in the tray, a dialog kept for later), when it is next shown instead: a closed
    window may outlive what its words are read from (its account's cache), and words nobody
    sees need not be written twice."""

    def __init__(self, watched: QObject, apply: Callable[[], None]) -> None:
        super().__init__(watched)
        self._apply = apply
        self._stale = False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            if isinstance(watched, QWidget) and not watched.window().isVisible():
                self._stale = True
            else:
                self._stale = False
                self._apply()
        elif kind == QEvent.Type.Show and self._stale:
            self._stale = False
            self._apply()
        return False


def follow_language(watched: QObject, apply: Callable[[], None]) -> None:
    """Run `apply()` now and again whenever the language changes, while `watched` lives.

    `watched` is usually the widget whose words `apply` sets (a dialog, a window); it must be
    a widget or the application for Qt to tell it of the change.
    """
    apply()
    _LanguageFollower(watched, apply)


# --- The chosen language: its catalogues, Qt's own words, and its locale ---------------------

CATALOGUE = "approval_console"  # resources/i18n/approval_console_<code>.qm
SOURCE_LANGUAGE = "en"
_OBJECT_NAME = "console-language"


def shown_language(choice: str, system: QLocale) -> str:
    """The shipped language `choice` shows: itself, or for "system" the first of the desktop's
    languages the console ships (English when it ships none of them)."""
    if choice in LANGUAGES:
        return choice
    if choice != SYSTEM_LANGUAGE:
        log.warning("Language %r is not one the console ships; showing English", choice)
        return SOURCE_LANGUAGE
    for name in system.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def locale_for(choice: str, code: str, system: QLocale) -> QLocale:
    """Dates and numbers as the person writes them in `code`: the desktop's own locale when it
    speaks that language (fr_CH keeps Swiss separators), the language's usual one otherwise."""
    if choice == SYSTEM_LANGUAGE:
        return system
    wanted = QLocale(code)
    if system.language() == wanted.language():
        return system
    if code == SOURCE_LANGUAGE and system.language() == QLocale.Language.C:
        return system  # English on a C desktop: the unambiguous "3 Dec 2026" stays
    return wanted


def style_for(locale: QLocale) -> DisplayStyle:
    """`core.display`'s separators and month names as `locale` writes them."""
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return ENGLISH
    short = QLocale.FormatType.ShortFormat
    months = tuple(locale.monthName(month, short) for month in range(1, 13))
    # A language whose day is an ordinal ("3. Dezember") writes the dot in its long form.
    ordinal = "d." in locale.dateFormat(QLocale.FormatType.LongFormat)
    day = "{day}." if ordinal else "{day}"
    return DisplayStyle(
        group=locale.groupSeparator(),
        decimal=locale.decimalPoint(),
        minus=locale.negativeSign(),
        months=months,
        day=day + " {month} {year}",
        day_time=day + " {month} {time}",
    )


class Language(QObject):
    """The application's language: which translators are installed, and the locale in use.

    One per application (`app_language`). Switching removes the previous translators and
    installs the new ones, so Qt sends every widget `LanguageChange`, sets the default locale
    and `core.display`'s style, and routes `core.i18n` through Qt's translators.

    Widgets hear of a switch by Qt's `LanguageChange` (`follow_language`); a model, which has
    no widget, by `models.language_watch.on_language_change`, and forgets the texts it wrote.
    """

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        super().__init__(app)
        self.setObjectName(_OBJECT_NAME)
        self.folder = folder
        self.code: str | None = None  # the language shown; None before the first switch
        self.locale = QLocale()
        self._system: QLocale | None = None  # the desktop's locale, when told rather than asked
        self._translators: list[QTranslator] = []
        self.missing: list[str] = []  # the console's catalogues the last switch did not find

    def system(self) -> QLocale:
        return self._system if self._system is not None else QLocale.system()

    def apply(
        self, choice: str, *, system: QLocale | None = None, folder: Path | None = None
    ) -> None:
        """Show the console in `choice` ("system" or a shipped language's code) from now on.

        `system` stands for the desktop's locale (tests, or a launch told it); `folder` is
        where the compiled catalogues are (resources/i18n by default)."""
        if system is not None:
            self._system = system
        moved = folder is not None and folder != self.folder
        if folder is not None:
            self.folder = folder
        desktop = self.system()
        code = shown_language(choice, desktop)
        locale = locale_for(choice, code, desktop)
        if code == self.code and locale == self.locale and self._translators and not moved:
            return  # another preference changed: nothing to send every widget
        QLocale.setDefault(locale)
        use_style(style_for(locale))
        self.locale = locale
        app = QCoreApplication.instance()
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = [t for t in self._load(code) if QCoreApplication.installTranslator(t)]
        self.code = code
        install(QCoreApplication.translate)
        log.info("Language %s, locale %s", code, locale.name())
        if isinstance(app, QApplication):
            for window in app.topLevelWidgets():
                window.update()  # dates and amounts drawn again in the new locale

    def follow(self, changed: SignalInstance, read: Callable[[], str]) -> None:
        """Switch whenever `changed` fires, to the language `read()` gives then."""
        changed.connect(lambda: self.apply(read()))

    def reset(self) -> None:
        """Back to the English sources, with no translator of ours installed."""
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        self.code = None
        install(None)
        use_style(ENGLISH)

    def _load(self, code: str) -> list[QTranslator]:
        """The catalogues `code` needs, the most general first (Qt asks the last one first):
        English plural forms, then Qt's own words, then the console's."""
        folder = self.folder or translations_dir()
        found: list[QTranslator] = []
        self.missing = []
        names = [SOURCE_LANGUAGE] if code == SOURCE_LANGUAGE else [SOURCE_LANGUAGE, code]
        for name in names:
            if name != SOURCE_LANGUAGE:
                qt = QTranslator(self)
                qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                if qt.load(f"qtbase_{name}", qt_folder):
                    found.append(qt)
            path = folder / f"{CATALOGUE}_{name}.qm" if folder is not None else None
            ours = QTranslator(self)
            if path is not None and ours.load(str(path)):
                found.append(ours)
            else:
                self.missing.append(f"{CATALOGUE}_{name}.qm")
                log.warning(
                    "No compiled catalogue %s (run: python scripts/translations.py build); "
                    "showing English",
                    path or f"{CATALOGUE}_{name}.qm",
                )
        return found


def app_language() -> Language:
    """The application's one `Language` (made on first use)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the language is the application's: make the QApplication first")
    found = app.findChild(Language, _OBJECT_NAME)
    return found if isinstance(found, Language) else Language(app)


def apply_language(
    choice: str, *, system: QLocale | None = None, folder: Path | None = None
) -> Language:
    """Show the console in `choice` now (the launcher calls it before the first paint)."""
    language = app_language()
    language.apply(choice, system=system, folder=folder)
    return language
