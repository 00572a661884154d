package dev.schemapojo.core;

/** The shape of the generated object types. */
public enum Style {
    /** Final classes with private final fields, getters, {@code equals}, {@code hashCode} (the default). */
    CLASS,
    /**
     * Java records (Java 16+ for the generated code): components with the JSON names, a compact
     * constructor doing the same checks, and the same nested builder. Types a record cannot express
     * ({@code additionalProperties: false}, a property named {@code ""}, {@code uniqueItems}, more than 254
     * properties) stay classes, with a warning.
     */
    RECORD;

    public static Style parse(String text) {
        return EnumWords.parse(Style.class, "style", text);
    }

    public String word() {
        return EnumWords.word(this);
    }
}
