#!/usr/bin/env bash
# Quick start: install what is missing, build, and start the wizard. Arguments go to cloudconnect
# (e.g. scripts/run.sh my-profile.json, or scripts/run.sh check my-profile.json).
# Builds quietly (the log is kept in build/release/build.log) and only when a source file is newer
# than the program. Exit 3 when the wizard is asked for but there is no graphical session.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CC_RUN_BUILD_DIR:-$root/build/release}" # another folder only for tests/scripts
bin="$build/app/cloudconnect"

# The headless commands work anywhere; everything else opens the wizard and needs a display.
case "${1:-}" in
  check|validate|submit|report|secrets|artefact|bundle|--help|-h|--version|-v) gui=0 ;;
  *) gui=1 ;;
esac
if [[ $gui == 1 && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  cat >&2 <<'MSG'
run.sh: the wizard needs a graphical session, and this one has none (neither DISPLAY nor
WAYLAND_DISPLAY is set).
  - Run it from a desktop session, or over ssh -X.
  - The headless commands work without one:
      scripts/run.sh check|validate|submit|report PROFILE.json   (see scripts/run.sh --help)
  - To try the wizard on a virtual display: xvfb-run -a scripts/run.sh
MSG
  exit 3
fi

"$root/scripts/install-deps.sh"

# Nothing to do when no file of the project is newer than the program.
stale=1
if [[ -x "$bin" ]]; then
  newer=$(find "$root" \( -path "$root/build" -o -path "$root/.git" \) -prune -o -type f -newer "$bin" -print -quit)
  [[ -z "$newer" ]] && stale=0
fi
if [[ $stale == 1 ]]; then
  mkdir -p "$build"
  echo "run.sh: building Cloud Connect (log: $build/build.log)…" >&2
  if ! { cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCC_BUILD_TESTS=OFF &&
         cmake --build "$build" -j2; } >"$build/build.log" 2>&1; then
    tail -n 30 "$build/build.log" >&2
    echo "run.sh: the build failed; the whole log is $build/build.log" >&2
    exit 1
  fi
  touch "$bin"
fi
exec "$bin" "$@"
