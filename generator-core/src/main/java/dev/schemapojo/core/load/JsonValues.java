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

    /** How many characters of a file's raw text a message quotes at most. */
    static final int EXCERPT = 16;

    /**
     * A short piece of a file's raw text for a message, quoted: at most {@value #EXCERPT} characters, then
     * {@code ...}, with anything but printable ASCII escaped. A file that is not valid JSON may be anything
     * (a key file a link points to), so a message shows no more of it than it takes to find the spot.
     */
    public static String excerpt(String raw) {
        StringBuilder out = new StringBuilder("'");
        int end = Math.min(raw.length(), EXCERPT);
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\' && c != '\'') {
                out.append(c);
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.append(raw.length() > EXCERPT ? "...'" : "'").toString();
    }

    /** A string as a JSON string literal, shortened when long. */
    public static String quote(String value) {
        return preview(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(value));
    }
}
