#!/usr/bin/env bash
# Quick start: install what is missing, build, and start the wizard. Arguments go to cloudconnect
# (e.g. scripts/run.sh my-profile.json, or scripts/run.sh check my-profile.json).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build/release" -DCMAKE_BUILD_TYPE=Release -DCC_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build/release" -j2
exec "$root/build/release/app/cloudconnect" "$@"
