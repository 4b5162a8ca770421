#!/usr/bin/env bash
# Sets up the app and starts it in demo mode, on a local sandbox and a throwaway profile.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/approval-console --demo "$@"
