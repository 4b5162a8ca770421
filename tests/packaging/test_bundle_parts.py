"""The bundle carries only what the app loads, and nothing it left out is missed.

What the spec leaves out: ICU data no function Qt calls opens, Qt plugins the console never
loads, libraries the system provides (packaging/system_libraries.py, each a dependency of the
.deb), httpx's command-line client. Each test here fails when a left-out part turns out to be
needed: an ICU answer that changed, a library nowhere to be found, a Qt plugin the app loads,
an export or a keyring cipher that no longer runs in the built app.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from approval_console.core.preferences import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import icu_data  # noqa: E402
from system_libraries import SYSTEM_LIBRARIES  # noqa: E402

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
ICU_CHECK = PACKAGING / "icu_check.py"
# Plugins the spec leaves out; the source app, which has them all, must never load them.
LEFT_OUT_PLUGINS = ("/tls/", "/networkinformation/", "/platformthemes/libqgtk3", "/generic/")


def _icu_folder(tmp_path: Path, dropped_too: tuple[str, ...] = ()) -> Path:
    """PySide6's ICU libraries beside a data library cut as the spec cuts it (or more)."""
    folder = tmp_path / "icu"
    folder.mkdir()
    for library in ("libicuuc.so.*", "libicui18n.so.*"):
        source = next(QT_LIB.glob(library))
        shutil.copy2(source, folder / source.name)
    full = next(QT_LIB.glob("libicudata.so.*"))
    saved = icu_data.DROPPED_FOLDERS
    icu_data.DROPPED_FOLDERS = saved + dropped_too
    try:
        icu_data.trim(full, folder / full.name)
    finally:
        icu_data.DROPPED_FOLDERS = saved
    return folder


def _compare(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ICU_CHECK), str(folder), "--against", str(QT_LIB)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


@pytest.mark.skipif(not (shutil.which("as") and shutil.which("ld")), reason="needs binutils")
def test_cut_icu_data_answers_every_call_qt_makes_as_the_full_data(tmp_path: Path) -> None:
    full = next(QT_LIB.glob("libicudata.so.*"))
    folder = _icu_folder(tmp_path)
    assert (folder / full.name).stat().st_size < full.stat().st_size * 0.6
    result = _compare(folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ", differing: 0" in result.stdout


@pytest.mark.skipif(not (shutil.which("as") and shutil.which("ld")), reason="needs binutils")
def test_icu_check_fails_when_qt_needs_a_left_out_item(tmp_path: Path) -> None:
    # Time-zone names are what QTimeZone::displayName shows: without them, the check must say so.
    result = _compare(_icu_folder(tmp_path, dropped_too=("zone",)))
    assert result.returncode == 1
    assert "differs: zone names" in result.stdout, result.stdout


# What a person sees through Qt in each language, from whichever ICU data the process loaded:
# numbers, money, long dates with their time-zone names, sorting, case, sizes.
QT_LOCALE_SCRIPT = """
import json
from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, QTime, QTimeZone
shown = {}
for name in ("fr_FR", "de_DE", "en_US", "en_GB", "ja_JP", "tr_TR", "zh_CN", "ar_EG"):
    locale = QLocale(name)
    when = QDateTime(QDate(2026, 12, 4), QTime(15, 30), QTimeZone(b"Europe/Paris"))
    collator = QCollator(locale)
    collator.setNumericMode(True)
    words = ["Zoë", "zebra", "Äpfel", "apple", "Öl", "côte", "coté", "item 10", "item 9", "ıi"]
    zone = QTimeZone(b"America/New_York")
    shown[name] = [
        locale.toString(1234567.891, "f", 2), locale.toCurrencyString(1234.5),
        locale.toString(when, QLocale.FormatType.LongFormat),
        locale.toString(when.date(), QLocale.FormatType.ShortFormat),
        locale.dayName(5), locale.monthName(12), locale.formattedDataSize(123456789),
        locale.toUpper("istanbul straße"), locale.toLower("İSTANBUL"),
        sorted(words, key=collator.sortKey),
        zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, locale),
        zone.displayName(QTimeZone.TimeType.DaylightTime, QTimeZone.NameType.ShortName, locale),
    ]
maps = open("/proc/self/maps").read().splitlines()
shown["icu data"] = sorted({line.split()[-1] for line in maps if "libicudata" in line})
print(json.dumps(shown))
"""


def _shown_by_qt(icu_data_library: Path | None) -> dict[str, object]:
    env = dict(os.environ)
    if icu_data_library is not None:  # loaded first, it serves libicuuc's need by its soname
        env["LD_PRELOAD"] = str(icu_data_library)
    result = subprocess.run(
        [sys.executable, "-c", QT_LOCALE_SCRIPT],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    return dict(json.loads(result.stdout))


@pytest.mark.skipif(not (shutil.which("as") and shutil.which("ld")), reason="needs binutils")
def test_qt_shows_the_same_in_every_language_with_the_cut_icu_data(tmp_path: Path) -> None:
    cut = next(_icu_folder(tmp_path).glob("libicudata.so.*"))
    full, ours = _shown_by_qt(None), _shown_by_qt(cut)
    assert ours.pop("icu data") == [str(cut)]
    assert full.pop("icu data") != [str(cut)]
    assert ours == full
    assert "heure normale d’Europe centrale" in str(ours["fr_FR"])


@pytest.mark.skipif(not (shutil.which("as") and shutil.which("ld")), reason="needs binutils")
def test_qt_shows_something_else_without_an_item_it_needs(tmp_path: Path) -> None:
    cut = next(_icu_folder(tmp_path, dropped_too=("zone",)).glob("libicudata.so.*"))
    ours = _shown_by_qt(cut)
    assert "heure normale d’Europe centrale" not in str(ours["fr_FR"])


def test_every_library_left_to_the_system_comes_with_the_deb() -> None:
    script = (PACKAGING / "linux" / "build-deb.sh").read_text()
    depends = script.split('readonly DEPENDS="', 1)[1].split('"', 1)[0]
    packages = {name.strip() for name in depends.replace("\n", " ").split(",")}
    assert set(SYSTEM_LIBRARIES.values()) <= packages, set(SYSTEM_LIBRARIES.values()) - packages


@pytest.mark.slow
@pytest.mark.e2e
@pytest.mark.timeout(900)
def test_frozen_app_exports_seals_keys_and_explains_wrong_qt_calls(
    frozen_app: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [str(frozen_app / "approval-console"), "--check-bundle"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert any(line.startswith("ok export in a process: 250 orders") for line in lines), lines
    assert any(line.startswith("ok Secret Service encryption") for line in lines), lines
    assert any(line.startswith("ok Qt signatures") for line in lines), lines


@pytest.mark.slow
@pytest.mark.e2e
@pytest.mark.timeout(900)
def test_frozen_app_leaves_out_only_what_it_never_loads(frozen_app: Path) -> None:
    internal = frozen_app / "_internal"
    files = [path for path in frozen_app.rglob("*") if path.is_file()]
    names = {path.name for path in files}
    # The system's copies serve, and each one's package is a dependency of the .deb.
    assert not names & set(SYSTEM_LIBRARIES), names & set(SYSTEM_LIBRARIES)
    assert not [path for path in files if any(part in str(path) for part in LEFT_OUT_PLUGINS)]
    # No setuptools: bundled, PyInstaller's runtime hook imported all of it before each start.
    assert not (internal / "setuptools").exists()
    qt_translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    # Qt's own words, in each language the console speaks besides English (Qt's own).
    assert qt_translations == {f"qtbase_{code}.qm" for code in LANGUAGES if code != "en"}
    # ...and what stays is found: every bundled binary resolves every library it needs.
    elf = [str(path) for path in files if path.read_bytes()[:4] == b"\x7fELF"]
    ldd = subprocess.run(
        ["ldd", *elf], capture_output=True, text=True, check=False,
        env=dict(os.environ, LD_LIBRARY_PATH=str(internal)),
    )  # fmt: skip
    assert "not found" not in ldd.stdout, [x for x in ldd.stdout.splitlines() if "not found" in x]
    # The bundle's ICU answers as PySide6's full one does.
    result = _compare(internal / "PySide6" / "Qt" / "lib")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.e2e
def test_source_app_loads_none_of_the_left_out_plugins(tmp_path: Path) -> None:
    # From source every Qt plugin is at hand: what the demo loads there, the bundle must carry.
    home = tmp_path / "home"
    trace = tmp_path / "ld"
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
        LD_DEBUG="files",
        LD_DEBUG_OUTPUT=str(trace),
    )
    env.pop("PYTHON_KEYRING_BACKEND", None)
    result = subprocess.run(
        [sys.executable, "-m", "approval_console", "--demo", "--report-startup"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = {
        line.split("file=", 1)[1].split()[0]
        for path in tmp_path.glob("ld.*")
        for line in path.read_text(errors="replace").splitlines()
        if "file=" in line
    }
    assert any("/plugins/platforms/libqoffscreen" in name for name in loaded), sorted(loaded)
    assert not [name for name in loaded if any(part in name for part in LEFT_OUT_PLUGINS)]
