#!/usr/bin/env bash
# The Javadoc check of issue 13: the Stytch set generated in class and record style, with typeNaming
# namespace and title, and `javadoc -Xdoclint:all` run over each; prints the warning and error counts,
# which must be 0. Extra arguments are options for every run (e.g. constraints=check beanValidation=true).
# Usage: acceptance/javadoc.sh [OUT] [option=value...]
#   OUT defaults to /tmp/javadoc-out (OUT/<style>-<naming>/javadoc.log holds each run's messages)
# STYTCH_DIR in the environment overrides the schema set (default ../shared/corpus/stytch-json-schema).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/javadoc-out}"
shift || true
stytch="${STYTCH_DIR:-$here/../shared/corpus/stytch-json-schema}"
rm -rf "$out"
mkdir -p "$out"
cd "$here"
# the core's classes and dependencies, without installing anything
mvn -B -q -o -pl generator-core compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null 2>&1 \
  || mvn -B -q -pl generator-core compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="$here/generator-core/target/classes:$(cat "$out/classpath.txt")"
# what the generated code compiles against: jackson-annotations, and jakarta.validation for beanValidation=true
libs="$(tr ':' '\n' < "$out/classpath.txt" | grep -E '/(jackson-annotations|jakarta.validation-api)-[^/]*\.jar$' | paste -sd:)"
status=0
for style in class record; do
  for naming in namespace title; do
    run="$out/$style-$naming"
    java -cp "$cp" acceptance/GenerateSet.java "$stytch" "$run/src" packageName=com.example.stytch style=$style \
        typeNaming=$naming "$@" > "$run.summary"
    find "$run/src" -name '*.java' | sort > "$run/files.txt"
    javadoc -Xdoclint:all -quiet -Xmaxwarns 100000 -Xmaxerrs 100000 -cp "$libs" -d "$run/doc" @"$run/files.txt" \
        > "$run/javadoc.log" 2>&1 || true
    warnings=$(grep -c ': warning' "$run/javadoc.log" || true)
    errors=$(grep -c ': error' "$run/javadoc.log" || true)
    echo "javadoc $style-$naming: $(wc -l < "$run/files.txt") files, $warnings warnings, $errors errors ($(cat "$run.summary"))"
    [ "$warnings" -eq 0 ] && [ "$errors" -eq 0 ] || status=1
  done
done
exit $status
