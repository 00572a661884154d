package dev.schemapojo.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.FormatChecks;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes of one property's schema, each from a pair of one-property schemas, with the verdicts of each
 * direction and the Java verdict: constraints tightened and loosened, formats, defaults, constants, nullability,
 * item types, enums and a {@code $ref} moved to another schema.
 */
class KeywordDiffTest {
    @TempDir
    Path dir;

    private Options.Builder options() {
        return Schemas.options(dir.resolve("new"), dir.resolve("out"));
    }

    /** The changes of a type {@code T} whose property {@code v} has schema {@code was}, then {@code now}. */
    private List<String> changes(String was, String now, Options.Builder options) {
        write("old", was);
        write("new", now);
        Options current = options.build();
        Generator.CompatResult result = new Generator(current).compat(current.withSchemas(dir.resolve("old"), Map.of()));
        assertThat(result.failed()).as("%s", result.diagnostics()).isFalse();
        return result.changes().stream().map(Change::toString).toList();
    }

    private List<String> changes(String was, String now) {
        return changes(was, now, options());
    }

    private void write(String set, String property) {
        Schemas.write(dir.resolve(set), "t.json", "{\"title\": \"T\", \"type\": \"object\", \"properties\": {\n  \"v\": " + property
                + "},\n \"$defs\": {"
                + "\"A\": {\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}},"
                + "\"B\": {\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}},"
                + "\"C\": {\"type\": \"object\", \"required\": [\"x\"], \"properties\": {\"x\": {\"type\": \"string\"}}}}}");
    }

    private static String line(String kind, String before, String after, String verdicts) {
        return kind + " com.example.T.v (t.json): " + before + " -> " + after + " [" + verdicts + "]";
    }

    private static final String TIGHTENED = "send breaking, read compatible, java none";
    private static final String LOOSENED = "send compatible, read breaking, java none";

    @Test
    void lengthsAndCounts() {
        assertThat(changes("{\"type\": \"string\"}", "{\"type\": \"string\", \"minLength\": 3}"))
                .containsExactly(line("constraint-tightened", "-", "minLength: 3", TIGHTENED));
        assertThat(changes("{\"type\": \"string\", \"maxLength\": 10}", "{\"type\": \"string\", \"maxLength\": 20}"))
                .containsExactly(line("constraint-loosened", "maxLength: 10", "maxLength: 20", LOOSENED));
        assertThat(changes("{\"type\": \"string\", \"maxLength\": 10}", "{\"type\": \"string\"}"))
                .containsExactly(line("constraint-loosened", "maxLength: 10", "-", LOOSENED));
        // minLength 0 is the keyword's own default: no change
        assertThat(changes("{\"type\": \"string\"}", "{\"type\": \"string\", \"minLength\": 0}")).isEmpty();
        assertThat(changes("{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"maxItems\": 5}",
                "{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"maxItems\": 2, \"minItems\": 1}"))
                .containsExactly(line("constraint-tightened", "-", "minItems: 1", TIGHTENED),
                        line("constraint-tightened", "maxItems: 5", "maxItems: 2", TIGHTENED));
    }

    @Test
    void numericBoundsAndSteps() {
        assertThat(changes("{\"type\": \"integer\", \"minimum\": 0}", "{\"type\": \"integer\", \"minimum\": 5}"))
                .containsExactly(line("constraint-tightened", "minimum: 0", "minimum: 5", TIGHTENED));
        assertThat(changes("{\"type\": \"integer\", \"minimum\": 0}", "{\"type\": \"integer\"}"))
                .containsExactly(line("constraint-loosened", "minimum: 0", "-", LOOSENED));
        // at one value, an exclusive bound allows less than an inclusive one
        assertThat(changes("{\"type\": \"number\", \"maximum\": 1}", "{\"type\": \"number\", \"exclusiveMaximum\": 1}"))
                .containsExactly(line("constraint-tightened", "maximum: 1", "exclusiveMaximum: 1", TIGHTENED));
        assertThat(changes("{\"type\": \"number\", \"exclusiveMaximum\": 1}", "{\"type\": \"number\", \"maximum\": 2}"))
                .containsExactly(line("constraint-loosened", "exclusiveMaximum: 1", "maximum: 2", LOOSENED));
        // the same bound, written as 10 and 10.0
        assertThat(changes("{\"type\": \"number\", \"maximum\": 10}", "{\"type\": \"number\", \"maximum\": 10.0}")).isEmpty();
        assertThat(changes("{\"type\": \"integer\", \"multipleOf\": 2}", "{\"type\": \"integer\", \"multipleOf\": 4}"))
                .containsExactly(line("constraint-tightened", "multipleOf: 2", "multipleOf: 4", TIGHTENED));
        assertThat(changes("{\"type\": \"integer\", \"multipleOf\": 4}", "{\"type\": \"integer\", \"multipleOf\": 2}"))
                .containsExactly(line("constraint-loosened", "multipleOf: 4", "multipleOf: 2", LOOSENED));
        assertThat(changes("{\"type\": \"integer\", \"multipleOf\": 2}", "{\"type\": \"integer\", \"multipleOf\": 3}"))
                .containsExactly(line("constraint-changed", "multipleOf: 2", "multipleOf: 3",
                        "send breaking, read breaking, java none"));
    }

    @Test
    void patternsEnumsAndUniqueItems() {
        assertThat(changes("{\"type\": \"string\"}", "{\"type\": \"string\", \"pattern\": \"^a\"}"))
                .containsExactly(line("constraint-tightened", "-", "pattern: ^a", TIGHTENED));
        assertThat(changes("{\"type\": \"string\", \"pattern\": \"^a\"}", "{\"type\": \"string\", \"pattern\": \"^b\"}"))
                .containsExactly(line("constraint-changed", "pattern: ^a", "pattern: ^b", "send breaking, read breaking, java none"));
        assertThat(changes("{\"type\": \"integer\"}", "{\"type\": \"integer\", \"enum\": [1, 2]}"))
                .containsExactly(line("constraint-tightened", "-", "enum: 1, 2", TIGHTENED));
        assertThat(changes("{\"type\": \"integer\", \"enum\": [1, 2]}", "{\"type\": \"integer\", \"enum\": [1, 2, 3]}"))
                .containsExactly(line("enum-value-added", "-", "3", "send compatible, read breaking, java source-breaking"));
        // a string enum is a Java enum: restricting a string to one narrows the type and changes the Java API
        assertThat(changes("{\"type\": \"string\"}", "{\"type\": \"string\", \"enum\": [\"a\", \"b\"]}")).contains(
                line("type-narrowed", "String", "V", "send breaking, read compatible, java source-breaking"));
        assertThat(changes("{\"type\": \"array\", \"items\": {\"type\": \"string\"}}",
                "{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"uniqueItems\": true}"))
                .containsExactly(line("constraint-tightened", "-", "uniqueItems: true", "send breaking, read compatible, java source-breaking"));
    }

    @Test
    void formatsAreAnnotationsWhoseJavaVerdictIsTheirJavaType() {
        assertThat(changes("{\"type\": \"integer\", \"format\": \"int32\"}", "{\"type\": \"integer\", \"format\": \"int64\"}"))
                .containsExactly(line("format-changed", "format: int32 Integer", "format: int64 Long",
                        "send compatible, read compatible, java source-breaking"));
        assertThat(changes("{\"type\": \"string\"}", "{\"type\": \"string\", \"format\": \"email\"}"))
                .containsExactly(line("format-changed", "-", "format: email", "send compatible, read compatible, java none"));
        assertThat(changes("{\"type\": \"string\", \"format\": \"date-time\"}", "{\"type\": \"string\"}"))
                .containsExactly(line("format-changed", "format: date-time OffsetDateTime", "String",
                        "send compatible, read compatible, java source-breaking"));
    }

    @Test
    void assertedFormatsAreConstraints() {
        Options.Builder asserted = options().constraints(ConstraintChecks.CHECK).formats(FormatChecks.ASSERT);
        assertThat(changes("{\"type\": \"string\"}", "{\"type\": \"string\", \"format\": \"email\"}", asserted))
                .containsExactly(line("format-changed", "-", "format: email", "send breaking, read compatible, java none"));
        assertThat(changes("{\"type\": \"string\", \"format\": \"email\"}", "{\"type\": \"string\", \"format\": \"hostname\"}",
                asserted)).containsExactly(line("format-changed", "format: email", "format: hostname",
                        "send breaking, read breaking, java none"));
    }

    @Test
    void defaultsAndConstants() {
        assertThat(changes("{\"type\": \"integer\"}", "{\"type\": \"integer\", \"default\": 5}"))
                .containsExactly(line("default-changed", "-", "5", "send compatible, read compatible, java none"));
        assertThat(changes("{\"type\": \"integer\", \"default\": 5}", "{\"type\": \"integer\", \"default\": 6}"))
                .containsExactly(line("default-changed", "5", "6", "send compatible, read compatible, java none"));
        assertThat(changes("{\"type\": \"number\", \"default\": 5}", "{\"type\": \"number\", \"default\": 5.0}")).isEmpty();
        assertThat(changes("{\"type\": \"string\"}", "{\"type\": \"string\", \"const\": \"x\"}"))
                .containsExactly(line("const-changed", "-", "x", "send breaking, read compatible, java none"));
        assertThat(changes("{\"type\": \"string\", \"const\": \"x\"}", "{\"type\": \"string\"}"))
                .containsExactly(line("const-changed", "x", "-", "send compatible, read breaking, java none"));
        assertThat(changes("{\"type\": \"string\", \"const\": \"x\"}", "{\"type\": \"string\", \"const\": \"y\"}"))
                .containsExactly(line("const-changed", "x", "y", "send breaking, read breaking, java none"));
    }

    @Test
    void nullsItemsAndReferences() {
        assertThat(changes("{\"type\": \"string\"}", "{\"type\": [\"string\", \"null\"]}"))
                .containsExactly(line("type-widened", "String", "String or null", "send compatible, read breaking, java none"));
        assertThat(changes("{\"type\": [\"string\", \"null\"]}", "{\"type\": \"string\"}"))
                .containsExactly(line("type-narrowed", "String or null", "String", "send breaking, read compatible, java none"));
        assertThat(changes("{\"type\": \"array\", \"items\": {\"type\": \"string\"}}", "{\"type\": \"array\", \"items\": {\"type\": \"integer\"}}"))
                .containsExactly(line("type-changed", "List<String>", "List<Long>", "send breaking, read breaking, java source-breaking"));
        assertThat(changes("{\"type\": \"array\", \"items\": {\"type\": \"integer\"}}", "{\"type\": \"array\", \"items\": {\"type\": \"number\"}}"))
                .containsExactly(line("type-widened", "List<Long>", "List<Double>", "send compatible, read breaking, java source-breaking"));
        assertThat(changes("{\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"}}",
                "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"boolean\"}}")).containsExactly(line("type-changed",
                        "Map<String, String>", "Map<String, Boolean>", "send breaking, read breaking, java source-breaking"));
        // a $ref to another schema of the same shape: the same JSON in another Java type
        assertThat(changes("{\"$ref\": \"#/$defs/A\"}", "{\"$ref\": \"#/$defs/B\"}"))
                .containsExactly(line("java-type-changed", "A", "B", "send compatible, read compatible, java source-breaking"));
        // ... to one that requires a member: old data may lack it
        assertThat(changes("{\"$ref\": \"#/$defs/A\"}", "{\"$ref\": \"#/$defs/C\"}"))
                .containsExactly(line("type-narrowed", "A", "C", "send breaking, read compatible, java source-breaking"));
    }

    @Test
    void theKeywordsOfItemsAndMapValuesAreComparedUnderTheirKeyword() {
        assertThat(changes("{\"type\": \"array\", \"items\": {\"type\": \"string\"}}",
                "{\"type\": \"array\", \"items\": {\"type\": \"string\", \"maxLength\": 5}}"))
                .containsExactly(line("constraint-tightened", "-", "items/maxLength: 5", TIGHTENED));
        assertThat(changes("{\"type\": \"array\", \"items\": {\"type\": \"string\"}}",
                "{\"type\": \"array\", \"items\": {\"type\": \"string\", \"format\": \"email\"}}"))
                .containsExactly(line("format-changed", "-", "items/format: email", "send compatible, read compatible, java none"));
        // the Java type changes with the items' format: one change, at the items
        assertThat(changes("{\"type\": \"array\", \"items\": {\"type\": \"string\", \"format\": \"date-time\"}}",
                "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}"))
                .containsExactly(line("format-changed", "items/format: date-time List<OffsetDateTime>", "items/List<String>",
                        "send compatible, read compatible, java source-breaking"));
        assertThat(changes("{\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\", \"minimum\": 1}}",
                "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}}"))
                .containsExactly(line("constraint-loosened", "additionalProperties/minimum: 1", "-", LOOSENED));
        assertThat(changes("{\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"type\": \"number\"}}}",
                "{\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"type\": \"number\", \"maximum\": 9}}}"))
                .containsExactly(line("constraint-tightened", "-", "items/items/maximum: 9", TIGHTENED));
    }

    @Test
    void aKeywordChangeIsPlacedAtTheKeyword() {
        write("old", "{\"type\": \"integer\", \"minimum\": 0}");
        write("new", "{\"type\": \"integer\",\n    \"minimum\": 5}");
        Options current = options().build();
        Generator.CompatResult result = new Generator(current).compat(current.withSchemas(dir.resolve("old"), Map.of()));
        assertThat(result.changes()).singleElement().satisfies(c -> {
            assertThat(c.keyword()).isEqualTo("minimum");
            assertThat(c.location()).endsWith("t.json:3:5");
        });
        write("old", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}");
        write("new", "{\"type\": \"array\",\n    \"items\": {\"type\": \"string\",\n      \"maxLength\": 5}}");
        result = new Generator(current).compat(current.withSchemas(dir.resolve("old"), Map.of()));
        assertThat(result.changes()).singleElement().satisfies(c -> {
            assertThat(c.keyword()).isEqualTo("items/maxLength");
            assertThat(c.location()).endsWith("t.json:4:7");
        });
    }
}
