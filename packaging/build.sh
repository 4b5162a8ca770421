#!/usr/bin/env bash
# Builds the frozen one-folder app: dist/approval-console/approval-console.
# Safe to run again; each run starts from a clean build directory.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if ! .venv/bin/python -c 'import PyInstaller' 2>/dev/null; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check \
        --constraint constraints.txt --build-constraint constraints.txt -e ".[package]"
fi
rm -rf build/approval-console dist/approval-console
.venv/bin/python scripts/translations.py build  # resources/i18n/*.qm, which the bundle carries
.venv/bin/python -m PyInstaller packaging/approval-console.spec \
    --noconfirm --clean --log-level WARN --distpath dist --workpath build
# What the spec left out must not be missed: every bundled binary finds each library it needs
# (in the bundle, as the app's loader path has it first, or on this system), and every ICU
# function Qt calls answers as it does with PySide6's full ICU data.
internal=dist/approval-console/_internal
missing=$(find dist/approval-console -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
    xargs -0 -r env LD_LIBRARY_PATH="$internal" ldd 2>/dev/null | grep 'not found' | sort -u || true)
[ -z "$missing" ] || { echo "Bundled binaries need libraries nowhere to be found:$missing" >&2; exit 1; }
qt_lib=$(.venv/bin/python -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt" / "lib")')
.venv/bin/python packaging/icu_check.py "$internal/PySide6/Qt/lib" --against "$qt_lib"
echo "Built dist/approval-console/approval-console ($(du -sh dist/approval-console | cut -f1))"
