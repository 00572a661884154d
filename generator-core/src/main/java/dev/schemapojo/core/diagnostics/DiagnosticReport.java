package dev.schemapojo.core.diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the diagnostics of a run into the lines a person reads. A rule that fires many times with
 * the same severity (716 identical {@code $id} warnings over a published set) shows its first few
 * findings and then one line that counts the rest, so that it cannot drown a real problem.
 */
public final class DiagnosticReport {
    private DiagnosticReport() {}

    /** One line of the report and how serious it is. */
    public record Line(Severity severity, String text) {}

    /**
     * @param perRule how many diagnostics of one rule and severity to show; 0 shows all
     */
    public static List<Line> lines(List<Diagnostic> diagnostics, int perRule) {
        Map<String, Integer> totals = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            totals.merge(key(d), 1, Integer::sum);
        }
        Map<String, Integer> shown = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String key = key(d);
            int count = shown.merge(key, 1, Integer::sum);
            int total = totals.get(key);
            if (perRule == 0 || count <= perRule) {
                lines.add(new Line(d.severity(), d.format()));
            }
            if (perRule > 0 && count == perRule && total > perRule) {
                int rest = total - perRule;
                lines.add(new Line(d.severity(), "... and " + rest + " more [" + d.ruleId() + "] "
                        + d.severity().word() + (rest == 1 ? "" : "s")
                        + " like these (diagnosticsPerRule=0 shows them all)"));
            }
        }
        return lines;
    }

    private static String key(Diagnostic d) {
        return d.ruleId() + '\u0000' + d.severity();
    }
}
