package dev.schemapojo.core.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one run and applies the configured per-rule severities: a rule set to
 * {@code off} is dropped, any other configured severity replaces the rule's default.
 */
public final class DiagnosticCollector {
    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::pointer)
            .thenComparing(Diagnostic::message);

    private final Map<String, Severity> overrides;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public DiagnosticCollector(Map<String, Severity> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public void report(Diagnostic diagnostic) {
        Severity configured = overrides.get(diagnostic.ruleId());
        if (configured == Severity.OFF) {
            return;
        }
        diagnostics.add(configured == null ? diagnostic : diagnostic.withSeverity(configured));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics, by file, then line and column, so the output does not depend on file-system order. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }
}
