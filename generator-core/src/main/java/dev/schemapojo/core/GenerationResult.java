package dev.schemapojo.core;

import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.diagnostics.DiagnosticReport;
import java.nio.file.Path;
import java.util.List;

/**
 * What one run did.
 *
 * @param diagnostics every finding of the run, in file order and then in document order
 * @param schemaCount how many schema files were read
 * @param typeCount how many Java types were generated (top-level and nested)
 * @param sourceFiles the Java files of the run, relative to the output directory, sorted
 * @param generateRequested true for {@link Generator#generate()}, false for {@link Generator#validate()}
 * @param written true when the output directory was updated (false for a failed run or for
 *     {@link Generator#validate()})
 * @param failed true when the diagnostics make the run fail under the configured {@link FailOn}
 * @param elapsedMillis wall-clock time of the run
 * @param diagnosticsPerRule how many diagnostics of one rule and severity {@link #report()} shows
 * @param upToDate true when the run found the output of the last run up to date and did nothing (see
 *     {@link Options#stateDirectory()}); {@code schemaCount} is then the last run's, the rest empty
 */
public record GenerationResult(
        List<Diagnostic> diagnostics,
        int schemaCount,
        int typeCount,
        List<Path> sourceFiles,
        boolean generateRequested,
        boolean written,
        boolean failed,
        long elapsedMillis,
        int diagnosticsPerRule,
        boolean upToDate) {

    public GenerationResult {
        diagnostics = List.copyOf(diagnostics);
        sourceFiles = List.copyOf(sourceFiles);
    }

    /** A run that found the output up to date: nothing read but the state, nothing written. */
    public static GenerationResult upToDate(int schemaCount, long elapsedMillis, int diagnosticsPerRule) {
        return new GenerationResult(List.of(), schemaCount, 0, List.of(), true, false, false, elapsedMillis,
                diagnosticsPerRule, true);
    }

    /** The diagnostics as a person reads them: repeats of one rule are summed up after the first few. */
    public List<DiagnosticReport.Line> report() {
        return DiagnosticReport.lines(diagnostics, diagnosticsPerRule);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    /**
     * The one line a build log shows, e.g. {@code schemapojo: 1 schema -> 1 type in 143 ms (0 errors, 1 warning)},
     * or {@code schemapojo: up to date (716 schemas)}.
     */
    public String summary() {
        if (upToDate) {
            return "schemapojo: up to date (" + plural(schemaCount, "schema") + ")";
        }
        return "schemapojo: " + plural(schemaCount, "schema") + " -> " + plural(typeCount, "type") + " in "
                + elapsedMillis + " ms (" + plural(errorCount(), "error") + ", " + plural(warningCount(), "warning")
                + ")" + (failed && generateRequested ? "; no sources were written" : "");
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
