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
            // an object class whose members are all plain JSON: its schema's object keywords check the members as JSON
            new Case("Objects", "{\"properties\": {\"foo\": {\"type\": \"array\"}}, \"patternProperties\": {\"^b\": {\"minimum\": 2}},"
                    + " \"additionalProperties\": {\"type\": \"integer\"}, \"required\": [\"foo\"], \"maxProperties\": 3,"
                    + " \"not\": {\"required\": [\"x\", \"bar\"]}}",
                    List.of("{\"foo\": [], \"bar\": 3, \"x\": 1}".replace(", \"x\": 1", ""), "{\"foo\": [], \"x\": 1}"),
                    List.of("{\"foo\": 1}", "{\"foo\": [], \"bar\": 1}", "{\"foo\": [], \"x\": \"y\"}", "{\"bar\": 2}",
                            "{\"foo\": [], \"a\": 1, \"b\": 2, \"c\": 3}", "{\"foo\": [], \"bar\": 3, \"x\": 1}"),
                    "/bar: 1 is below minimum 2"),
            new Case("Dependencies", "{\"dependentRequired\": {\"bar\": [\"foo\"]}, \"dependentSchemas\": {\"baz\": {\"minProperties\": 3}},"
                    + " \"propertyNames\": {\"maxLength\": 3}}", List.of("{\"bar\": 1, \"foo\": 2}", "{\"baz\": 1, \"a\": 1, \"b\": 2}"),
                    List.of("{\"bar\": 1}", "{\"baz\": 1}", "{\"long\": 1}"), "dependentRequired not met: bar is present without foo"),
            new Case("Combinators", "{\"oneOf\": [{\"type\": \"integer\"}, {\"minimum\": 2}], \"not\": {\"const\": 5},"
                    + " \"anyOf\": [{\"type\": \"number\"}, {\"type\": \"string\"}]}", List.of("1", "2.5", "\"x\""),
                    List.of("3", "1.5", "5", "true"), "matches 2 of the oneOf schemas, not exactly one"),
            new Case("Conditions", "{\"if\": {\"exclusiveMaximum\": 0}, \"then\": {\"minimum\": -10}, \"else\": {\"multipleOf\": 2}}",
                    List.of("-1", "4", "\"x\""), List.of("-100", "3"), "3 is not a multiple of 2"),
            new Case("Recursive", "{\"items\": {\"$ref\": \"#\"}, \"maxItems\": 2}", List.of("[[], [[1]]]"),
                    List.of("[[], [[1, 2, 3]]]"), "/1/0: item count 3 is above maxItems 2"),
            // a closed tuple of plain JSON positions: read as the array it is (an explicit null or an extra item
            // counts), its whole schema checked, positions only from JSON of their kind
            new Case("Tuple", "{\"prefixItems\": [{\"type\": \"boolean\"}, {\"type\": \"boolean\"}], \"items\": false,"
                    + " \"uniqueItems\": true}", List.of("[false, true]", "[true]", "[]"),
                    List.of("[false, false]", "[false, true, null]", "[false, null]", "[1, true]", "[true, false, 1]"),
                    "Cannot build Tuple: items repeat, but the schema says uniqueItems"),
            new Case("NestedTuples", "{\"prefixItems\": [{\"$ref\": \"#/$defs/pair\"}], \"items\": false,"
                    + " \"$defs\": {\"pair\": {\"prefixItems\": [{\"required\": [\"foo\"]}, {\"minLength\": 2}], \"items\": false}}}",
                    List.of("[[{\"foo\": null}, \"ab\"]]", "[[{\"foo\": 1}]]", "[]"),
                    List.of("[[{}, \"ab\"]]", "[[{\"foo\": 1}, \"a\"]]", "[[{\"foo\": 1}, \"ab\", 3]]"),
                    "/0: missing required properties [foo]"),
            // a property whose schema is false: the class has no such property, and reading refuses the member
            new Case("Nothing", "{\"properties\": {\"x\": false, \"y\": {\"type\": \"integer\"}}}", List.of("{}", "{\"y\": 1}"),
                    List.of("{\"x\": 1}", "{\"x\": null, \"y\": 1}"), "/x: no value is valid here (the schema is false)"));

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

    @Test
    void typedScalarsAreReadOnlyFromJsonOfTheirKind() throws Exception {
        for (dev.schemapojo.core.Style style : dev.schemapojo.core.Style.values()) {
            Schemas.write(dir.resolve("s"), "p.json", """
                    {"title": "Person", "type": "object", "properties": {"name": {"type": "string"},
                     "age": {"type": "integer"}, "score": {"type": "number"}, "ok": {"type": "boolean"},
                     "xs": {"type": "array", "items": {"type": "number"}}}, "additionalProperties": {"type": "boolean"}}
                    """);
            Schemas.write(dir.resolve("s"), "code.json", "{\"title\": \"Code\", \"type\": \"integer\"}");
            var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(style)
                    .constraints(ConstraintChecks.CHECK).build());
            var classes = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style));
            Class<?> person = classes.load("com.example.Person");
            Class<?> code = classes.load("com.example.Code");
            String valid = "{\"name\":\"x\",\"age\":2,\"score\":1.5,\"ok\":true,\"xs\":[1.5],\"extra\":false}";
            assertThat(JSON.writeValueAsString(JSON.readValue(valid, person))).as(style.word()).isEqualTo(valid);
            assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(valid, person))).as(style.word()).isEqualTo(valid);
            // 2.0 is the integer 2 in JSON Schema; an integer is a number
            assertThat(JSON.writeValueAsString(JSON.readValue("{\"age\":2.0,\"score\":1}", person))).isEqualTo("{\"age\":2,\"score\":1.0}");
            String invalid = "{\"name\":12,\"age\":2.5,\"score\":\"1\",\"ok\":1,\"xs\":[1.5,\"1\"],\"extra\":12}";
            String message = "Cannot build Person: /name: the JSON is the number 12, not a string; /age: the JSON is the number 2.5,"
                    + " not an integer; /score: the JSON is a string, not a number; /ok: the JSON is the number 1, not a boolean;"
                    + " /xs/1: the JSON is a string, not a number; /extra: the JSON is the number 12, not a boolean";
            assertThatThrownBy(() -> JSON.readValue(invalid, person)).as(style.word()).hasMessageContaining(message);
            assertThatThrownBy(() -> JACKSON2.readValue(invalid, person)).as(style.word()).hasMessageContaining(message);
            assertThat(JSON.writeValueAsString(JSON.readValue("3", code))).isEqualTo("3");
            assertThatThrownBy(() -> JSON.readValue("\"3\"", code)).hasMessageContaining("Cannot read Code: the JSON is a string, not an integer");
            assertThatThrownBy(() -> JACKSON2.readValue("3.5", code)).hasMessageContaining("the JSON is the number 3.5, not an integer");
        }
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
