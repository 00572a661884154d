package dev.schemapojo.core.emit;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** style=record: the seed as a record, under Jackson 2 and Jackson 3, with the same checks and builder. */
class RecordStyleTest {
    static final String JSON = "{\"organization_id\":\"org-1\",\"member_id\":\"member-1\",\"secret\":\"s3cr3t\","
            + "\"recovery_codes\":[\"a\",\"b\"]}";

    @TempDir
    Path dir;

    @Test
    void theSeedAsARecord() throws Exception {
        var generator = new Generator(Schemas.options(Schemas.seedDirectory(), dir.resolve("out"))
                .typeNaming(TypeNaming.NAMESPACE).style(Style.RECORD)
                .sensitiveProperties(List.of("secret", "recovery_codes")).build());
        Class<?> type = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"))
                .load("com.example.api.b2b.totp.v1.MigrateRequest");
        assertThat(type.isRecord()).isTrue();
        Object built = call(call(call(call(call(call(type, "builder"), "organizationId", "org-1"), "memberId", "member-1"),
                "secret", "s3cr3t"), "recoveryCodes", List.of("a", "b")), "build");
        assertThat(call(built, "organizationId")).isEqualTo("org-1");
        assertThat(built.toString()).isEqualTo(
                "MigrateRequest[organizationId=org-1, memberId=member-1, secret=***, recoveryCodes=***]");
        assertThat(call(call(built, "toBuilder"), "build")).isEqualTo(built);
        assertThatThrownBy(() -> call(call(call(type, "builder"), "organizationId", "o"), "build"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build MigrateRequest: missing required properties [member_id, secret, recovery_codes]");

        var jackson3 = tools.jackson.databind.json.JsonMapper.builder().build();
        var jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(jackson3.writeValueAsString(built)).isEqualTo(JSON);
        assertThat(jackson2.writeValueAsString(built)).isEqualTo(JSON);
        assertThat(jackson3.readValue(JSON, type)).isEqualTo(built);
        assertThat(jackson2.readValue(JSON.replace("{", "{\"extra\":1,"), type)).isEqualTo(built);
        assertThatThrownBy(() -> jackson3.readValue("{\"organization_id\":\"o\"}", type))
                .hasMessageContaining("missing required properties [member_id, secret, recovery_codes]");
        assertThatThrownBy(() -> jackson2.readValue(JSON.replace("\"member-1\"", "null"), type))
                .hasMessageContaining("missing required properties [member_id]");
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) call(jackson3.readValue(JSON, type), "recoveryCodes");
        assertThatThrownBy(() -> codes.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unionsAreSealedInterfacesOfRecordsWhenTheVariantsShareTheirPackage() throws Exception {
        Schemas.write(dir.resolve("s"), "drawing.json", """
                {"title": "Drawing", "type": "object", "properties": {
                  "shape": {"oneOf": [{"$ref": "#/$defs/circle"}, {"$ref": "#/$defs/square"}]},
                  "remote": {"oneOf": [{"$ref": "#/$defs/circle"}, {"$ref": "other/far.json"}]}},
                 "$defs": {
                   "circle": {"type": "object", "properties": {"kind": {"const": "circle"}, "r": {"type": "number"}}},
                   "square": {"type": "object", "properties": {"kind": {"const": "square"}, "side": {"type": "number"}}}}}
                """);
        Schemas.write(dir.resolve("s/other"), "far.json", """
                {"title": "Far", "type": "object", "properties": {"kind": {"const": "far"}}}
                """);
        var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(Style.RECORD).build());
        var classes = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
        Class<?> shape = classes.load("com.example.Shape");
        assertThat(shape.isSealed()).isTrue();
        assertThat(shape.getPermittedSubclasses()).extracting(Class::getSimpleName).containsExactly("Circle", "Square");
        assertThat(classes.load("com.example.Remote").isSealed()).isFalse();
        Class<?> drawing = classes.load("com.example.Drawing");
        String json = "{\"shape\":{\"kind\":\"square\",\"side\":2.0}}";
        var jackson3 = tools.jackson.databind.json.JsonMapper.builder().build();
        var jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(call(jackson3.readValue(json, drawing), "shape").getClass().getSimpleName()).isEqualTo("Square");
        assertThat(jackson2.writeValueAsString(jackson2.readValue(json, drawing))).isEqualTo(json);
    }

    @Test
    void recordsKeepTheirComponentsBesideJavaLangNamesAndPropertiesNamedLikeCheckLocals() throws Exception {
        // a type named Long makes the package qualify java.lang.Long; properties named like build()'s locals
        Schemas.write(dir.resolve("s"), "long.json", """
                {"title": "Long", "type": "object", "properties": {"v": {"type": "string"}}}
                """);
        Schemas.write(dir.resolve("s"), "check.json", """
                {"title": "Check", "type": "object", "required": ["missing", "problems"], "properties": {
                  "missing": {"type": "integer"}, "problems": {"type": "string"}, "nullElements": {"type": "string"},
                  "tags": {"type": "array", "items": {"type": "string"}}}}
                """);
        var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(Style.RECORD).build());
        Class<?> check = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac")).load("com.example.Check");
        assertThat(check.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("missing", "problems", "nullElements", "tags");
        var jackson3 = tools.jackson.databind.json.JsonMapper.builder().build();
        String json = "{\"missing\":1,\"problems\":\"none\",\"tags\":[\"a\"]}";
        assertThat(jackson3.writeValueAsString(jackson3.readValue(json, check))).isEqualTo(json);
        assertThatThrownBy(() -> jackson3.readValue("{\"tags\":[]}", check))
                .hasMessageContaining("Cannot build Check: missing required properties [missing, problems]");
    }

    @Test
    void typesARecordCannotExpressStayClassesWithAWarning() {
        Schemas.write(dir.resolve("s"), "p.json", """
                {"title": "Point", "type": "object", "additionalProperties": false, "properties": {"x": {"type": "number"}}}
                """);
        var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(Style.RECORD).build());
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).containsExactly(
                "s/p.json:1:1: warning: [style.record-fallback] /: Point is generated as a class, not a record:"
                        + " additionalProperties: false needs a class (records cannot reject unknown properties)");
        Class<?> point = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac")).load("com.example.Point");
        assertThat(point.isRecord()).isFalse();
    }
    /**
     * Nested types named like top-level types of the same package the record also uses (Outer.Rules beside
     * Rules), and like the annotations and JDK types the code names (JsonProperty, Override, Objects, List):
     * what compiles as classes compiles as records, and reads and writes the same JSON.
     */
    @Test
    void nestedTypesThatShadowOtherTypesCompileInBothStyles() throws Exception {
        Path src = dir.resolve("shadow");
        Schemas.write(src, "rules.json", "{\"title\": \"Rules\", \"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}");
        Schemas.write(src, "content.json", "{\"title\": \"Content\", \"type\": \"object\", \"properties\": {\"b\": {\"type\": \"string\"}}}");
        StringBuilder props = new StringBuilder("\"rules\": {\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}},"
                + " \"shared\": {\"$ref\": \"rules.json\"}, \"many\": {\"type\": \"array\", \"items\": {\"$ref\": \"rules.json\"}},"
                + " \"content\": {\"type\": \"object\", \"properties\": {\"y\": {\"type\": \"integer\"}}},"
                + " \"main\": {\"$ref\": \"content.json\"}");
        for (String shadow : List.of("JsonProperty", "Override", "Objects", "List", "Generated")) {
            props.append(", \"").append(shadow).append("\": {\"type\": \"object\", \"properties\": {\"z\": {\"type\": \"string\"}}}");
        }
        Schemas.write(src, "outer.json", "{\"title\": \"Outer\", \"type\": \"object\", \"required\": [\"shared\"], \"properties\": {"
                + props + "}}");
        String json = "{\"rules\":{\"x\":\"1\"},\"shared\":{\"a\":\"2\"},\"many\":[{\"a\":\"3\"}],\"content\":{\"y\":4},"
                + "\"main\":{\"b\":\"5\"},\"List\":{\"z\":\"6\"}}";
        var jackson3 = tools.jackson.databind.json.JsonMapper.builder().build();
        for (Style style : Style.values()) {
            for (boolean beanValidation : new boolean[] {false, true}) {
                var generator = new Generator(Schemas.options(src, dir.resolve("out")).style(style).beanValidation(beanValidation)
                        .constraints(dev.schemapojo.core.ConstraintChecks.CHECK).build());
                Class<?> outer = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style + beanValidation))
                        .load("com.example.Outer");
                assertThat(outer.isRecord()).isEqualTo(style == Style.RECORD);
                assertThat(jackson3.writeValueAsString(jackson3.readValue(json, outer))).isEqualTo(json);
            }
        }
    }
}
