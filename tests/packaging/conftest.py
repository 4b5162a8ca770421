"""The frozen app, built once per test session by `packaging/build.sh` (slow: about a minute).

`APPROVAL_CONSOLE_DIST` points at an already built `dist/approval-console` folder instead, so a
developer can re-run these tests without building again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.approvalconsole.ApprovalConsole"


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    """The folder holding the frozen `approval-console` executable."""
    given = os.environ.get("APPROVAL_CONSOLE_DIST")
    if given:
        folder = Path(given)
    else:
        subprocess.run(
            ["bash", str(ROOT / "packaging" / "build.sh")],
            check=True,
            cwd=ROOT,
            env=dict(os.environ, PYTHON=sys.executable),
            timeout=1500,
        )
        folder = ROOT / "dist" / "approval-console"
    executable = folder / "approval-console"
    assert executable.is_file() and os.access(executable, os.X_OK), executable
    return folder
