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
echo "Built dist/approval-console/approval-console ($(du -sh dist/approval-console | cut -f1))"
