package dev.schemapojo.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Numbers beyond what Java's types hold, in every keyword that takes one: each is held exactly where the
 * generated code compares with it ({@code BigDecimal}), is a limit no Java size reaches, or is reported;
 * never an exception out of the generator, networknt or javac.
 */
class NumberRangeTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    static final String BIG = """
            {"title": "Big", "type": "object", "properties": {
              "unreachable": {"type": "string", "minLength": 18446744073709551616},
              "open": {"type": "string", "maxLength": 1e2147483647},
              "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1e400, "maxItems": 1e2147483647},
              "props": {"type": "object", "additionalProperties": {"type": "string"}, "maxProperties": 1.5e400},
              "contains": {"type": "array", "contains": {"type": "string"}, "minContains": 1e2147483647},
              "wide": {"type": "number", "maximum": 1e400, "minimum": -1e400},
              "high": {"type": "number", "minimum": 1e400},
              "whole": {"type": "integer", "maximum": 18446744073709551616, "exclusiveMinimum": -1e2147483647},
              "tiny": {"type": "number", "multipleOf": 1e-400},
              "fixed": {"type": "number", "const": 1e400},
              "preset": {"type": "number", "default": -1e400},
              "choice": {"type": "number", "enum": [1e400, 2]},
              "count": {"type": "integer", "enum": [18446744073709551616, 3], "default": 18446744073709551616}}}
            """;

    @Test
    void anExponentNoJavaNumberHoldsIsASyntaxErrorAtItsPlace() {
        Schemas.write(dir.resolve("s"), "n.json", "{\"type\": \"integer\",\n \"maximum\": 1e99999999999}");
        assertThat(Schemas.lines(Schemas.generator(dir).validate())).containsExactly("s/n.json:2:13: error: [json.number]"
                + " /maximum: the number '1e99999999999' has an exponent of more than 2147483647 digits, which no Java number"
                + " holds; write a number of a size Java can represent (a double reaches about 1.8e308)");
        Schemas.write(dir.resolve("s"), "n.json", "{\"maximum\": " + "9".repeat(1200) + "}");
        assertThat(Schemas.lines(Schemas.generator(dir).validate())).containsExactly("s/n.json:1:1213: error: [json.number]"
                + " /maximum: a number of 1200 digits, more than the 1000 that schemapojo reads; no schema needs a number"
                + " this long (write a large one with an exponent, e.g. 1e1200)");
    }

    @Test
    void countsBoundsAndFixedValuesBeyondJavaRangesCompileAndCheckExactly() throws Exception {
        Schemas.write(dir.resolve("s"), "big.json", BIG);
        for (Style style : Style.values()) {
            Generator generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out-" + style)).style(style)
                    .beanValidation(true).constraints(ConstraintChecks.CHECK).build());
            var result = generator.generate();
            // values a Java double or long cannot hold are reported where they would be a default or a constant
            assertThat(Schemas.lines(result)).containsExactly(
                    "s/big.json:11:40: warning: [model.const-not-represented] /properties/fixed/const: 1E+400 is not"
                            + " represented as the \"const\" of this property (supported: a string, number, integer or"
                            + " boolean of the property's type, or one of its enum values)",
                    "s/big.json:12:43: warning: [model.default-not-represented] /properties/preset/default: -1E+400 is not"
                            + " represented as the \"default\" of this property (supported: a string, number, integer or"
                            + " boolean of the property's type, or one of its enum values)",
                    "s/big.json:14:78: warning: [model.default-not-represented] /properties/count/default:"
                            + " 18446744073709551616 is not represented as the \"default\" of this property (supported: a"
                            + " string, number, integer or boolean of the property's type, or one of its enum values)");
            Map<String, String> sources = generator.sources();
            assertThat(sources.get("com/example/Big.java")).contains("@DecimalMin(\"1E+400\")", "@DecimalMax(\"18446744073709551616\")",
                    "min = 2147483647");
            Class<?> big = InMemoryCompiler.compile(sources, dir.resolve("javac-" + style)).load("com.example.Big");
            String valid = "{\"open\":\"abc\",\"wide\":1.5E300,\"whole\":9223372036854775807,\"tiny\":0.5,"
                    + "\"choice\":2.0,\"count\":3}";
            assertThat(JSON.writeValueAsString(JSON.readValue(valid, big))).isEqualTo(valid);
            assertThatThrownBy(() -> JSON.readValue("{\"unreachable\":\"abc\",\"items\":[1],\"contains\":[\"a\"],\"high\":5,"
                    + "\"choice\":3}", big)).hasMessageContaining("/unreachable: length 3 is below minLength 18446744073709551616;"
                    + " /items: item count 1 is below minItems 1E+40 or more")
                    .hasMessageContaining("/contains: 1 items match contains, fewer than minContains 1E+40 or more")
                    .hasMessageContaining("/high: 5.0 is below minimum 1E+400");
        }
    }

    @Test
    void beanValidationComparesWithBoundsBeyondDoubleAndLong() {
        Schemas.write(dir.resolve("s"), "big.json", BIG);
        Generator generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).beanValidation(true).build());
        Class<?> big = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac")).load("com.example.Big");
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        Object read = JSON.readValue("{\"unreachable\":\"abc\",\"open\":\"abc\",\"high\":5,\"wide\":-1.5E300,"
                + "\"whole\":-3}", big);
        assertThat(validator.validate(read)).extracting(v -> v.getPropertyPath() + " " + v.getMessage())
                .containsExactlyInAnyOrder("high must be greater than or equal to 1E+400",
                        "unreachable size must be between 2147483647 and 2147483647");
    }
    /** A document's number with a huge exponent is checked against multipleOf without computing its digits. */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void multipleOfChecksOfHugeDocumentNumbersEnd() throws Exception {
        Schemas.write(dir.resolve("s"), "m.json", "{\"title\": \"M\", \"type\": \"object\", \"properties\": {"
                + "\"x\": {\"multipleOf\": 0.3}, \"y\": {\"multipleOf\": 7}}}");
        Generator generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out"))
                .constraints(ConstraintChecks.CHECK).build());
        Class<?> m = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac")).load("com.example.M");
        JsonMapper decimals = JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        // 3e2147483646 = 0.3 * 10^2147483647; 7e-2147483000 is not a whole multiple of 7; 1.4e1 is
        assertThat(decimals.readValue("{\"x\": 3e2147483646, \"y\": 1.4e1}", m)).isNotNull();
        assertThatThrownBy(() -> decimals.readValue("{\"x\": 1e2147483647}", m))
                .hasMessageContaining("/x: 1E+2147483647 is not a multiple of 0.3");
        assertThatThrownBy(() -> decimals.readValue("{\"y\": 7e-2147483000}", m))
                .hasMessageContaining("/y: 7E-2147483000 is not a multiple of 7");
    }
}
