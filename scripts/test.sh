#!/usr/bin/env bash
# Quick start: install what is missing, build with tests, and run the whole suite through CTest.
# Needs no display (Qt's offscreen platform) and no standard input; CI runs exactly this.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh" --tests
build="$root/build/test"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCC_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j2
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j2 --timeout 600 </dev/null
