"""The import rules in `.importlinter`, one test per contract.

CI runs `lint-imports` as well; having the contracts in the suite means `scripts/test.sh` (and
any run of the fast tests) catches an import that breaks a layer where it is written, with the
chain of imports that breaks it in the failure.
"""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / ".importlinter"
PREFIX = "importlinter:contract:"


def contract_ids() -> list[str]:
    parser = configparser.ConfigParser()
    parser.read(CONFIG, encoding="utf-8")
    return [
        section.removeprefix(PREFIX) for section in parser.sections() if section.startswith(PREFIX)
    ]


def test_the_contracts_cover_every_rule_of_the_architecture() -> None:
    """A contract dropped from the file would otherwise pass silently."""
    assert set(contract_ids()) >= {
        "layers",
        "ui-through-services",
        "sandbox-apart",
        "client-apart",
        "qt-in-ui",
    }


@pytest.mark.parametrize("contract", contract_ids())
def test_contract_is_kept(contract: str) -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    assert lint_imports.exists(), f"{lint_imports} missing: install the dev extras"
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo", "--contract", contract],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
