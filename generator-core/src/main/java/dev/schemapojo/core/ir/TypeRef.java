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
        /** {@code format: uri}: {@code java.net.URI}, an absolute one (a scheme). */
        URI,
        /** {@code format: uri-reference}: {@code java.net.URI}, absolute or relative. */
        URI_REFERENCE,
        /** {@code format: iri}: {@code java.net.URI} (which also holds non-ASCII characters), an absolute one. */
        IRI,
        /** {@code format: iri-reference}: {@code java.net.URI}, absolute or relative. */
        IRI_REFERENCE,
        /** Any JSON value: {@code java.lang.Object} (maps, lists, strings, numbers, booleans). */
        ANY;

        /** The Java class a value of this kind is held in ({@code java.time.OffsetDateTime}). */
        public String javaClass() {
            return switch (this) {
                case STRING -> "java.lang.String";
                case INTEGER -> "java.lang.Integer";
                case LONG -> "java.lang.Long";
                case DOUBLE -> "java.lang.Double";
                case BOOLEAN -> "java.lang.Boolean";
                case OFFSET_DATE_TIME -> "java.time.OffsetDateTime";
                case LOCAL_DATE -> "java.time.LocalDate";
                case OFFSET_TIME -> "java.time.OffsetTime";
                case UUID -> "java.util.UUID";
                case URI, URI_REFERENCE, IRI, IRI_REFERENCE -> "java.net.URI";
                case ANY -> "java.lang.Object";
            };
        }

        /** The {@code format} a string is in to be held as this kind ({@code "date-time"}), or null for a kind no format picks. */
        public String format() {
            return switch (this) {
                case OFFSET_DATE_TIME -> "date-time";
                case LOCAL_DATE -> "date";
                case OFFSET_TIME -> "time";
                case UUID -> "uuid";
                case URI -> "uri";
                case URI_REFERENCE -> "uri-reference";
                case IRI -> "iri";
                case IRI_REFERENCE -> "iri-reference";
                default -> null;
            };
        }
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

    /** The items of a list or set, the values of a map; null for other types. */
    static TypeRef elementOf(TypeRef type) {
        if (type instanceof ListOf l) {
            return l.item();
        } else if (type instanceof SetOf s) {
            return s.item();
        } else if (type instanceof MapOf m) {
            return m.value();
        }
        return null;
    }

    static TypeRef scalar(ScalarKind kind) {
        return new Scalar(kind);
    }
}
