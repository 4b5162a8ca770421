#!/usr/bin/env bash
# Moves constraints.txt forward: resolves the newest versions pyproject.toml allows (the app,
# its dev and packaging tools, pip and the build's setuptools) in a fresh virtual environment
# and writes them down. Run it with the oldest Python the app supports (3.11), whose extra
# backports then get pinned too; then run `bash scripts/test.sh` and commit constraints.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m venv "$work/venv"
pip=("$work/venv/bin/python" -m pip --quiet --disable-pip-version-check)
"${pip[@]}" install --upgrade pip setuptools
"${pip[@]}" install -e ".[dev,package]"
{
    sed -n '/^#/p;/^#/!q' constraints.txt  # the header comment stays
    "${pip[@]}" freeze --all --exclude-editable | grep -v '^#'
} > "$work/constraints.txt"
if diff -u constraints.txt "$work/constraints.txt"; then
    echo "constraints.txt is up to date."
else
    cp "$work/constraints.txt" constraints.txt
    echo "constraints.txt updated: run bash scripts/test.sh, then commit it."
fi
