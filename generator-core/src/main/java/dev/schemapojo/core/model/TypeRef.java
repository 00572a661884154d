package dev.schemapojo.core.model;

/** The Java type of a property, a list element or a map value. */
public sealed interface TypeRef {

    /** Java types that need no generated declaration. */
    enum ScalarKind {
        STRING,
        INTEGER,
        LONG,
        DOUBLE,
        BOOLEAN,
        OFFSET_DATE_TIME,
        URI,
        /** Any JSON value: {@code java.lang.Object} (maps, lists, strings, numbers, booleans). */
        ANY
    }

    record Scalar(ScalarKind kind) implements TypeRef {}

    /** {@code List<item>}; {@code List<Object>} when the items are unconstrained. */
    record ListOf(TypeRef item) implements TypeRef {}

    /** {@code Map<String, value>}. */
    record MapOf(TypeRef value) implements TypeRef {}

    /** A generated class or enum. */
    record Named(JavaName name) implements TypeRef {}

    static TypeRef scalar(ScalarKind kind) {
        return new Scalar(kind);
    }
}
