package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.testing.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code prefixItems} and draft 6/7 array-form {@code items} with {@code additionalItems}: tuple classes. */
class TuplesTest extends EndToEnd {
    @Test
    void closedTuplesAreClassesReadAndWrittenAsArrays() throws Exception {
        Class<?> type = generate("Route", """
                {"title": "Route", "type": "object", "required": ["from"], "properties": {
                  "from": {"type": "array", "prefixItems": [{"type": "number"}, {"type": "number"},
                            {"type": "object", "properties": {"label": {"type": "string"}}}],
                           "items": false, "minItems": 2},
                  "stops": {"type": "array", "items": {"$ref": "#/$defs/pair"}}},
                 "$defs": {"pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}],
                                    "maxItems": 2}}}
                """);
        String json = "{\"from\":[1.5,2.0,{\"label\":\"home\"}],\"stops\":[[\"a\",1],[\"b\"]]}";
        Object read = JSON.readValue(json, type);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
        var jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(jackson2.writeValueAsString(jackson2.readValue(json, type))).isEqualTo(json);
        Object from = call(read, "getFrom");
        assertThat(call(from, "getItem0")).isEqualTo(1.5);
        assertThat(call(call(from, "getItem2"), "getLabel")).isEqualTo("home");
        assertThat(JSON.readValue("{\"from\":[1.5,2.0]}", type)).isNotNull();
        assertThatThrownBy(() -> JSON.readValue("{\"from\":[1.5]}", type))
                .hasMessageContaining("Cannot build From: missing required items [1]");
        for (String tooLong : List.of("{\"from\":[1, 2, {}, 4]}", "{\"from\":[1, 2, {}, null]}")) {
            assertThatThrownBy(() -> JSON.readValue(tooLong, type)).hasMessageContaining("Cannot build From: the schema allows at most 3 items");
            assertThatThrownBy(() -> jackson2.readValue(tooLong, type)).hasMessageContaining("the schema allows at most 3 items");
        }
        assertThatThrownBy(() -> jackson2.readValue("{\"stops\":[[\"a\", \"not a number\"]]}", type))
                .hasMessageContaining("not a number");
        Object made = call(from.getClass(), "of", 1.5, 2.0, null);
        assertThat(JSON.writeValueAsString(made)).isEqualTo("[1.5,2.0]");
        assertThat(made).isEqualTo(JSON.readValue("[1.5, 2.0]", from.getClass())).hasToString("From[1.5, 2.0, null]");
    }

    @Test
    void olderDraftsArrayItemsAreTuplesAndOpenTuplesAreReported() {
        Schemas.write(dir.resolve("s"), "t.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "T", "type": "object", "properties": {
                  "closed": {"type": "array", "items": [{"type": "string"}, {"type": "boolean"}], "additionalItems": false},
                  "open": {"type": "array", "items": [{"type": "string"}]}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).containsExactly(
                "s/t.json:3:38: warning: [model.not-represented] /properties/open/items: \"items\" is represented only"
                        + " for a closed tuple of 1 to 200 positions (one that allows no further items: \"additionalItems\":"
                        + " false, or \"maxItems\" of at most 1); this array is a List of java.lang.Object");
        Class<?> type = load(generator, "T");
        Object read = JSON.readValue("{\"closed\": [\"x\", true], \"open\": [\"y\", 1, 2]}", type);
        assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"closed\":[\"x\",true],\"open\":[\"y\",1,2]}");
    }

    @Test
    void anOpenTupleWhosePositionsDifferFromItsItemsHoldsAnyJson() throws Exception {
        Schemas.write(dir.resolve("s"), "t.json", """
                {"title": "T", "type": "object", "properties": {
                  "mixed": {"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "integer"}},
                  "same": {"type": "array", "prefixItems": [{"type": "integer"}], "items": {"type": "integer"}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.pointer())
                .containsExactly("model.not-represented /properties/mixed/prefixItems");
        Class<?> type = load(generator, "T");
        String json = "{\"mixed\":[\"x\",2,3],\"same\":[1,2]}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, type))).isEqualTo(json);
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, type))).isEqualTo(json);
        assertThat(type.getMethod("getMixed").getGenericReturnType().getTypeName()).isEqualTo("java.util.List<java.lang.Object>");
        assertThat(type.getMethod("getSame").getGenericReturnType().getTypeName()).isEqualTo("java.util.List<java.lang.Long>");
    }

    @Test
    void aTupleFileIsTheTupleClassItself() throws Exception {
        Schemas.write(dir.resolve("s"), "pair.json", """
                {"title": "Pair", "type": "array", "prefixItems": [{"type": "string"},
                  {"type": "object", "properties": {"n": {"type": "integer"}}}], "items": false, "minItems": 1}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        assertThat(generator.sources()).containsOnlyKeys("com/example/Pair.java");
        Class<?> pair = compile(generator).load("com.example.Pair");
        Object read = JSON.readValue("[\"a\",{\"n\":1}]", pair);
        assertThat(call(read, "getItem0")).isEqualTo("a");
        assertThat(call(call(read, "getItem1"), "getN")).isEqualTo(1L);
        assertThat(JSON.writeValueAsString(read)).isEqualTo("[\"a\",{\"n\":1}]");
        assertThatThrownBy(() -> JSON.readValue("[\"a\",{},3]", pair)).hasMessageContaining("at most 2 items");
    }
}
