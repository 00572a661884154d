package dev.schemapojo.core.keywords;

import tools.jackson.databind.JsonNode;

/** {@code title}, {@code description}, {@code writeOnly}: what a schema says about its value for people. */
public final class AnnotationKeywords {
    private AnnotationKeywords() {}

    /** The string value of {@code keyword} ({@code description}, {@code title}, {@code format}), or "". */
    public static String text(JsonNode schema, String keyword) {
        JsonNode value = schema.path(keyword);
        return value.isString() ? value.asString() : "";
    }

    /** The schema's {@code description}, or "". */
    public static String description(JsonNode schema) {
        return text(schema, "description");
    }

    /**
     * Whether the schema marks its value as secret ({@code writeOnly: true} or {@code format: password}):
     * {@code toString()} then prints {@code ***}.
     */
    public static boolean sensitive(JsonNode schema) {
        return schema.path("writeOnly").asBoolean(false) || FormatKeywords.isPassword(schema);
    }
}
