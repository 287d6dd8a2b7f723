#!/usr/bin/env bash
# The installed layout works: `cmake --install` into a throwaway prefix, then the installed program
# finds its engine (lib/<arch>/cloudconnect/cloudconnect-engine.so, relative to bin/) and runs a
# command that needs it, finds its window module there too and paints the wizard, and a program
# whose engine or window module is of another version refuses to load it.
#   test_install.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL $*"; exit 1; }
cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "cmake --install"; }
bin="$tmp/prefix/bin/cloudconnect"
[[ -x $bin ]] || fail "no bin/cloudconnect installed"
engine=$(find "$tmp/prefix" -name 'cloudconnect-engine*.so' | head -n 1)
[[ -n $engine ]] || fail "no engine installed"
[[ $engine == "$tmp/prefix/lib"*/cloudconnect/cloudconnect-engine.so ]] || fail "engine not in lib/.../cloudconnect: $engine"
out=$("$bin" check "$src/tests/data/profiles/spot-aws.json" 2>&1) || fail "installed check failed: $out"
[[ $out == *"valid"* ]] || fail "installed check said: $out"
echo "ok installed program runs its engine from ${engine#"$tmp/prefix/"}"

# An engine built from other interface headers (same version: a stale build) is refused before it
# is loaded. Its metadata holds text(9) "interface", then text(16) the headers' hash.
cp "$engine" "$tmp/engine.orig"
perl -0777 -pi -e 's/(\x69interface\x70)([0-9a-f])/$1.($2 eq "0" ? "1" : "0")/e or exit 1' "$engine" \
  || fail "could not write an engine of other interfaces"
out=$("$bin" check "$src/tests/data/profiles/spot-aws.json" 2>&1); code=$?
[[ $code == 3 && $out == *"another build of version"* && $out != *"this program is"* && $out == *"Reinstall"* ]] \
  || fail "an engine of other interfaces: exit $code, said: $out"
echo "ok an engine built from other interface headers is refused"
cp "$tmp/engine.orig" "$engine"

# Another version's engine (its metadata says so) is refused before it is loaded, with the fix.
# Qt 6 keeps a plugin's metadata as CBOR in its .qtmetadata section, the version as a text
# string there: text(7) "version", then text(n) "x.y.z". Changing its first digit in place keeps
# every offset and length. (perl: in Debian's essential set.)
perl -0777 -pi -e 's/(\x67version[\x61-\x77])([0-9])/$1.($2 eq "9" ? "8" : "9")/e or exit 1' "$engine" \
  || fail "could not write an engine of another version"
out=$("$bin" check "$src/tests/data/profiles/spot-aws.json" 2>&1); code=$?
[[ $code == 3 ]] || fail "an engine of another version: exit $code, said: $out"
[[ $out == *"another version"* && $out == *"Reinstall"* ]] || fail "an engine of another version said: $out"
echo "ok an engine of another version is refused"
cp "$tmp/engine.orig" "$engine"

# The keychain module: installed beside the engine and found. On a session bus that does not exist,
# so that no one's real keychain is touched: the command says the keychain cannot be reached,
# never that the module is missing.
keychain=$(find "$tmp/prefix" -name 'cloudconnect-keychain*.so' | head -n 1)
[[ $keychain == "$tmp/prefix/lib"*/cloudconnect/cloudconnect-keychain.so ]] || fail "keychain module not in lib/.../cloudconnect: $keychain"
nobus() { DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/none" XDG_RUNTIME_DIR="$tmp" timeout 60 "$bin" secrets delete "$src/tests/data/profiles/spot-aws.json" --timeout 5 2>&1; }
out=$(nobus); code=$?
[[ $code == 3 && $out == *"session bus"* && $out != *"keychain module"* ]] \
  || fail "installed program did not reach the keychain through its module: exit $code, said: $out"
echo "ok installed program finds its keychain module in ${keychain#"$tmp/prefix/"}"
cp "$keychain" "$tmp/keychain.orig"
perl -0777 -pi -e 's/(\x67version[\x61-\x77])([0-9])/$1.($2 eq "9" ? "8" : "9")/e or exit 1' "$keychain" \
  || fail "could not write a keychain module of another version"
out=$(nobus); code=$?
[[ $code == 3 && $out == *"keychain module"* && $out == *"another version"* && $out == *"Reinstall"* ]] \
  || fail "a keychain module of another version: exit $code, said: $out"
echo "ok a keychain module of another version is refused"
cp "$tmp/keychain.orig" "$keychain"

# The window module: installed beside the engine, found from bin/, and the wizard paints.
window=$(find "$tmp/prefix" -name 'cloudconnect-window*.so' | head -n 1)
[[ $window == "$tmp/prefix/lib"*/cloudconnect/cloudconnect-window.so ]] || fail "window module not in lib/.../cloudconnect: $window"
out=$(QT_QPA_PLATFORM=offscreen CC_EXIT_AFTER_FIRST_PAINT=1 timeout 60 "$bin" 2>&1) || fail "installed wizard did not start: $out"
[[ $out == *"first-paint "* ]] || fail "installed wizard did not paint: $out"
echo "ok installed program shows the wizard from ${window#"$tmp/prefix/"}"
out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$bin" report "$src/tests/data/profiles/spot-aws.json" --no-keychain -o "$tmp/r.pdf" 2>&1) \
  || fail "installed PDF report failed: $out"
[[ $(head -c 4 "$tmp/r.pdf") == "%PDF" ]] || fail "installed PDF report is no PDF"
echo "ok installed program writes a PDF report through its window module"
cp "$window" "$tmp/window.orig"
perl -0777 -pi -e 's/(\x67version[\x61-\x77])([0-9])/$1.($2 eq "9" ? "8" : "9")/e or exit 1' "$window" \
  || fail "could not write a window module of another version"
out=$(QT_QPA_PLATFORM=offscreen CC_EXIT_AFTER_FIRST_PAINT=1 timeout 60 "$bin" 2>&1); code=$?
[[ $code == 3 && $out == *"another version"* && $out == *"Reinstall"* && $out != *"first-paint"* ]] \
  || fail "a window module of another version: exit $code, said: $out"
echo "ok a window module of another version is refused"
cp "$tmp/window.orig" "$window"
