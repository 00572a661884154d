package dev.schemapojo.core.diagnostics;

/** How serious a diagnostic is. {@link #OFF} is only used to switch a rule off in the options. */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    /** The lower-case word used in diagnostic lines and in configuration. */
    public String word() {
        return dev.schemapojo.core.EnumWords.word(this);
    }

    /** Parses {@code error}, {@code warning} or {@code off}, ignoring case. */
    public static Severity parse(String text) {
        return dev.schemapojo.core.EnumWords.parse(Severity.class, "severity", text);
    }
}
