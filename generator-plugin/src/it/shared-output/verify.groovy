import dev.schemapojo.maven.it.BuildLog
import java.util.regex.Pattern

def log = BuildLog.of(basedir)
def out = new File(basedir, "target/generated-sources/schemapojo/com/example/billing")

// 1-2: each execution wrote its type; neither deleted the other's (four runs, none failed before 3)
assert log.matching(/\[INFO\] schemapojo: 1 schema -> 1 type in \d+ ms \(0 errors, 0 warnings\)/).size() == 5
assert new File(out, "Order.java").text.contains("getTotal()")
assert new File(out, "Invoice.java").text.contains("getAmount()")

// 3: the second execution would overwrite the first's Order.java with other content
log.assertOneLine(Pattern.quote("[ERROR] target/generated-sources/schemapojo/com/example/billing/Order.java: error: [output.shared] /: execution 'orders' of this project generates this file into the same output directory, with other content; nothing was written. Give the two executions different outputDirectory or packageName values, so that neither overwrites the other's types."))
log.assertOneLine(/\[ERROR\] Failed to execute goal dev\.schemapojo:schemapojo-maven-plugin:[^ ]+:generate \(invoices\) on project shared-output: schemapojo: 1 error in the output directory, nothing was written; see the diagnostics above -> \[Help 1\]/)
assert !new File(out, "Order.java").text.contains("getOther()")
assert (out.list() as List).sort() == ["Invoice.java", "Order.java"]

log.assertNoStackTrace()
