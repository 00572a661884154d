import dev.schemapojo.maven.it.BuildLog
import java.util.regex.Pattern

def log = BuildLog.of(basedir)
def failure = /\[ERROR\] Failed to execute goal dev\.schemapojo:schemapojo-maven-plugin:[^ ]+:compat \(default-cli\) on project compat: /

// 1: no baseline
assert log.matching(failure + /schemapojo: bad value for parameter baseline: not set: configure <baseline> or -Dschemapojo\.baseline, .* -> \[Help 1\]/).size() == 1

// 2 and 3: the same two changes, each run; the request change breaks the wire for data we send, the
// response change (a new enum value) breaks it for data we read
def request = "[ERROR] schemapojo compat: src/main/jsonschema/order.json:9:5: required-property-added com.example.api.OrderRequest.customer: - -> String; wire breaking (send), java source-compatible"
def response = "[ERROR] schemapojo compat: src/main/jsonschema/status.json:2:17: enum-value-added com.example.api.StatusResponse.State: - -> shipped; wire breaking (read), java source-breaking"
assert log.matching(Pattern.quote(request)).size() == 2
assert log.matching(Pattern.quote(response)).size() == 2
assert log.matching(/\[INFO\] schemapojo compat: 2 changes: 2 wire-breaking, 1 breaking the Java API \(against src\/baseline; reports in .*\)/).size() == 2
assert log.matching(failure + /schemapojo: 2 changes: 2 wire-breaking, 1 breaking the Java API against src\/baseline \(failOnCompat=wire-breaking\); see the lines above and .*compat\.md -> \[Help 1\]/).size() == 1

// 4: a bare version, and no schema dependency it could be a version of
assert log.matching(failure + /schemapojo: bad value for parameter baseline: '1\.4\.0' is no directory, and a bare version needs exactly one schemaDependency to be a version of \(there are 0\); give groupId:artifactId:version, e\.g\. -Dschemapojo\.baseline=com\.example:schemas:1\.4\.0 -> \[Help 1\]/).size() == 1

def reports = new File(basedir, "target/schemapojo/default-cli")
assert new File(reports, "compat.md").text.contains("| required-property-added | `com.example.api.OrderRequest` | customer |")
assert new File(reports, "compat.json").text.contains("\"kind\": \"enum-value-added\"")
log.assertNoStackTrace()
