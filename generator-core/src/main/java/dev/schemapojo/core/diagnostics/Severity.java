package dev.schemapojo.core.diagnostics;

import java.util.Locale;

/** How serious a diagnostic is. {@link #OFF} is only used to switch a rule off in the options. */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    /** The lower-case word used in diagnostic lines and in configuration. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} or {@code off}, ignoring case. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.word().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "unknown severity '" + text + "': use error, warning or off");
    }
}
