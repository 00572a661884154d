package dev.schemapojo.core.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import org.junit.jupiter.api.Test;

/** The boolean schemas {@code true} and {@code false}, as files and as properties. */
class BooleanSchemasTest extends EndToEnd {
    @Test
    void booleanSchemasAreValidAndHandled() {
        Schemas.write(dir.resolve("schemas"), "anything.json", "true");
        Schemas.write(dir.resolve("schemas"), "nothing.json", "false");
        Schemas.write(dir.resolve("schemas"), "b.json", """
                {"title": "B", "properties": {"any": true, "never": false, "list": {"type": "array", "items": true}}}
                """);
        var generator = new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("out")).build());
        assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.file() + " " + d.pointer())
                .containsExactly("model.false-schema schemas/b.json /properties/never", "model.no-type schemas/nothing.json ");
        Class<?> b = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac")).load("com.example.B");
        Object read = JSON.readValue("{\"any\": {\"x\": [1]}, \"list\": [1, \"two\", null]}", b);
        assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"any\":{\"x\":[1]},\"list\":[1,\"two\",null]}");
    }
}
