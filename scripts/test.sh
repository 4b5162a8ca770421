#!/usr/bin/env bash
# Sets up the app and runs the whole test suite, offscreen, against the real sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec .venv/bin/python -m pytest "$@"
