package dev.schemapojo.core.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import org.junit.jupiter.api.Test;

/** {@code allOf}: one class merging every branch, and branches that contradict each other. */
class AllOfTest extends EndToEnd {
    @Test
    void allOfMergesThePropertiesAndRequiredNamesOfEveryBranch() {
        Schemas.write(dir.resolve("s"), "base.json", """
                {"$id": "https://example.com/base.json", "title": "Base", "type": "object", "required": ["id"],
                 "properties": {"id": {"type": "string"}}}
                """);
        Class<?> type = generate("Dog", """
                {"title": "Dog", "allOf": [
                  {"$ref": "https://example.com/base.json"},
                  {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                  {"properties": {"good": {"type": "boolean"}}}]}
                """);
        Object dog = JSON.readValue("{\"id\": \"1\", \"name\": \"Rex\", \"good\": true}", type);
        assertThat(JSON.writeValueAsString(dog)).isEqualTo("{\"id\":\"1\",\"name\":\"Rex\",\"good\":true}");
        assertThatThrownBy(() -> JSON.readValue("{\"good\": true}", type))
                .hasMessageContaining("missing required properties [id, name]");
    }

    @Test
    void contradictingAllOfBranchesAreReported() {
        Schemas.write(dir.resolve("s"), "x.json", """
                {"title": "X", "allOf": [{"properties": {"a": {"type": "string"}}}, {"properties": {"a": {"type": "integer"}}}]}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).containsExactly(
                "s/x.json:1:85: warning: [model.allof-conflict] /allOf/1/properties/a: \"a\" is also defined, differently,"
                        + " at s/x.json#/allOf/0/properties/a; allOf requires both, and the generated type uses the first");
        InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
    }
}
