package dev.schemapojo.core.keywords;

import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import tools.jackson.databind.JsonNode;

/** {@code format}: the Java type a string or integer of a given format is held as. */
public final class FormatKeywords {
    private FormatKeywords() {}

    /** The formats that {@code formats=assert} checks: every one JSON Schema 2020-12 defines. */
    public static final java.util.Set<String> ASSERTED = java.util.Set.of("date-time", "date", "time", "duration", "email",
            "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uuid", "regex",
            "json-pointer", "relative-json-pointer", "uri-template");

    /** The Java type of a string of the schema's {@code format}: a date, time, UUID or URI type, else String. */
    public static ScalarKind stringKind(JsonNode schema) {
        return switch (AnnotationKeywords.text(schema, "format")) {
            case "date-time" -> ScalarKind.OFFSET_DATE_TIME;
            case "date" -> ScalarKind.LOCAL_DATE;
            case "time" -> ScalarKind.OFFSET_TIME;
            case "uuid" -> ScalarKind.UUID;
            case "uri" -> ScalarKind.URI;
            case "uri-reference" -> ScalarKind.URI_REFERENCE;
            case "iri" -> ScalarKind.IRI;
            case "iri-reference" -> ScalarKind.IRI_REFERENCE;
            default -> ScalarKind.STRING;
        };
    }

    /** The Java type of an integer: {@code int} for OpenAPI's {@code format: int32}, else {@code long}. */
    public static ScalarKind integerKind(JsonNode schema) {
        return "int32".equals(AnnotationKeywords.text(schema, "format")) ? ScalarKind.INTEGER : ScalarKind.LONG;
    }

    /** Whether the {@code format} marks a secret ({@code password}). */
    public static boolean isPassword(JsonNode schema) {
        return "password".equals(AnnotationKeywords.text(schema, "format"));
    }
}
