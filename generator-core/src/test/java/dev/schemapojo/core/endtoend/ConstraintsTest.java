package dev.schemapojo.core.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Style;
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

    @Test
    void withConstraintsCheckLengthsBoundsMultiplesAndCountsAreRefusedAtBuildAndOnRead() throws Exception {
        for (Style style : Style.values()) {
            Schemas.write(dir.resolve("s"), "p.json", """
                    {"title": "Person", "type": "object", "required": ["id"], "properties": {
                      "id": {"type": "string"},
                      "name": {"type": "string", "minLength": 1, "maxLength": 3},
                      "age": {"type": "integer", "minimum": 0, "maximum": 150},
                      "score": {"type": "number", "exclusiveMinimum": 0, "multipleOf": 0.01},
                      "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
                      "labels": {"type": "object", "additionalProperties": {"type": "string"}, "minProperties": 1}}}
                    """);
            Schemas.write(dir.resolve("s"), "code.json", """
                    {"title": "Code", "type": "string", "minLength": 2}
                    """);
            var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(style)
                    .constraints(ConstraintChecks.CHECK).build());
            var classes = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style));
            Class<?> person = classes.load("com.example.Person");
            Class<?> code = classes.load("com.example.Code");
            // valid at every limit: "😀" is one code point (two UTF-16 units), 0.07 is a multiple of 0.01 in decimal
            String valid = "{\"id\":\"1\",\"name\":\"😀ab\",\"age\":150,\"score\":0.07,\"tags\":[\"a\",\"b\"],"
                    + "\"labels\":{\"k\":\"v\"}}";
            assertThat(JSON.writeValueAsString(JSON.readValue(valid, person))).as(style.word()).isEqualTo(valid);
            assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(valid, person))).as(style.word()).isEqualTo(valid);
            String invalid = "{\"name\":\"\",\"age\":200,\"score\":0.075,\"tags\":[\"a\",\"b\",\"c\"],\"labels\":{}}";
            String message = "Cannot build Person: missing required properties [id]; /name: length 0 is below minLength 1;"
                    + " /age: 200 is above maximum 150; /score: 0.075 is not a multiple of 0.01; /tags: item count 3 is above"
                    + " maxItems 2; /labels: property count 0 is below minProperties 1";
            assertThatThrownBy(() -> JSON.readValue(invalid, person)).as(style.word()).hasMessageContaining(message);
            assertThatThrownBy(() -> JACKSON2.readValue(invalid, person)).as(style.word()).hasMessageContaining(message);
            assertThatThrownBy(() -> JSON.readValue("{\"id\":\"1\",\"score\":0}", person))
                    .hasMessageContaining("/score: 0.0 is not above exclusiveMinimum 0");
            assertThatThrownBy(() -> JSON.readValue("{\"id\":\"1\",\"name\":\"abcd\",\"age\":-1}", person))
                    .hasMessageContaining("/name: length 4 is above maxLength 3; /age: -1 is below minimum 0");
            assertThat(JSON.writeValueAsString(JSON.readValue("\"ab\"", code))).isEqualTo("\"ab\"");
            assertThatThrownBy(() -> JSON.readValue("\"a\"", code)).hasMessageContaining("Cannot build Code: length 1 is below minLength 2");
            assertThatThrownBy(() -> code.getMethod("of", String.class).invoke(null, "a"))
                    .hasRootCauseMessage("Cannot build Code: length 1 is below minLength 2");
        }
        // constraints=document (the default) keeps accepting them
        var documented = Schemas.generator(dir);
        Class<?> person = InMemoryCompiler.compile(documented.sources(), dir.resolve("javac-doc")).load("com.example.Person");
        assertThat(JSON.readValue("{\"id\":\"1\",\"age\":200}", person)).isNotNull();
    }

    /**
     * A decimal {@code multipleOf} is tested on doubles without {@code BigDecimal} where that is exact: the
     * answer must be the decimal one for every double, on both sides of the fast path's limit (10^15 after
     * scaling) and with bounds beside it.
     */
    @Test
    void decimalMultipleOfOnDoublesIsTheDecimalAnswer() throws Exception {
        Schemas.write(dir.resolve("s"), "m.json", """
                {"title": "M", "type": "object", "properties": {
                  "cents": {"type": "number", "multipleOf": 0.01},
                  "tenths": {"type": "number", "multipleOf": 0.1, "minimum": -5e14, "maximum": 5e14}}}
                """);
        var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out"))
                .constraints(ConstraintChecks.CHECK).build());
        assertThat(generator.sources().get("com/example/M.java")).contains("Math.rint(number * 1.0E2) / 1.0E2 != number");
        Class<?> m = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac")).load("com.example.M");
        java.util.Random random = new java.util.Random(1202L);
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (int k = 0; k < 4_000; k++) {
            // at most 15 significant digits, so the text is the double's shortest form; 1 to 5 decimals
            int decimals = 1 + random.nextInt(5);
            long unscaled = (random.nextBoolean() ? -1 : 1) * (long) (random.nextDouble() * Math.pow(10, 1 + random.nextInt(15)));
            java.math.BigDecimal number = java.math.BigDecimal.valueOf(unscaled, decimals);
            if (number.precision() > 15) {
                continue;
            }
            String text = number.toPlainString();
            for (String member : new String[] {"cents", "tenths"}) {
                int places = member.equals("cents") ? 2 : 1;
                boolean inRange = member.equals("cents") || number.abs().compareTo(new java.math.BigDecimal("5e14")) <= 0;
                boolean expected = inRange && (number.signum() == 0 || number.stripTrailingZeros().scale() <= places);
                boolean accepted;
                try {
                    JSON.readValue("{\"" + member + "\":" + text + "}", m);
                    accepted = true;
                } catch (RuntimeException e) {
                    accepted = false;
                }
                if (accepted != expected) {
                    wrong.add(member + " " + text + ": accepted " + accepted);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(JSON.readValue("{\"cents\":123456789012345.67}", m)).isNotNull();
        assertThatThrownBy(() -> JSON.readValue("{\"cents\":0.125}", m)).hasMessageContaining("/cents: 0.125 is not a multiple of 0.01");
        assertThatThrownBy(() -> JSON.readValue("{\"tenths\":1e15}", m)).hasMessageContaining("above maximum");
    }
}
