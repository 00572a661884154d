package dev.schemapojo.core.keywords;

import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** {@code enum}: string enums (Java enums), the values of other enums, and the JSON type the values share. */
public final class EnumKeywords {
    private EnumKeywords() {}

    /** Whether {@code enum} holds strings and nothing else but {@code null}. */
    public static boolean isStringEnum(JsonNode schema) {
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

    /** The string values of {@code enum}. */
    public static Set<String> stringValues(JsonNode schema) {
        Set<String> values = new HashSet<>();
        for (JsonNode v : schema.path("enum")) {
            if (v.isString()) {
                values.add(v.asString());
            }
        }
        return values;
    }

    /**
     * The values of {@code enum} that are values of {@code kind}, each once, in order; values of other
     * JSON types can never be valid there and are left out ({@code null} is nullability).
     */
    public static List<Literal> values(JsonNode schema, ScalarKind kind) {
        List<Literal> out = new ArrayList<>();
        for (JsonNode v : schema.path("enum")) {
            Literal java = ConstKeywords.scalarValue(kind, v);
            if (java != null && !out.contains(java)) {
                out.add(java);
            }
        }
        return out;
    }

    /**
     * The one JSON type of an {@code enum} of numbers or booleans ({@code integer} when all are integral,
     * {@code number} when integers and numbers mix); "" for any other enum (strings are {@link #isStringEnum}).
     */
    public static String enumJsonType(JsonNode values) {
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
}
