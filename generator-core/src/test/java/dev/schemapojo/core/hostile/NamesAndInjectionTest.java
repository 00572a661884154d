package dev.schemapojo.core.hostile;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.testing.GenerateMain;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Names Java does not allow, names that clash, and schema text that tries to become code. */
class NamesAndInjectionTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    Map<String, String> sources() {
        return Schemas.generator(dir).sources();
    }

    @Test
    void awkwardPropertyNamesReadAndWriteTheirJsonNames() {
        List<String> names = List.of("class", "default", "enum", "record", "_", "2fa", "a-b", "a.b", "a b", "a$b", "😀",
                "名前", "a_b", "aB", "ab", "builder", "hashCode", "getClass", "toString", "equals", "build", "toBuilder",
                "wait", "var", "yield", "this", "null", "true", "ä", "$", "__", "value", "");
        StringBuilder schema = new StringBuilder("{\"title\": \"Odd\", \"type\": \"object\", \"properties\": {");
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
            String quoted = JSON.writeValueAsString(names.get(i));
            schema.append(i == 0 ? "" : ", ").append(quoted).append(": {\"type\": \"string\"}");
            json.append(i == 0 ? "" : ",").append(quoted).append(":\"v").append(i).append('"');
        }
        schema.append("}, \"required\": [\"class\", \"_\", \"😀\", \"\"]}");
        json.append('}');
        Schemas.write(dir.resolve("s"), "odd.json", schema.toString());
        Class<?> odd = InMemoryCompiler.compile(sources(), dir.resolve("javac")).load("com.example.Odd");
        Object read = JSON.readValue(json.toString(), odd);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(json.toString());
        assertThat(call(call(read, "toBuilder"), "build")).isEqualTo(read);
        // "" is required too, and only reachable through the any-setter
        assertThatThrownBy(() -> JSON.readValue(json.toString().replace(",\"\":", ",\"other\":"), odd))
                .hasMessageContaining("missing required properties [\"\"]");
    }

    @Test
    void anEmptyPropertyNameWithAnObjectTypeIsReported() {
        Schemas.write(dir.resolve("s"), "e.json", "{\"title\": \"E\", \"properties\": {\"\": {\"type\": \"array\"}}}");
        GenerationResult result = Schemas.generator(dir).validate();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "s/e.json:1:31: warning: [model.empty-property-name] /properties/: a property with an empty name is only"
                        + " supported with a string, number, integer, boolean or untyped value; this one is ignored when"
                        + " JSON is read and never written");
    }

    @Test
    void enumValuesThatCollideOrAreEmptyStillRoundTrip() {
        Schemas.write(dir.resolve("s"), "e.json", """
                {"title": "E", "properties": {"v": {"enum": ["a-b", "a_b", "A B", "", "1", "null", "class", null]}}}
                """);
        Class<?> e = InMemoryCompiler.compile(sources(), dir.resolve("javac")).load("com.example.E");
        for (String value : List.of("a-b", "a_b", "A B", "", "1", "null", "class")) {
            String json = "{\"v\":" + JSON.writeValueAsString(value) + "}";
            assertThat(JSON.writeValueAsString(JSON.readValue(json, e))).isEqualTo(json);
        }
        assertThat(call(JSON.readValue("{\"v\":null}", e), "getV")).isNull();
    }

    @Test
    void nonStringAndMixedEnumsCompile() {
        Schemas.write(dir.resolve("s"), "m.json", """
                {"title": "M", "properties": {"n": {"type": "integer", "enum": [1, 2]}, "b": {"enum": [true, false]},
                 "mixed": {"enum": ["a", 1, null, {"x": 1}]}, "nothing": {"enum": [null]}}}
                """);
        Class<?> m = InMemoryCompiler.compile(sources(), dir.resolve("javac")).load("com.example.M");
        Object read = JSON.readValue("{\"n\":2,\"b\":true,\"mixed\":{\"x\":1}}", m);
        assertThat(call(read, "getN")).isEqualTo(2L);
    }

    @Test
    void typeNamesThatClashWithJavaLangOrTheirEnclosingTypeCompile() {
        for (String title : List.of("String", "Object", "Override", "Integer", "List", "Objects", "Generated")) {
            Schemas.write(dir.resolve("s"), title + ".json", "{\"title\": \"" + title + "\", \"properties\": {"
                    + "\"name\": {\"type\": \"string\"}, \"n\": {\"type\": \"integer\"},"
                    + " \"items\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}}, \"required\": [\"name\"]}");
        }
        Schemas.write(dir.resolve("s"), "holder.json", """
                {"title": "Holder", "properties": {
                  "holder": {"type": "object", "properties": {"holder": {"enum": ["x"]}}},
                  "string": {"type": "object", "properties": {"v": {"type": "string"}}},
                  "builder": {"type": "object", "properties": {"v": {"type": "string"}}},
                  "ref": {"$ref": "String.json"}}}
                """);
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources(), dir.resolve("javac"));
        Object read = JSON.readValue("{\"holder\":{\"holder\":\"x\"},\"string\":{\"v\":\"s\"},\"builder\":{\"v\":\"b\"},"
                + "\"ref\":{\"name\":\"n\",\"items\":[\"i\"]}}", compiled.load("com.example.Holder"));
        assertThat(call(call(read, "getRef"), "getName")).isEqualTo("n");
    }

    @Test
    void typeNamesThatClashAcrossFilesAreAnErrorNamingBoth() {
        Schemas.write(dir.resolve("s"), "a.json", "{\"title\": \"Account\", \"properties\": {\"x\": {}}}");
        Schemas.write(dir.resolve("s"), "b.json", "{\"title\": \"account\", \"properties\": {\"x\": {}}}");
        GenerationResult result = Schemas.generator(dir).validate();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith("s/b.json:1:11: error: [naming.collision] /title: this schema and s/a.json both map to the"
                        + " Java type com.example.Account");
    }

    @Test
    void schemaTextCannotBreakOrAlterTheGeneratedCode() {
        String evil = "*/ public static void injected() {} /* \\u000a class X {} \\u0022 \" \\\\ <script>alert(1)</script>"
                + " @param x ${java.home} \\u002a/ {@link Object} \u2028";
        String evilJson = JSON.writeValueAsString(evil);
        Schemas.write(dir.resolve("s"), "evil.json", "{\"title\": \"Evil\", \"description\": " + evilJson
                + ", \"type\": \"object\", \"properties\": {" + evilJson + ": {\"type\": \"string\", \"description\": "
                + evilJson + ", \"default\": " + evilJson + "}, \"kind\": {\"enum\": [" + evilJson + ", \"*/\"],"
                + " \"description\": " + evilJson + "}}}");
        Map<String, String> sources = sources();
        Class<?> type = InMemoryCompiler.compile(sources, dir.resolve("javac")).load("com.example.Evil");
        assertThat(methodNames(type)).containsExactlyInAnyOrder(
                "builder", "toBuilder", "equals", "hashCode", "toString", "fromJson", "getPublicStaticVoidInjectedU000aClassXU0022ScriptAlert1ScriptParamXJavaHomeU002aLinkObject",
                "getKind",
                // what Jackson writes for the property with a default (which is absent when the JSON had it absent)
                "jsonPublicStaticVoidInjectedU000aClassXU0022ScriptAlert1ScriptParamXJavaHomeU002aLinkObject");
        assertThat(fieldNames(type)).hasSize(2);
        assertThat(Arrays.stream(type.getDeclaredClasses()).map(Class::getSimpleName)).containsExactlyInAnyOrder("Builder", "Kind");
        String json = "{" + evilJson + ":\"v\",\"kind\":" + evilJson + "}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, type))).isEqualTo(json);
    }

    private static TreeSet<String> methodNames(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (!m.isSynthetic()) {
                names.add(m.getName());
            }
        }
        return names;
    }

    private static List<String> fieldNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !f.isSynthetic() && !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).toList();
    }

    @Test
    void outputDoesNotDependOnLocaleOrTimeZone() {
        Schemas.write(dir.resolve("s"), "i.json", """
                {"title": "title_with_i", "properties": {"id": {"type": "string"}, "items": {"enum": ["i", "I", "ı", "İ"]},
                 "when": {"type": "string", "format": "date-time"}}}
                """);
        Map<String, String> reference = sources();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(sources()).isEqualTo(reference);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(String.join("", reference.values())).doesNotContain("\r");
    }

    @Test
    void outputDoesNotDependOnTheLineSeparatorLocaleOrTimeZoneOfTheJvm() throws Exception {
        Schemas.write(dir.resolve("s"), "i.json", """
                {"title": "title_with_i", "description": "line one\\nline two", "properties": {"id": {"type": "string"},
                 "items": {"enum": ["i", "I", "ı", "İ"]}, "when": {"type": "string", "format": "date-time"}}}
                """);
        assertThat(new Generator(Schemas.options(dir.resolve("s"), dir.resolve("here")).build()).generate().diagnostics())
                .isEmpty();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Dline.separator=\r\n", "-Duser.language=tr",
                "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), GenerateMain.class.getName(),
                dir.resolve("s").toString(), dir.resolve("there").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        int exit = child.waitFor();
        assertThat(exit).as("child JVM output: %s", readQuietly(dir.resolve("child.log"))).isZero();
        assertThat(tree(dir.resolve("there"))).isEqualTo(tree(dir.resolve("here"))).isNotEmpty();
    }

    private static String readQuietly(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static Map<String, String> tree(Path root) throws java.io.IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = java.nio.file.Files.walk(root)) {
            for (Path f : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), java.nio.file.Files.readString(f));
            }
        }
        return files;
    }

    @Test
    void fuzzFindingsATypeCalledBuilderAndAnEmptyNameBesideANestedString() {
        // Found by the fuzz test: a top-level Builder would contain its own nested Builder, and the ""
        // property's converter wrote "String", which a nested class String captured.
        Schemas.write(dir.resolve("s"), "builder.json",
                "{\"title\": \"Builder\", \"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}");
        Schemas.write(dir.resolve("s"), "order.json", "{\"title\": \"Order\", \"type\": \"object\", \"properties\":"
                + " {\"\": {\"type\": \"string\"}, \"String\": {\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}}}");
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources(), dir.resolve("javac"));
        Object order = JSON.readValue("{\"\": \"e\", \"String\": {\"x\": \"y\"}}", compiled.load("com.example.Order"));
        assertThat(JSON.writeValueAsString(order)).isEqualTo("{\"String\":{\"x\":\"y\"},\"\":\"e\"}");
        assertThat(compiled.load("com.example.Builder_")).isNotNull();
    }
    /**
     * Properties named like the members and helpers the generated code adds (constraints=check, formats=assert):
     * each keeps its own accessor, and every helper still means itself, in both styles.
     */
    @Test
    void propertiesNamedLikeGeneratedHelpersCompileInEveryMode() throws Exception {
        List<String> names = List.of("at", "childAt", "containsJson", "decimalOf", "plainOf", "isInteger", "itemsOf", "kindOf",
                "objectOf", "uniqueJson", "describeJson", "jsonEquals", "wrongKind", "jsonString", "jsonLong", "jsonDouble",
                "jsonBoolean", "jsonArray", "formatEmail", "formatDate", "rule0", "toJava0", "pattern0", "checkMissing",
                "checkViolations", "problems", "violations", "missing", "relocate", "jsonAdditional", "fromJson", "values");
        List<String> kinds = List.of("{\"type\": \"number\", \"minimum\": 1, \"multipleOf\": 0.5}",
                "{\"type\": \"string\", \"pattern\": \"^a\", \"format\": \"email\"}",
                "{\"type\": \"array\", \"items\": {\"type\": \"integer\", \"maximum\": 3}}",
                "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}, \"minProperties\": 1}",
                "{\"type\": \"string\", \"format\": \"date\"}", "{\"type\": \"integer\"}", "{\"type\": \"boolean\"}");
        for (int k = 0; k < kinds.size(); k++) {
            StringBuilder props = new StringBuilder();
            for (String name : names) {
                props.append(props.length() == 0 ? "" : ", ").append('"').append(name).append("\": ").append(kinds.get(k));
            }
            Schemas.write(dir.resolve("helpers"), "k" + k + ".json", "{\"title\": \"K" + k + "\", \"type\": \"object\","
                    + " \"properties\": {" + props + ", \"any\": {\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}}}");
        }
        for (dev.schemapojo.core.Style style : dev.schemapojo.core.Style.values()) {
            var generator = new Generator(Schemas.options(dir.resolve("helpers"), dir.resolve("out-" + style)).style(style)
                    .constraints(dev.schemapojo.core.ConstraintChecks.CHECK).formats(dev.schemapojo.core.FormatChecks.ASSERT).build());
            var classes = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style));
            Class<?> numbers = classes.load("com.example.K0");
            assertThat(JSON.writeValueAsString(JSON.readValue("{\"plainOf\":1.5,\"decimalOf\":2}", numbers)))
                    .isEqualTo("{\"decimalOf\":2.0,\"plainOf\":1.5}");
            assertThatThrownBy(() -> JSON.readValue("{\"plainOf\":1.25}", numbers))
                    .hasMessageContaining("/plainOf: 1.25 is not a multiple of 0.5");
            assertThatThrownBy(() -> JSON.readValue("{\"formatEmail\":\"a-not-an-email\"}", classes.load("com.example.K1")))
                    .hasMessageContaining("/formatEmail: is not a valid email (format)");
        }
    }
}
