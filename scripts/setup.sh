#!/usr/bin/env bash
# Creates .venv with the app and its development tools, at the versions in constraints.txt;
# safe to run again (it re-installs only when pyproject.toml or constraints.txt changed).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Approval Console needs Python 3.11 or newer ($PYTHON is older or missing)." >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    # Debian's Python makes a venv only with its python3.X-venv package: install it, or say how.
    "$PYTHON" scripts/system_deps.py venv
    if ! "$PYTHON" -m venv .venv; then
        rm -rf .venv
        echo "Could not create a virtual environment. On Debian or Ubuntu: sudo apt-get install python3-venv" >&2
        exit 1
    fi
fi
stamp=.venv/.installed
wanted="$(cat pyproject.toml constraints.txt | .venv/bin/python -c \
    'import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    pip=(.venv/bin/python -m pip --quiet --disable-pip-version-check)
    "${pip[@]}" install --constraint constraints.txt pip  # a pip that knows --build-constraint
    "${pip[@]}" install --constraint constraints.txt --build-constraint constraints.txt -e ".[dev]"
    echo "$wanted" > "$stamp"
fi
# The translations the console shows (resources/i18n/*.qm), compiled from translations/*.ts:
# every command that runs or ships the console (demo.sh, test.sh, packaging/build.sh, CI)
# comes through here, so none of them can start with catalogues older than the sources.
.venv/bin/python scripts/translations.py build >/dev/null
