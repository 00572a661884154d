package dev.schemapojo.core;

/**
 * What the generated types do with a schema's validation keywords ({@code minLength}, {@code maximum},
 * {@code multipleOf}, ...): check them in {@code build()}, the record constructor and value classes'
 * {@code of(...)}, which reading JSON runs too, or only document them (Javadoc, and annotations with
 * {@code beanValidation}).
 */
public enum ConstraintChecks {
    /**
     * The types refuse values that break the keywords it checks so far: {@code minLength} /
     * {@code maxLength} (in code points), {@code minimum} / {@code maximum} / {@code exclusiveMinimum} /
     * {@code exclusiveMaximum} and {@code multipleOf} (exact decimal arithmetic).
     */
    CHECK,
    /** The keywords are documented, not checked (the generated code as before this option). */
    DOCUMENT;

    public static ConstraintChecks parse(String text) {
        return EnumWords.parse(ConstraintChecks.class, "constraints", text);
    }

    public String word() {
        return EnumWords.word(this);
    }
}
