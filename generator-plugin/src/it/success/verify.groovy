import dev.schemapojo.maven.it.BuildLog

def log = BuildLog.of(basedir)
def lines = log.lines()

def java = new File(basedir, "target/generated-sources/schemapojo/com/example/stytch/api/b2b/totp/v1/MigrateRequest.java")
assert java.isFile()
assert new File(basedir, "target/classes/com/example/stytch/api/b2b/totp/v1/MigrateRequest.class").isFile()

log.assertOneLine(/\[WARNING\] \S+\/schemas\/stytch-api-b2b-totp-v1-migraterequest-schema\.json:3:10: warning: \[meta\.id-fragment\] \/[$]id: .+/)
log.assertOneLine(/\[INFO\] schemapojo: 1 schema -> 1 type in \d+ ms \(0 errors, 1 warning\)/)
