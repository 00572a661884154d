package dev.schemapojo.core.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import org.junit.jupiter.api.Test;

/**
 * The validation keywords ({@code minLength}, {@code pattern}, {@code minimum}, ...) in the Javadoc. Their Bean
 * Validation annotations are covered by {@code emit.BeanValidationTest} and {@link ValueClassesTest}.
 */
class ConstraintsTest extends EndToEnd {
    @Test
    void validationKeywordsAreDocumentedInTheJavadoc() {
        Schemas.write(dir.resolve("s"), "v.json", """
                {"title": "V", "properties": {"code": {"type": "string", "minLength": 3, "pattern": "^[a-z]*/$"},
                 "n": {"type": "integer", "minimum": 0, "exclusiveMaximum": 10}}}
                """);
        var generator = Schemas.generator(dir);
        String source = generator.sources().get("com/example/V.java");
        assertThat(source).contains("Schema constraints (documented, not checked): <code>minLength: 3, pattern: ^[a-z]*&#47;$</code>.")
                .contains("<code>minimum: 0, exclusiveMaximum: 10</code>");
        InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
    }
}
