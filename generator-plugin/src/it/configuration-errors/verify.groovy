import dev.schemapojo.maven.it.BuildLog
import java.util.regex.Pattern

def log = BuildLog.of(basedir)
def failure = "[ERROR] Failed to execute goal dev.schemapojo:schemapojo-maven-plugin:"
def onProject = ":generate (default) on project configuration-errors: schemapojo: "
def exactly = { String message -> log.assertOneLine(Pattern.quote(failure) + /[^ ]+/ + Pattern.quote(onProject + message + " -> [Help 1]")) }
def base = basedir.canonicalPath

// 1: the empty <exclude/>, <sensitiveProperty/> and <uriMapping/> meant nothing
log.assertOneLine(/\[INFO\] schemapojo: 1 schema -> 1 type in \d+ ms \(0 errors, 0 warnings\)/)
assert new File(basedir, "target/generated-sources/schemapojo/com/example/people/Person.java").isFile()

// 2-6: one line each, naming the parameter (a comma in a -D list value splits it, so the glob is '**/*.{json')
exactly("includes: '**/*.{json' is not a glob pattern (Missing '}); e.g. **/*.json, or **/*.{json,schema.json} with the closing brace")
exactly("titlePattern '^(\\w+)Request\$' has no group named name, which gives the type's name: write it as (?<name>...), e.g. ^(?<name>\\w+)Request\$")
exactly("titlePattern '(?<name>\\w+)Request|Person' matches the title \"Person\" but its name group takes no part in the match, so it gives no type name: make the group match the name in every title the pattern matches, e.g. ^(?<name>\\w+)Request\$")
exactly("packageName 'java.model' is in java or javax, whose packages belong to the JDK and which javac refuses for other code; use a package of your own, e.g. com.example.model")
exactly("outputDirectory " + base + "/src/main/jsonschema/generated is inside the sourceDirectory " + base + "/src/main/jsonschema, where the schemas are read from; generated sources must go elsewhere, e.g. target/generated-sources/schemapojo")
assert !new File(basedir, "src/main/jsonschema/generated").exists()

// 7: the hand-written Person.java is named, kept, and nothing is written beside it
log.assertOneLine(Pattern.quote("[ERROR] src/main/java/com/example/people/Person.java: error: [output.not-ours] /: this file was not written by schemapojo, which would write com/example/people/Person.java here; it was left as it is and nothing was written. Set outputDirectory to a directory that only schemapojo writes to (the default is target/generated-sources/schemapojo), or move this file to your sources."))
exactly("1 error in the output directory, nothing was written; see the diagnostics above")
assert new File(basedir, "src/main/java/com/example/people/Person.java").text == "package com.example.people;\n\n/** Written by hand. */\npublic class Person {}\n"
assert new File(basedir, "src/main/java").list() as List == ["com"]

log.assertNoStackTrace()
