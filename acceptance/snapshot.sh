#!/usr/bin/env bash
# What the generator writes (sources and diagnostics, nothing compiled) over the Stytch set and the public
# collection, in class style, record style and class style with beanValidation=true: the output a
# refactoring must keep byte-identical. Compare two snapshots with `diff -r`.
# Usage: acceptance/snapshot.sh OUT [PUBLIC_CORPUS] [STYTCH_DIR]
#   PUBLIC_CORPUS defaults to /tmp/public-schemas (made by acceptance/fetch-public-schemas.sh)
#   STYTCH_DIR    defaults to ../shared/corpus/stytch-json-schema
# Example: acceptance/snapshot.sh /tmp/before; (change, commit); acceptance/snapshot.sh /tmp/after;
#          diff -r /tmp/before /tmp/after && echo identical
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$1"
corpus="${2:-/tmp/public-schemas}"
stytch="${3:-$here/../shared/corpus/stytch-json-schema}"
rm -rf "$out"
mkdir -p "$out"
cd "$here"
. acceptance/core-classpath.sh "$out"
run() {
  java -Xss16m -cp "$cp" acceptance/Snapshot.java "$out/$1" "$2" "$3" "$corpus" "$stytch"
}
run class class false &
run record record false &
run bean class true
wait %1
wait %2
