#!/usr/bin/env bash
# Creates .venv with the app and its development tools; safe to run again.
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
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[dev]"
    touch "$stamp"
fi
