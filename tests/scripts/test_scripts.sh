#!/usr/bin/env bash
# The quick-start scripts' clear words when something is missing: no graphical session (run.sh,
# exit 3, before anything is installed or built) and neither root nor sudo (install-deps.sh prints
# the exact apt-get line, exit 2). Prints "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
passed=0 failed=0
check() { # name, condition
  if eval "$2"; then passed=$((passed + 1)); echo "PASS $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run.sh with no display: exit 3 and the way out, without building.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM bash "$root/scripts/run.sh" 2>&1 >/dev/null); code=$?
check "run.sh without a display exits 3" '[[ $code == 3 ]]'
check "run.sh names the headless commands" '[[ $out == *"check|validate|submit|report"* ]]'
check "run.sh says how to use xvfb-run" '[[ $out == *"xvfb-run -a scripts/run.sh"* ]]'
check "run.sh without a display does not reach Qt" '[[ $out != *"platform plugin"* ]]'
# run.sh when nothing changed: no build, no progress line, straight to the program (a stand-in
# newer than every file of the project), which gets the arguments.
mkdir -p "$tmp/release/app"
printf '#!/bin/sh\necho "program ran with: $*"\n' >"$tmp/release/app/cloudconnect"
chmod +x "$tmp/release/app/cloudconnect"
touch -d '+1 hour' "$tmp/release/app/cloudconnect"
out=$(CC_RUN_BUILD_DIR="$tmp/release" bash "$root/scripts/run.sh" check some.json 2>"$tmp/err"); code=$?
check "run.sh with nothing changed runs the program" '[[ $code == 0 && $out == "program ran with: check some.json" ]]'
check "run.sh with nothing changed prints nothing else" '[[ ! -s "$tmp/err" ]]'

# install-deps.sh as a user without root and without sudo, with a package missing: the exact
# apt-get line and exit 2 (the machine's own dpkg-query, id and sudo replaced on PATH).
mkdir -p "$tmp/bin"
printf '#!/bin/sh\nexit 1\n' >"$tmp/bin/dpkg-query"
printf '#!/bin/sh\necho 1000\n' >"$tmp/bin/id"
chmod +x "$tmp/bin/dpkg-query" "$tmp/bin/id"
for tool in grep cat; do ln -s "$(command -v $tool)" "$tmp/bin/$tool"; done
out=$(PATH="$tmp/bin" /bin/bash "$root/scripts/install-deps.sh" 2>&1); code=$?
check "install-deps without root or sudo exits 2" '[[ $code == 2 ]]'
check "install-deps prints the apt-get line" '[[ $out == *"apt-get update && apt-get install -y --no-install-recommends cmake g++"* ]]'
check "install-deps does not call sudo" '[[ $out != *"sudo: command not found"* ]]'

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
