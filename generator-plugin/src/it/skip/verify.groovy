import dev.schemapojo.maven.it.BuildLog

def log = BuildLog.of(basedir)
def lines = log.lines()

log.assertOneLine(/\[INFO\] schemapojo: skipped/)
assert !lines.any { it.contains("warning: [") }
assert !new File(basedir, "target/generated-sources/schemapojo").exists()
