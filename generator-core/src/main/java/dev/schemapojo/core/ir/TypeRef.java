package dev.schemapojo.core.ir;

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
        /** {@code format: date}: {@code java.time.LocalDate}. */
        LOCAL_DATE,
        /** {@code format: time}: {@code java.time.OffsetTime} (RFC 3339 times carry an offset). */
        OFFSET_TIME,
        /** {@code format: uuid}: {@code java.util.UUID}. */
        UUID,
        URI,
        /** Any JSON value: {@code java.lang.Object} (maps, lists, strings, numbers, booleans). */
        ANY
    }

    record Scalar(ScalarKind kind) implements TypeRef {}

    /** {@code List<item>}; {@code List<Object>} when the items are unconstrained. */
    record ListOf(TypeRef item) implements TypeRef {}

    /** {@code Set<item>} for {@code uniqueItems: true}: insertion-ordered, unmodifiable. */
    record SetOf(TypeRef item) implements TypeRef {}

    /** {@code Map<String, value>}. */
    record MapOf(TypeRef value) implements TypeRef {}

    /** A generated type (class, record, enum, union interface, tuple or value class). */
    record Named(JavaName name) implements TypeRef {}

    static TypeRef scalar(ScalarKind kind) {
        return new Scalar(kind);
    }
}
