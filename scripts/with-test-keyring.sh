#!/usr/bin/env bash
# Runs a command against a real, throwaway Secret Service, as the keychain tests need:
#   with-test-keyring.sh COMMAND...                    gnome-keyring on a private session bus
#   with-test-keyring.sh --no-secret-service COMMAND... a private bus where nothing provides the
#                                                       Secret Service (not even by activation)
# HOME and XDG_RUNTIME_DIR point into a temporary folder that is removed afterwards;
# CC_TEST_KEYRING_HOME tells the test where, so it can search every file written for secrets.
set -euo pipefail
mode=keyring
if [[ "${1:-}" == "--no-secret-service" ]]; then
  mode=none
  shift
fi
tmp=$(mktemp -d)
# Keyring daemons detach from the session; stop every one started for this run (found by the
# runtime directory in its environment), or it would outlive the test and hold CTest's pipes.
stop_daemons() {
  local pid
  for pid in $(pgrep -f gnome-keyring-daemon || true); do
    if tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qx "XDG_RUNTIME_DIR=$tmp/runtime"; then
      kill "$pid" 2>/dev/null || true
    fi
  done
}
trap 'stop_daemons; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share" \
       XDG_CONFIG_HOME="$tmp/home/.config" CC_TEST_KEYRING_HOME="$tmp"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

if [[ "$mode" == none ]]; then
  # A session bus with no service directories: org.freedesktop.secrets cannot be activated.
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
  status=0
  dbus-run-session --config-file="$tmp/bus.conf" -- "$@" 2> >(grep -v "Failed to set fd limit" >&2) || status=$?
  exit $status
fi

# gnome-keyring creates and unlocks the login keyring with this password (an empty one would make
# it ask through a prompter, which needs a display).
status=0
dbus-run-session -- bash -c '
  printf "cloudconnect-test-keyring" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1
  for _ in $(seq 50); do
    secret-tool search --all service cloudconnect-probe >/dev/null 2>&1 && break
    sleep 0.1
  done
  exec "$@"
' with-test-keyring "$@" 2> >(grep -v -e "Failed to set fd limit" -e "SystemPrompter" >&2) || status=$?
exit $status
