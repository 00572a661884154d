#!/usr/bin/env bash
# Issue 13's build-speed figures, side by side in one run (docs/benchmarks.md, "Issue 13: build speed harness"):
#   1. no-op rebuild: `mvn generate-sources` run again with nothing changed, against the same build with
#      -Dschemapojo.skip (whole-process wall time, ratio, and the plugin's own time read from Maven's log);
#   2. clean generate-sources: schemapojo against jsonschema2pojo-maven-plugin 1.3.3 on the same set
#      (whole-process wall time, ratio, peak RSS of each mvn process);
#   3. in-process, warm: dev.schemapojo.bench.GenerationSpeed (benchmarks/target/benchmarks.jar), the set once
#      and eight copies of it in one run, with heap figures.
# The throw-away Maven projects live in a temporary directory (never in the repository); the corpus is read
# where it lies, and only jsonschema2pojo's rewritten copy of it is written, into that directory.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: benchmarks/plugin-speed.sh [options]
  --runs N             timed runs of each side of each figure (default 5; medians are of N)
  --corpus DIR         the schema set (default: ../shared/corpus/stytch-json-schema beside the repository)
  --jdk DIR            JAVA_HOME for every mvn and java process (default: the one mvn finds)
  --figures LIST       which figures, comma-separated from 1,2,3 (default 1,2,3)
  --work DIR           where the throw-away projects go (default: a new mktemp -d directory); must be empty
                       or absent, and outside the repository
  --keep               keep the work directory (default: removed at the end unless a run failed)
  --plugin-version V   schemapojo-maven-plugin version (default 0.1.0-SNAPSHOT)
  --plugin-repo DIR    take dev/schemapojo/** from this local repository (e.g. generator-plugin/target/local-repo
                       after `mvn -o -B -DskipTests verify -pl .,generator-core,generator-plugin`) instead of the
                       ~/.m2 one: the runs then use a private local repository in the work directory, filled
                       from ~/.m2 through a file:// repository, so ~/.m2 is only read
  --online             do not pass -o to the timed mvn runs
  -h, --help           this text
EOF
}

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
INVOCATION="benchmarks/plugin-speed.sh${*:+ $*}"
RUNS=5
CORPUS="$REPO/../shared/corpus/stytch-json-schema"
JDK=""
FIGURES="1,2,3"
WORK=""
KEEP=false
PLUGIN_VERSION="0.1.0-SNAPSHOT"
PLUGIN_REPO=""
OFFLINE="-o"
J2P_VERSION="1.3.3"
PACKAGE="com.example.stytch"

while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --corpus) CORPUS=$2; shift 2 ;;
        --jdk) JDK=$2; shift 2 ;;
        --figures) FIGURES=$2; shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        --keep) KEEP=true; shift ;;
        --plugin-version) PLUGIN_VERSION=$2; shift 2 ;;
        --plugin-repo) PLUGIN_REPO=$2; shift 2 ;;
        --online) OFFLINE=""; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

die() { echo "plugin-speed: $*" >&2; exit 1; }
wants() { [[ ",$FIGURES," == *",$1,"* ]]; }

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs takes a whole number >= 1"
[ -d "$CORPUS" ] || die "no corpus at $CORPUS (set --corpus)"
CORPUS=$(cd "$CORPUS" && pwd)
SCHEMAS=$(find "$CORPUS" -name '*.json' | wc -l)
[ "$SCHEMAS" -gt 0 ] || die "no *.json under $CORPUS"
if [ -n "$JDK" ]; then
    [ -x "$JDK/bin/java" ] || die "no $JDK/bin/java"
    export JAVA_HOME=$JDK
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v mvn >/dev/null || die "mvn is not on the PATH"
command -v jq >/dev/null || die "jq is needed to rewrite the corpus for jsonschema2pojo"

if [ -z "$WORK" ]; then
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/schemapojo-speed.XXXXXX")
else
    mkdir -p "$WORK"
    [ -z "$(ls -A "$WORK")" ] || die "--work $WORK is not empty"
    WORK=$(cd "$WORK" && pwd)
fi
case "$WORK/" in "$REPO"/*) die "the work directory $WORK is inside the repository" ;; esac
FAILED=true
cleanup() {
    if [ "$KEEP" = true ] || [ "$FAILED" = true ]; then
        echo "plugin-speed: work directory kept: $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

# ---- Maven command line ------------------------------------------------------------------------------
# Timestamps on every log line, to the millisecond, so the plugin's time can be read from the log.
MVN=(mvn -B -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)
if [ -n "$PLUGIN_REPO" ]; then
    [ -d "$PLUGIN_REPO/dev/schemapojo/schemapojo-maven-plugin/$PLUGIN_VERSION" ] \
        || die "no dev/schemapojo/schemapojo-maven-plugin/$PLUGIN_VERSION under $PLUGIN_REPO"
    M2_CACHE=${M2_CACHE:-$HOME/.m2/repository}
    mkdir -p "$WORK/m2/dev"
    cp -r "$PLUGIN_REPO/dev/schemapojo" "$WORK/m2/dev/"
    cat > "$WORK/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>warm-cache</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <repositories>
        <repository><id>warm-cache</id><url>file://$M2_CACHE</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>warm-cache</id><url>file://$M2_CACHE</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
</settings>
EOF
    MVN+=(-s "$WORK/settings.xml" -Dmaven.repo.local="$WORK/m2")
fi
# The untimed first build of each project fills a private repository, which offline Maven cannot do (it does not
# read file:// repositories either); with ~/.m2 it runs offline like the timed ones.
PRIME_OFFLINE=$OFFLINE
[ -n "$PLUGIN_REPO" ] && PRIME_OFFLINE=""

# ---- peak RSS ----------------------------------------------------------------------------------------
# GNU time's %M is ru_maxrss of the waited-for child: mvn is a shell script that execs java, so it is the
# Maven JVM's peak resident set. Without /usr/bin/time, the high-water mark VmHWM of /proc/<pid>/status is
# polled (the same process after the exec) every 20 ms; the last value read before it exits is kept.
# PLUGIN_SPEED_RSS=proc forces the polling (to check it against GNU time).
if [ "${PLUGIN_SPEED_RSS:-}" != proc ] && [ -x /usr/bin/time ] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
    RSS_METHOD="GNU time %M (ru_maxrss of the mvn process, which execs the Maven JVM)"
else
    RSS_METHOD="VmHWM of /proc/<pid>/status of the mvn process (the Maven JVM after exec), polled every 20 ms"
fi

now_ms() { date +%s%3N; }

# run_mvn LOG DIR ARGS... : runs mvn in DIR and sets WALL (ms) and RSS (peak, KiB); a failed build ends the script.
run_mvn() {
    local log=$1 dir=$2; shift 2
    local start end rc=0 rss
    start=$(now_ms)
    if [[ "$RSS_METHOD" == GNU* ]]; then
        (cd "$dir" && /usr/bin/time -f '%M' -o "$log.rss" "${MVN[@]}" "$@") > "$log" 2>&1 || rc=$?
        end=$(now_ms)
        rss=$(tail -n 1 "$log.rss")
    else
        (cd "$dir" && exec "${MVN[@]}" "$@") > "$log" 2>&1 &
        local pid=$! hwm=0 v
        while kill -0 "$pid" 2>/dev/null; do
            v=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
            [ -n "$v" ] && hwm=$v
            sleep 0.02
        done
        wait "$pid" || rc=$?
        end=$(now_ms)
        rss=$hwm
    fi
    if [ "$rc" -ne 0 ] || ! grep -q 'BUILD SUCCESS' "$log"; then
        echo "plugin-speed: mvn $* in $dir failed (exit $rc); the end of $log:" >&2
        tail -n 30 "$log" >&2
        exit 1
    fi
    WALL=$((end - start))
    RSS=$rss
}

# mojo_ms LOG PLUGIN: the time from the mojo's "--- PLUGIN:...:generate" header to the next line that starts
# another mojo or the build's closing separator (both printed by Maven right after the mojo returns), by the
# log's millisecond timestamps. It includes loading the plugin's class realm. Empty when there is no header.
mojo_ms() {
    awk -v plugin="$2" '
        function ms(t,   p) { split(t, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }
        !started && index($0, "[INFO] --- " plugin ":") { started = 1; t0 = ms($1); next }
        started && ($0 ~ /\[INFO\] --- / || $0 ~ /\[INFO\] -----------------------/ || $0 ~ /BUILD (SUCCESS|FAILURE)/) {
            d = ms($1) - t0; if (d < 0) d += 86400000; print d; exit
        }' "$1"
}

# The plugin's own summary line (schemapojo: ... in N ms / up to date / skipped), without the timestamp.
summary_line() { { grep -o '\[INFO\] schemapojo: .*' "$1" || true; } | tail -n 1 | sed 's/^\[INFO\] //'; }
# The "in N ms" of the summary line, if it has one.
summary_ms() { summary_line "$1" | sed -n 's/.* in \([0-9][0-9]*\) ms.*/\1/p'; }

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.0f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
minimum() { sort -n | head -n 1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
mib() { awk -v kb="$1" 'BEGIN { printf "%.0f MiB", kb / 1024 }'; }
java_files() { find "$1" -name '*.java' 2>/dev/null | wc -l; }

# ---- the throw-away projects -------------------------------------------------------------------------
mkdir -p "$WORK/logs"
# write_pom DIR GROUP:ARTIFACT:VERSION CONFIGURATION: a project whose only plugin execution is that plugin's generate goal.
write_pom() {
    local dir=$1 configuration=$3 g a v
    IFS=: read -r g a v <<< "$2"
    mkdir -p "$dir"
    cat > "$dir/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$(basename "$dir")-speed</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>$g</groupId>
        <artifactId>$a</artifactId>
        <version>$v</version>
        <executions>
          <execution>
            <goals><goal>generate</goal></goals>
          </execution>
        </executions>
        <configuration>
          $configuration
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
}

write_pom "$WORK/schemapojo" "dev.schemapojo:schemapojo-maven-plugin:$PLUGIN_VERSION" \
    "<sourceDirectory>$CORPUS</sourceDirectory>
          <packageName>$PACKAGE</packageName>
          <typeNaming>namespace</typeNaming>"

J2P_SCHEMAS="$WORK/jsonschema2pojo-schemas"
J2P_CONFIG="<sourceDirectory>$J2P_SCHEMAS</sourceDirectory>
          <targetPackage>$PACKAGE</targetPackage>
          <useTitleAsClassname>true</useTitleAsClassname>
          <generateBuilders>true</generateBuilders>
          <includeAdditionalProperties>false</includeAdditionalProperties>
          <includeJsr303Annotations>false</includeJsr303Annotations>
          <annotationStyle>jackson2</annotationStyle>
          <targetVersion>17</targetVersion>"
write_pom "$WORK/jsonschema2pojo" "org.jsonschema2pojo:jsonschema2pojo-maven-plugin:$J2P_VERSION" "$J2P_CONFIG"

# jsonschema2pojo cannot follow the set's references as published: every \$ref is "#/components/schemas/<title>",
# which names another file's \$id, not a place in the referring file. Its copy gets each such \$ref rewritten to
# the relative name of the file whose \$id it is, and the top-level \$ids removed.
rewrite_corpus() {
    mkdir -p "$J2P_SCHEMAS"
    local map
    map=$(cd "$CORPUS" && find . -name '*.json' -print0 | xargs -0 jq -n -c '
        reduce inputs as $s ({}; if ($s | type) == "object" and ($s | has("$id"))
                                 then . + {($s["$id"]): (input_filename | ltrimstr("./"))} else . end)' | jq -s -c add)
    (cd "$CORPUS" && find . -name '*.json' | sed 's|^\./||') | while read -r f; do
        mkdir -p "$J2P_SCHEMAS/$(dirname "$f")"
        # Targets are relative to the referring file's directory.
        local up
        up=$(dirname "$f" | sed -e 's|^\.$||' -e 's|[^/][^/]*|..|g')
        jq --argjson ids "$map" --arg up "${up:+$up/}" '
            del(.["$id"])
            | walk(if type == "object" and (.["$ref"] | type) == "string" and ($ids[.["$ref"]] != null)
                   then .["$ref"] = $up + $ids[.["$ref"]] else . end)' "$CORPUS/$f" > "$J2P_SCHEMAS/$f"
    done
    local left
    left=$( (grep -rho '"\$ref": *"#' "$J2P_SCHEMAS" || true) | wc -l)
    [ "$left" -eq 0 ] || die "$left \$refs of the corpus name no file's \$id; jsonschema2pojo's copy would not resolve"
    REWRITTEN=$( (grep -rho '"\$ref": *"[^#"]*"' "$J2P_SCHEMAS" || true) | wc -l)
}

# Which plugin build is measured: the jar in the local repository the runs use (the one another session may
# reinstall at any time), by modification time and checksum.
plugin_jar() {
    local repo=${PLUGIN_REPO:+$WORK/m2}
    repo=${repo:-${M2_CACHE:-$HOME/.m2/repository}}
    local jar="$repo/dev/schemapojo/schemapojo-maven-plugin/$PLUGIN_VERSION/schemapojo-maven-plugin-$PLUGIN_VERSION.jar"
    if [ -f "$jar" ]; then
        echo "$jar (modified $(date -u -r "$jar" +%Y-%m-%dT%H:%M:%SZ), sha1 $(sha1sum "$jar" | cut -c1-12))"
    else
        echo "none at $jar yet (Maven resolves it)"
    fi
}

# ---- the report ----------------------------------------------------------------------------------------
REPORT="$WORK/report.md"
say() { echo "$*" | tee -a "$REPORT"; }
{
    echo "plugin-speed: $INVOCATION"
    echo "plugin-speed: $(date -u +%Y-%m-%dT%H:%M:%SZ) at $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?'), $SCHEMAS schemas from $CORPUS, $RUNS runs a side"
    echo "plugin-speed: $("$JAVA" -version 2>&1 | head -n 1); $(mvn -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
    echo "plugin-speed: schemapojo-maven-plugin: $(plugin_jar)"
    echo "plugin-speed: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); peak RSS: $RSS_METHOD"
    echo "plugin-speed: work directory $WORK; maven: ${MVN[*]} $OFFLINE; MAVEN_OPTS=${MAVEN_OPTS:-(unset)}"
} | tee "$REPORT" >&2
ROWS=()
row() { ROWS+=("| $1 | $2 | $3 |"); }

# ---- figure 1: no-op rebuild ---------------------------------------------------------------------------
if wants 1; then
    echo "plugin-speed: figure 1, no-op rebuild: first build (untimed; it also fills the local repository)" >&2
    run_mvn "$WORK/logs/noop-prime.log" "$WORK/schemapojo" $PRIME_OFFLINE generate-sources
    run_mvn "$WORK/logs/noop-prime-skip.log" "$WORK/schemapojo" $OFFLINE -Dschemapojo.skip generate-sources
    : > "$WORK/noop-plugin.txt"; : > "$WORK/noop-skip.txt"; : > "$WORK/noop-mojo.txt"; : > "$WORK/noop-self.txt"
    : > "$WORK/noop-skip-mojo.txt"
    for i in $(seq 1 "$RUNS"); do
        log="$WORK/logs/noop-plugin-$i.log"
        run_mvn "$log" "$WORK/schemapojo" $OFFLINE generate-sources
        wall=$WALL
        echo "$wall" >> "$WORK/noop-plugin.txt"
        mojo_ms "$log" schemapojo-maven-plugin >> "$WORK/noop-mojo.txt"
        summary_ms "$log" >> "$WORK/noop-self.txt"
        NOOP_SUMMARY=$(summary_line "$log")
        log="$WORK/logs/noop-skip-$i.log"
        run_mvn "$log" "$WORK/schemapojo" $OFFLINE -Dschemapojo.skip generate-sources
        wall2=$WALL
        echo "$wall2" >> "$WORK/noop-skip.txt"
        mojo_ms "$log" schemapojo-maven-plugin >> "$WORK/noop-skip-mojo.txt"
        echo "plugin-speed: figure 1 run $i: rebuild $wall ms, skipped $wall2 ms ($NOOP_SUMMARY)" >&2
    done
    a=$(median < "$WORK/noop-plugin.txt"); b=$(median < "$WORK/noop-skip.txt")
    m=$(median < "$WORK/noop-mojo.txt"); ms=$(median < "$WORK/noop-skip-mojo.txt"); s=$(median < "$WORK/noop-self.txt")
    row "1. no-op rebuild, whole \`mvn generate-sources\` (median of $RUNS)" "$(secs "$a")" "target: within 10% of the skipped build"
    row "1. same build with \`-Dschemapojo.skip\` (median of $RUNS)" "$(secs "$b")" ""
    row "1. no-op rebuild / skipped" "**$(ratio "$a" "$b")**" "target: <= 1.10x"
    row "1. plugin's time in the no-op rebuild, from the log's timestamps (median)" "**${m} ms**" "target: <= 50 ms; the skipped mojo (loading the plugin, no work) takes ${ms} ms by the same measure, so the work is $((m - ms)) ms"
    [ -n "$s" ] && row "1. the plugin's own figure (\"in N ms\" of its summary line, median)" "${s} ms" ""
    row "1. the plugin's summary line (last run)" "\`${NOOP_SUMMARY}\`" ""
fi

# ---- figure 2: clean generate-sources, schemapojo against jsonschema2pojo ------------------------------
if wants 2; then
    echo "plugin-speed: figure 2, clean build: rewriting the corpus for jsonschema2pojo" >&2
    rewrite_corpus
    echo "plugin-speed: $REWRITTEN \$refs rewritten to file references in $J2P_SCHEMAS" >&2
    echo "plugin-speed: figure 2: one untimed clean build of each" >&2
    for side in schemapojo jsonschema2pojo; do
        rm -rf "$WORK/$side/target"
        run_mvn "$WORK/logs/clean-prime-$side.log" "$WORK/$side" $PRIME_OFFLINE generate-sources
    done
    for side in schemapojo jsonschema2pojo; do : > "$WORK/clean-$side.txt"; : > "$WORK/clean-$side-rss.txt"; : > "$WORK/clean-$side-mojo.txt"; done
    for i in $(seq 1 "$RUNS"); do
        line="plugin-speed: figure 2 run $i:"
        for side in schemapojo jsonschema2pojo; do
            rm -rf "$WORK/$side/target"
            log="$WORK/logs/clean-$side-$i.log"
            run_mvn "$log" "$WORK/$side" $OFFLINE generate-sources
            wall=$WALL rss=$RSS
            echo "$wall" >> "$WORK/clean-$side.txt"; echo "$rss" >> "$WORK/clean-$side-rss.txt"
            mojo_ms "$log" "$side-maven-plugin" >> "$WORK/clean-$side-mojo.txt"
            line="$line $side $wall ms $(mib "$rss"),"
        done
        echo "${line%,}" >&2
    done
    sp=$(median < "$WORK/clean-schemapojo.txt"); jp=$(median < "$WORK/clean-jsonschema2pojo.txt")
    spr=$(median < "$WORK/clean-schemapojo-rss.txt"); jpr=$(median < "$WORK/clean-jsonschema2pojo-rss.txt")
    spm=$(median < "$WORK/clean-schemapojo-mojo.txt"); jpm=$(median < "$WORK/clean-jsonschema2pojo-mojo.txt")
    spf=$(java_files "$WORK/schemapojo/target/generated-sources"); jpf=$(java_files "$WORK/jsonschema2pojo/target/generated-sources")
    row "2. clean build, schemapojo, whole \`mvn generate-sources\` (median of $RUNS)" "$(secs "$sp")" "mojo ${spm} ms by the log; $spf .java files"
    row "2. clean build, jsonschema2pojo $J2P_VERSION (median of $RUNS)" "$(secs "$jp")" "mojo ${jpm} ms by the log; $jpf .java files"
    row "2. schemapojo / jsonschema2pojo, wall time" "**$(ratio "$sp" "$jp")**" "target: <= 0.5x"
    row "2. peak RSS of the mvn process, schemapojo / jsonschema2pojo (medians)" "**$(mib "$spr") / $(mib "$jpr")**" "target: schemapojo <= jsonschema2pojo"
fi

# ---- figure 3: in-process, warm ------------------------------------------------------------------------
if wants 3; then
    JAR="$REPO/benchmarks/target/benchmarks.jar"
    if [ -f "$JAR" ]; then
        echo "plugin-speed: figure 3, in-process: $JAVA -cp $JAR dev.schemapojo.bench.GenerationSpeed" >&2
        "$JAVA" -cp "$JAR" dev.schemapojo.bench.GenerationSpeed --corpus "$CORPUS" --runs "$RUNS" \
            --work "$WORK/in-process" > "$WORK/in-process.txt"
        while IFS= read -r l; do ROWS+=("$l"); done < <(grep '^| 3\.' "$WORK/in-process.txt")
        grep -v '^| 3\.' "$WORK/in-process.txt" >&2 || true
    else
        echo "plugin-speed: figure 3 skipped: no $JAR (build it: mvn -B -f benchmarks/pom.xml package)" >&2
    fi
fi

say ""
say "| figure | measured | note |"
say "|---|---|---|"
for r in "${ROWS[@]}"; do say "$r"; done
if wants 2; then
    say ""
    say "jsonschema2pojo's configuration (on a copy of the set with $REWRITTEN \`\$ref\`s rewritten to relative file references and the \`\$id\`s removed):"
    say '```xml'
    say "$J2P_CONFIG" | sed 's/^ *//'
    say '```'
fi
say ""
say "Commands: \`$INVOCATION\`; in $WORK, \`${MVN[*]} $OFFLINE generate-sources\` in schemapojo/ (figure 1: run again, and with"
say "\`-Dschemapojo.skip\`; figure 2: after \`rm -rf target\`, there and in jsonschema2pojo/); peak RSS: $RSS_METHOD."
wants 3 && say "Figure 3: \`$JAVA -cp benchmarks/target/benchmarks.jar dev.schemapojo.bench.GenerationSpeed --corpus $CORPUS --runs $RUNS\`."
FAILED=false
