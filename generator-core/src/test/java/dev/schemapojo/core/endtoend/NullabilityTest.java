package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
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
            assertThat(JSON.writeValueAsString(read)).as(style.word()).isEqualTo("{\"a\":null,\"c\":1}");
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
}
