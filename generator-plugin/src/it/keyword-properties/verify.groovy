import dev.schemapojo.maven.it.BuildLog

// Keyword and non-identifier property names give code that compiles, and the IT's own JUnit test
// (src/test/java) reads and writes the original JSON names with Jackson 3.
def log = BuildLog.of(basedir)
log.assertOneLine(/\[INFO\] schemapojo: 1 schema -> 2 types in \d+ ms \(0 errors, 0 warnings\)/)
log.assertOneLine(/\[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/)
assert new File(basedir, "target/generated-sources/schemapojo/com/example/odd/Class.java").isFile()
log.assertNoStackTrace()
