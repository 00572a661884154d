package dev.schemapojo.core.hostile;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Sizes past what javac, the JVM or file systems accept end in a diagnostic or in code that compiles. */
class ScaleTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    Map<String, String> sources() {
        return Schemas.generator(dir).sources();
    }

    @Test
    void thousandsOfNestingLevelsEndInADiagnostic() {
        int depth = 5000;
        String deep = "{\"items\": ".repeat(depth) + "{}" + "}".repeat(depth);
        Schemas.write(dir.resolve("s"), "deep.json", deep);
        GenerationResult result = Schemas.generator(dir).validate();
        assertThat(result.diagnostics()).singleElement().extracting(Diagnostic::format).asString()
                .startsWith("s/deep.json:1:").contains("error: [json.syntax]").contains("nested more than 500 levels deep");
    }

    @Test
    void deeplyNestedInlineObjectsCompile() {
        int depth = 120;
        StringBuilder schema = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            schema.append("{\"type\": \"object\", \"properties\": {\"level_").append(i).append("\": ");
        }
        schema.append("{\"type\": \"string\"}").append("}}".repeat(depth));
        Schemas.write(dir.resolve("s"), "nest.json", schema.toString().replaceFirst("^\\{", "{\"title\": \"Nest\", "));
        Map<String, String> sources = sources();
        assertThat(sources).isNotEmpty();
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources, dir.resolve("javac"));
        // Class file names stay far below the usual 255-byte limit.
        try (Stream<Path> files = Files.walk(dir.resolve("javac/classes"))) {
            assertThat(files.map(f -> f.getFileName().toString().getBytes(StandardCharsets.UTF_8).length))
                    .allSatisfy(length -> assertThat(length).isLessThanOrEqualTo(200));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Object read = JSON.readValue("{\"level_1\": {\"level_2\": {}}}", compiled.load("com.example.Nest"));
        assertThat(read).isNotNull();
    }

    @Test
    void anObjectWithAThousandPropertiesCompilesAndChecksThemAll() {
        StringBuilder schema = new StringBuilder("{\"title\": \"Wide\", \"type\": \"object\", \"properties\": {");
        StringBuilder required = new StringBuilder();
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            schema.append(i == 0 ? "" : ", ").append("\"p").append(i).append("\": {\"type\": \"integer\"}");
            required.append(i == 0 ? "" : ", ").append("\"p").append(i).append('"');
            json.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
        }
        schema.append("}, \"required\": [").append(required).append("]}");
        Schemas.write(dir.resolve("s"), "wide.json", schema.toString());
        Class<?> wide = InMemoryCompiler.compile(sources(), dir.resolve("javac")).load("com.example.Wide");
        Object read = JSON.readValue(json.append("}").toString(), wide);
        assertThat(call(read, "getP999")).isEqualTo(999L);
        assertThatThrownBy(() -> JSON.readValue(json.toString().replace("\"p500\":500,", ""), wide))
                .hasMessageContaining("missing required properties [p500]");
    }

    /** At the documented maximum of properties, of the kind whose checks cost most code: build() is split. */
    @Test
    void twoThousandRequiredListsWithCheckedCountsCompileAndCheckThemAll() {
        StringBuilder schema = new StringBuilder("{\"title\": \"Lists\", \"type\": \"object\", \"properties\": {");
        StringBuilder required = new StringBuilder();
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 2000; i++) {
            schema.append(i == 0 ? "" : ", ").append("\"p").append(i)
                    .append("\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"minItems\": 1, \"maxItems\": 3}");
            required.append(i == 0 ? "" : ", ").append("\"p").append(i).append('"');
            json.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":[\"x\"]");
        }
        schema.append("}, \"required\": [").append(required).append("]}");
        Schemas.write(dir.resolve("s"), "lists.json", schema.toString());
        var generator = new dev.schemapojo.core.Generator(Schemas.options(dir.resolve("s"), dir.resolve("out"))
                .constraints(dev.schemapojo.core.ConstraintChecks.CHECK).build());
        Class<?> lists = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac")).load("com.example.Lists");
        json.append("}");
        assertThat(call(JSON.readValue(json.toString(), lists), "getP1999")).isEqualTo(List.of("x"));
        assertThatThrownBy(() -> JSON.readValue(json.toString().replace("\"p1500\":[\"x\"],", "")
                .replace("\"p7\":[\"x\"]", "\"p7\":[]").replace("\"p1999\":[\"x\"]", "\"p1999\":[\"x\",null]"), lists))
                .hasMessageContaining("missing required properties [p1500]; /p7: item count 0 is below minItems 1;"
                        + " /p1999/1: null is not of type string");
    }

    /** Strings past what one class-file constant holds: a default and a const of 70,000 characters, enum values of 20,000. */
    @Test
    void stringsLongerThanAConstantHoldsCompileAndKeepTheirValue() {
        String longDefault = "d".repeat(70_000);
        String longConst = "\u4e2d".repeat(30_000); // 90,000 bytes of modified UTF-8
        Schemas.write(dir.resolve("s"), "long.json", "{\"title\": \"Long\", \"type\": \"object\", \"properties\": {"
                + "\"d\": {\"type\": \"string\", \"default\": \"" + longDefault + "\"},"
                + "\"c\": {\"type\": \"string\", \"const\": \"" + longConst + "\"},"
                + "\"p\": {\"type\": \"string\", \"pattern\": \"^" + "a".repeat(70_000) + "\"}}}");
        Schemas.write(dir.resolve("s"), "kind.json", "{\"title\": \"Kind\", \"type\": \"string\", \"enum\": [\""
                + "x".repeat(19_999) + "\", \"" + "y".repeat(19_999) + "\", \"" + "\u4e2d".repeat(19_999) + "\"]}");
        for (dev.schemapojo.core.Style style : dev.schemapojo.core.Style.values()) {
            var generator = new dev.schemapojo.core.Generator(Schemas.options(dir.resolve("s"), dir.resolve("out-" + style))
                    .style(style).beanValidation(true).constraints(dev.schemapojo.core.ConstraintChecks.CHECK).build());
            var classes = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style));
            Class<?> type = classes.load("com.example.Long");
            Object read = JSON.readValue("{\"c\": \"" + longConst + "\"}", type);
            assertThat(call(read, type.isRecord() ? "c" : "getC")).isEqualTo(longConst);
            // the default is what the builder starts with
            assertThat(call(call(call(type, "builder"), "build"), type.isRecord() ? "d" : "getD")).isEqualTo(longDefault);
            assertThatThrownBy(() -> JSON.readValue("{\"c\": \"other\"}", classes.load("com.example.Long")))
                    .hasMessageContaining("/c: not the schema's const value");
            assertThatThrownBy(() -> JSON.readValue("\"z\"", classes.load("com.example.Kind")))
                    .hasMessageContaining("Unknown Kind value \"z\"; expected one of [" + "x".repeat(97) + "...");
        }
    }

    @Test
    void anEnumWithTenThousandValuesCompilesAndChecksValues() {
        StringBuilder values = new StringBuilder("\"\", \"a b\", \"A-B\", \"x\\u0000y\"");
        for (int i = 0; i < 10_000; i++) {
            values.append(", \"value-").append(i).append('"');
        }
        Schemas.write(dir.resolve("s"), "big.json", "{\"title\": \"Holder\", \"properties\": {\"code\": {\"enum\": ["
                + values + "]}}}");
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources(), dir.resolve("javac"));
        Class<?> holder = compiled.load("com.example.Holder");
        Object read = JSON.readValue("{\"code\": \"value-9999\"}", holder);
        assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"code\":\"value-9999\"}");
        assertThat(call(JSON.readValue("{\"code\": \"\"}", holder), "getCode").toString()).isEmpty();
        assertThat(call(JSON.readValue("{\"code\": \"x\\u0000y\"}", holder), "getCode").toString()).isEqualTo("x\u0000y");
        assertThat((java.util.Set<?>) call(compiled.load("com.example.Holder$Code"), "values")).hasSize(10_004);
        assertThatThrownBy(() -> JSON.readValue("{\"code\": \"value-10000\"}", holder))
                .hasMessageContaining("Unknown Code value \"value-10000\"; expected one of [, a b, A-B,")
                .hasMessageContaining("... (10004 values)]");
    }

    @Test
    void aLongTitleKeepsFileNamesShort() {
        String title = "Very long title ".repeat(20).trim();
        Schemas.write(dir.resolve("s"), "long.json", "{\"title\": \"" + title + "\", \"properties\": {\"x\": {\"enum\": [\"a\"]}}}");
        Map<String, String> sources = sources();
        String file = sources.keySet().iterator().next();
        assertThat(Path.of(file).getFileName().toString().length()).isLessThanOrEqualTo(90);
        assertThat(file).matches("com/example/VeryLongTitleVeryLongTitle.*_[0-9a-f]{8}\\.java");
        InMemoryCompiler.compile(sources, dir.resolve("javac"));
    }

    @Test
    void aTwentyMegabyteSchemaGeneratesCode() {
        StringBuilder schema = new StringBuilder("{\"title\": \"Huge\", \"type\": \"object\", \"properties\": {");
        String description = "d".repeat(20_000);
        for (int i = 0; i < 1000; i++) {
            schema.append(i == 0 ? "" : ", ").append("\"p").append(i).append("\": {\"type\": \"string\", \"description\": \"")
                    .append(description).append("\"}");
        }
        schema.append("}}");
        assertThat(schema.length()).isGreaterThan(20_000_000);
        Schemas.write(dir.resolve("s"), "huge.json", schema.toString());
        GenerationResult result = Schemas.generator(dir).generate();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(dir.resolve("out/com/example/Huge.java")).exists();
    }

    @Test
    void theDeepestNestingTheParserAcceptsGeneratesCodeThatCompiles() {
        int items = 495;
        Schemas.write(dir.resolve("s"), "d.json", "{\"title\": \"D\", \"properties\": {\"x\": "
                + "{\"items\": ".repeat(items) + "{}" + "}".repeat(items) + "}}");
        StringBuilder objects = new StringBuilder("{\"title\": \"E\", \"properties\": {\"a\": ");
        for (int i = 0; i < 240; i++) {
            objects.append("{\"properties\": {\"p").append(i).append("\": ");
        }
        objects.append("{}").append("}}".repeat(240)).append("}}");
        Schemas.write(dir.resolve("s"), "e.json", objects.toString());
        GenerationResult result = Schemas.generator(dir).validate();
        String pointer = "/properties/x" + "/items".repeat(17);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.format()).startsWith("s/d.json:1:206: warning: [model.too-deep] /properties/x/items/");
            assertThat(d.pointer()).isEqualTo(pointer);
            assertThat(d.message()).isEqualTo("lists and maps nested more than 16 levels deep hold java.lang.Object"
                    + " from here on (javac cannot compile generic types hundreds of levels deep)");
        });
        InMemoryCompiler.compile(sources(), dir.resolve("javac"));
    }
}
