import dev.schemapojo.maven.it.BuildLog
import java.util.regex.Pattern

def log = BuildLog.of(basedir)
// 1.0 -> 2.0: Invoice renamed InvoiceResponse (a title change, same schema), a required number added; both
// read, so the new required property is no problem for readers, and the rename breaks only the Java API
def lines = log.matching(/\[(ERROR|WARNING)\] schemapojo compat: .*/)
assert lines == [
    "[WARNING] schemapojo compat: dev.schemapojo.it:billing-schemas:2.0!/billing/invoice.json:1:1: type-renamed com.example.model.billing.InvoiceResponse: com.example.model.billing.Invoice -> com.example.model.billing.InvoiceResponse; wire compatible (read), java source-breaking",
    "[WARNING] schemapojo compat: dev.schemapojo.it:billing-schemas:2.0!/billing/invoice.json:8:5: required-property-added com.example.model.billing.InvoiceResponse.total: - -> Double; wire compatible (read), java source-compatible",
] : lines.join("\n")
log.assertOneLine(/\[INFO\] schemapojo compat: 2 changes: 0 wire-breaking, 1 breaking the Java API \(against dev\.schemapojo\.it:billing-schemas:1\.0; .*/)
// the default failOnCompat is wire-breaking, and nothing here breaks the wire: the build passed (invoker.properties)
log.assertNoStackTrace()
