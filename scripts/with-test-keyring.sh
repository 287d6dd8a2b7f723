#!/usr/bin/env bash
# Runs a command against a real, throwaway Secret Service, as the keychain tests need:
#   with-test-keyring.sh COMMAND...                     gnome-keyring on a private session bus, with an
#                                                       unlocked default ("login") collection
#   with-test-keyring.sh --no-secret-service COMMAND...  a private session bus on which nothing provides
#                                                       the Secret Service, not even by D-Bus activation
# HOME, XDG_RUNTIME_DIR (and the XDG data/config/cache dirs) point into a temporary folder that is
# removed afterwards; CC_TEST_KEYRING_HOME names that folder so a test can search every file
# written there for secrets. The developer's own keyring and settings are never touched.
set -euo pipefail

mode=keyring
if [[ "${1:-}" == "--no-secret-service" ]]; then
  mode=none
  shift
fi
if [[ $# -eq 0 ]]; then
  echo "usage: $0 [--no-secret-service] COMMAND [ARG...]" >&2
  exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cc-test-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp" "$tmp/home" "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share" \
       XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache" CC_TEST_KEYRING_HOME="$tmp"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK SECRET_SERVICE_BUS_NAME
# QtKeychain 0.13 picks its Linux backend from the desktop: KWallet first when these say KDE,
# otherwise libsecret (the Secret Service) whenever libsecret-1.so.0 loads. Without them the
# choice is libsecret, which is what these tests exercise. libsecret answers through GLib's main
# loop, which Qt runs only with its GLib event dispatcher: QT_NO_GLIB would make every job hang.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID QT_NO_GLIB

# dbus-daemon complains when it may not raise its file limit (containers); nothing else is hidden.
quiet_bus() { grep -v -e "Failed to set fd limit" >&2 || true; }

# A private session bus without <servicedir>/<standard_session_servicedirs/>: nothing on it is
# started by D-Bus activation. gnome-keyring installs an activation file for
# org.freedesktop.secrets in /usr/share/dbus-1/services; here the Secret Service is either the
# daemon started below or absent.
cat > "$tmp/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$tmp/runtime</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF

# A private session bus with no service directories: nothing is started by D-Bus activation, so
# only the keyring this script starts (if any) provides org.freedesktop.secrets, and no
# activated daemon can outlive the test.
cat > "$tmp/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$tmp/runtime</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF

# Standard error goes through a file, not a pipe: a daemon that outlived the test while holding a
# pipe's write end would keep CTest waiting for the end of output until its timeout.
errors="$tmp/stderr"
show_errors() { grep -v -e "Failed to set fd limit" -e "SystemPrompter" "$errors" >&2 || true; }

status=0
if [[ "$mode" == none ]]; then
  dbus-run-session --config-file="$tmp/bus.conf" -- "$@" 2>"$errors" || status=$?
  show_errors
  exit $status
fi

# gnome-keyring creates and unlocks the login keyring with this password (an empty one would make
# it ask through a prompter, which needs a display). It is stopped by the PID that owns the
# Secret Service name on this bus, so parallel tests never stop each other's daemon.
dbus-run-session --config-file="$tmp/bus.conf" -- bash -c '
  printf "cloudconnect-test-keyring" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1
  for _ in $(seq 50); do
    secret-tool search --all service cloudconnect-probe >/dev/null 2>&1 && break
    sleep 0.1
  done
  daemon=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
             org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
           awk "/uint32/ { print \$2 }")
  status=0
  "$@" || status=$?
  if [[ -n "$daemon" ]]; then
    kill "$daemon" 2>/dev/null || true
  fi
  exit $status
' with-test-keyring "$@" 2>"$errors" </dev/null || status=$?
show_errors
exit $status
