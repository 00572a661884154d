package dev.schemapojo.core.keywords;

import tools.jackson.databind.JsonNode;

/** {@code items}, {@code prefixItems}, {@code additionalItems}, {@code uniqueItems}: lists, sets and tuples. */
public final class ArrayKeywords {
    private ArrayKeywords() {}

    /** The keyword that holds a tuple's positions: {@code prefixItems}, or the array form of {@code items}; else null. */
    public static String tuplePositions(JsonNode schema) {
        return schema.path("prefixItems").isArray() ? "prefixItems" : schema.path("items").isArray() ? "items" : null;
    }

    /**
     * {@link #tuplePositions} of a closed tuple of at least one position: one that allows no further items
     * ({@code items: false} after {@code prefixItems}, {@code additionalItems: false} after an {@code items}
     * list, or a {@code maxItems} no larger than the positions); null for any other schema.
     */
    public static String closedTuplePositions(JsonNode schema) {
        String positions = tuplePositions(schema);
        if (positions == null) {
            return null;
        }
        int count = schema.path(positions).size();
        JsonNode rest = schema.path(restKeyword(positions));
        JsonNode max = schema.path("maxItems");
        java.math.BigInteger most = max.isNumber() ? ConstraintKeywords.count(max) : null;
        boolean closed = (rest.isBoolean() && !rest.asBoolean()) || (most != null && most.compareTo(java.math.BigInteger.valueOf(count)) <= 0);
        return closed && count > 0 ? positions : null;
    }

    /** The keyword that says what follows a tuple's positions: {@code items} after {@code prefixItems}, else {@code additionalItems}. */
    public static String restKeyword(String positions) {
        return positions.equals("prefixItems") ? "items" : "additionalItems";
    }

    /** How many of {@code count} tuple positions {@code minItems} makes required. */
    public static int requiredPositions(JsonNode schema, int count) {
        JsonNode min = schema.path("minItems");
        java.math.BigInteger least = min.isNumber() ? ConstraintKeywords.count(min) : null;
        return least == null ? 0 : least.max(java.math.BigInteger.ZERO).min(java.math.BigInteger.valueOf(count)).intValue();
    }

    /**
     * Whether one schema describes every item: {@code items} is a schema and any {@code prefixItems}
     * positions before it are that same schema. An open tuple whose positions differ from the rest (a
     * string, then integers) has no one item type: its items are any JSON.
     */
    public static boolean hasItemSchema(JsonNode schema) {
        if (!schema.path("items").isObject()) {
            return false;
        }
        for (JsonNode position : schema.path("prefixItems")) {
            if (!position.equals(schema.path("items"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code uniqueItems} is true: a set. */
    public static boolean uniqueItems(JsonNode schema) {
        return schema.path("uniqueItems").asBoolean(false);
    }
}
