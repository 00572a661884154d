package dev.schemapojo.core.ir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A fixed JSON value as a schema writes it (a {@code const}, an {@code enum} value), for checks of values
 * held as Jackson reads untyped JSON. Numbers are exact decimals: JSON equality counts {@code 1} and
 * {@code 1.0} as one value.
 */
public sealed interface JsonValue {
    record Null() implements JsonValue {}

    record Bool(boolean value) implements JsonValue {}

    record Num(BigDecimal value) implements JsonValue {}

    record Str(String value) implements JsonValue {}

    record Arr(List<JsonValue> items) implements JsonValue {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** An object's members in the schema's order (JSON equality ignores the order). */
    record Obj(Map<String, JsonValue> members) implements JsonValue {}
}
