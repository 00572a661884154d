import dev.schemapojo.maven.it.BuildLog

def log = BuildLog.of(basedir)
def lines = log.lines()

log.assertOneLine(/\[WARNING\] \S+\/schemas\/stytch-api-b2b-totp-v1-migraterequest-schema\.json:3:10: warning: \[meta\.id-fragment\] \/[$]id: .+/)
log.assertOneLine(/\[ERROR\] Failed to execute goal .*: schemapojo: 1 warning in the schemas and failOn is warning; see the diagnostics above -> \[Help 1\]/)

def out = new File(basedir, "target/generated-sources/schemapojo")
def written = []
if (out.exists()) {
    out.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith(".java")) written << it }
}
assert written.isEmpty() : "failOn=warning must write nothing, found $written"

log.assertNoStackTrace()
