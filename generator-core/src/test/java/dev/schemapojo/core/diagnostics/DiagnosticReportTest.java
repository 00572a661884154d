package dev.schemapojo.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticReportTest {
    static Diagnostic warning(String file, String rule) {
        return new Diagnostic(file, 3, 10, Severity.WARNING, rule, "/$id", "same thing");
    }

    @Test
    void repeatsOfOneRuleAreSummedUpAfterTheFirstFewWithoutHidingOthers() {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(warning("f" + i + ".json", "meta.id-fragment"));
        }
        all.add(3, new Diagnostic("f2.json", 9, 1, Severity.ERROR, "meta.type", "/type", "real problem"));
        all.add(warning("g.json", "lint.required-undefined"));
        List<String> lines = DiagnosticReport.lines(all, 3).stream().map(DiagnosticReport.Line::text).toList();
        assertThat(lines).containsExactly(
                "f0.json:3:10: warning: [meta.id-fragment] /$id: same thing",
                "f1.json:3:10: warning: [meta.id-fragment] /$id: same thing",
                "f2.json:3:10: warning: [meta.id-fragment] /$id: same thing",
                "... and 3 more [meta.id-fragment] warnings like these (diagnosticsPerRule=0 shows them all)",
                "f2.json:9:1: error: [meta.type] /type: real problem",
                "g.json:3:10: warning: [lint.required-undefined] /$id: same thing");
        assertThat(DiagnosticReport.lines(all, 0)).hasSize(all.size());
        assertThat(DiagnosticReport.lines(all.subList(0, 3), 3)).hasSize(3);
    }
    /** A member name cannot break a diagnostic's line, forge another, or make it megabytes long. */
    @org.junit.jupiter.api.Test
    void pointersWithControlCharactersOrLongNamesStayOneShortLine() {
        Diagnostic forged = new Diagnostic("a.json", 1, 2, Severity.ERROR, "json.syntax", "/x\n[ERROR] all good\u2028/y", "bad");
        org.assertj.core.api.Assertions.assertThat(forged.format())
                .isEqualTo("a.json:1:2: error: [json.syntax] /x\\u000a[ERROR] all good\\u2028/y: bad");
        Diagnostic longName = new Diagnostic("a.json", 1, 2, Severity.ERROR, "json.syntax", "/" + "k".repeat(70_000) + "/z", "bad");
        org.assertj.core.api.Assertions.assertThat(longName.format())
                .isEqualTo("a.json:1:2: error: [json.syntax] /" + "k".repeat(196) + "...: bad");
    }
}
