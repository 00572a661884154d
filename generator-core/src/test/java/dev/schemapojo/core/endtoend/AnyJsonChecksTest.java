package dev.schemapojo.core.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code constraints=check} for values held as untyped JSON: the whole schema is checked, keyword by
 * keyword, as the official test suite's cases for each keyword do (a valid and an invalid instance per
 * case). All cases are generated as one schema set and compiled once; each is read with Jackson 3 and 2.
 */
class AnyJsonChecksTest extends EndToEnd {
    /** One schema with documents it accepts and documents it refuses (and part of the message). */
    private record Case(String name, String schema, List<String> valid, List<String> invalid, String message) {}

    private static final List<Case> CASES = List.of(
            new Case("Types", "{\"type\": [\"integer\", \"string\"]}", List.of("1", "1.0", "\"x\""), List.of("1.5", "true", "[]", "{}"),
                    "is not of type integer, string"),
            new Case("Consts", "{\"const\": {\"a\": [1, {\"b\": false}]}}", List.of("{\"a\": [1.0, {\"b\": false}]}"),
                    List.of("{\"a\": [1, {\"b\": 0}]}", "{\"a\": [1]}", "[1]"), "not the schema's const value"),
            new Case("Enums", "{\"enum\": [6, \"foo\", [], true, {\"foo\": 12}, null]}", List.of("6.0", "[]", "{\"foo\": 12}", "null"),
                    List.of("{\"foo\": 12, \"x\": 1}", "[false]", "1", "false"), "not one of the schema's enum values"),
            new Case("Lengths", "{\"minLength\": 2, \"maxLength\": 3}", List.of("\"\uD83D\uDCA9\uD83D\uDCA9\"", "\"abc\"", "5"),
                    List.of("\"\uD83D\uDCA9\"", "\"abcd\""), "length 1 is below minLength 2"),
            new Case("Patterns", "{\"pattern\": \"^a*$\"}", List.of("\"aaa\"", "\"\"", "12"), List.of("\"abc\"", "\"aaa\\n\""),
                    "does not match the pattern ^a*$"),
            new Case("Numbers", "{\"minimum\": 1.1, \"exclusiveMaximum\": 3, \"multipleOf\": 0.1}", List.of("1.1", "2.9", "\"x\""),
                    List.of("1.0", "3", "2.05"), "2.05 is not a multiple of 0.1"),
            new Case("Arrays", "{\"type\": \"array\", \"prefixItems\": [{\"type\": \"integer\"}], \"items\": {\"type\": \"string\"}, \"minItems\": 1,"
                    + " \"uniqueItems\": true}", List.of("[1, \"a\", \"b\"]", "[1]"),
                    List.of("[]", "[\"a\"]", "[1, 2]", "[1, \"a\", \"a\"]"), "/1: the number 2 is not of type string"),
            new Case("Contains", "{\"contains\": {\"const\": 1}, \"minContains\": 2, \"maxContains\": 3}", List.of("[1, 1.0, 2]", "\"x\""),
                    List.of("[1]", "[1, 1, 1, 1]", "[]"), "1 items match contains, fewer than minContains 2"),
            new Case("Dependencies", "{\"dependentRequired\": {\"bar\": [\"foo\"]}, \"dependentSchemas\": {\"baz\": {\"minProperties\": 3}},"
                    + " \"propertyNames\": {\"maxLength\": 3}}", List.of("{\"bar\": 1, \"foo\": 2}", "{\"baz\": 1, \"a\": 1, \"b\": 2}"),
                    List.of("{\"bar\": 1}", "{\"baz\": 1}", "{\"long\": 1}"), "dependentRequired not met: bar is present without foo"),
            new Case("Combinators", "{\"oneOf\": [{\"type\": \"integer\"}, {\"minimum\": 2}], \"not\": {\"const\": 5},"
                    + " \"anyOf\": [{\"type\": \"number\"}, {\"type\": \"string\"}]}", List.of("1", "2.5", "\"x\""),
                    List.of("3", "1.5", "5", "true"), "matches 2 of the oneOf schemas, not exactly one"),
            new Case("Conditions", "{\"if\": {\"exclusiveMaximum\": 0}, \"then\": {\"minimum\": -10}, \"else\": {\"multipleOf\": 2}}",
                    List.of("-1", "4", "\"x\""), List.of("-100", "3"), "3 is not a multiple of 2"),
            new Case("Recursive", "{\"items\": {\"$ref\": \"#\"}, \"maxItems\": 2}", List.of("[[], [[1]]]"),
                    List.of("[[], [[1, 2, 3]]]"), "/1/0: item count 3 is above maxItems 2"));

    @Test
    void everyKeywordIsCheckedOnValuesHeldAsAnyJson() throws Exception {
        for (Case c : CASES) {
            Schemas.write(dir.resolve("s"), c.name() + ".json", "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", "
                    + "\"title\": \"" + c.name() + "\", " + c.schema().substring(1));
        }
        var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).constraints(ConstraintChecks.CHECK).build());
        var classes = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
        List<String> wrong = new ArrayList<>();
        for (Case c : CASES) {
            Class<?> type = classes.load("com.example." + c.name());
            for (String valid : c.valid()) {
                for (var read : List.<Reader>of(json -> JSON.readValue(json, type), json -> JACKSON2.readValue(json, type))) {
                    try {
                        read.read(valid);
                    } catch (Exception e) {
                        wrong.add(c.name() + " refused " + valid + ": " + e.getMessage());
                    }
                }
            }
            for (String invalid : c.invalid()) {
                for (var read : List.<Reader>of(json -> JSON.readValue(json, type), json -> JACKSON2.readValue(json, type))) {
                    try {
                        read.read(invalid);
                        wrong.add(c.name() + " accepted " + invalid);
                    } catch (Exception expected) {
                        // refused, as it should be
                    }
                }
            }
            String first = c.invalid().stream().filter(json -> messageOf(() -> JSON.readValue(json, type)).contains(c.message()))
                    .findFirst().orElse(null);
            if (first == null) {
                wrong.add(c.name() + ": no invalid document's message contains \"" + c.message() + "\"; the first reads: "
                        + messageOf(() -> JSON.readValue(c.invalid().get(0), type)));
            }
        }
        assertThat(wrong).isEmpty();
        // of(...) runs the same checks as reading
        Class<?> lengths = classes.load("com.example.Lengths");
        assertThatThrownBy(() -> lengths.getMethod("of", Object.class).invoke(null, "abcd"))
                .hasRootCauseMessage("Cannot build Lengths: length 4 is above maxLength 3");
    }

    private interface Reader {
        Object read(String json) throws Exception;
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static String messageOf(Call call) {
        try {
            call.run();
            return "(accepted)";
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }
}
