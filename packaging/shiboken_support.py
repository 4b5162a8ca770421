"""shiboken6's signature support, compiled into the bundle (run by the spec; standard library only).

PySide6 keeps the Python half of its signature support (`shibokensupport`: the signatures of
Qt's functions, the messages of a call with wrong arguments, `__feature__`) as source in a zip
embedded in `libshiboken6`. At every start, the first import of PySide6 decodes that zip and
compiles about 150 KB of Python: some 90 million instructions, a tenth of the app's work before
its first paint, which the source start pays too but a bundle need not.

shiboken's own switch serves: when a `files.dir` folder stands beside `shiboken6/__init__`, it
imports `shibokensupport` as ordinary modules instead of the embedded zip. `incarnate` has
shiboken write those modules out (its `SBK_EMBED=0`) in a copy of the package, so the build
itself changes nothing in the environment; the spec then bundles them compiled like any other
module and gives the bundle an otherwise empty `shiboken6/files.dir`. The same PySide6 version
writes them, so they are exactly the code the zip holds.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "shibokensupport"
MARKER_TEXT = "While this folder is here, shiboken6 imports shibokensupport from the bundle.\n"


@dataclass(frozen=True)
class Support:
    folder: Path  # holds the `shibokensupport` package: an import path for the analysis
    modules: list[str]  # every module of it, for the analysis to collect
    marker: Path  # a file to bundle in `shiboken6/files.dir`, so that the folder exists


def incarnate(work: Path) -> Support:
    """Writes shibokensupport's modules under `work`, as the installed shiboken6 embeds them."""
    shutil.rmtree(work, ignore_errors=True)
    spec = importlib.util.find_spec("shiboken6")
    if spec is None or spec.origin is None:
        raise SystemExit("shiboken6 is not installed")
    copy = work / "shiboken6"
    skipped = shutil.ignore_patterns("__pycache__", "include", "files.dir")
    shutil.copytree(Path(spec.origin).parent, copy, ignore=skipped)
    env = dict(os.environ, SBK_EMBED="0", PYTHONPATH=str(work))
    subprocess.run([sys.executable, "-c", "import shiboken6"], env=env, check=True)
    folder = copy / "files.dir"
    sources = sorted((folder / PACKAGE).rglob("*.py"))
    if not sources:
        raise SystemExit(f"shiboken6 wrote no {PACKAGE} modules into {folder}")
    modules = []
    for source in sources:
        parts = source.relative_to(folder).with_suffix("").parts
        modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    marker = work / "marker" / "README"
    marker.parent.mkdir(parents=True)
    marker.write_text(MARKER_TEXT, encoding="utf-8")
    return Support(folder, modules, marker)
