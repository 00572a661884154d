package dev.schemapojo.core.keywords;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** {@code allOf}, {@code oneOf}, {@code anyOf} and OpenAPI's {@code discriminator}. */
public final class CombinatorKeywords {
    private CombinatorKeywords() {}

    /**
     * {@code oneOf} / {@code anyOf} of two or more branches that are all {@code $ref}s, object schemas with
     * properties, or (in a schema without a {@code type} of its own) schemas of one other JSON type each, no
     * two of the same type (a string or an array, an integer or a string): not the nullable pattern, and not
     * next to properties of its own. A {@code $ref} branch is taken for an object or any other kind; a
     * {@code $recursiveRef} or {@code $dynamicRef} branch is not (see docs/decisions.md).
     */
    public static boolean isUnion(JsonNode schema) {
        if (schema.has("properties") || TypeKeywords.nullableBranch(schema) != null) {
            return false;
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            JsonNode branches = schema.path(keyword);
            if (branches.isArray() && branches.size() >= 2) {
                Set<String> kinds = new HashSet<>();
                for (JsonNode branch : branches) {
                    boolean object = ReferenceKeywords.staticRef(branch) != null
                            || (ObjectKeywords.hasProperties(branch) && TypeKeywords.isObjectLike(branch));
                    String kind = object || schema.has("type") || !branch.isObject() || TypeKeywords.isSeveralTypes(branch)
                            ? "" : TypeKeywords.singleType(branch);
                    boolean ofAKind = !kind.isEmpty() && !kind.equals("object") && (kind.equals("null") || kinds.add(kind));
                    if (!object && !ofAKind) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The keyword of a union's branches: {@code oneOf} when present, else {@code anyOf}. */
    public static String unionKeyword(JsonNode schema) {
        return schema.path("oneOf").isArray() ? "oneOf" : "anyOf";
    }

    /** {@code allOf} of at least one branch, all of them object schemas (no branch says another type). */
    public static boolean isObjectAllOf(JsonNode schema) {
        JsonNode branches = schema.path("allOf");
        if (!branches.isArray() || branches.isEmpty()) {
            return false;
        }
        for (JsonNode branch : branches) {
            if (!branch.isObject() || !TypeKeywords.isObjectLike(branch)) {
                return false;
            }
        }
        return true;
    }

    /** OpenAPI's {@code discriminator.propertyName}, or null. */
    public static String discriminatorProperty(JsonNode schema) {
        JsonNode name = schema.path("discriminator").path("propertyName");
        return name.isString() ? name.asString() : null;
    }

    /** OpenAPI's {@code discriminator.mapping}: discriminator value to reference, the string entries in order. */
    public static Map<String, String> discriminatorMapping(JsonNode schema) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : schema.path("discriminator").path("mapping").properties()) {
            if (entry.getValue().isString()) {
                out.put(entry.getKey(), entry.getValue().asString());
            }
        }
        return out;
    }
}
