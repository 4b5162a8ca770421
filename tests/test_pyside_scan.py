"""PySide's check of each imported module, made quicker at launch, gives PySide's answers."""

from __future__ import annotations

import sys

import shibokensupport.feature as feature  # loaded with PySide6, which these tests import

from approval_console import pyside_scan


def test_the_quick_check_answers_as_pysides_own_for_every_module_loaded():
    own = feature._mod_uses_pyside
    quick = pyside_scan.quick_check(own)
    modules = [m for m in list(sys.modules.values()) if getattr(m, "__file__", None)]

    answers = [quick(module) for module in modules]

    assert answers == [own(module) for module in modules]
    assert any(answers) and not all(answers)  # both answers were given
