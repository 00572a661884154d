package dev.schemapojo.core;

/** Which diagnostics fail a run. */
public enum FailOn {
    /** Fail when there is at least one error (the default). */
    ERROR,
    /** Fail when there is at least one error or warning. */
    WARNING,
    /** Never fail because of diagnostics; generate what can be generated. */
    NEVER;

    public static FailOn parse(String text) {
        return EnumWords.parse(FailOn.class, "failOn", text);
    }

    public String word() {
        return EnumWords.word(this);
    }
}
