package dev.schemapojo.core;

/**
 * What the generated types do with a schema's validation keywords ({@code minLength}, {@code maximum},
 * {@code multipleOf}, ...): check them in {@code build()}, the record constructor and value classes'
 * {@code of(...)}, which reading JSON runs too, or only document them (Javadoc, and annotations with
 * {@code beanValidation}).
 */
public enum ConstraintChecks {
    /**
     * The types refuse values the schema forbids: lengths (in code points), ECMA-262 patterns, bounds and
     * {@code multipleOf} (exact decimal arithmetic), counts, and wherever the value is held as plain JSON its
     * whole schema; scalars are read only from JSON of their kind (see the README's {@code constraints}).
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
