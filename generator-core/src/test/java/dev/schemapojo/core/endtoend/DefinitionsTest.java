package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import org.junit.jupiter.api.Test;

/** {@code $defs} / {@code definitions}: which definitions become types, and files that get none. */
class DefinitionsTest extends EndToEnd {
    @Test
    void aFileOfDefinitionsIsALibraryOfTypes() {
        Schemas.write(dir.resolve("s"), "lib.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "definitions": {
                   "point": {"type": "object", "required": ["x"], "properties": {"x": {"type": "number"}}},
                   "color": {"enum": ["red", "blue"]},
                   "name": {"type": "string"}},
                 "$defs": {"line": {"type": "object", "properties": {"from": {"$ref": "#/definitions/point"}}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        var classes = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
        assertThat(generator.sources().keySet()).containsExactlyInAnyOrder(
                "com/example/Point.java", "com/example/Color.java", "com/example/Line.java");
        Object line = JSON.readValue("{\"from\": {\"x\": 1.5}}", classes.load("com.example.Line"));
        assertThat(call(call(line, "getFrom"), "getX")).isEqualTo(1.5);
        assertThatThrownBy(() -> JSON.readValue("{}", classes.load("com.example.Point")))
                .hasMessageContaining("missing required properties [x]");
    }

    @Test
    void filesOfDefinitionsOnlyAndFalseFilesHaveNoClassOfTheirOwn() {
        Schemas.write(dir.resolve("s"), "library.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Library",
                 "$defs": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}}
                """);
        Schemas.write(dir.resolve("s"), "scalars.json", """
                {"definitions": {"id": {"type": "string"}, "count": {"type": "integer"}}}
                """);
        Schemas.write(dir.resolve("s"), "never.json", "false");
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).containsExactly(
                "s/never.json:1:1: warning: [model.no-type] /: no Java type is generated for this file: its schema is"
                        + " false, so no JSON value is valid",
                "s/scalars.json:1:1: warning: [model.no-type] /: no Java type is generated for this file: it only holds"
                        + " \"$defs\" or \"definitions\", and none of them is an object with \"properties\", a string enum"
                        + " or a union of objects; \"$ref\"s to them are typed as their keywords describe");
        assertThat(generator.sources()).containsOnlyKeys("com/example/Pet.java");
    }
}
