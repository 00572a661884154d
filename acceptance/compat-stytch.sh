#!/usr/bin/env bash
# The compat workflow end to end, outside this repository: two releases of a schema jar installed in the
# local Maven repository, a project that generates from the newer one, and `mvn schemapojo:compat` with the
# older one as baseline (a bare version: the project's one schema dependency at that version).
#
#   acceptance/compat-stytch.sh [PREVIOUS_DIR [NEXT_DIR]]
#
# PREVIOUS_DIR (default ../shared/corpus/stytch-json-schema) becomes
# dev.schemapojo.acceptance:stytch-schemas:1.0; NEXT_DIR becomes 2.0. Without NEXT_DIR, a copy of
# PREVIOUS_DIR with the edits below is made, and the report is checked against them: exactly these lines,
# the build failing on the wire-breaking ones by default and passing with failOnCompat=never. With NEXT_DIR,
# the report is printed (and written to compat.md and compat.json) for you to compare with your edits.
#
# It needs the plugin in the local repository (`mvn -B install -DskipTests -Dinvoker.skip=true` from the
# repository root) and jq. WORK (default /tmp/schemapojo-compat-stytch) is replaced.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
previous="$(cd "${1:-$root/../shared/corpus/stytch-json-schema}" && pwd)"
work="${WORK:-/tmp/schemapojo-compat-stytch}"
# the plugin's version: the aggregator's own, the first <version> of its pom
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"
rm -rf "$work"
mkdir -p "$work"

next="${2:-}"
if [ -z "$next" ]; then
  next="$work/edited"
  mkdir -p "$next"
  cp "$previous"/*.json "$next"/
  edit() { # file jq-filter
    jq "$2" "$next/$1" > "$next/$1.tmp" && mv "$next/$1.tmp" "$next/$1"
  }
  # 1. a request: a required property added (breaks what we send)
  edit stytch-api-b2b-totp-v1-migraterequest-schema.json '.properties.device_name = {"type": "string"} | .required += ["device_name"]'
  # 2. a request: a minimum raised (breaks what we send)
  edit stytch-api-b2b-magic-v1-b2b-magic-links-email-inviterequest-schema.json '.properties.invite_expiration_minutes.minimum = 5'
  # 3. a response: a required property removed (breaks what we read)
  edit stytch-api-b2b-totp-v1-migrateresponse-schema.json 'del(.properties.request_id) | .required -= ["request_id"]'
  # 4. a response: an optional property added (compatible)
  edit stytch-api-b2b-totp-v1-migrateresponse-schema.json '.properties.note = {"type": "string"}'
  # 5. a title changed: the class is renamed (Java only)
  edit stytch-api-attribute-v1-vertical-schema.json '.title = "api_attribute_v1_Industry"'
  # 6. a description changed: no change
  edit stytch-member-schema.json '.properties.name.description = "The member'"'"'s full name."'
fi
next="$(cd "$next" && pwd)"

jar() { # version directory
  mkdir -p "$work/jar-$1"
  cat > "$work/jar-$1/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.schemapojo.acceptance</groupId>
  <artifactId>stytch-schemas</artifactId>
  <version>$1</version>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build>
    <resources><resource><directory>$2</directory><targetPath>stytch</targetPath></resource></resources>
    <pluginManagement><plugins>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.1</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-install-plugin</artifactId><version>3.1.4</version></plugin>
    </plugins></pluginManagement>
  </build>
</project>
EOF
  (cd "$work/jar-$1" && mvn -B -q install)
}
jar 1.0 "$previous"
jar 2.0 "$next"

mkdir -p "$work/consumer"
cat > "$work/consumer/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>stytch-client</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-annotations</artifactId><version>2.21</version>
    </dependency>
  </dependencies>
  <build>
    <pluginManagement><plugins>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
    </plugins></pluginManagement>
    <plugins>
      <plugin>
        <groupId>dev.schemapojo</groupId>
        <artifactId>schemapojo-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>generate</goal></goals></execution></executions>
        <configuration>
          <packageName>com.example.stytch</packageName>
          <typeNaming>namespace</typeNaming>
          <schemaDependencies>
            <schemaDependency>
              <coordinates>dev.schemapojo.acceptance:stytch-schemas:2.0</coordinates>
              <directory>stytch</directory>
            </schemaDependency>
          </schemaDependencies>
          <requestTypes><requestType>Request\$</requestType></requestTypes>
          <responseTypes><responseType>Response\$</responseType></responseTypes>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
cd "$work/consumer"
# the project generates from the 2.0 jar and compiles
mvn -B -o compile > "$work/compile.log" || { tail -40 "$work/compile.log"; exit 1; }
echo "generated and compiled: $(find target/generated-sources -name '*.java' | wc -l) files from stytch-schemas 2.0"

set +e
mvn -B -o schemapojo:compat -Dschemapojo.baseline=1.0 > "$work/compat.log"
default_status=$?
mvn -B -o schemapojo:compat -Dschemapojo.baseline=1.0 -Dschemapojo.failOnCompat=never > "$work/compat-never.log"
never_status=$?
set -e
grep -E '^\[(ERROR|WARNING)\] schemapojo compat: ' "$work/compat-never.log" | sed -E 's/^\[(ERROR|WARNING)\] schemapojo compat: //' \
  | sed "s|$previous|PREVIOUS|" > "$work/lines.txt"
grep -E '^\[INFO\] schemapojo compat: ' "$work/compat-never.log"
cat "$work/lines.txt"
echo "reports: $work/consumer/target/schemapojo/default-cli/compat.md and compat.json"
echo "build with the default failOnCompat: exit $default_status; with failOnCompat=never: exit $never_status"
[ "$never_status" -eq 0 ] || { echo "failOnCompat=never failed the build" >&2; exit 1; }

if [ -z "${2:-}" ]; then
  p=dev.schemapojo.acceptance:stytch-schemas:2.0!
  cat > "$work/expected.txt" <<EOF
$p/stytch-api-attribute-v1-vertical-schema.json:1:1: type-renamed com.example.stytch.api.attribute.v1.Industry: com.example.stytch.api.attribute.v1.Vertical -> com.example.stytch.api.attribute.v1.Industry; wire compatible (both), java source-breaking
$p/stytch-api-b2b-magic-v1-b2b-magic-links-email-inviterequest-schema.json:55:7: constraint-tightened com.example.stytch.api.b2b.magic.v1.b2b.magic.links.email.InviteRequest.invite_expiration_minutes: minimum: 0 -> minimum: 5; wire breaking (send), java none
$p/stytch-api-b2b-totp-v1-migraterequest-schema.json:26:5: required-property-added com.example.stytch.api.b2b.totp.v1.MigrateRequest.device_name: - -> String; wire breaking (send), java source-compatible
$p/stytch-api-b2b-totp-v1-migrateresponse-schema.json:35:5: property-added com.example.stytch.api.b2b.totp.v1.MigrateResponse.note: - -> String; wire compatible (read), java source-compatible
dev.schemapojo.acceptance:stytch-schemas:1.0!/stytch-api-b2b-totp-v1-migrateresponse-schema.json:7:5: required-property-removed com.example.stytch.api.b2b.totp.v1.MigrateResponse.request_id: String -> -; wire breaking (read), java source-breaking
EOF
  # the places in the edited files are jq's layout of them; the unit and corpus tests pin places exactly
  unplaced() { sed -E 's/\.json:[0-9]+:[0-9]+: /.json: /' "$1" | sort; }
  if ! diff <(unplaced "$work/expected.txt") <(unplaced "$work/lines.txt"); then
    echo "the report is not the edits made (< expected, > reported)" >&2
    exit 1
  fi
  [ "$default_status" -ne 0 ] || { echo "the default failOnCompat=wire-breaking let wire-breaking changes pass" >&2; exit 1; }
  echo "compat-stytch: the report is exactly the 5 edits that change something (the description edit is none)"
fi
