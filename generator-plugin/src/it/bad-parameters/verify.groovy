import dev.schemapojo.maven.it.BuildLog

def log = BuildLog.of(basedir)
def lines = log.lines()

def failure = /\[ERROR\] Failed to execute goal dev\.schemapojo:schemapojo-maven-plugin:[^ ]+:generate \(default\) on project bad-parameters: /
assert log.matching(failure + /schemapojo: bad value for parameter failOn: .*'sometimes'.* -> \[Help 1\]/).size() == 1
assert log.matching(failure + /schemapojo: sourceDirectory .*[\/\\]src[\/\\]main[\/\\]schemas does not exist; .* -> \[Help 1\]/).size() == 1
assert !new File(basedir, "target/generated-sources/schemapojo").exists()

log.assertNoStackTrace()
