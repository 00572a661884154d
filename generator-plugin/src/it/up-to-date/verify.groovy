import dev.schemapojo.maven.it.BuildLog

def log = BuildLog.of(basedir)

// One summary per build, in the order of invoker.properties.
def summaries = log.matching(/\[INFO\] schemapojo: .*/).collect { it.replaceAll(/ in \d+ ms/, " in N ms") }
def generated = "[INFO] schemapojo: 1 schema -> 1 type in N ms (0 errors, 0 warnings)"
def upToDate = "[INFO] schemapojo: up to date (1 schema)"
assert summaries == [
        generated, // 1 first build
        upToDate,  // 2 nothing changed
        generated, // 3 constraints=check
        upToDate,  // 4 the same
        generated, // 5 constraints back to the default
        generated, // 6 the schema changed
        generated, // 7 a generated file deleted
        generated, // 8 a generated file edited
        generated, // 9 -Dschemapojo.force
] : summaries.join("\n")

def person = new File(basedir, "target/generated-sources/schemapojo/com/example/Person.java")
assert person.isFile()
assert person.text.contains("getEmail()") : "the last build did not generate from the edited schema"
assert !person.text.contains("edited by hand")

// The state and the manifest stay out of the output directory (they would end up in a sources jar).
def output = new File(basedir, "target/generated-sources/schemapojo")
def others = []
output.eachFileRecurse { if (it.isFile() && !it.name.endsWith(".java")) others << it }
assert others.isEmpty() : others
assert new File(basedir, "target/schemapojo/default/inputs").isFile()
assert new File(basedir, "target/schemapojo/default/files").isFile()

log.assertNoStackTrace()
