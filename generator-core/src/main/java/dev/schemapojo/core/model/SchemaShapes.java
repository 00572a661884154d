package dev.schemapojo.core.model;

import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.keywords.ConstKeywords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a schema looks like, read from its keywords alone: whether it is an object, a string enum, a
 * union, a closed tuple or a nullable wrapper, its fixed value, its validation keywords. The
 * {@link Modeller} decides from these which types to declare; nothing here depends on other schemas.
 */
final class SchemaShapes {
    private SchemaShapes() {}

    /** Non-string enums with more values than this are documented but not checked. */
    private static final int MAX_CHECKED_ENUM_VALUES = 500;

    /** Keywords that say nothing about a file's value: with {@code $defs} beside them, the file is a library of schemas. */
    private static final Set<String> NOT_ABOUT_THE_VALUE = Set.of("$schema", "$id", "id", "$anchor", "$dynamicAnchor",
            "$comment", "$vocabulary", "title", "description", "examples", "deprecated", "$defs", "definitions");

    /**
     * Whether a file whose root is no object type still describes a value of its own: a string, a number,
     * an array, a union of those, {@code true} or any JSON value. Not a file of {@code $defs} only, and not
     * {@code false}.
     */
    static boolean describesValue(JsonNode root) {
        if (root.isBoolean()) {
            return root.asBoolean();
        }
        if (!root.isObject()) {
            return false;
        }
        boolean library = !root.path("$defs").isEmpty() || !root.path("definitions").isEmpty();
        for (String keyword : root.propertyNames()) {
            if (!NOT_ABOUT_THE_VALUE.contains(keyword) && !keyword.startsWith("x-")) {
                return true;
            }
        }
        return !library;
    }

    /**
     * Whether a schema that has a name of its own (a file, a {@code $defs} entry) becomes a type: as
     * inline, and also an object whose {@code properties} are empty (a request without parameters is
     * still a type of the API).
     */
    static boolean declaresAtTop(JsonNode schema) {
        return declares(schema) || (schema.path("properties").isObject() && isObjectLike(schema));
    }

    /**
     * The keyword that says what other properties an object allows: {@code additionalProperties}, else
     * 2019-09's {@code unevaluatedProperties}, which also sees the properties of {@code allOf} branches
     * and {@code then}/{@code else}: the ones a generated class holds, merged.
     */
    static String otherPropertiesKeyword(JsonNode schema) {
        return !schema.has("additionalProperties") && schema.has("unevaluatedProperties")
                ? "unevaluatedProperties" : "additionalProperties";
    }

    /**
     * A schema file that is an object of additional properties only ({@code "type": "object"} with
     * {@code additionalProperties} or {@code patternProperties}, no {@code properties}): the file names a
     * type of its own, a class around that map, as a file with empty {@code properties} does.
     */
    static boolean isNamedMap(JsonNode schema) {
        JsonNode additional = schema.path(otherPropertiesKeyword(schema));
        return schema.path("type").isString() && schema.path("type").asString().equals("object")
                && (!schema.has("properties") || schema.path("properties").isEmpty())
                && ((additional.isBoolean() && additional.asBoolean()) || additional.isObject()
                        || (schema.path("patternProperties").isObject() && !schema.path("patternProperties").isEmpty()));
    }

    /**
     * Whether an inline schema becomes a generated type of its own; an inline object without
     * properties stays a {@code Map}, which keeps whatever it holds.
     */
    static boolean declares(JsonNode schema) {
        return isStringEnum(schema) || isUnion(schema) || (isObjectLike(schema) && ((schema.path("properties").isObject()
                && !schema.path("properties").isEmpty()) || isObjectAllOf(schema)));
    }

    /**
     * {@code oneOf} / {@code anyOf} whose branches are all references or object schemas with properties
     * (not the nullable pattern, and not next to properties of its own).
     */
    static boolean isUnion(JsonNode schema) {
        if (schema.has("properties") || nullableBranch(schema) != null) {
            return false;
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            JsonNode branches = schema.path(keyword);
            if (branches.isArray() && branches.size() >= 2) {
                for (JsonNode branch : branches) {
                    boolean object = branch.path("$ref").isString()
                            || (branch.path("properties").isObject() && !branch.path("properties").isEmpty() && isObjectLike(branch));
                    if (!object) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    static String unionKeyword(JsonNode schema) {
        return schema.path("oneOf").isArray() ? "oneOf" : "anyOf";
    }

    /** {@code allOf} whose branches all describe objects (no branch says another type). */
    private static boolean isObjectAllOf(JsonNode schema) {
        JsonNode branches = schema.path("allOf");
        if (!branches.isArray() || branches.isEmpty()) {
            return false;
        }
        for (JsonNode branch : branches) {
            if (!branch.isObject() || !isObjectLike(branch)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isObjectLike(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isMissingNode() || (type.isString() && type.asString().equals("object"))
                || (type.isArray() && containsString(type, "object"));
    }

    static boolean isStringEnum(JsonNode schema) {
        JsonNode values = schema.path("enum");
        if (!values.isArray() || values.isEmpty()) {
            return false;
        }
        boolean anyString = false;
        for (JsonNode v : values) {
            if (v.isString()) {
                anyString = true;
            } else if (!v.isNull()) {
                return false;
            }
        }
        return anyString;
    }

    /**
     * The values a non-string {@code enum} allows, as Java values of the property's number or boolean
     * type; values of other JSON types can never be valid there and are left out ({@code null} is
     * nullability). Empty when there is no such enum (string enums are Java enums).
     */
    static List<Literal> allowed(JsonNode schema, TypeRef type) {
        JsonNode values = schema.path("enum");
        if (!values.isArray() || !(type instanceof TypeRef.Scalar scalar)) {
            return List.of();
        }
        if (scalar.kind() != ScalarKind.LONG && scalar.kind() != ScalarKind.INTEGER && scalar.kind() != ScalarKind.DOUBLE
                && scalar.kind() != ScalarKind.BOOLEAN) {
            return List.of();
        }
        List<Literal> out = new ArrayList<>();
        for (JsonNode v : values) {
            Literal java = ConstKeywords.scalarValue(scalar.kind(), v);
            if (java != null && !out.contains(java)) {
                out.add(java);
            }
        }
        // the check is one List.of(...) in build(): a few thousand constants would pass javac's 64 KB per method
        return out.size() <= MAX_CHECKED_ENUM_VALUES ? out : List.of();
    }

    /**
     * The reference a schema makes: {@code $ref}, else {@code $recursiveRef} (2019-09) or
     * {@code $dynamicRef} (2020-12). The dynamic ones are followed statically, to the anchor in the
     * same resource: that is what recursive schemas (trees, extensible meta-schemas used as-is) mean.
     */
    static String reference(JsonNode schema) {
        for (String keyword : List.of("$ref", "$recursiveRef", "$dynamicRef")) {
            if (schema.path(keyword).isString()) {
                return schema.path(keyword).asString();
            }
        }
        return null;
    }

    /** Whether a schema admits {@code null}: a type list with "null", a null branch, or OpenAPI's nullable. */
    static boolean allowsNull(JsonNode schema) {
        JsonNode type = schema.path("type");
        boolean nullInEnum = false;
        for (JsonNode v : schema.path("enum")) {
            nullInEnum |= v.isNull();
        }
        return (type.isArray() && containsString(type, "null")) || schema.path("nullable").asBoolean(false)
                || nullableBranch(schema) != null || nullInEnum;
    }

    /**
     * For {@code anyOf} / {@code oneOf} of one schema and {@code {"type": "null"}}, the pointer suffix
     * of the other branch ({@code /anyOf/0}); null for any other schema.
     */
    static String nullableBranch(JsonNode schema) {
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode branches = schema.path(keyword);
            if (branches.isArray() && branches.size() == 2) {
                for (int i = 0; i < 2; i++) {
                    JsonNode other = branches.get(1 - i);
                    if (branches.get(i).path("type").isString() && branches.get(i).path("type").asString().equals("null")
                            && branches.get(i).size() == 1) {
                        return "/" + keyword + "/" + (1 - i);
                    }
                }
            }
        }
        return null;
    }

    /** Positions a tuple class holds at most: one constructor parameter each, and Java allows 255. */
    static final int MAX_TUPLE_ITEMS = 200;

    /**
     * The keyword that holds the positions of a closed tuple of 1 to {@link #MAX_TUPLE_ITEMS} positions
     * ({@code prefixItems}, or the array form of {@code items}); null for any other schema.
     */
    static String closedTuplePositions(JsonNode schema) {
        String positions = schema.path("prefixItems").isArray() ? "prefixItems" : schema.path("items").isArray() ? "items" : null;
        if (positions == null) {
            return null;
        }
        int count = schema.path(positions).size();
        JsonNode rest = schema.path(positions.equals("prefixItems") ? "items" : "additionalItems");
        JsonNode max = schema.path("maxItems");
        boolean closed = (rest.isBoolean() && !rest.asBoolean()) || (max.isIntegralNumber() && max.asLong() <= count);
        return closed && count > 0 && count <= MAX_TUPLE_ITEMS ? positions : null;
    }

    /** The one JSON type of an {@code enum}'s non-null values ({@code integer} when all are integers), or "". */
    static String enumJsonType(JsonNode values) {
        Set<String> types = new HashSet<>();
        for (JsonNode v : values) {
            if (v.isIntegralNumber()) {
                types.add("integer");
            } else if (v.isNumber()) {
                types.add("number");
            } else if (v.isBoolean()) {
                types.add("boolean");
            } else if (!v.isNull()) {
                return "";
            }
        }
        if (types.size() == 2 && types.contains("integer") && types.contains("number")) {
            return "number";
        }
        return types.size() == 1 ? types.iterator().next() : "";
    }

    static String text(JsonNode schema, String keyword) {
        JsonNode value = schema.path(keyword);
        return value.isString() ? value.asString() : "";
    }

    private static boolean containsString(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.isString() && v.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the schema marks its value as secret ({@code writeOnly: true} or {@code format: password}):
     * {@code toString()} then prints {@code ***}.
     */
    static boolean sensitive(JsonNode schema) {
        return schema.path("writeOnly").asBoolean(false) || "password".equals(text(schema, "format"));
    }
}
