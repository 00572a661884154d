package dev.schemapojo.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code naming.collision}: two schemas that map to the same Java type. */
class NamingCollisionTest {
    @TempDir
    Path dir;

    Path src() {
        return dir.resolve("schemas");
    }

    GenerationResult validate(FailOn failOn) {
        return new Generator(Schemas.options(src(), dir.resolve("out")).failOn(failOn).build()).validate();
    }

    List<String> lines(GenerationResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void namingCollisionNamesBothFiles() {
        Schemas.write(src(), "a.json", "{\"title\": \"Thing\", \"properties\": {\"x\": {}}}");
        Schemas.write(src(), "b.json", "{\"title\": \"thing\", \"properties\": {\"y\": {}}}");
        assertThat(lines(validate(FailOn.ERROR))).containsExactly(
                "schemas/b.json:1:11: error: [naming.collision] /title: this schema and schemas/a.json both map to the Java type"
                        + " com.example.Thing (names that differ only in case collide on some file systems); give one of"
                        + " them another title, move it to another sub-directory, or change the naming rule");
    }
}
