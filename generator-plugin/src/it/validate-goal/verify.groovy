import dev.schemapojo.maven.it.BuildLog

def log = BuildLog.of(basedir)
def lines = log.lines()

log.assertOneLine(/\[WARNING\] \S+\/schemas\/stytch-api-b2b-totp-v1-migraterequest-schema\.json:3:10: warning: \[meta\.id-fragment\] \/[$]id: .+/)
log.assertOneLine(/\[INFO\] schemapojo: 1 schema -> 1 type in \d+ ms \(0 errors, 1 warning\)/)
// Diagnostics only: nothing is generated, not even the directory.
assert !new File(basedir, "target/generated-sources").exists()
