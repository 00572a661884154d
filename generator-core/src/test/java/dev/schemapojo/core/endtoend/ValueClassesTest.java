package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import jakarta.validation.Validation;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Schema files whose root is no object type (a string, a number, an array, any value) generate a class
 * around the value, which Jackson reads from and writes as the value itself.
 */
class ValueClassesTest extends EndToEnd {
    @Test
    void aStringFileIsAValueClassAndPropertiesThatReferToItStayStrings() throws Exception {
        Schemas.write(dir.resolve("s"), "hex.json", """
                {"$id": "https://example.com/hex.json", "description": "Hex digits after 0x.",
                 "type": "string", "pattern": "^0x[0-9a-f]*$", "minLength": 3}
                """);
        Schemas.write(dir.resolve("s"), "order.json", """
                {"title": "Order", "type": "object", "required": ["hash"],
                 "properties": {"hash": {"$ref": "hex.json"}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        Map<String, String> sources = generator.sources();
        assertThat(sources).containsOnlyKeys("com/example/Hex.java", "com/example/Order.java");
        assertThat(sources.get("com/example/Hex.java")).contains("Hex digits after 0x.",
                "Schema constraints (documented, not checked): <code>minLength: 3, pattern: ^0x[0-9a-f]*$</code>");
        var compiled = InMemoryCompiler.compile(sources, dir.resolve("javac"));
        Class<?> hex = compiled.load("com.example.Hex");
        Class<?> order = compiled.load("com.example.Order");

        Object read = JSON.readValue("\"0xab\"", hex);
        assertThat(call(read, "getValue")).isEqualTo("0xab");
        assertThat(JSON.writeValueAsString(read)).isEqualTo("\"0xab\"");
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue("\"0xab\"", hex))).isEqualTo("\"0xab\"");
        assertThat(read).isEqualTo(call(hex, "of", "0xab")).hasSameHashCodeAs(call(hex, "of", "0xab"))
                .isNotEqualTo(call(hex, "of", "0xac")).hasToString("Hex[0xab]");
        assertThatThrownBy(() -> call(hex, "of", (Object) null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Hex: the value is null");

        assertThat(call(JSON.readValue("{\"hash\": \"0x01\"}", order), "getHash")).isEqualTo("0x01");
    }

    @Test
    void aNumberFileChecksItsEnumAndItsConst() {
        Schemas.write(dir.resolve("s"), "level.json", "{\"title\": \"Level\", \"enum\": [1, 2, 3]}");
        Schemas.write(dir.resolve("s"), "answer.json", "{\"title\": \"Answer\", \"type\": \"integer\", \"const\": 42}");
        var compiled = compile(Schemas.generator(dir));
        Class<?> level = compiled.load("com.example.Level");
        assertThat(call(JSON.readValue("2", level), "getValue")).isEqualTo(2L);
        assertThatThrownBy(() -> JSON.readValue("4", level)).hasMessageContaining(
                "Cannot build Level: values outside the schema's enum in [value]");
        assertThatThrownBy(() -> JACKSON2.readValue("4", level)).hasMessageContaining("values outside the schema's enum");
        Class<?> answer = compiled.load("com.example.Answer");
        assertThat(JSON.writeValueAsString(JSON.readValue("42", answer))).isEqualTo("42");
        assertThatThrownBy(() -> call(answer, "of", 41L)).hasMessage(
                "Cannot build Answer: values other than the schema's const in [value]");
    }

    @Test
    void anArrayFileHoldsAnUnmodifiableListOfItsItemClass() throws Exception {
        Schemas.write(dir.resolve("s"), "tags.json", """
                {"title": "Tags", "type": "array", "items": {"type": "object", "required": ["name"],
                  "properties": {"name": {"type": "string"}, "weight": {"type": "number"}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        Class<?> tags = compile(generator).load("com.example.Tags");
        String json = "[{\"name\":\"a\",\"weight\":1.5},{\"name\":\"b\"}]";
        Object read = JSON.readValue(json, tags);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, tags))).isEqualTo(json);
        List<?> items = (List<?>) call(read, "getValue");
        assertThat(call(items.get(1), "getName")).isEqualTo("b");
        assertThatThrownBy(() -> items.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> JSON.readValue("[{\"weight\": 1}]", tags)).hasMessageContaining(
                "missing required properties [name]");
        assertThatThrownBy(() -> JSON.readValue("[{\"name\": \"a\"}, null]", tags)).hasMessageContaining(
                "Cannot build Tags: null elements in [value]");
    }

    @Test
    void filesThatAllowAnyValueHoldItAsRead() throws Exception {
        Schemas.write(dir.resolve("s"), "anything.json", "true");
        Schemas.write(dir.resolve("s"), "opaque.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "description": "Shaped elsewhere."}
                """);
        Schemas.write(dir.resolve("s"), "node.json", """
                {"title": "Node", "anyOf": [{"type": "string"},
                  {"type": "object", "properties": {"doc": {"type": "string"}}}]}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        var compiled = compile(generator);
        for (String type : List.of("Anything", "Opaque")) {
            Class<?> holder = compiled.load("com.example." + type);
            for (String json : List.of("\"text\"", "{\"doc\":\"d\",\"n\":[1,true,null]}", "3", "[]")) {
                assertThat(JSON.writeValueAsString(JSON.readValue(json, holder))).as(type).isEqualTo(json);
                assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, holder))).as(type).isEqualTo(json);
            }
        }
        // a string or an object: typed by kind, and JSON of other kinds (which the anyOf rejects) is an error
        Class<?> node = compiled.load("com.example.Node");
        for (String json : List.of("\"text\"", "{\"doc\":\"d\"}")) {
            assertThat(JSON.writeValueAsString(JSON.readValue(json, node))).isEqualTo(json);
            assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, node))).isEqualTo(json);
        }
        assertThat(call(call(JSON.readValue("{\"doc\":\"d\"}", node), "asObject"), "getDoc")).isEqualTo("d");
        assertThatThrownBy(() -> JSON.readValue("3", node)).hasMessageContaining("Node is generated for JSON that is one of:"
                + " a string, an object");
    }

    @Test
    void formatsSecretsAndValidationKeywordsWorkAsOnProperties() {
        Schemas.write(dir.resolve("s"), "stamp.json", "{\"title\": \"Stamp\", \"type\": \"string\", \"format\": \"date-time\"}");
        Schemas.write(dir.resolve("s"), "secret.json", "{\"title\": \"Secret\", \"type\": \"string\", \"format\": \"password\"}");
        Schemas.write(dir.resolve("s"), "code.json", """
                {"title": "Code", "type": "string", "pattern": "^[A-Z]{3}$"}
                """);
        var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).beanValidation(true).build());
        var compiled = compile(generator);
        Object stamp = JSON.readValue("\"2026-11-27T10:00:00Z\"", compiled.load("com.example.Stamp"));
        assertThat(call(stamp, "getValue")).isEqualTo(OffsetDateTime.parse("2026-11-27T10:00:00Z"));
        assertThat(JSON.readValue("\"hunter2\"", compiled.load("com.example.Secret"))).hasToString("Secret[***]");
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        Class<?> code = compiled.load("com.example.Code");
        assertThat(validator.validate(call(code, "of", "ABC"))).isEmpty();
        assertThat(validator.validate(call(code, "of", "abc"))).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("value"));
    }

    @Test
    void theRecordStyleKeepsValueClasses() {
        Schemas.write(dir.resolve("s"), "name.json", "{\"title\": \"Name\", \"type\": \"string\"}");
        var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(Style.RECORD).build());
        Class<?> name = compile(generator).load("com.example.Name");
        assertThat(name.isRecord()).isFalse();
        assertThat(JSON.writeValueAsString(JSON.readValue("\"x\"", name))).isEqualTo("\"x\"");
    }

    @Test
    void aValueClassNamedLikeItsJavaLangValueCompiles() throws Exception {
        Schemas.write(dir.resolve("s"), "string.json", "{\"type\": \"string\"}");
        Schemas.write(dir.resolve("s"), "long.json", "{\"type\": \"array\", \"items\": {\"type\": \"integer\"}}");
        for (Style style : Style.values()) {
            var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(style).build());
            var compiled = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style));
            Object text = JSON.readValue("\"x\"", compiled.load("com.example.String"));
            assertThat(call(text, "getValue")).isEqualTo("x");
            assertThat(JSON.writeValueAsString(JSON.readValue("[1,2]", compiled.load("com.example.Long")))).isEqualTo("[1,2]");
        }
    }

    @Test
    void aUniqueItemsFileKeepsTheOrderOfItsItemsAndRejectsRepeats() throws Exception {
        Class<?> type = generate("Flags", """
                {"title": "Flags", "type": "array", "uniqueItems": true}
                """);
        String json = "[true,false,\"foo\",\"bar\"]";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, type))).isEqualTo(json);
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, type))).isEqualTo(json);
        assertThatThrownBy(() -> JSON.readValue("[true,true]", type))
                .hasMessageContaining("Cannot read Flags: the schema says uniqueItems, but items repeat");
    }

    @Test
    void aTypelessArrayOrMapFileNamesItselfWhenTheJsonIsOfAnotherKind() throws Exception {
        // JSON Schema accepts any other value here (the keywords only constrain arrays or objects), but the class
        // is generated for what the keywords describe: other JSON fails with a message that says so
        Class<?> items = generate("Items", """
                {"title": "Items", "items": {"type": "integer"}}
                """);
        Class<?> counts = generate("Counts", """
                {"title": "Counts", "additionalProperties": {"type": "integer"}}
                """);
        Class<?> unique = generate("Unique", """
                {"title": "Unique", "type": "array", "uniqueItems": true}
                """);
        assertThat(JSON.writeValueAsString(JSON.readValue("[1,2]", items))).isEqualTo("[1,2]");
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue("{\"a\":1}", counts))).isEqualTo("{\"a\":1}");
        for (String[] c : List.of(new String[] {"{\"0\":1}", "an object"}, new String[] {"\"x\"", "a string"},
                new String[] {"12", "a number"}, new String[] {"1.5", "a number"}, new String[] {"true", "a boolean"})) {
            for (Class<?> array : List.of(items, unique)) {
                String message = "Cannot read " + array.getSimpleName() + ": the JSON is " + c[1] + ", but "
                        + array.getSimpleName() + " is generated for JSON arrays (its schema's keywords describe an array)";
                assertThatThrownBy(() -> JSON.readValue(c[0], array)).hasMessageContaining(message);
                assertThatThrownBy(() -> JACKSON2.readValue(c[0], array)).hasMessageContaining(message);
            }
        }
        for (String[] c : List.of(new String[] {"[1]", "an array"}, new String[] {"\"x\"", "a string"},
                new String[] {"false", "a boolean"})) {
            String message = "Cannot read Counts: the JSON is " + c[1] + ", but Counts is generated for JSON objects"
                    + " (its schema's keywords describe an object)";
            assertThatThrownBy(() -> JSON.readValue(c[0], counts)).hasMessageContaining(message);
            assertThatThrownBy(() -> JACKSON2.readValue(c[0], counts)).hasMessageContaining(message);
        }
    }
}
