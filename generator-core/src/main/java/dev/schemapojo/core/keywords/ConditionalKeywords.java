package dev.schemapojo.core.keywords;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** {@code if}, {@code then}, {@code else}. */
public final class ConditionalKeywords {
    private ConditionalKeywords() {}

    /** The keywords an {@code if} that only tests properties for fixed values and presence may have. */
    private static final Set<String> TEST_KEYWORDS = Set.of("properties", "required", "type", "$comment", "description", "title");

    /** Whether the schema has an {@code if} object with a {@code then} or {@code else} object. */
    public static boolean hasConditional(JsonNode schema) {
        return schema.path("if").isObject() && (schema.path("then").isObject() || schema.path("else").isObject());
    }

    /** Whether an {@code if} schema uses no keyword besides {@code properties}, {@code required} and annotations. */
    public static boolean onlyTestsProperties(JsonNode condition) {
        return TEST_KEYWORDS.containsAll(condition.propertyNames());
    }

    /** The string names an {@code if} schema requires, each once, in order: the presence it tests. */
    public static Set<String> presence(JsonNode condition) {
        Set<String> presence = new LinkedHashSet<>();
        for (JsonNode r : condition.path("required")) {
            if (r.isString()) {
                presence.add(r.asString());
            }
        }
        return presence;
    }

    /** The string {@code required} names of the {@code then} or {@code else} branch, in order. */
    public static List<String> requiredOf(JsonNode schema, String branch) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : schema.path(branch).path("required")) {
            if (r.isString()) {
                out.add(r.asString());
            }
        }
        return out;
    }
}
