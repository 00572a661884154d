package dev.schemapojo.core.keywords;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code type}: the JSON type a schema describes (also when only other keywords say it), type lists,
 * {@code null} in them, the nullable-wrapper pattern and OpenAPI's {@code nullable}.
 */
public final class TypeKeywords {
    private TypeKeywords() {}

    /** Whether {@code type} is missing, {@code "object"}, or a list that names {@code "object"}. */
    public static boolean isObjectLike(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isMissingNode() || (type.isString() && type.asString().equals("object"))
                || (type.isArray() && containsString(type, "object"));
    }

    /** Whether {@code type} is the one string {@code name}. */
    public static boolean isType(JsonNode schema, String name) {
        JsonNode type = schema.path("type");
        return type.isString() && type.asString().equals(name);
    }

    /** The non-null types a {@code type} list names, in order; empty when {@code type} is no list. */
    public static List<String> nonNullTypes(JsonNode schema) {
        List<String> out = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isString() && !t.asString().equals("null")) {
                    out.add(t.asString());
                }
            }
        }
        return out;
    }

    /** Whether {@code type} is a list that does not name exactly one type besides {@code "null"}. */
    public static boolean isSeveralTypes(JsonNode schema) {
        return schema.path("type").isArray() && nonNullTypes(schema).size() != 1;
    }

    /**
     * The one JSON type of a schema: its {@code type} (the one non-null entry of a list), else what its
     * other keywords imply (object keywords, the type of {@code const}, array keywords, the type of the
     * {@code enum} values); "" when it has none or several ({@link #isSeveralTypes}).
     */
    public static String singleType(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isString()) {
            return type.asString();
        }
        if (type.isArray()) {
            List<String> nonNull = nonNullTypes(schema);
            return nonNull.size() == 1 ? nonNull.get(0) : "";
        }
        if (ObjectKeywords.hasObjectKeywords(schema)) {
            return "object";
        }
        JsonNode constant = schema.path("const");
        if (constant.isString()) {
            return "string";
        } else if (constant.isIntegralNumber()) {
            return "integer";
        } else if (constant.isNumber()) {
            return "number";
        } else if (constant.isBoolean()) {
            return "boolean";
        }
        if (schema.has("items") || schema.has("prefixItems")) {
            return "array";
        }
        return EnumKeywords.enumJsonType(schema.path("enum"));
    }

    /**
     * Whether a schema admits {@code null}: {@code "type": "null"} or a type list with "null", a null branch
     * of a {@code oneOf} / {@code anyOf}, null in its enum, {@code "const": null}, or OpenAPI's nullable.
     */
    public static boolean allowsNull(JsonNode schema) {
        JsonNode type = schema.path("type");
        boolean nullInEnum = false;
        for (JsonNode v : schema.path("enum")) {
            nullInEnum |= v.isNull();
        }
        return isType(schema, "null") || (type.isArray() && containsString(type, "null"))
                || schema.path("nullable").asBoolean(false) || nullableBranch(schema) != null || nullInEnum
                || (schema.has("const") && schema.path("const").isNull()) || hasNullBranch(schema);
    }

    /** Whether a {@code oneOf} / {@code anyOf} has a {@code {"type": "null"}} branch. */
    private static boolean hasNullBranch(JsonNode schema) {
        for (String keyword : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(keyword)) {
                if (isType(branch, "null")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For {@code anyOf} / {@code oneOf} of one schema and {@code {"type": "null"}}, the pointer suffix
     * of the other branch ({@code /anyOf/0}); null for any other schema.
     */
    public static String nullableBranch(JsonNode schema) {
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode branches = schema.path(keyword);
            if (branches.isArray() && branches.size() == 2) {
                for (int i = 0; i < 2; i++) {
                    if (isType(branches.get(i), "null") && branches.get(i).size() == 1) {
                        return "/" + keyword + "/" + (1 - i);
                    }
                }
            }
        }
        return null;
    }

    static boolean containsString(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.isString() && v.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
