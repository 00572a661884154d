import dev.schemapojo.maven.it.BuildLog

def log = BuildLog.of(basedir)
def lines = log.lines()

// order.json lacks the comma at the end of line 4; the parser stops at the next token, line 5 column 3.
log.assertOneLine(/\[ERROR\] src\/main\/jsonschema\/order\.json:5:3: error: \[json\.syntax\] \/type: malformed JSON: found '"' where ',' or '}' was expected; is a comma missing after the previous member\?/)
log.assertOneLine(/\[ERROR\] Failed to execute goal .*: schemapojo: 1 error in the schemas; see the diagnostics above -> \[Help 1\]/)
assert !new File(basedir, "target/generated-sources/schemapojo").exists()

log.assertNoStackTrace()
