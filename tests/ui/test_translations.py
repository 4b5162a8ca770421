"""Every word the console shows is translated, in every shipped language, and follows a switch.

Three checks: the catalogues hold a translation for every message of the sources (the tool's
`check`, run here); a pseudo-locale walk over the real windows finds words that never went
through a translation call; and switching the language preference turns an open window's words,
dates and amounts into the new language without reopening it.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, QObject, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from approval_console.core.display import ENGLISH, current_style, format_amount, format_day
from approval_console.core.i18n import translate
from approval_console.core.preferences import SYSTEM_LANGUAGE
from approval_console.start_problems import TITLE
from approval_console.ui.language import app_language, follow_language, style_for
from tests.windows import close_window, demo_console, open_window

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    """scripts/translations.py, imported by path (scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english_again(english_words: Path) -> Iterator[Path]:
    """Whatever a test switched to, the next one reads English on a C desktop again."""
    yield english_words
    app_language().apply("en", system=QLocale.c(), folder=english_words)
    QLocale.setDefault(QLocale.c())


# -- (a) the catalogues ----------------------------------------------------------------------


def test_every_message_is_translated() -> None:
    found, count = _tool().check_problems()
    listing = "\n".join(
        f"{lang}: {len(lines)} untranslated of {count}\n  " + "\n  ".join(lines)
        for lang, lines in found.items()
    )
    assert not found, (
        "Messages without a translation (python scripts/translations.py missing --lang LANG, "
        f"then fill):\n{listing}"
    )


# -- (c) English plurals through the app's loader ---------------------------------------------

PLURAL_SOURCE = """\
from approval_console.core.i18n import translate


def count(n):
    return translate("Bulk", "%n order(s)", "", n)
"""


def test_english_plurals_read_one_order_and_two_orders(
    english_again: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = _tool()
    package = tmp_path / "approval_console"
    package.mkdir()
    (package / "counts.py").write_text(PLURAL_SOURCE, encoding="utf-8")
    for name, value in {
        "ROOT": tmp_path,
        "PACKAGE": package,
        "CATALOGUES": tmp_path / "translations",
        "PARTS": tmp_path / "translations" / "parts",
    }.items():
        monkeypatch.setattr(tool, name, value)
    filled = tmp_path / "en.json"
    filled.write_text(
        '[{"context": "Bulk", "source": "%n order(s)", "translation": ["%n order", "%n orders"]}]',
        encoding="utf-8",
    )
    assert tool.main(["fill", str(filled), "--lang", "en"]) == 0
    compiled = tmp_path / "qm"
    assert tool.main(["build", "--out", str(compiled)]) == 0

    language = app_language()
    language.apply("en", system=QLocale.c(), folder=compiled)
    assert not language.missing
    assert translate("Bulk", "%n order(s)", "", 1) == "1 order"
    assert translate("Bulk", "%n order(s)", "", 2) == "2 orders"
    assert translate("Bulk", "%n order(s)", "", 0) == "0 orders"


def test_a_catalogue_never_built_shows_english_and_says_so(
    english_again: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    language = app_language()
    language.apply("fr", system=QLocale.c(), folder=tmp_path / "nothing")
    assert language.code == "fr"
    assert "approval_console_fr.qm" in language.missing
    assert "No compiled catalogue" in caplog.text
    assert translate("StartProblem", TITLE) == TITLE


# -- locale: numbers, money and days ---------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "amount", "day"),
    [("fr_FR", "1\u202f234,50 USD", "3 déc. 2026"), ("de_DE", "1.234,50 USD", "3. Dez. 2026")],
)
def test_the_style_follows_what_qlocale_writes(code: str, amount: str, day: str) -> None:
    locale = QLocale(code)
    style = style_for(locale)
    assert style.group == locale.groupSeparator() and style.decimal == locale.decimalPoint()
    from approval_console.core import display

    try:
        display.use_style(style)
        assert format_amount(Decimal("1234.5"), "USD") == amount
        assert format_amount(Decimal("1234.5"), "USD") == (
            locale.toString(1234.5, "f", 2) + " USD"
        ), "the amount as Qt itself writes it"
        assert format_day(date(2026, 12, 3)) == day
    finally:
        display.use_style(ENGLISH)


def test_the_c_locale_keeps_the_english_forms() -> None:
    assert style_for(QLocale.c()) == ENGLISH


def test_system_follows_the_desktop_locale(english_again: Path) -> None:
    language = app_language()
    language.apply(SYSTEM_LANGUAGE, system=QLocale("fr_CH"), folder=english_again)
    assert language.code == "fr"
    assert QLocale().name() == "fr_CH", "the desktop's own territory, not France's"
    assert current_style().decimal == QLocale("fr_CH").decimalPoint()
    language.apply(SYSTEM_LANGUAGE, system=QLocale("ja_JP"), folder=english_again)
    assert language.code == "en", "a language the console does not ship: English"
    assert QLocale().name() == "ja_JP", "with the desktop's dates and numbers"


SYSTEM_PROBE = """
import sys
from decimal import Decimal
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from approval_console.ui.language import apply_language
from approval_console.core.display import format_amount
from approval_console.core.i18n import translate
language = apply_language("system", folder=Path(sys.argv[1]))
print(language.code, language.locale.name(), format_amount(Decimal("1234.5"), "EUR"))
print(translate("StartProblem", "Approval Console cannot start"))
"""


def test_system_reads_the_desktop_language_from_the_environment(english_words: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "de_DE.UTF-8",
        "LC_ALL": "de_DE.UTF-8",
        "LANGUAGE": "de_DE",
        "QT_QPA_PLATFORM": "offscreen",
    }
    out = subprocess.run(
        [sys.executable, "-c", SYSTEM_PROBE, str(english_words)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out[0] == "de de_DE 1.234,50 EUR"
    assert out[1] == "Approval Console kann nicht starten"


# -- (3) a live switch in an open window -----------------------------------------------------


@pytest.fixture
def sandbox(sandbox_factory):  # type: ignore[no-untyped-def]
    return sandbox_factory("--seed", "51", "--rate-window", "0")


def test_switching_to_french_turns_the_open_window_french(
    qtbot, sandbox, memory_keyring, tmp_path, english_again
) -> None:  # type: ignore[no-untyped-def]
    from approval_console.ui.models.orders import AMOUNT_COLUMN, CREATED_COLUMN

    console = demo_console(tmp_path / "profile", sandbox.url, start="spree-demo")
    window, context = open_window(qtbot, console)
    try:
        model = window.orders.model
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
        label = QLabel()
        window.statusBar().addWidget(label)
        follow_language(label, lambda: label.setText(translate("StartProblem", TITLE)))
        row = next(r for r in range(model.rowCount()) if model.order_at(r).amount is not None)
        order = model.order_at(row)
        assert order is not None and order.amount is not None
        english_amount = model.index(row, AMOUNT_COLUMN).data()
        assert english_amount == format_amount(order.amount.amount, order.amount.currency)

        console.settings.preferences.language = "fr"
        context.preferences.announce()

        qtbot.waitUntil(lambda: label.text() == "Approval Console ne peut pas démarrer")
        french = QLocale("fr_FR")
        places = 0 if order.amount.currency == "JPY" else 2
        expected = french.toString(float(order.amount.amount), "f", places)
        shown = model.index(row, AMOUNT_COLUMN).data()
        assert shown == f"{expected} {order.amount.currency}", (shown, english_amount)
        assert "\u202f" in shown or abs(order.amount.amount) < 1000
        created = order.created_at
        assert isinstance(created, datetime)
        day = french.toString(
            created.astimezone().date(), french.dateFormat(QLocale.FormatType.ShortFormat)
        )
        assert model.index(row, CREATED_COLUMN).data().startswith(day)
        # Qt's own words (its dialogs' buttons) are French too.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert window.isVisible(), "the same window, never reopened"

        console.settings.preferences.language = "en"
        context.preferences.announce()
        qtbot.waitUntil(lambda: label.text() == TITLE)
        assert model.index(row, AMOUNT_COLUMN).data() == english_amount
    finally:
        close_window(qtbot, window, context)


# -- (b) the pseudo-locale walk --------------------------------------------------------------

OPEN, CLOSE = "⟦", "⟧"
WORD = re.compile(r"[^\W\d_]{2,}")
# Words that are never translated: the product's name, keys as Qt writes them.
NOT_WORDS = {
    "Approval",
    "Console",
    "Ctrl",
    "Shift",
    "Alt",
    "Meta",
    "Esc",
    "Del",
    "Ins",
    "Tab",
    "Backspace",
    "Return",
    "Enter",
    "Space",
    "Home",
    "End",
    "PgUp",
    "PgDown",
    "CSV",
    "PDF",
    "URL",
    "API",
    "ID",
}
MONTHS = set(ENGLISH.months)


def _data_strings(value: object, into: set[str], depth: int = 0) -> None:
    """Every string an order, a status or an account holds: data, never translated."""
    if depth > 6 or value is None:
        return
    if isinstance(value, str):
        if value.strip():
            into.add(value.strip())
        return
    if isinstance(value, Enum):
        into.add(str(value.value))
        return
    if isinstance(value, (Decimal, int, float, date, datetime, bool)):
        return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            _data_strings(getattr(value, item.name), into, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            _data_strings(key, into, depth + 1)
            _data_strings(item, into, depth + 1)
        return
    if isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _data_strings(item, into, depth + 1)
        return
    if hasattr(value, "__dict__"):
        for item in vars(value).values():
            _data_strings(item, into, depth + 1)


def _untranslated(text: str, data: set[str], data_words: set[str]) -> str | None:
    """The words of `text` outside the markers that are not data, or None.

    A text that is a data value whole (a customer's name) passes; otherwise each word left
    must be one the data spells (case and all) to pass: "Awaiting approval", a status the
    server names, does; "Status", the console's own column title, does not."""
    text = re.sub(r"<[^>]+>", " ", text)  # rich text's tags
    text = re.sub(r"&[a-z]+;|&#\d+;", " ", text).replace("&", "")
    text = re.sub(f"{OPEN}.*?{CLOSE}", " ", text, flags=re.S)
    if text.strip() in data:
        return None
    words = [
        w
        for w in WORD.findall(text)
        if w not in NOT_WORDS and w not in MONTHS and w not in data_words
    ]
    return " ".join(words) if words else None


def _path(obj: QObject) -> str:
    parts = []
    while obj is not None:
        parts.append(
            f"{type(obj).__name__}({obj.objectName()})" if obj.objectName() else type(obj).__name__
        )
        obj = obj.parent()
    return "/".join(reversed(parts))


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every word a person can read on `widget` itself."""
    if widget.isWindow():
        yield "title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield f"tab {index}", widget.tabText(index)
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"item {index}", widget.itemText(index)
    if isinstance(widget, QMenu):
        yield "title", widget.title()
    for action in widget.actions():
        if action.isVisible() and not action.isSeparator():
            yield f"action {action.objectName() or action.text()!r}", action.text()
            yield (
                f"action {action.text()!r} tooltip",
                (action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""),
            )
            if action.menu() is not None:
                menu = action.menu()
                assert isinstance(menu, QMenu)
                yield from ((f"menu {menu.title()!r} {what}", text) for what, text in _texts(menu))
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model = widget.model()
        for section in range(widget.count()):
            if not widget.isSectionHidden(section):
                title = model.headerData(section, widget.orientation())
                yield f"header {section}", title if isinstance(title, str) else ""


def _literals() -> list[tuple[str, str]]:
    """(string literal, file) for every literal of the package that holds words, docstrings
    aside, longest first: the file writing a text is the one with the longest literal in it."""
    found = []
    for path in sorted((ROOT / "approval_console").rglob("*.py")):
        if "sandbox" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and WORD.search(node.value)
            ):
                text = node.value.replace("&", "").strip(" …:")
                if len(text) >= 3:
                    found.append((text, str(path.relative_to(ROOT))))
    return sorted(found, key=lambda item: len(item[0]), reverse=True)


def _source_of(text: str, literals: list[tuple[str, str]]) -> str:
    """The package file that writes `text`, to know whose words they are."""
    plain = text.replace("&", "")
    whole = plain.strip(" …:")
    best = 0
    files: list[str] = []
    for literal, where in literals:
        if len(literal) < best:
            break
        # A short literal ("Dec", "Due") only when it is the whole text.
        if literal in plain and (len(literal) > 4 or literal == whole):
            best = len(literal)
            files.append(where)
    # A word many files hold ("Status"): the windows' files first, where words are shown.
    ranked = sorted(
        dict.fromkeys(files), key=lambda name: not name.startswith("approval_console/ui/")
    )
    return ", ".join(ranked[:2]) or "?"


def _qt_standard_button(widget: QWidget) -> bool:
    box = widget.parentWidget()
    return (
        isinstance(widget, QPushButton)
        and isinstance(box, QDialogButtonBox)
        and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    )


def _offenders(top: QWidget, data: set[str]) -> list[str]:
    data_words = {word for value in data for word in WORD.findall(value)}
    literals = _literals()
    seen: set[str] = set()
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() and widget is not top and not isinstance(widget, QMenu):
            continue
        if _qt_standard_button(widget):
            continue  # Qt's own catalogue (qtbase) words it: "Annuler", "Abbrechen"
        for what, text in _texts(widget):
            words = _untranslated(text or "", data, data_words)
            if words and text not in seen:
                seen.add(text)
                where = _source_of(text, literals)
                found.append(f"{_path(widget)} {what}: {text!r} [{where}]")
    return found


def test_pseudo_locale_walk_finds_no_untranslated_words(
    qtbot, sandbox, memory_keyring, tmp_path, english_again
) -> None:  # type: ignore[no-untyped-def]
    """Every visible word of the main window, its menus, the detail pane, the review window,
    the activity log and the main dialogs reads between the pseudo-locale's markers, unless it
    is data from the sandbox (order numbers, names, emails, statuses, accounts)."""
    from approval_console.ui.activity_window import ActivityWindow
    from approval_console.ui.dialogs.accounts import AccountsDialog
    from approval_console.ui.dialogs.bulk_change import BulkChangeDialog
    from approval_console.ui.dialogs.due_date import DueDateDialog
    from approval_console.ui.dialogs.export import ExportDialog
    from approval_console.ui.dialogs.find_order import FindOrderDialog
    from approval_console.ui.review_window import ReviewWindow
    from tests.windows import on_screen

    pseudo = _tool().build_pseudo(tmp_path / "pseudo")
    translator = QTranslator()
    assert translator.load(str(pseudo))
    console = demo_console(tmp_path / "profile", sandbox.url, start="approvepro-demo")
    window, context = open_window(qtbot, console)
    QCoreApplication.installTranslator(translator)
    offenders: dict[str, list[str]] = {}
    try:
        model = window.orders.model
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
        qtbot.wait(200)  # LanguageChange reaches every widget
        strings: set[str] = {"Approval Console"}
        for account in console.settings.accounts:
            _data_strings(account, strings)
            for status in context.reader.statuses(account.id):
                _data_strings(status, strings)
        for row in range(model.rowCount()):
            _data_strings(model.order_at(row), strings)
        window.table.selectRow(0)
        qtbot.waitUntil(lambda: window.detail.order_id is not None, timeout=5000)
        qtbot.wait(1500)  # the order's detail arrives from the sandbox
        detail = context.reader.detail(window.detail.account_id, window.detail.order_id)
        _data_strings(detail, strings)
        data = strings

        def walk(name: str, top: QWidget | None) -> None:
            assert top is not None, f"{name} did not open"
            found = _offenders(top, data)
            if found:
                offenders[name] = found

        walk("main window", window)
        for action, kind in (
            (window.act_due, DueDateDialog),
            (window.act_lookup, FindOrderDialog),
            (window.act_accounts, AccountsDialog),
            (window.act_export, ExportDialog),
        ):
            action.trigger()
            qtbot.waitUntil(lambda k=kind: _shown(k) is not None, timeout=5000)
            dialog = _shown(kind)
            walk(kind.__name__, dialog)
            assert dialog is not None
            dialog.reject()
        selection = window.table.selectionModel()
        rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in (1, 2):
            selection.select(model.index(row, 0), rows)
        window.act_change.trigger()
        qtbot.waitUntil(lambda: _shown(BulkChangeDialog) is not None, timeout=5000)
        walk("BulkChangeDialog", _shown(BulkChangeDialog))
        _shown(BulkChangeDialog).reject()  # type: ignore[union-attr]
        window.act_activity.trigger()
        qtbot.waitUntil(lambda: on_screen(window, ActivityWindow) is not None, timeout=5000)
        walk("activity log", on_screen(window, ActivityWindow))
        on_screen(window, ActivityWindow).close()  # type: ignore[union-attr]
        window.act_review.trigger()
        qtbot.waitUntil(lambda: on_screen(window, ReviewWindow) is not None, timeout=5000)
        walk("review window", on_screen(window, ReviewWindow))
        on_screen(window, ReviewWindow).close()  # type: ignore[union-attr]
    finally:
        QCoreApplication.removeTranslator(translator)
        close_window(qtbot, window, context)
    report = "\n".join(
        f"{name}: {len(lines)} untranslated\n  " + "\n  ".join(lines)
        for name, lines in offenders.items()
    )
    assert not offenders, f"Words shown without a translation call:\n{report}"


def _shown(kind: type[QWidget]) -> QWidget | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def test_a_date_field_writes_dates_as_the_chosen_language_does(qtbot, english_again) -> None:  # type: ignore[no-untyped-def]
    """The due-date and filter fields stay open across a switch; their dates follow it."""
    from datetime import date

    from approval_console.ui.dates import date_edit

    field = date_edit(date(2026, 12, 3))
    qtbot.addWidget(field)
    field.show()
    language = app_language()
    language.apply("fr", system=QLocale.c(), folder=english_again)
    qtbot.waitUntil(lambda: field.text() == "03/12/2026")
    language.apply("de", system=QLocale.c(), folder=english_again)
    qtbot.waitUntil(lambda: field.text() == "03.12.2026")
