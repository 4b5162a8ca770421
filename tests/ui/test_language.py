"""A widget's words follow a language change while it is open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from approval_console.ui.language import follow_language

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="fr_FR"><context><name>LanguageTest</name>
<message><source>Orders</source><translation>Commandes</translation></message>
</context></TS>"""


def test_words_set_through_follow_language_change_with_the_translator(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "test.ts"
    source.write_text(CATALOGUE, encoding="utf-8")
    compiled = tmp_path / "test.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    label = QLabel()
    qtbot.addWidget(label)
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
