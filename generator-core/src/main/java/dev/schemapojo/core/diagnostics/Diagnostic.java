package dev.schemapojo.core.diagnostics;

import java.util.Objects;

/**
 * One finding about one place in one schema file, printed in a javac-like form that CI systems and
 * IDEs recognise:
 *
 * <pre>schemas/x.json:3:9: error: [meta.type] /properties/a/type: "objekt" is not a JSON Schema type</pre>
 *
 * @param file the file as it should be shown to the user (relative to the build's base directory
 *     where possible)
 * @param line 1-based line, or 0 when the finding is about the file as a whole
 * @param column 1-based column, or 0 when unknown
 * @param severity {@link Severity#ERROR} or {@link Severity#WARNING}
 * @param ruleId stable identifier of the rule, e.g. {@code meta.type}; severities are configured by it
 * @param pointer JSON pointer of the offending value ({@code ""} for the document root)
 * @param message what is wrong, and how to fix it where a fix is known
 */
public record Diagnostic(
        String file, int line, int column, Severity severity, String ruleId, String pointer, String message) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (severity == Severity.OFF) {
            throw new IllegalArgumentException("a reported diagnostic cannot have severity off");
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding with another severity (used when the options re-rate a rule). */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(file, line, column, newSeverity, ruleId, pointer, message);
    }

    /** The one-line javac-like form. The pointer of the root prints as {@code /}. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        sb.append(": ").append(severity.word()).append(": [").append(ruleId).append("] ");
        sb.append(pointer.isEmpty() ? "/" : shortened(pointer)).append(": ").append(message);
        return sb.toString();
    }

    /**
     * A pointer of a deeply nested value, shortened in the middle so the line stays readable; one whose names
     * are long is cut at 200 characters. Control characters and line separators in member names are escaped,
     * so that a name cannot break the line (or forge another one in a build log).
     */
    static String shortened(String pointer) {
        return escaped(cut(pointer));
    }

    private static String cut(String pointer) {
        if (pointer.length() <= 200) {
            return pointer;
        }
        int head = pointer.indexOf('/', 80);
        int tail = pointer.lastIndexOf('/', pointer.length() - 80);
        if (head < 0 || tail <= head || tail - head < 20) {
            return pointer.substring(0, 197) + "...";
        }
        int hidden = pointer.substring(head, tail).split("/", -1).length - 1;
        return cut(pointer.substring(0, head)) + "/...(" + hidden + " more)..." + cut(pointer.substring(tail));
    }

    private static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(control ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
