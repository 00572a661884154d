package dev.schemapojo.core.diagnostics;

import java.util.Locale;

/**
 * How serious a diagnostic is. {@link #OFF} is only used to switch a rule off in the options. (The
 * words are those of {@code EnumWords}, written out here: the diagnostics package is below the option
 * types, which use it.)
 */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    /** The lower-case word used in diagnostic lines and in configuration. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code error}, {@code warning} or {@code off}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the accepted words
     */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.word().equalsIgnoreCase(text.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity value '" + text + "': use one of error, warning, off");
    }
}
