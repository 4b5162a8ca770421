"""The catalogue tool keeps translations honest: it refuses what would show wrong, and compiles
catalogues Qt loads."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]

SOURCE = """\
from approval_console.core.i18n import translate


def sent(account):
    return translate("Sending", "Sent to {account}").format(account=account)


def count(n):
    return translate("Bulk", "%n order(s)", "", n)
"""


@pytest.fixture
def tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """scripts/translations.py on a package of its own in `tmp_path`."""
    spec = importlib.util.spec_from_file_location(
        "translations_tool_under_test", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    package = tmp_path / "approval_console"
    package.mkdir()
    (package / "words.py").write_text(SOURCE, encoding="utf-8")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "PACKAGE", package)
    monkeypatch.setattr(module, "CATALOGUES", tmp_path / "translations")
    monkeypatch.setattr(module, "PARTS", tmp_path / "translations" / "parts")
    return module


def _fill(tool: ModuleType, tmp_path: Path, lang: str, entries: list[dict]) -> int:
    path = tmp_path / f"{lang}.json"
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return int(tool.main(["fill", str(path), "--lang", lang, "--part", "t"]))


def test_fill_refuses_a_translation_that_loses_a_placeholder(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = {
        "context": "Sending",
        "source": "Sent to {account}",
        "translation": "Envoyé à {compte}",
    }
    assert _fill(tool, tmp_path, "fr", [wrong]) == 1
    assert "placeholders" in capsys.readouterr().err
    assert ("Sending", "Sent to {account}", "") not in tool.known("fr")


def test_fill_refuses_a_plural_without_its_forms(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_form = {"context": "Bulk", "source": "%n order(s)", "translation": "%n commande(s)"}
    assert _fill(tool, tmp_path, "fr", [one_form]) == 1
    assert "a plural needs its forms" in capsys.readouterr().err
    assert ("Bulk", "%n order(s)", "") not in tool.known("fr")


def test_check_names_what_each_language_lacks(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = [
        {"context": "Sending", "source": "Sent to {account}", "translation": "Envoyé à {account}"}
    ]
    assert _fill(tool, tmp_path, "fr", entries) == 0
    found, count = tool.check_problems()
    assert count == 2
    assert any("'%n order(s)' (Bulk, approval_console/words.py" in line for line in found["fr"])
    assert not any("Sent to" in line for line in found["fr"])
    assert len(found["de"]) == 2
    assert tool.main(["check"]) == 1
    assert "problem(s) in 2 messages" in capsys.readouterr().out


def test_build_compiles_catalogues_qt_loads(tool: ModuleType, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    assert (
        _fill(
            tool,
            tmp_path,
            "fr",
            [
                {
                    "context": "Sending",
                    "source": "Sent to {account}",
                    "translation": "Envoyé à {account}",
                },
                {
                    "context": "Bulk",
                    "source": "%n order(s)",
                    "translation": ["%n commande", "%n commandes"],
                },
            ],
        )
        == 0
    )
    out = tmp_path / "qm"
    assert tool.main(["build", "--out", str(out)]) == 0
    translator = QTranslator()
    assert translator.load(str(out / "approval_console_fr.qm"))
    assert translator.translate("Sending", "Sent to {account}") == "Envoyé à {account}"
    assert translator.translate("Bulk", "%n order(s)", "", 2) == "%n commandes"
    assert translator.translate("Bulk", "%n order(s)", "", 1) == "%n commande"
    assert {path.name for path in out.iterdir()} == {
        "approval_console_fr.qm",
        "approval_console_de.qm",
        "approval_console_en.qm",
    }


def test_pseudo_wraps_every_message_in_markers(tool: ModuleType, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    compiled = tool.build_pseudo(tmp_path / "pseudo")
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("Sending", "Sent to {account}") == "⟦Sent to {account}⟧"
    assert translator.translate("Bulk", "%n order(s)", "", 1) == "⟦%n order⟧"
    assert translator.translate("Bulk", "%n order(s)", "", 3) == "⟦%n orders⟧"


def test_check_names_a_plural_that_a_subclass_would_leave_english(tool: ModuleType) -> None:
    (tool.PACKAGE / "window.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class Actions(QWidget):\n"
        "    def count(self, n):\n"
        '        return self.tr("%n order(s) selected", "", n)\n\n\n'
        "class Window(Actions):\n"
        "    pass\n",
        encoding="utf-8",
    )
    [problem] = tool.inherited_plurals()
    assert problem.startswith("approval_console/window.py:6: a plural self.tr in Actions")
    assert 'translate("Actions", ...) from core.i18n' in problem
