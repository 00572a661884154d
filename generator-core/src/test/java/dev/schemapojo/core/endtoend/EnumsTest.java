package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code enum}: non-string enums as checked values, and unknown values of string enums ({@code unknownEnumValues}). */
class EnumsTest extends EndToEnd {
    @Test
    void nonStringEnumsAreCheckedValuesOfTheirType() throws Exception {
        Class<?> type = generate("E", """
                {"title": "E", "type": "object", "properties": {
                  "level": {"type": "integer", "enum": [1, 2, 3]},
                  "ratio": {"enum": [0.5, 1, 2.5]},
                  "flag": {"enum": [true, null]},
                  "mixed": {"enum": [1, "one"]}}}
                """);
        assertThat(type.getMethod("getLevel").getReturnType()).isEqualTo(Long.class);
        assertThat(type.getMethod("getRatio").getReturnType()).isEqualTo(Double.class);
        assertThat(type.getMethod("getFlag").getReturnType()).isEqualTo(Boolean.class);
        assertThat(type.getMethod("getMixed").getReturnType()).isEqualTo(Object.class);
        Object read = JSON.readValue("{\"level\": 2, \"ratio\": 1, \"flag\": null, \"mixed\": \"one\"}", type);
        // "flag": null is kept: its enum allows null
        assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"level\":2,\"ratio\":1.0,\"flag\":null,\"mixed\":\"one\"}");
        assertThatThrownBy(() -> JSON.readValue("{\"level\": 4, \"ratio\": 0.75, \"flag\": false}", type))
                .hasMessageContaining("Cannot build E: values outside the schema's enum in [level, ratio, flag]");
        Object builder = call(type, "builder");
        call(builder, "level", 5L);
        assertThatThrownBy(() -> call(builder, "build")).hasMessageContaining("values outside the schema's enum in [level]");
    }

    @Test
    void unknownEnumValuesFailByDefaultOrReadAsNullOnRequest() {
        Schemas.write(dir.resolve("schemas"), "e.json", """
                {"title": "Light", "type": "object", "properties": {"color": {"enum": ["red", "green"]}}}
                """);
        Map<String, String> lenient = new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("out"))
                .unknownEnumValues(dev.schemapojo.core.UnknownEnumValues.NULL).build()).sources();
        Class<?> light = InMemoryCompiler.compile(lenient, dir.resolve("lenient")).load("com.example.Light");
        assertThat(call(JSON.readValue("{\"color\":\"blue\"}", light), "getColor")).isNull();
        assertThat(call(JSON.readValue("{\"color\":\"green\"}", light), "getColor").toString()).isEqualTo("green");
        Class<?> strict = compileSchemas(TypeNaming.TITLE).load("com.example.Light");
        assertThatThrownBy(() -> JSON.readValue("{\"color\":\"blue\"}", strict))
                .hasMessageContaining("Unknown Color value \"blue\"; expected one of [red, green]");
    }
}
