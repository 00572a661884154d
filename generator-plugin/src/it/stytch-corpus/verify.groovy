import dev.schemapojo.maven.it.BuildLog

// A project with only sourceDirectory (the published set) and packageName: the whole set generates
// and compiles, one source file per schema, and the repeated $id warning is summed up.
def log = BuildLog.of(basedir)
def corpus = new File((new File(basedir, "pom.xml").text =~ /<schemapojo.sourceDirectory>(.*?)<\/schemapojo.sourceDirectory>/)[0][1])
def schemas = corpus.listFiles().findAll { it.name.endsWith(".json") }.size()

def out = new File(basedir, "target/generated-sources/schemapojo")
def sources = []
out.eachFileRecurse { if (it.name.endsWith(".java")) sources << it }
assert sources.size() == schemas : "expected one source file per schema (${schemas}), found ${sources.size()}"

log.assertOneLine(/\[INFO\] schemapojo: ${schemas} schemas -> \d+ types in \d+ ms \(0 errors, \d+ warnings\)/)
log.assertOneLine(/\[WARNING\] \.\.\. and \d+ more \[meta\.id-fragment\] warnings like these \(diagnosticsPerRule=0 shows them all\)/)
assert log.matching(/\[WARNING\] .*: warning: \[meta\.id-fragment\] .*/).size() == 3
assert log.matching(/\[ERROR\].*/).isEmpty()

// getMember() of the b2b TOTP MigrateResponse returns the one type generated from api_organization_v1_Member.
def response = new File(out, "com/example/corpus/api/b2b/totp/v1/MigrateResponse.java").text
assert response.contains("import com.example.corpus.api.organization.v1.Member;")
assert response.contains("public Member getMember()")
assert new File(out, "com/example/corpus/api/organization/v1/Member.java").isFile()
assert new File(basedir, "target/classes/com/example/corpus/api/b2b/totp/v1/MigrateResponse.class").isFile()
assert new File(basedir, "target/classes/com/example/corpus/api/organization/v1/Member.class").isFile()
log.assertNoStackTrace()
