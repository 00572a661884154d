#!/usr/bin/env bash
# The acceptance run of issue 5: every sub-directory of CORPUS (one public schema and the local files it
# refers to) is generated on its own with failOn=never and what it wrote is compiled on its own.
# Usage: acceptance/run-acceptance.sh [CORPUS] [OUT]
#   CORPUS defaults to /tmp/public-schemas (made by acceptance/fetch-public-schemas.sh)
#   OUT    defaults to /tmp/acceptance-out (results.tsv, one report per schema, javac errors, traces)
# STYLE=record, BEAN_VALIDATION=true, CONSTRAINTS=check and FORMATS=assert (with CONSTRAINTS=check) in the
# environment select those options.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-/tmp/public-schemas}"
out="${2:-/tmp/acceptance-out}"
rm -rf "$out"
mkdir -p "$out"
cd "$here"
. acceptance/core-classpath.sh "$out"
# generated code with beanValidation=true needs the Jakarta Validation API (a test dependency of the core)
validation="$(find "${HOME}/.m2/repository/jakarta/validation/jakarta.validation-api" -name 'jakarta.validation-api-*.jar' 2>/dev/null | sort | tail -1)"
[ -n "$validation" ] && cp="$cp:$validation"
java -Xss16m -Dacceptance.style="${STYLE:-class}" -Dacceptance.beanValidation="${BEAN_VALIDATION:-false}" \
  -Dacceptance.constraints="${CONSTRAINTS:-document}" -Dacceptance.formats="${FORMATS:-annotate}" \
  -cp "$cp" acceptance/Acceptance.java "$corpus" "$out"
