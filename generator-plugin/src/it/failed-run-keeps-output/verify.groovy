import dev.schemapojo.maven.it.BuildLog

def log = BuildLog.of(basedir)
def lines = log.lines()

def relative = "com/example/stytch/api/b2b/totp/v1/MigrateRequest.java"
def kept = new File(basedir, "target/generated-sources/schemapojo/" + relative)
def reference = new File(basedir, "target/reference/" + relative)
assert reference.isFile()
assert kept.isFile() : "the failed run removed the output of the previous run"
// Output is byte-identical for identical input, so run 2 shows what run 1 wrote.
assert kept.bytes == reference.bytes : "the failed run changed the output of the previous run"

log.assertOneLine(/\[ERROR\] src\/broken-jsonschema\/migrate-request\.json:7:23: error: \[meta\.type\] \/properties\/note\/type: "objekt" is not a JSON Schema type.*/)
log.assertOneLine(/\[ERROR\] Failed to execute goal .*: schemapojo: 1 error in the schemas; see the diagnostics above -> \[Help 1\]/)

log.assertNoStackTrace()
