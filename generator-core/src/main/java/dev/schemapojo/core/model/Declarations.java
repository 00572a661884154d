package dev.schemapojo.core.model;

import dev.schemapojo.core.keywords.CombinatorKeywords;
import dev.schemapojo.core.keywords.EnumKeywords;
import dev.schemapojo.core.keywords.ObjectKeywords;
import dev.schemapojo.core.keywords.TypeKeywords;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Which schemas become a generated type of their own, read from the schema's keywords alone. */
final class Declarations {
    private Declarations() {}

    /** Keywords that say nothing about a file's value: with {@code $defs} beside them, the file is a library of schemas. */
    private static final Set<String> NOT_ABOUT_THE_VALUE = Set.of("$schema", "$id", "id", "$anchor", "$dynamicAnchor",
            "$comment", "$vocabulary", "title", "description", "examples", "deprecated", "$defs", "definitions");

    /**
     * Whether an inline schema becomes a type: a string enum, a union, or an object with properties or
     * of object {@code allOf} branches. An inline object without properties stays a {@code Map}, which
     * keeps whatever it holds.
     */
    static boolean declares(JsonNode schema) {
        return EnumKeywords.isStringEnum(schema) || CombinatorKeywords.isUnion(schema) || declaresObject(schema);
    }

    /** Whether an inline schema is an object with properties or of object {@code allOf} branches. */
    static boolean declaresObject(JsonNode schema) {
        return TypeKeywords.isObjectLike(schema)
                && (ObjectKeywords.hasProperties(schema) || CombinatorKeywords.isObjectAllOf(schema));
    }

    /**
     * Whether a schema that has a name of its own (a file, a {@code $defs} entry) becomes a type: as
     * inline, and also an object whose {@code properties} are empty (a request without parameters is
     * still a type of the API).
     */
    static boolean declaresAtTop(JsonNode schema) {
        return declares(schema) || (schema.path("properties").isObject() && TypeKeywords.isObjectLike(schema));
    }

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
}
