#!/usr/bin/env bash
# Sets up the app and the system packages its tests need, then runs them against the real
# sandbox in two steps: (a) every test but tests/journeys, offscreen; (b) the journeys, which
# drive the console on a real X server (their conftest starts Xvfb and a window manager).
#
# Arguments go to pytest in both steps. Those naming existing files or folders choose what
# runs: a step that none of them names is skipped, and paths under tests/journeys go to (b).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh  # also compiles the translations (resources/i18n/*.qm)
.venv/bin/python scripts/system_deps.py test

journeys_dir="$(realpath -m tests/journeys)"
options=() offscreen=() journeys=()
for arg in "$@"; do
    path="${arg%%::*}"  # tests/x.py::test_y names tests/x.py
    if [ "${arg:0:1}" = "-" ] || [ ! -e "$path" ]; then
        options+=("$arg")
        continue
    fi
    real="$(realpath "$path")"
    case "$real/" in
        "$journeys_dir"/*) journeys+=("$arg") ;;
        *)
            offscreen+=("$arg")
            # A folder holding the journeys (tests/, the checkout) names them too.
            case "$journeys_dir/" in "$real"/*) journeys+=(tests/journeys) ;; esac
            ;;
    esac
done
run_offscreen=yes run_journeys=yes
if [ ${#offscreen[@]} -gt 0 ] || [ ${#journeys[@]} -gt 0 ]; then
    [ ${#offscreen[@]} -gt 0 ] || run_offscreen=no
    [ ${#journeys[@]} -gt 0 ] || run_journeys=no
fi
[ -d tests/journeys ] || run_journeys=no  # not written yet on this branch

# pytest exits 5 when it selects no test: fine for one step (say, -k matching only the
# other's tests), but not for the whole run.
results=()
step() {
    local status=0
    "$@" || status=$?
    results+=("$status")
}
if [ "$run_offscreen" = yes ]; then
    step env QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
        .venv/bin/python -m pytest "${options[@]}" "${offscreen[@]}"
fi
if [ "$run_journeys" = yes ]; then
    step env -u QT_QPA_PLATFORM APPROVAL_CONSOLE_JOURNEYS=1 \
        .venv/bin/python -m pytest "${options[@]}" "${journeys[@]:-tests/journeys}"
fi
ran_tests=no
for status in "${results[@]}"; do
    case "$status" in
        0) ran_tests=yes ;;
        5) ;;
        *) exit "$status" ;;
    esac
done
[ "$ran_tests" = yes ] || exit 5
