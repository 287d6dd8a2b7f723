#!/usr/bin/env bash
# Installs the Debian 12 packages Cloud Connect needs that are not installed yet, and extracts the
# headers of Debian's libvalijson-dev into build/deps (see below).
#   scripts/install-deps.sh          build + run the wizard
#   scripts/install-deps.sh --tests  also what the test suite needs (keyring, D-Bus, PDF tools)
#   scripts/install-deps.sh --hardening  also clang and libFuzzer for scripts/hardening.sh
#   scripts/install-deps.sh --benchmarks also Python 3 for tests/benchmarks/run.sh
#   scripts/install-deps.sh [--tests] [--hardening] --print   only print the package list
# Works as root, or through sudo otherwise (without either: prints the apt-get line to run, exit 2).
# Runs apt-get update once, only when something is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Why each package is here: README.md, "Dependencies".
build_packages=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-translations-l10n
  libgl-dev libqt6svg6 qtkeychain-qt6-dev libssl-dev
  fonts-dejavu-core
)
# libclang-cpp15 and libqt6qml6: the libraries of the lupdate unpacked below, which the test that
# every string is translated runs (tests/scripts/test_translations.sh); the libraries alone, not
# the clang toolchain.
test_packages=(
  dbus gnome-keyring libsecret-tools poppler-utils openssl valgrind strace
  libclang-cpp15 libqt6qml6
)
# scripts/hardening.sh: Debian's clang 14 with its runtimes (libFuzzer, ASan, UBSan for clang) and
# llvm-symbolizer, so a finding's stack names functions and lines (docs/fuzzing.md).
hardening_packages=(
  clang-14 libclang-rt-14-dev llvm-14
)
# tests/benchmarks/run.sh: its measuring and table scripts are Python (docs/benchmarks.md).
benchmark_packages=(
  python3
)

# Two packages are unpacked into build/deps instead of installed, because installing them would
# bring in far more than the little we use (README.md, "Dependencies"):
#  - libvalijson-dev: header-only; we use its Qt adapter alone, but the package depends on the dev
#    packages of every JSON library it has an adapter for (Qt 5, POCO with MariaDB, PostgreSQL and
#    ODBC, jsoncpp, yaml-cpp, …: about 1 GB);
#  - qt6-l10n-tools: we need lrelease (it links Qt Core only) to compile translations; the package
#    depends on LLVM and Clang (about 200 MB) for lupdate, a maintainer's tool.
# Each .deb comes from Debian through apt, is checked against the version and SHA-256 pinned here,
# and is unpacked with dpkg-deb; CMake looks there first, then in the system.
unpacked=(
  "libvalijson-dev 1.0+repack-2 36974bd3ff53c05c2c686ecfa094ee437ff3f520e9ab67e552f1a56f19897643 usr/include/valijson/validator.hpp"
  "qt6-l10n-tools 6.4.2~rc1-2 d0f764487b8e94fb49ec8f003330dc1ebaffc8744bfb10f9004a8ee38983fc48 usr/lib/qt6/bin/lrelease"
)

packages=("${build_packages[@]}")
if [[ " $* " == *" --tests "* ]]; then
  packages+=("${test_packages[@]}")
fi
if [[ " $* " == *" --hardening "* ]]; then
  packages+=("${hardening_packages[@]}")
fi
if [[ " $* " == *" --benchmarks "* ]]; then
  packages+=("${benchmark_packages[@]}")
fi
# --print: the package list only (scripts/measure-install.py reads it).
if [[ " $* " == *" --print "* ]]; then
  echo "${packages[*]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
apt_update_once() {
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -q >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -q >/dev/null
  fi
}

# unpack_deb NAME VERSION SHA256 PROBE: build/deps/NAME-VERSION/PROBE exists afterwards, or exit 1.
unpack_deb() {
  local name=$1 version=$2 sha=$3 probe=$4
  local dir="$root/build/deps/$name-$version"
  [[ -e "$dir/$probe" ]] && return 0
  local tmp deb sandbox=()
  tmp=$(mktemp -d)
  chmod 755 "$tmp"
  [[ $(id -u) -eq 0 ]] && sandbox=(-o APT::Sandbox::User=root)
  echo "install-deps: unpacking Debian's $name $version into build/deps" >&2
  # A machine whose package lists were never fetched: fetch them once and try again.
  if ! (cd "$tmp" && apt-get download -q "${sandbox[@]}" "$name=$version" >/dev/null 2>&1); then
    apt_update_once
    if ! (cd "$tmp" && apt-get download -q "${sandbox[@]}" "$name=$version" >/dev/null); then
      echo "install-deps: apt-get download $name=$version failed; as root, run 'apt-get update' and try again" >&2
      rm -rf "$tmp"
      exit 1
    fi
  fi
  deb=$(ls "$tmp"/*.deb)
  if [[ $(sha256sum "$deb" | cut -d' ' -f1) != "$sha" || $(dpkg-deb -f "$deb" Version) != "$version" ]]; then
    echo "install-deps: $(basename "$deb") is not the pinned $name $version (SHA-256 $sha); refusing it" >&2
    rm -rf "$tmp"
    exit 1
  fi
  rm -rf "$dir" "$dir.partial"
  mkdir -p "$dir.partial"
  dpkg-deb -x "$deb" "$dir.partial"
  mv "$dir.partial" "$dir"
  rm -rf "$tmp"
}

unpack_all() {
  local entry
  for entry in "${unpacked[@]}"; do
    # shellcheck disable=SC2086
    unpack_deb $entry
  done
}

if ((${#missing[@]} == 0)); then
  unpack_all # silent when there is nothing to do
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  # Neither root nor sudo: say exactly what to run instead.
  cat >&2 <<MSG
install-deps: these Debian packages are missing, and installing them needs root (sudo is not
installed). Run this as root, then run this script again:

  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}
MSG
  exit 2
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
unpack_all
