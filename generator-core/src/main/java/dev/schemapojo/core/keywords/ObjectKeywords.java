package dev.schemapojo.core.keywords;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code properties}, {@code additionalProperties}, {@code unevaluatedProperties} and
 * {@code patternProperties}: an object's named properties and what it allows beside them.
 */
public final class ObjectKeywords {
    private ObjectKeywords() {}

    /** Whether {@code properties} is an object with at least one entry. */
    public static boolean hasProperties(JsonNode schema) {
        return schema.path("properties").isObject() && !schema.path("properties").isEmpty();
    }

    /** Whether any object keyword is present, which makes the schema describe an object without {@code type}. */
    public static boolean hasObjectKeywords(JsonNode schema) {
        return schema.has("properties") || schema.has("additionalProperties") || schema.has("patternProperties")
                || schema.has("unevaluatedProperties");
    }

    /**
     * The keyword that says what other properties an object allows: {@code additionalProperties}, else
     * 2019-09's {@code unevaluatedProperties}, which also sees the properties of {@code allOf} branches
     * and {@code then}/{@code else}: the ones a generated class holds, merged.
     */
    public static String otherPropertiesKeyword(JsonNode schema) {
        return !schema.has("additionalProperties") && schema.has("unevaluatedProperties")
                ? "unevaluatedProperties" : "additionalProperties";
    }

    /** Whether the object forbids other properties ({@code additionalProperties: false}, or unevaluated). */
    public static boolean isClosed(JsonNode schema) {
        JsonNode others = schema.path(otherPropertiesKeyword(schema));
        return others.isBoolean() && !others.asBoolean();
    }

    /**
     * Where the one schema of the other properties' values is, as keywords below the object: the
     * {@link #otherPropertiesKeyword} schema alone (no patterns beside it), or the one {@code patternProperties}
     * schema when that keyword is no schema and not {@code true} (absent, or {@code false}: then only names
     * of the pattern are allowed). Null when there is no one such schema.
     */
    public static List<String> otherPropertiesSchema(JsonNode schema) {
        String othersKeyword = otherPropertiesKeyword(schema);
        JsonNode additional = schema.path(othersKeyword);
        JsonNode patterns = schema.path("patternProperties");
        if (additional.isObject() && !additional.isEmpty() && (!patterns.isObject() || patterns.isEmpty())) {
            return List.of(othersKeyword);
        }
        if (!additional.isObject() && !(additional.isBoolean() && additional.asBoolean()) && patterns.isObject()
                && patterns.size() == 1) {
            return List.of("patternProperties", patterns.propertyNames().iterator().next());
        }
        return null;
    }

    /** The names of {@code patternProperties}, in order. */
    public static List<String> patterns(JsonNode schema) {
        List<String> out = new ArrayList<>();
        schema.path("patternProperties").propertyNames().forEach(out::add);
        return out;
    }

    /** Whether the object allows other properties in so many words: a schema or {@code true} for them, or patterns. */
    public static boolean allowsOtherProperties(JsonNode schema) {
        JsonNode additional = schema.path(otherPropertiesKeyword(schema));
        return (additional.isBoolean() && additional.asBoolean()) || describesOtherProperties(schema);
    }

    /** Whether the object gives other properties a schema: {@code patternProperties}, or one for all of them. */
    public static boolean describesOtherProperties(JsonNode schema) {
        JsonNode patterns = schema.path("patternProperties");
        return schema.path(otherPropertiesKeyword(schema)).isObject() || (patterns.isObject() && !patterns.isEmpty());
    }

    /**
     * A schema that is an object of other properties only ({@code "type": "object"} with
     * {@code additionalProperties} or {@code patternProperties}, no {@code properties}): a map.
     */
    public static boolean isNamedMap(JsonNode schema) {
        return TypeKeywords.isType(schema, "object") && (!schema.has("properties") || schema.path("properties").isEmpty())
                && allowsOtherProperties(schema);
    }
}
