package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code type: array} with {@code uniqueItems}. Plain {@code items} lists are also covered by
 * {@link ObjectsTest} (nested lists) and {@link ValueClassesTest} (a file that is an array); tuples by
 * {@link TuplesTest}.
 */
class ArraysTest extends EndToEnd {
    @Test
    void uniqueItemsIsAnOrderedSetAndPatternPropertiesAMap() {
        Class<?> type = generate("U", """
                {"title": "U", "type": "object", "properties": {
                  "tags": {"type": "array", "uniqueItems": true, "items": {"type": "string"}},
                  "tagsFromJson": {"type": "array", "items": {"type": "string"}},
                  "scores": {"type": "object", "patternProperties": {"^s_": {"type": "integer"}}}}}
                """);
        Object read = JSON.readValue("{\"tags\": [\"b\", \"a\"], \"scores\": {\"s_1\": 3}}", type);
        assertThatThrownBy(() -> JSON.readValue("{\"tags\": [\"b\", \"a\", \"b\"]}", type))
                .hasMessageContaining("Cannot read tags: the schema says uniqueItems, but items repeat");
        assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"tags\":[\"b\",\"a\"],\"scores\":{\"s_1\":3}}");
        @SuppressWarnings("unchecked")
        Set<String> tags = (Set<String>) call(read, "getTags");
        assertThat(tags).containsExactly("b", "a");
        assertThatThrownBy(() -> tags.add("c")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Long> scores = (Map<String, Long>) call(read, "getScores");
        assertThat(scores).containsEntry("s_1", 3L);
    }
}
