#!/usr/bin/env bash
# The installed layout works: `cmake --install` into a throwaway prefix, then the installed program
# finds its engine (lib/<arch>/cloudconnect/cloudconnect-engine.so, relative to bin/) and runs a
# command that needs it, and a program whose engine is of another version refuses to load it.
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
[[ $code == 3 && $out == *"another version"* ]] || fail "an engine of other interfaces: exit $code, said: $out"
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
