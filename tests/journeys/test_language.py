"""The console in French, chosen as a person chooses it: Preferences, Language, Français.

The open window turns French at once, its amounts and dates in the French way, and back to
English the same way, without being reopened."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from approval_console.core.display import format_amount
from approval_console.ui.dialogs.preferences import PreferencesDialog
from approval_console.ui.language import app_language
from approval_console.ui.models.orders import AMOUNT_COLUMN


def _preferences() -> PreferencesDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog)]
    return next((w for w in found if w.isVisible()), None)


def test_choose_french_in_preferences_and_back(demo_desk, qtbot, english_words):
    desk = demo_desk("--orders", "200", "--seed", "11", start="spree-demo")
    window, person = desk.window, desk.person
    model = window.orders.model
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=30_000)
    row = next(r for r in range(model.rowCount()) if model.order_at(r).amount is not None)
    money = model.order_at(row).amount
    english = model.index(row, AMOUNT_COLUMN).data()
    assert english == format_amount(money.amount, money.currency)
    try:
        person.press("ctrl+comma")
        qtbot.waitUntil(lambda: _preferences() is not None, timeout=5000)
        dialog = _preferences()
        assert dialog is not None
        language = dialog.findChild(QComboBox, "languageChoice")
        close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        assert close.text() == "Close"
        assert dialog.windowTitle() == "Preferences"

        person.choose(language, "Français")

        french = QLocale("fr_FR")
        places = 0 if money.currency == "JPY" else 2
        expected = f"{french.toString(float(money.amount), 'f', places)} {money.currency}"
        qtbot.waitUntil(lambda: model.index(row, AMOUNT_COLUMN).data() == expected, timeout=5000)
        qtbot.waitUntil(lambda: close.text() == "Fermer", timeout=5000)  # Qt's own words too
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Préférences", timeout=5000)
        assert window.isVisible() and _preferences() is dialog, "nothing was reopened"
        person.screenshot("language-french")

        person.choose(language, "English")
        qtbot.waitUntil(lambda: close.text() == "Close", timeout=5000)
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Preferences", timeout=5000)
        qtbot.waitUntil(lambda: model.index(row, AMOUNT_COLUMN).data() == english, timeout=5000)
        person.screenshot("language-english-again")
        person.click(close)
    finally:
        # The next journey reads English on a C desktop, as every test does.
        app_language().apply("en", system=QLocale.c(), folder=english_words)
        QLocale.setDefault(QLocale.c())
