package dev.schemapojo.core.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Knows which keywords hold sub-schemas, so that the rest of the generator can visit every
 * sub-schema of a document and tell a schema position from a plain value (an {@code enum} entry, a
 * {@code required} name, a {@code default}).
 */
public final class SchemaWalker {
    /** Keywords whose value is one schema. */
    static final Set<String> SINGLE = Set.of(
            "additionalProperties", "additionalItems", "items", "not", "if", "then", "else", "contains",
            "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    /** Keywords whose value is an array of schemas. */
    static final Set<String> ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    /** Keywords whose value maps names to schemas. */
    static final Set<String> MAPS = Set.of(
            "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies");

    private SchemaWalker() {}

    /** Receives each schema with its pointer. */
    @FunctionalInterface
    public interface Visitor {
        void visit(String pointer, JsonNode schema);
    }

    /**
     * Visits the root and every sub-schema, parents before children, in document order. Iterative,
     * so a deeply nested document cannot overflow the stack.
     */
    public static void walk(JsonNode root, Visitor visitor) {
        Deque<Map.Entry<String, JsonNode>> stack = new ArrayDeque<>();
        stack.push(Map.entry("", root));
        while (!stack.isEmpty()) {
            Map.Entry<String, JsonNode> next = stack.pop();
            String pointer = next.getKey();
            JsonNode schema = next.getValue();
            visitor.visit(pointer, schema);
            if (!schema.isObject()) {
                continue;
            }
            Deque<Map.Entry<String, JsonNode>> children = new ArrayDeque<>();
            for (Map.Entry<String, JsonNode> member : schema.properties()) {
                String keyword = member.getKey();
                JsonNode value = member.getValue();
                String at = JsonPointers.append(pointer, keyword);
                if (SINGLE.contains(keyword) && (value.isObject() || value.isBoolean())) {
                    children.add(Map.entry(at, value));
                } else if ((ARRAYS.contains(keyword) || keyword.equals("items")) && value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        children.add(Map.entry(JsonPointers.append(at, i), value.get(i)));
                    }
                } else if (MAPS.contains(keyword) && value.isObject()) {
                    for (Map.Entry<String, JsonNode> entry : value.properties()) {
                        if (entry.getValue().isObject() || entry.getValue().isBoolean()) {
                            children.add(Map.entry(JsonPointers.append(at, entry.getKey()), entry.getValue()));
                        }
                    }
                }
            }
            // push in reverse so that children are visited in document order
            children.descendingIterator().forEachRemaining(stack::push);
        }
    }

    /**
     * Whether {@code pointer} names a schema (as opposed to a keyword's plain value) when read from the
     * root of a schema document.
     */
    public static boolean isSchemaPosition(String pointer) {
        return locate(pointer).position() == Position.SCHEMA;
    }

    /**
     * The keyword whose value contains (or is) the value at {@code pointer}: for
     * {@code /properties/a/type} it is {@code type}, for {@code /required/0} it is {@code required}.
     * Empty for a schema position.
     */
    public static String enclosingKeyword(String pointer) {
        Located located = locate(pointer);
        return located.position() == Position.SCHEMA ? "" : located.keyword();
    }

    private record Located(Position position, String keyword) {}

    /** Follows the pointer from the root, tracking whether each step lands on a schema. */
    private static Located locate(String pointer) {
        List<String> tokens = JsonPointers.tokens(pointer);
        Position position = Position.SCHEMA;
        String keyword = "";
        for (int i = 0; i < tokens.size() && position != Position.VALUE; i++) {
            String token = tokens.get(i);
            if (position == Position.SCHEMA) {
                keyword = token;
                if (SINGLE.contains(token) && !(token.equals("items") && isIndex(tokens, i + 1))) {
                    position = Position.SCHEMA;
                } else if (ARRAYS.contains(token) || token.equals("items")) {
                    position = Position.ARRAY;
                } else if (MAPS.contains(token)) {
                    position = Position.MAP;
                } else {
                    position = Position.VALUE;
                }
            } else {
                position = Position.SCHEMA;
            }
        }
        return new Located(position, keyword);
    }

    private static boolean isIndex(List<String> tokens, int i) {
        return i < tokens.size() && !tokens.get(i).isEmpty() && tokens.get(i).chars().allMatch(Character::isDigit);
    }

    private enum Position {
        SCHEMA,
        ARRAY,
        MAP,
        VALUE
    }
}
