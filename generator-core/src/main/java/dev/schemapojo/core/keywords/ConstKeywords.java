package dev.schemapojo.core.keywords;

import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import tools.jackson.databind.JsonNode;

/** {@code const}, {@code default} and one-value {@code enum}s: the fixed values of one schema. */
public final class ConstKeywords {
    private ConstKeywords() {}

    /** The one value a schema allows: its {@code const}, or an {@code enum} of one value; else null. */
    public static JsonNode fixedValue(JsonNode schema) {
        if (schema.has("const")) {
            return schema.path("const");
        }
        JsonNode values = schema.path("enum");
        return values.isArray() && values.size() == 1 ? values.get(0) : null;
    }

    /** The one string a property schema allows: its {@code const}, or an {@code enum} of one string; else null. */
    public static String fixedString(JsonNode schema) {
        JsonNode value = fixedValue(schema);
        return value != null && value.isString() ? value.asString() : null;
    }

    /** A JSON value as a literal of a scalar kind (String, Integer, Long, Double, Boolean), or null if it is not one. */
    public static Literal scalarValue(ScalarKind kind, JsonNode value) {
        return switch (kind) {
            case STRING -> value.isString() ? new Literal.Str(value.asString()) : null;
            case INTEGER -> value.isIntegralNumber() && value.canConvertToInt() ? new Literal.Int(value.intValue()) : null;
            case LONG -> value.isIntegralNumber() && value.canConvertToLong() ? new Literal.Long(value.longValue()) : null;
            case DOUBLE -> fitsDouble(value) ? new Literal.Dbl(value.doubleValue()) : null;
            case BOOLEAN -> value.isBoolean() ? new Literal.Bool(value.booleanValue()) : null;
            default -> null;
        };
    }

    /**
     * Whether a JSON number is one a {@code double} holds, as near as a double can: not beyond its range
     * ({@code 1e400} would be infinity) and not a non-zero number below it ({@code 1e-400} would be 0).
     */
    public static boolean fitsDouble(JsonNode value) {
        if (!value.isNumber()) {
            return false;
        }
        if (value.isInt() || value.isLong() || value.isDouble() || value.isFloat()) {
            return true;
        }
        java.math.BigDecimal exact = value.decimalValue();
        double near = exact.doubleValue();
        return !Double.isInfinite(near) && (near != 0 || exact.signum() == 0);
    }
}
