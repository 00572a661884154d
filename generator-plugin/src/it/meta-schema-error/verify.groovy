import dev.schemapojo.maven.it.BuildLog

def log = BuildLog.of(basedir)
def lines = log.lines()

log.assertOneLine(/\[ERROR\] src\/main\/jsonschema\/person\.json:6:23: error: \[meta\.type\] \/properties\/name\/type: "objekt" is not a JSON Schema type; use one of array, boolean, integer, null, number, object, string \(did you mean "object"\?\)/)
log.assertOneLine(/\[ERROR\] Failed to execute goal .*: schemapojo: 1 error in the schemas; see the diagnostics above -> \[Help 1\]/)
assert !new File(basedir, "target/generated-sources/schemapojo").exists()

log.assertNoStackTrace()
