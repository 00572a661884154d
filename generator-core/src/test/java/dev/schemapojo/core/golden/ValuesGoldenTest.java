package dev.schemapojo.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.golden.values.Anything;
import dev.schemapojo.golden.values.Hex;
import dev.schemapojo.golden.values.Level;
import dev.schemapojo.golden.values.Tags;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goldens of value classes, for schema files whose root is no object: a string, an integer enum,
 * an array of objects and any value. Each holds its value, never {@code null}, and Jackson reads and
 * writes the bare value.
 */
class ValuesGoldenTest {
    static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void aStringValue() throws Exception {
        Hex hex = Hex.of("0xab");
        assertThat(hex.getValue()).isEqualTo("0xab");
        assertThat(JACKSON3.writeValueAsString(hex)).isEqualTo("\"0xab\"");
        assertThat(JACKSON2.writeValueAsString(hex)).isEqualTo("\"0xab\"");
        assertThat(JACKSON3.readValue("\"0xab\"", Hex.class)).isEqualTo(hex).hasSameHashCodeAs(hex);
        assertThat(JACKSON2.readValue("\"0xab\"", Hex.class)).isEqualTo(hex).isNotEqualTo(Hex.of("0xac"));
        assertThat(hex).hasToString("Hex[0xab]");
        assertThatThrownBy(() -> Hex.of(null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Hex: the value is null");
    }

    @Test
    void anIntegerEnumChecksItsValues() throws Exception {
        assertThat(JACKSON3.readValue("2", Level.class).getValue()).isEqualTo(2L);
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue("3", Level.class))).isEqualTo("3");
        String message = "Cannot build Level: values outside the schema's enum in [value]";
        assertThatThrownBy(() -> Level.of(4L)).isInstanceOf(IllegalStateException.class).hasMessage(message);
        assertThatThrownBy(() -> JACKSON3.readValue("0", Level.class)).hasMessageContaining(message);
        assertThatThrownBy(() -> JACKSON2.readValue("0", Level.class)).hasMessageContaining(message);
    }

    @Test
    void anIntegerWrittenWithAZeroFractionIsThatInteger() throws Exception {
        // JSON Schema counts 2.0 as the integer 2
        assertThat(JACKSON3.readValue("2.0", Level.class)).isEqualTo(Level.of(2L));
        assertThat(JACKSON2.readValue("3.0", Level.class)).isEqualTo(Level.of(3L));
        assertThat(JACKSON3.writeValueAsString(JACKSON3.readValue("2.0", Level.class))).isEqualTo("2");
        assertThatThrownBy(() -> JACKSON3.readValue("2.5", Level.class))
                .hasMessageContaining("Cannot read Level: 2.5 is not an integer that fits a Java long");
        assertThatThrownBy(() -> JACKSON2.readValue("1e30", Level.class))
                .hasMessageContaining("Cannot read Level: 1.0E30 is not an integer that fits a Java long");
    }

    @Test
    void anArrayOfObjectsHoldsAnUnmodifiableListOfItsItemClass() throws Exception {
        String json = "[{\"name\":\"a\",\"weight\":1.5},{\"name\":\"b\"}]";
        Tags tags = JACKSON3.readValue(json, Tags.class);
        assertThat(tags.getValue()).extracting(Tags.TagsItem::getName).containsExactly("a", "b");
        assertThat(JACKSON3.writeValueAsString(tags)).isEqualTo(json);
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, Tags.class))).isEqualTo(json);
        assertThatThrownBy(() -> tags.getValue().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Tags.of(List.of(Tags.TagsItem.builder().name("a").weight(1.5).build(), Tags.TagsItem.builder()
                .name("b").build()))).isEqualTo(tags);
        assertThatThrownBy(() -> JACKSON3.readValue("[{\"weight\":1}]", Tags.class))
                .hasMessageContaining("Cannot build TagsItem: missing required properties [name]");
        assertThatThrownBy(() -> JACKSON2.readValue("[{\"name\":\"a\"},null]", Tags.class))
                .hasMessageContaining("Cannot build Tags: null elements in [value]");
    }

    @Test
    void anyValueIsHeldAsRead() throws Exception {
        for (String json : List.of("\"text\"", "3", "true", "[1,\"two\",null]", "{\"a\":{\"b\":[]}}")) {
            assertThat(JACKSON3.writeValueAsString(JACKSON3.readValue(json, Anything.class))).as(json).isEqualTo(json);
            assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, Anything.class))).as(json).isEqualTo(json);
        }
        assertThat(JACKSON3.readValue("{\"a\":1}", Anything.class).getValue()).isEqualTo(Map.of("a", 1));
        assertThat(Anything.of(List.of(1))).isEqualTo(Anything.of(List.of(1))).hasToString("Anything[[1]]");
        assertThatThrownBy(() -> Anything.of(null)).hasMessage("Cannot build Anything: the value is null");
    }
}
