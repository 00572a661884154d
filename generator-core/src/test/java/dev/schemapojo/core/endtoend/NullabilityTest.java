package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code type: [T, "null"]}, a union with {@code {"type": "null"}}, and OpenAPI's {@code nullable}. */
class NullabilityTest extends EndToEnd {
    @Test
    void nullableTypesAcceptNullEvenWhenRequired() {
        Class<?> type = generate("N", """
                {"title": "N", "type": "object", "required": ["a", "b", "c"], "$defs": {"p": {"type": "object",
                  "properties": {"x": {"type": "string"}}}},
                 "properties": {
                   "a": {"type": ["string", "null"]},
                   "b": {"anyOf": [{"$ref": "#/$defs/p"}, {"type": "null"}]},
                   "c": {"type": "integer"}}}
                """);
        Object read = JSON.readValue("{\"a\": null, \"b\": null, \"c\": 1}", type);
        assertThat(call(read, "getA")).isNull();
        assertThat(call(call(JSON.readValue("{\"a\": \"s\", \"b\": {\"x\": \"y\"}, \"c\": 1}", type), "getB"), "getX"))
                .isEqualTo("y");
        assertThatThrownBy(() -> JSON.readValue("{\"a\": null, \"b\": null, \"c\": null}", type))
                .hasMessageContaining("missing required properties [c]");
    }

    @Test
    void aRequiredNullablePropertyIsWrittenAsNullSoTheJsonStaysValid() throws Exception {
        for (dev.schemapojo.core.Style style : dev.schemapojo.core.Style.values()) {
            Schemas.write(dir.resolve("s"), "n.json", """
                    {"title": "N", "type": "object", "required": ["a", "c"], "properties": {
                      "a": {"type": ["string", "null"]}, "b": {"type": ["string", "null"]}, "c": {"type": "integer"}}}
                    """);
            var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(style).build());
            Class<?> type = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style)).load("com.example.N");
            Object read = JSON.readValue("{\"a\": null, \"b\": null, \"c\": 1}", type);
            // the optional null is kept too: in style=record the type falls back to a class, which tracks presence
            assertThat(JSON.writeValueAsString(read)).as(style.word()).isEqualTo("{\"a\":null,\"b\":null,\"c\":1}");
            assertThat(type.isRecord()).as(style.word()).isFalse();
            if (style == dev.schemapojo.core.Style.RECORD) {
                assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.message())
                        .containsExactly("style.record-fallback N is generated as a class, not a record: \"a\" may be"
                                + " null, and a record cannot keep a JSON null apart from an absent member (a class does: hasX())");
            }
            var jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
            assertThat(jackson2.writeValueAsString(jackson2.readValue("{\"a\": null, \"c\": 1}", type))).as(style.word())
                    .isEqualTo("{\"a\":null,\"c\":1}");
            assertThat(JSON.writeValueAsString(JSON.readValue("{\"a\": \"x\", \"b\": \"y\", \"c\": 1}", type)))
                    .isEqualTo("{\"a\":\"x\",\"b\":\"y\",\"c\":1}");
        }
    }

    @Test
    void openApiNullableAndReportedNot() throws Exception {
        Schemas.write(dir.resolve("s"), "n.json", """
                {"title": "N", "type": "object", "required": ["a"], "properties": {
                  "a": {"type": "string", "nullable": true},
                  "b": {"type": "string", "not": {"const": "x"}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.pointer())
                .containsExactly("model.not-represented /properties/b/not");
        Class<?> type = load(generator, "N");
        assertThat(call(JSON.readValue("{\"a\": null, \"b\": \"y\"}", type), "getA")).isNull();
    }

    @Test
    void nullStaysNullAndAbsentStaysAbsentAndARequiredNullableMustBePresent() throws Exception {
        Class<?> type = generate("N", """
                {"title": "N", "type": "object", "required": ["r"], "properties": {
                  "r": {"type": ["string", "null"]},
                  "o": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                  "l": {"type": ["array", "null"], "items": {"type": "string"}},
                  "d": {"type": ["string", "null"], "default": "x"}}}
                """);
        for (String json : List.of("{\"r\":null}", "{\"r\":null,\"o\":null,\"l\":null,\"d\":null}",
                "{\"r\":\"s\",\"o\":1,\"l\":[\"a\"],\"d\":\"y\"}")) {
            assertThat(JSON.writeValueAsString(JSON.readValue(json, type))).isEqualTo(json);
            assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, type))).isEqualTo(json);
        }
        Object absent = JSON.readValue("{\"r\":null}", type);
        Object explicit = JSON.readValue("{\"r\":null,\"o\":null}", type);
        assertThat(call(absent, "hasO")).isEqualTo(false);
        assertThat(call(explicit, "hasO")).isEqualTo(true);
        assertThat(call(explicit, "getO")).isNull();
        assertThat(call(absent, "getD")).isEqualTo("x"); // the default, when absent
        assertThat(call(JSON.readValue("{\"r\":null,\"d\":null}", type), "getD")).isNull(); // a JSON null is not absent
        assertThatThrownBy(() -> JSON.readValue("{}", type)).hasMessageContaining("missing required properties [r]");
        assertThatThrownBy(() -> JACKSON2.readValue("{\"o\":1}", type)).hasMessageContaining("missing required properties [r]");
        // in code: calling the setter with null sets JSON null; toBuilder keeps presence
        Object built = call(call(call(type, "builder"), "r", (Object) null), "build");
        assertThat(JSON.writeValueAsString(built)).isEqualTo("{\"r\":null,\"d\":\"x\"}");
        assertThat(JSON.writeValueAsString(call(call(explicit, "toBuilder"), "build"))).isEqualTo("{\"r\":null,\"o\":null}");
        assertThatThrownBy(() -> call(call(type, "builder"), "build")).hasMessageContaining("missing required properties [r]");
    }
}
