#!/usr/bin/env bash
# The acceptance run as a user's build sees it: an outside Maven project whose schemapojo plugin reads
# the whole collection (each sub-directory becomes a sub-package) with failOn=never, then compiles.
# Usage: acceptance/run-outside-maven.sh [CORPUS] [PROJECT_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$(cd "${1:-/tmp/public-schemas}" && pwd)"
project="${2:-/tmp/acceptance-maven}"
version="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$here/pom.xml" | head -1)"
(cd "$here" && mvn -B -q -o install -DskipTests -Dschemapojo.fuzz.seconds=0)
rm -rf "$project"
mkdir -p "$project"
cat > "$project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>acceptance</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-annotations</artifactId>
      <version>2.21</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.0</version>
        <configuration><compilerArgs><arg>-Xmaxerrs</arg><arg>10000</arg></compilerArgs></configuration>
      </plugin>
      <plugin>
        <groupId>dev.schemapojo</groupId>
        <artifactId>schemapojo-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>generate</goal></goals></execution></executions>
        <configuration>
          <sourceDirectory>$corpus</sourceDirectory>
          <packageName>acc</packageName>
          <failOn>never</failOn>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
cd "$project"
mvn -B -o compile > build.log 2>&1 && echo "BUILD SUCCESS" || echo "BUILD FAILED (see $project/build.log)"
grep -E "schemapojo: [0-9]+ schemas" build.log || true
echo "$(find target/generated-sources -name '*.java' | wc -l) generated .java files, $(find target/classes -name '*.class' 2>/dev/null | wc -l) classes"
grep -c "^\[WARNING\]" build.log | sed 's/^/warning lines: /'
grep -c "^\[ERROR\]" build.log | sed 's/^/error lines: /'
