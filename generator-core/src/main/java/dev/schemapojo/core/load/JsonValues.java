package dev.schemapojo.core.load;

import tools.jackson.databind.JsonNode;

/** Short, user-facing renderings of JSON values for messages. */
public final class JsonValues {
    private static final int MAX = 80;

    private JsonValues() {}

    /** {@code "an array"}, {@code "a number"}, ... */
    public static String describeType(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        } else if (node.isArray()) {
            return "an array";
        } else if (node.isString()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return "a boolean";
        } else if (node.isNull()) {
            return "null";
        }
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The value as compact JSON, shortened when long. */
    public static String preview(JsonNode node) {
        String text = node.toString();
        return text.length() <= MAX ? text : text.substring(0, MAX - 3) + "...";
    }

    /** A string as a JSON string literal, shortened when long. */
    public static String quote(String value) {
        return preview(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(value));
    }
}
