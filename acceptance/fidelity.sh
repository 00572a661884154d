#!/usr/bin/env bash
# The fidelity run of issue 11: valid documents read into the generated root type and written back.
# Over the official JSON-Schema-Test-Suite's valid instances (drafts 2020-12, 7 and 4; groups that need no
# remote schema), each schema generated and compiled on its own package, read and written with Jackson 3.
# Usage: acceptance/fidelity.sh [OUT] [SUITE_TESTS_DIR]
#   OUT              defaults to /tmp/fidelity-out (results.tsv: one line per document, with the difference)
#   SUITE_TESTS_DIR  defaults to ../shared/corpus/json-schema-test-suite/tests
# STYLE=record in the environment selects record style, UNKNOWN_PROPERTIES=keep (or fail) that option,
# JACKSON=2 reads and writes with Jackson 2 instead of 3, CONSTRAINTS=check generates with constraints=check,
# FORMATS=assert (with CONSTRAINTS=check) with formats=assert, and adds the suite's optional/format tests (format/...).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/fidelity-out}"
suite="${2:-$here/../shared/corpus/json-schema-test-suite/tests}"
rm -rf "$out"
mkdir -p "$out"
cd "$here"
. acceptance/core-classpath.sh "$out"
java -Xss16m -Dfidelity.unknownProperties="${UNKNOWN_PROPERTIES:-ignore}" -Dfidelity.jackson="${JACKSON:-3}" -Dfidelity.constraints="${CONSTRAINTS:-document}" -Dfidelity.formats="${FORMATS:-annotate}" -cp "$cp" acceptance/Fidelity.java "$out" "${STYLE:-class}" "$suite" draft2020-12 draft7 draft4
