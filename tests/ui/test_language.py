"""A widget's words follow a language change while it is open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from approval_console.ui.language import follow_language

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="fr_FR"><context><name>LanguageTest</name>
<message><source>Orders</source><translation>Commandes</translation></message>
</context></TS>"""


@pytest.fixture
def compiled(tmp_path: Path) -> Path:
    """The catalogue above, compiled as the build compiles the console's."""
    source = tmp_path / "test.ts"
    source.write_text(CATALOGUE, encoding="utf-8")
    compiled = tmp_path / "test.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    return compiled


def test_words_set_through_follow_language_change_with_the_translator(
    qtbot: QtBot, compiled: Path
) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.show()
    follow_language(
        label, lambda: label.setText(QCoreApplication.translate("LanguageTest", "Orders"))
    )
    assert label.text() == "Orders"

    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: label.text() == "Commandes")
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: label.text() == "Orders")


def test_a_window_not_on_screen_takes_the_new_words_when_shown(
    qtbot: QtBot, compiled: Path
) -> None:
    """A closed window may outlive what its words are read from: it is told when next shown."""
    label = QLabel()
    qtbot.addWidget(label)
    asked: list[str] = []

    def words() -> None:
        asked.append("asked")
        label.setText(QCoreApplication.translate("LanguageTest", "Orders"))

    follow_language(label, words)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.wait(50)
        assert label.text() == "Orders" and asked == ["asked"], "not on screen: not asked yet"
        label.show()
        qtbot.waitUntil(lambda: label.text() == "Commandes")
    finally:
        QCoreApplication.removeTranslator(translator)
