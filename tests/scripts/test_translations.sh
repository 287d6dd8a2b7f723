#!/usr/bin/env bash
# Every user-visible string is translated: lupdate reads the sources into a copy of each .ts file
# (obsolete entries kept, so a string whose source is gone shows as "vanished"), and the copy must
# have no message that is unfinished (new or changed in the sources, or never translated) and none
# that is vanished or obsolete (translated, but no longer in the sources).
#   test_translations.sh LUPDATE SOURCE_DIR
# Fix a failure with `cmake --build build --target update_translations`, then translate what is
# unfinished in translations/*.ts (Qt Linguist, or by hand) and commit the .ts file.
set -uo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$src"/translations/*.ts; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  if ! (cd "$src" && "$lupdate" -locations none -extensions cpp,h wizard app -ts "$copy") >"$tmp/lupdate.log" 2>&1; then
    echo "FAIL lupdate did not run:"
    cat "$tmp/lupdate.log"
    exit 1
  fi
  grep -i "warning\|error" "$tmp/lupdate.log" | sed 's/^/lupdate: /'
  for type in unfinished vanished obsolete; do
    n=$(grep -c "type=\"$type\"" "$copy")
    if [[ $n != 0 ]]; then
      status=1
      echo "FAIL $(basename "$ts"): $n $type message(s):"
      # The source of each such message (the line before its <translation>, or the <source> above).
      grep -B3 "type=\"$type\"" "$copy" | grep "<source>" | sed 's/^ */  /'
    fi
  done
  [[ $status == 0 ]] && echo "PASS $(basename "$ts"): $(grep -c '<message' "$copy") messages, all translated"
done
exit $status
