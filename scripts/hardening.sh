#!/usr/bin/env bash
# Hardening that keeps working (docs/fuzzing.md): installs what is missing, then
#  1. builds the libFuzzer targets of tests/fuzz with Debian's clang 14 into build/fuzz and runs each
#     for CC_FUZZ_SECONDS (default 30) on a fresh copy of its seeds (tests/fuzz/corpus/NAME plus the
#     inputs of earlier findings, tests/fuzz/regressions/NAME), two at a time;
#  2. builds the whole project and its tests with gcc's AddressSanitizer + UndefinedBehaviorSanitizer
#     into build/asan (-DCC_SANITIZE=ON) and runs the CTest suite there.
# Any finding fails the run (exit 1) and is printed with the path of the input that caused it.
# Needs no display and no standard input; .ci/run runs it after scripts/test.sh.
#   scripts/hardening.sh            both stages
#   scripts/hardening.sh --fuzz     the fuzzers only
#   scripts/hardening.sh --asan     the sanitizer suite only
# Environment: CC_FUZZ_SECONDS (per target), CC_FUZZ_TARGETS (names, space-separated; default all).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

run_fuzz=1 run_asan=1
case "${1:-}" in
  --fuzz) run_asan=0 ;;
  --asan) run_fuzz=0 ;;
  "") ;;
  *) echo "usage: $0 [--fuzz|--asan]" >&2; exit 2 ;;
esac

"$root/scripts/install-deps.sh" --tests --hardening

started=$SECONDS
elapsed() { local s=$((SECONDS - $1)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }
failed=0

fuzz_stage() {
  local t0=$SECONDS build="$root/build/fuzz" seconds=${CC_FUZZ_SECONDS:-30}
  echo "hardening: building the fuzz targets (clang++-14, build/fuzz)" >&2
  # A build/fuzz configured with another compiler (clang++ by hand, say) is started afresh.
  if [[ -f "$build/CMakeCache.txt" ]] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*/clang++-14$' "$build/CMakeCache.txt"; then
    rm -rf "$build"
  fi
  mkdir -p "$build"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCC_FUZZ=ON -DCC_BUILD_TESTS=OFF >/dev/null || return 1
  cmake --build "$build" --target fuzz_all -j2 >"$build/build.log" 2>&1 || { tail -n 40 "$build/build.log" >&2; return 1; }
  echo "hardening: fuzz targets built in $(elapsed "$t0")" >&2

  local names=()
  if [[ -n "${CC_FUZZ_TARGETS:-}" ]]; then
    read -r -a names <<<"$CC_FUZZ_TARGETS"
  else
    local d
    for d in "$root"/tests/fuzz/corpus/*/; do names+=("$(basename "$d")"); done
  fi

  # Each target works on its own copy in build/fuzz/run/NAME: the repository is never written.
  # libFuzzer stops at the first crash, leak, sanitizer report, timeout (-timeout, per input) or
  # memory over -rss_limit_mb, and writes the input to findings/.
  local name work t1=$SECONDS
  run_one() {
    local name=$1 work="$build/run/$1" status=0
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=16384 -rss_limit_mb=2048 -timeout=25 \
      -print_final_stats=1 -artifact_prefix="$work/findings/" "$work/corpus" </dev/null >"$work/fuzz.log" 2>&1 || status=$?
    echo "$status" >"$work/status"
  }
  for name in "${names[@]}"; do
    [[ -x "$build/tests/fuzz/fuzz_$name" ]] || { echo "hardening: no fuzz target fuzz_$name" >&2; return 1; }
    work="$build/run/$name"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/findings"
    cp -R "$root/tests/fuzz/corpus/$name/." "$work/corpus/" || return 1
    if [[ -d "$root/tests/fuzz/regressions/$name" ]]; then
      cp -R "$root/tests/fuzz/regressions/$name/." "$work/corpus/" || return 1
    fi
  done
  echo "hardening: fuzzing ${#names[@]} targets, ${seconds}s each, two at a time" >&2
  # ASan's and UBSan's reports name functions and lines (llvm-symbolizer from llvm-14).
  export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
  local running=0
  for name in "${names[@]}"; do
    if ((running == 2)); then
      wait -n || true
      running=1
    fi
    run_one "$name" &
    running=$((running + 1))
  done
  wait || true

  local bad=0 status findings
  for name in "${names[@]}"; do
    work="$build/run/$name"
    status=$(cat "$work/status" 2>/dev/null || echo "?")
    findings=$(find "$work/findings" -type f | sort)
    if [[ "$status" == 0 && -z "$findings" ]]; then
      echo "hardening: fuzz_$name: $(grep -E '^#[0-9]+.*DONE' "$work/fuzz.log" | tail -n 1 | sed 's/^#\([0-9]*\).*cov: \([0-9]*\).*exec\/s: \([0-9]*\).*/\1 runs, \2 edges, \3 exec\/s/')" >&2
      continue
    fi
    bad=1
    echo "hardening: FINDING in fuzz_$name (exit $status); the end of its log, $work/fuzz.log:" >&2
    grep -v -E '^#[0-9]+[[:space:]]' "$work/fuzz.log" | tail -n 60 >&2
    for f in $findings; do
      echo "hardening: crash input: $f (reproduce: $build/tests/fuzz/fuzz_$name $f)" >&2
    done
  done
  echo "hardening: fuzzing took $(elapsed "$t1") (stage: $(elapsed "$t0"))" >&2
  return $bad
}

asan_stage() {
  local t0=$SECONDS build="$root/build/asan"
  echo "hardening: building everything with AddressSanitizer + UndefinedBehaviorSanitizer (gcc, build/asan)" >&2
  # -O1, the usual level for ASan: quicker to build than -O2, stacks close to the source; -g1: lines.
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
    -DCC_SANITIZE=ON -DCC_BUILD_TESTS=ON >/dev/null || return 1
  cmake --build "$build" -j2 >"$build/build.log" 2>&1 || { tail -n 40 "$build/build.log" >&2; return 1; }
  echo "hardening: sanitizer build took $(elapsed "$t0")" >&2

  local t1=$SECONDS reports="$build/sanitizer-reports"
  rm -rf "$reports"
  mkdir -p "$reports"
  # The same environment scripts/test.sh gives the suite: offscreen QPA, no standard input; the
  # keychain tests start their own throwaway keyring through scripts/with-test-keyring.sh (CTest).
  export QT_QPA_PLATFORM=offscreen
  # The first report ends the process with exit status 86, so a cloudconnect started by a test
  # cannot pass for one that exited 1 or 3 as expected. ASan's and LeakSanitizer's reports also
  # go to files in build/asan/sanitizer-reports (a test keeps its children's stderr to itself);
  # any such file is a finding. UBSan's go to stderr (gcc's runtime ignores log_path for them).
  export ASAN_OPTIONS="halt_on_error=1:exitcode=86:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:log_path=$reports/asan"
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=86
  # LeakSanitizer ignores allocations made inside OpenSSL only: under load, a process can end
  # while Qt's network thread still holds OpenSSL's per-thread random generators (freed when the
  # thread ends), and OpenSSL has no frame pointers, so such a stack shows no frame to act on.
  # Leaks of OpenSSL objects our code creates are left to the fuzzers (fuzz_bundle), which report them.
  export LSAN_OPTIONS="suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0"
  # test_startup is left out: it runs the wizard under valgrind, which cannot run an ASan binary,
  # and compares memory with a bare QWizard, which ASan's shadow memory makes meaningless.
  local status=0 f
  ctest --test-dir "$build" --output-on-failure -j2 --timeout 600 -E '^test_startup$' </dev/null || status=$?
  for f in "$reports"/*; do
    [[ -e "$f" ]] || continue
    status=1
    echo "hardening: FINDING, sanitizer report $f:" >&2
    head -n 60 "$f" >&2
  done
  echo "hardening: sanitizer suite took $(elapsed "$t1") (stage: $(elapsed "$t0"))" >&2
  return $status
}

# Both stages run even when the first finds something; each returns 1 on a finding or a failed
# build (set -e does not reach inside a function called with ||, hence the explicit returns).
if ((run_fuzz)); then
  fuzz_stage || failed=1
fi
if ((run_asan)); then
  asan_stage || failed=1
fi
if ((failed)); then
  echo "hardening: FAILED after $(elapsed "$started") (the findings are above)" >&2
else
  echo "hardening: no findings; done in $(elapsed "$started")" >&2
fi
exit $failed
