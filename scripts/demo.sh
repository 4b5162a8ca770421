#!/usr/bin/env bash
# Sets up the app and starts it in demo mode, on a local sandbox and a throwaway profile.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh  # also compiles the translations (resources/i18n/*.qm)
# Qt aborts on a platform plugin missing a system library, naming the wrong one: install what
# the plugin the demo will load really lacks (or stop here, saying which packages and how).
.venv/bin/python scripts/system_deps.py demo
exec .venv/bin/approval-console --demo "$@"
