package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import org.junit.jupiter.api.Test;

/** {@code const} (checked) and {@code default} (the builder's initial value). */
class ConstAndDefaultTest extends EndToEnd {
    @Test
    void constIsCheckedAndDefaultIsWhatJavaSeesButAbsentStaysAbsentInJson() throws Exception {
        Class<?> type = generate("C", """
                {"title": "C", "type": "object", "required": ["kind"], "properties": {
                  "kind": {"const": "circle", "type": "string"},
                  "version": {"type": "integer", "const": 2},
                  "radius": {"type": "number", "default": 1.5},
                  "label": {"type": "string", "default": "none"},
                  "filled": {"type": "boolean", "default": true},
                  "color": {"enum": ["red", "green"], "default": "green"}}}
                """);
        Object read = JSON.readValue("{\"kind\": \"circle\"}", type);
        assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"kind\":\"circle\"}");
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue("{\"kind\": \"circle\"}", type))).isEqualTo("{\"kind\":\"circle\"}");
        assertThat(call(read, "getVersion")).isEqualTo(2L);
        assertThat(call(read, "getRadius")).isEqualTo(1.5);
        assertThat(call(read, "getLabel")).isEqualTo("none");
        assertThat(call(read, "getFilled")).isEqualTo(true);
        assertThat(((Enum<?>) call(read, "getColor")).name()).isEqualTo("GREEN");
        // built in code, the builder starts at the defaults and consts, and the JSON has them
        Object built = call(call(call(type, "builder"), "kind", "circle"), "build");
        assertThat(JSON.writeValueAsString(built)).isEqualTo(
                "{\"kind\":\"circle\",\"version\":2,\"radius\":1.5,\"label\":\"none\",\"filled\":true,\"color\":\"green\"}");
        assertThatThrownBy(() -> JSON.readValue("{\"kind\": \"square\", \"version\": 3}", type))
                .hasMessageContaining("Cannot build C: values other than the schema's const in [kind, version]");
        assertThatThrownBy(() -> JSON.readValue("{}", type)).hasMessageContaining("missing required properties [kind]");
    }

    @Test
    void defaultsOfTheWrongTypeAreReportedNotCompiled() {
        Schemas.write(dir.resolve("s"), "w.json", """
                {"title": "W", "properties": {"n": {"type": "integer", "default": "five"}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).containsExactly(
                "s/w.json:1:67: warning: [model.default-not-represented] /properties/n/default: \"five\" is not"
                        + " represented as the \"default\" of this property (supported: a string, number, integer or"
                        + " boolean of the property's type, or one of its enum values)");
        InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
    }
}
