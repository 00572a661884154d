package dev.schemapojo.core.validate;

import dev.schemapojo.core.load.SchemaWalker;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document networknt validates: the schema itself, unless a count keyword ({@code maxLength},
 * {@code minItems}, ...) is a decimal beyond {@code long} ({@code 1e400}, {@code 1e2147483647}). networknt
 * reads such a value with {@code asLong()} and fails with an exception instead of a verdict, so those
 * values are replaced, in a copy, by an integer beyond {@code long} of the same sign (2^64 or -2^64),
 * which it does compare; the meta-schema's verdict (a whole number, at least 0) is the same for both.
 */
final class LargeCounts {
    static final Set<String> COUNT_KEYWORDS = Set.of("minLength", "maxLength", "minItems", "maxItems",
            "minProperties", "maxProperties", "minContains", "maxContains");
    private static final BigInteger BEYOND_LONG = BigInteger.ONE.shiftLeft(64);

    private LargeCounts() {}

    static JsonNode forValidator(JsonNode root) {
        List<String> pointers = new ArrayList<>();
        SchemaWalker.walk(root, (pointer, schema) -> {
            if (schema.isObject()) {
                for (Map.Entry<String, JsonNode> member : schema.properties()) {
                    if (COUNT_KEYWORDS.contains(member.getKey()) && isDecimalBeyondLong(member.getValue())) {
                        pointers.add(pointer);
                        return;
                    }
                }
            }
        });
        if (pointers.isEmpty()) {
            return root;
        }
        JsonNode copy = root.deepCopy();
        for (String pointer : pointers) {
            ObjectNode schema = (ObjectNode) (pointer.isEmpty() ? copy : copy.at(pointer));
            for (String keyword : COUNT_KEYWORDS) {
                JsonNode value = schema.path(keyword);
                if (isDecimalBeyondLong(value)) {
                    BigInteger stand = value.decimalValue().signum() < 0 ? BEYOND_LONG.negate() : BEYOND_LONG;
                    schema.set(keyword, JsonNodeFactory.instance.numberNode(stand));
                }
            }
        }
        return copy;
    }

    private static boolean isDecimalBeyondLong(JsonNode value) {
        return value.isNumber() && !value.isIntegralNumber() && !value.canConvertToLong();
    }
}
