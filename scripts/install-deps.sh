#!/usr/bin/env bash
# Installs the Debian 12 packages Cloud Connect needs that are not installed yet.
#   scripts/install-deps.sh          build + run the wizard
#   scripts/install-deps.sh --tests  also what the test suite needs (keyring, D-Bus, PDF tools)
# Works as root, or through sudo otherwise (without either: prints the apt-get line to run, exit 2).
# Runs apt-get update once, only when something is missing.
set -euo pipefail

build_packages=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libqt6svg6 qtkeychain-qt6-dev libvalijson-dev libssl-dev
  fonts-dejavu-core
)
test_packages=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools poppler-utils openssl valgrind
)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--tests" ]]; then
  packages+=("${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present" >&2
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
