import dev.schemapojo.maven.it.BuildLog

import java.util.regex.Pattern

// Every bad file gets its own exact diagnostic line, all of them are reported, nothing is written,
// and no stack trace reaches the log. Lines are compared literally; only machine-specific absolute
// paths are matched by a pattern.
def log = BuildLog.of(basedir)
def exact = { String line -> log.assertOneLine(Pattern.quote(line)) }
def dir = 'src/main/jsonschema'
exact('[ERROR] ' + dir + '/cycle.json:2:11: error: [ref.cycle] /$ref: this "$ref" starts a cycle that never reaches a type: ' + dir + '/cycle.json# -> ' + dir + '/cycle.json#; one of these schemas must describe a value ("type", "properties", ...) instead of only referring on')
exact('[ERROR] ' + dir + '/duplicate.json:4:3: error: [json.duplicate-key] /type: duplicate member "type" in one JSON object (first at line 3); JSON parsers silently keep only one of them, so remove or rename the other')
log.assertOneLine(Pattern.quote('[ERROR] ' + dir + '/escape.json:5:25: error: [ref.escapes] /properties/secret/$ref: cannot resolve "$ref": "../../../../../../etc/passwd": "../../../../../../etc/passwd" points outside the source directory (to ') + '\\S+' + Pattern.quote('); references may only name schema files under ') + '\\S+')
exact('[ERROR] ' + dir + '/remote.json:5:24: error: [ref.remote] /properties/money/$ref: cannot resolve "$ref": "https://schemas.example.com/common/money.json": remote references are disabled and no loaded schema has the $id "https://schemas.example.com/common/money.json"; put a copy of that schema (with that $id) under the source directory, or map the URI prefix to a local directory with uriMappings (e.g. "https://schemas.example.com/common/=src/main/remote-schemas")')
exact('[ERROR] ' + dir + '/unresolved.json:5:24: error: [ref.unresolved] /properties/owner/$ref: cannot resolve "$ref": "#/$defs/Persn": nothing in this file is at "#/$defs/Persn" and no loaded schema has that $id; did you mean "#/$defs/Person"?')
log.assertOneLine('\\[INFO\\] schemapojo: 5 schemas -> 0 types in \\d+ ms \\(5 errors, 0 warnings\\); no sources were written')
log.assertOneLine('\\[ERROR\\] Failed to execute goal .*: schemapojo: 5 errors in the schemas; see the diagnostics above -> \\[Help 1\\]')
assert !new File(basedir, "target/generated-sources/schemapojo").exists()
log.assertNoStackTrace()
