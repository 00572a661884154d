package dev.schemapojo.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code naming.collision}: two schemas that map to the same Java type. */
class NamingCollisionTest {
    @TempDir
    Path dir;

    Path src() {
        return dir.resolve("schemas");
    }

    @Test
    void namingCollisionNamesBothFiles() {
        Schemas.write(src(), "a.json", "{\"title\": \"Thing\", \"properties\": {\"x\": {}}}");
        Schemas.write(src(), "b.json", "{\"title\": \"thing\", \"properties\": {\"y\": {}}}");
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
                "schemas/b.json:1:11: error: [naming.collision] /title: this schema and schemas/a.json both map to the Java type"
                        + " com.example.Thing (names that differ only in case collide on some file systems); give one of"
                        + " them another title, move it to another sub-directory, or change the naming rule");
    }
}
