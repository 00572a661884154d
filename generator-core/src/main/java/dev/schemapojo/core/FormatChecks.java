package dev.schemapojo.core;

/**
 * What the generated types do with {@code format}: an annotation (the JSON Schema default: documented, and
 * a date, time, UUID or URI format picks the Java type), or an assertion, checked with the rest of the
 * schema ({@code constraints=check}) by the definitions the spec cites (RFC 3339, 5321, 1123, 2673, 4291,
 * 3986, 3987, 4122, 6901, 6570, ECMA-262).
 */
public enum FormatChecks {
    /** {@code format} is documented and picks the Java type; strings are not checked against it. */
    ANNOTATE,
    /**
     * The formats schemapojo knows ({@code date-time}, {@code date}, {@code time}, {@code duration},
     * {@code email}, {@code idn-email}, {@code hostname}, {@code idn-hostname}, {@code ipv4}, {@code ipv6}, {@code uri},
     * {@code uri-reference}, {@code iri}, {@code iri-reference}, {@code uuid}, {@code regex},
     * {@code json-pointer}, {@code relative-json-pointer}, {@code uri-template}) are checked; any other is
     * reported at generation time ({@code model.format-not-checked}) and stays an annotation.
     */
    ASSERT;

    public static FormatChecks parse(String text) {
        return EnumWords.parse(FormatChecks.class, "formats", text);
    }

    public String word() {
        return EnumWords.word(this);
    }
}
