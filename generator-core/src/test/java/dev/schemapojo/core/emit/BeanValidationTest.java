package dev.schemapojo.core.emit;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** beanValidation=true: the schema's validation keywords as Jakarta annotations, enforced by Hibernate Validator. */
class BeanValidationTest {
    static final String SCHEMA = """
            {"title": "Account", "type": "object", "required": ["name", "tags"], "properties": {
              "name": {"type": "string", "minLength": 3, "maxLength": 10, "pattern": "^[a-z]+$"},
              "age": {"type": "integer", "minimum": 18, "exclusiveMaximum": 150},
              "score": {"type": "number", "exclusiveMinimum": 0.5},
              "tags": {"type": "array", "maxItems": 2, "items": {"type": "string"}},
              "odd": {"type": "string", "pattern": "\\\\p{Letter}(?<=a)"},
              "address": {"type": "object", "required": ["city"], "properties": {"city": {"type": "string", "minLength": 1}}}}}
            """;
    static final String INVALID = "{\"name\":\"AB\",\"age\":17,\"score\":0.5,\"tags\":[\"a\",\"b\",\"c\"],"
            + "\"address\":{\"city\":\"\"}}";

    @TempDir
    Path dir;

    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    TreeSet<String> violations(Object value) {
        return validator.validate(value).stream()
                .map((ConstraintViolation<Object> v) -> v.getPropertyPath() + " " + v.getConstraintDescriptor()
                        .getAnnotation().annotationType().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void constraintsAreAnnotationsThatAValidatorEnforces() {
        for (Style style : Style.values()) {
            Schemas.write(dir.resolve("s"), "account.json", SCHEMA);
            var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).beanValidation(true)
                    .style(style).build());
            Map<String, String> sources = generator.sources();
            Class<?> account = InMemoryCompiler.compile(sources, dir.resolve("javac-" + style)).load("com.example.Account");
            Object invalid = JsonMapper.builder().build().readValue(INVALID, account);
            assertThat(violations(invalid)).as(style.word()).containsExactly(
                    "address.city Size", "age DecimalMin", "name Pattern", "name Size", "score DecimalMin", "tags Size");
            Object valid = JsonMapper.builder().build().readValue(
                    "{\"name\":\"abc\",\"age\":18,\"score\":0.6,\"tags\":[\"a\"],\"address\":{\"city\":\"x\"}}", account);
            assertThat(violations(valid)).as(style.word()).isEmpty();
            assertThat(call(valid, style == Style.RECORD ? "name" : "getName")).isEqualTo("abc");
        }
    }

    @Test
    void draft4BooleanExclusiveBoundsMakeMinimumAndMaximumExclusive() {
        Schemas.write(dir.resolve("s"), "t.json", """
                {"$schema": "http://json-schema.org/draft-04/schema#", "title": "T", "type": "object", "properties": {
                  "n": {"type": "integer", "minimum": 1, "exclusiveMinimum": true, "maximum": 5, "exclusiveMaximum": true},
                  "m": {"type": "integer", "minimum": 1, "exclusiveMinimum": false}}}
                """);
        var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).beanValidation(true).build());
        assertThat(generator.validate().diagnostics()).isEmpty();
        Class<?> type = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac")).load("com.example.T");
        var json = JsonMapper.builder().build();
        assertThat(violations(json.readValue("{\"n\": 1, \"m\": 1}", type))).containsExactly("n DecimalMin");
        assertThat(violations(json.readValue("{\"n\": 5}", type))).containsExactly("n DecimalMax");
        assertThat(violations(json.readValue("{\"n\": 2, \"m\": 0}", type))).containsExactly("m DecimalMin");
        assertThat(violations(json.readValue("{\"n\": 4}", type))).isEmpty();
    }

    @Test
    void offByDefaultAndUnsupportedPatternsAreReported() {
        Schemas.write(dir.resolve("s"), "account.json", SCHEMA);
        var plain = Schemas.generator(dir);
        assertThat(String.join("", plain.sources().values())).doesNotContain("jakarta.validation");
        var annotated = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).beanValidation(true).build());
        assertThat(annotated.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.pointer())
                .containsExactly("model.pattern-not-java /properties/odd/pattern");
    }
}
