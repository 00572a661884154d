package dev.schemapojo.core;

import java.util.Locale;

/** Which diagnostics fail a run. */
public enum FailOn {
    /** Fail when there is at least one error (the default). */
    ERROR,
    /** Fail when there is at least one error or warning. */
    WARNING,
    /** Never fail because of diagnostics; generate what can be generated. */
    NEVER;

    public static FailOn parse(String text) {
        for (FailOn f : values()) {
            if (f.name().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown failOn value '" + text + "': use error, warning or never");
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
