#!/usr/bin/env bash
# The fidelity run over public schema collections: each collection's own valid example documents read into
# the type generated for its root schema and written back (acceptance/Fidelity.java, --public mode).
# Usage: acceptance/fidelity-public.sh [OUT] [DIR]
#   OUT  defaults to /tmp/fidelity-public-out (results.tsv: one line per document, with the difference)
#   DIR  defaults to /tmp/fidelity-public, as acceptance/fetch-fidelity-public.sh lays it out (run first)
# STYLE=record in the environment selects record style, UNKNOWN_PROPERTIES=keep (or fail) that option,
# JACKSON=2 reads and writes with Jackson 2 instead of 3, CONSTRAINTS=check generates with constraints=check,
# FORMATS=assert (with CONSTRAINTS=check) with formats=assert.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/fidelity-public-out}"
dir="${2:-/tmp/fidelity-public}"
[ -f "$dir/MANIFEST.tsv" ] || { echo "no $dir/MANIFEST.tsv: run acceptance/fetch-fidelity-public.sh first" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
cd "$here"
. acceptance/core-classpath.sh "$out"
java -Xss16m -Dfidelity.unknownProperties="${UNKNOWN_PROPERTIES:-ignore}" -Dfidelity.jackson="${JACKSON:-3}" -Dfidelity.constraints="${CONSTRAINTS:-document}" -Dfidelity.formats="${FORMATS:-annotate}" -cp "$cp" acceptance/Fidelity.java \
  "$out" "${STYLE:-class}" --public "$dir"
