#!/usr/bin/env bash
# The benchmarks of docs/benchmarks.md: builds what they need (Release), measures, prints one
# Markdown table on stdout (progress on stderr).
#   tests/benchmarks/run.sh                  every figure the median of 11 runs (a few minutes)
#   tests/benchmarks/run.sh --quick          3 runs each, for CI: keeps the harness working
#   tests/benchmarks/run.sh --build DIR      measure the build in DIR (configured with
#                                            CC_BUILD_TESTS=ON) instead of build/bench
#   tests/benchmarks/run.sh --runs N         N runs instead of 11
# Exits non-zero only when the harness is broken (a program missing, failing or silent), never
# because of a number: the table says which goals are met. Needs no display and no stdin.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build/bench"
runs=11
quick=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --quick) quick=(--quick); runs=3 ;;
    --build) build=$(realpath -m "$2"); shift ;;
    --runs) runs=$2; shift ;;
    *) echo "usage: $0 [--quick] [--build DIR] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done

"$root/scripts/install-deps.sh" --tests --benchmarks >&2
# Debian's awscli, for one comparison only: installed now, never by install-deps. Unavailable
# (no network, no root): that row says n/a.
# Debian's package, /usr/bin/aws: not another aws earlier in PATH (a pip install, say).
if ! dpkg-query -W -f='${Status}' awscli 2>/dev/null | grep -q "install ok installed"; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "benchmarks: installing Debian's awscli for the comparison row" >&2
    timeout 600 apt-get install -y -q --no-install-recommends awscli >/dev/null 2>&1 \
      || { timeout 300 apt-get update -q >/dev/null 2>&1 && timeout 600 apt-get install -y -q --no-install-recommends awscli >/dev/null 2>&1; } \
      || echo "benchmarks: awscli could not be installed; its row will say n/a" >&2
  else
    echo "benchmarks: awscli is not installed (needs root to install); its row will say n/a" >&2
  fi
fi

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCC_BUILD_TESTS=ON >/dev/null
fi
echo "benchmarks: building the benchmark targets in $build" >&2
cmake --build "$build" --target benchmarks -j2 >&2

export QT_QPA_PLATFORM=offscreen
exec python3 "$here/run_benchmarks.py" "$build" "$root" "$runs" "${quick[@]}" </dev/null
