import dev.schemapojo.maven.it.BuildLog
import java.util.regex.Pattern

def log = BuildLog.of(basedir)
def summaries = log.matching(/\[INFO\] schemapojo: .*/).collect { it.replaceAll(/ in \d+ ms/, " in N ms") }
def ok = "[INFO] schemapojo: 1 schema -> 1 type in N ms (0 errors, 0 warnings)"
assert summaries == [ok, ok, "[INFO] schemapojo: 1 schema -> 1 type in N ms (1 error, 0 warnings)"] : summaries.join("\n")

log.assertOneLine(Pattern.quote("[ERROR] src/generated/java/com/example/people/Person.java: error: [drift.changed] /: differs from what the schemas give; run the generate goal (mvn generate-sources) and commit the result"))
log.assertOneLine(/\[ERROR\] Failed to execute goal dev\.schemapojo:schemapojo-maven-plugin:[^ ]+:check \(default-cli\) on project drift-check: schemapojo: 1 generated file in the output directory differs from what the schemas give; see the diagnostics above -> \[Help 1\]/)
// the check wrote nothing: the edited file is still there
assert new File(basedir, "src/generated/java/com/example/people/Person.java").text.contains("Edited by hand.")

log.assertNoStackTrace()
