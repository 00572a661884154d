package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.util.List;
import java.util.Map;
import dev.schemapojo.core.Generator;
import org.junit.jupiter.api.Test;

/**
 * {@code oneOf} / {@code anyOf}: interfaces with discriminators (a {@code const} property, OpenAPI's
 * {@code discriminator}) or deduction, the value-class fallback, and branches beside {@code properties}.
 */
class UnionsTest extends EndToEnd {
    @Test
    void oneOfWithADiscriminatorReadsEachVariantUnderBothJacksons() throws Exception {
        Schemas.write(dir.resolve("s"), "drawing.json", """
                {"title": "Drawing", "type": "object", "required": ["shape"], "properties": {
                  "shape": {"oneOf": [{"$ref": "#/$defs/circle"}, {"$ref": "#/$defs/square"}]}},
                 "$defs": {
                   "circle": {"type": "object", "required": ["kind", "radius"],
                     "properties": {"kind": {"const": "circle"}, "radius": {"type": "number"}}},
                   "square": {"type": "object", "required": ["kind", "side"],
                     "properties": {"kind": {"const": "square"}, "side": {"type": "number"}}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        var compiled = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
        Class<?> drawing = compiled.load("com.example.Drawing");
        String square = "{\"shape\":{\"kind\":\"square\",\"side\":2.0}}";
        Object read = JSON.readValue(square, drawing);
        assertThat(call(read, "getShape").getClass().getSimpleName()).isEqualTo("Square");
        assertThat(JSON.writeValueAsString(read)).isEqualTo(square);
        var jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
        Object read2 = jackson2.readValue("{\"shape\":{\"kind\":\"circle\",\"radius\":1.0}}", drawing);
        assertThat(call(read2, "getShape").getClass().getSimpleName()).isEqualTo("Circle");
        assertThat(jackson2.writeValueAsString(read2)).isEqualTo("{\"shape\":{\"kind\":\"circle\",\"radius\":1.0}}");
        assertThatThrownBy(() -> JSON.readValue("{\"shape\":{\"kind\":\"circle\"}}", drawing))
                .hasMessageContaining("missing required properties [radius]");
    }

    @Test
    void aUnionThatListsOneTypeTwiceIsImplementedOnceAndReads() throws Exception {
        // found by a fuzzing session in CI: "class Node implements Link, Link" (javac: repeated interface)
        Schemas.write(dir.resolve("s"), "node.json", """
                {"title": "Node", "type": "object", "properties": {
                  "name": {"type": "string"},
                  "next": {"title": "Link", "anyOf": [{"$ref": "#"}, {"$ref": "#"}]}}}
                """);
        var generator = Schemas.generator(dir);
        var compiled = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
        Class<?> node = compiled.load("com.example.Node");
        assertThat(node.getInterfaces()).extracting(Class::getSimpleName).containsExactly("Link");
        String json = "{\"name\":\"a\",\"next\":{\"name\":\"b\"}}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, node))).isEqualTo(json);
    }

    @Test
    void openApiDiscriminatorMapsValuesToVariants() throws Exception {
        Schemas.write(dir.resolve("s"), "pets.json", """
                {"title": "Owner", "type": "object", "properties": {
                  "pet": {"oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}, {"$ref": "#/$defs/Bird"}],
                          "discriminator": {"propertyName": "petType", "mapping": {"kitty": "#/$defs/Cat"}}}},
                 "$defs": {
                   "Pet": {"type": "object", "required": ["petType"], "properties": {"petType": {"type": "string"}}},
                   "Cat": {"allOf": [{"$ref": "#/$defs/Pet"}, {"properties": {"purrs": {"type": "boolean"}}}]},
                   "Dog": {"allOf": [{"$ref": "#/$defs/Pet"}, {"properties": {"barks": {"type": "boolean"}}}]},
                   "Bird": {"type": "object", "properties": {"petType": {"enum": ["tweety"]}, "sings": {"type": "boolean"}}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        Class<?> owner = load(generator, "Owner");
        for (String[] pair : new String[][] {{"kitty", "Cat"}, {"Dog", "Dog"}, {"tweety", "Bird"}}) {
            String json = "{\"pet\":{\"petType\":\"" + pair[0] + "\"}}";
            Object read = JSON.readValue(json, owner);
            assertThat(call(read, "getPet").getClass().getSimpleName()).isEqualTo(pair[1]);
            assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
            Object read2 = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, owner);
            assertThat(call(read2, "getPet").getClass().getSimpleName()).isEqualTo(pair[1]);
        }
        assertThatThrownBy(() -> JSON.readValue("{\"pet\":{\"petType\":\"Cat\"}}", owner))
                .hasMessageContaining("Cat");
    }

    @Test
    void anyOfWithoutADiscriminatorIsDeducedFromThePropertiesPresent() {
        Class<?> contact = generate("Contact", """
                {"title": "Contact", "type": "object", "properties": {
                  "via": {"anyOf": [
                    {"title": "Email", "type": "object", "required": ["address"], "properties": {"address": {"type": "string"}}},
                    {"title": "Phone", "type": "object", "required": ["number"], "properties": {"number": {"type": "string"}}}]}}}
                """);
        // deduction names variants by class; Jackson finds the test-compiled classes through the context loader
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(contact.getClassLoader());
        try {
            Object read = JSON.readValue("{\"via\":{\"number\":\"+1 555\"}}", contact);
            assertThat(call(read, "getVia").getClass().getSimpleName()).isEqualTo("Phone");
            assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"via\":{\"number\":\"+1 555\"}}");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void overlappingObjectVariantsAreChosenAsJsonSchemaSaysUnderBothJacksonsAndStyles() throws Exception {
        for (dev.schemapojo.core.Style style : dev.schemapojo.core.Style.values()) {
            Schemas.write(dir.resolve("s"), "e.json", """
                    {"title": "Event", "type": "object", "properties": {"body": {"oneOf": [
                      {"title": "Closed", "type": "object", "additionalProperties": false, "required": ["id", "kind"],
                       "properties": {"id": {"type": "string"}, "kind": {"const": "closed"}}},
                      {"title": "Moved", "type": "object", "required": ["id", "to"],
                       "properties": {"id": {"type": "string"}, "to": {"type": "string"}, "note": {"type": ["string", "null"]}}},
                      {"title": "Plain", "type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}]}}}
                    """);
            var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(style).build());
            Class<?> event = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style)).load("com.example.Event");
            // every variant declares "id", none has a discriminator every variant requires: Jackson's deduction
            // failed on all of these ("Cannot deduce unique subtype")
            Map<String, String> chosen = Map.of(
                    "{\"body\":{\"id\":\"1\",\"kind\":\"closed\"}}", "Closed",
                    "{\"body\":{\"id\":\"1\",\"to\":\"b\",\"note\":null}}", "Moved",
                    "{\"body\":{\"id\":\"1\",\"kind\":\"closed\",\"to\":\"b\"}}", "Moved",
                    "{\"body\":{\"id\":\"1\"}}", "Plain",
                    "{\"body\":{\"id\":\"1\",\"kind\":\"open\"}}", "Plain");
            for (Map.Entry<String, String> c : chosen.entrySet()) {
                for (Object read : List.of(JSON.readValue(c.getKey(), event), JACKSON2.readValue(c.getKey(), event))) {
                    Object body = call(read, style == dev.schemapojo.core.Style.RECORD ? "body" : "getBody");
                    assertThat(body.getClass().getSimpleName()).as(style + " " + c.getKey()).isEqualTo(c.getValue());
                }
            }
            // the closed variant rejects "to" only as a candidate: read on its own, the message is as before
            assertThatThrownBy(() -> JSON.readValue("{\"id\":\"1\",\"kind\":\"closed\",\"to\":\"b\"}",
                    event.getClassLoader().loadClass("com.example.Closed")))
                    .hasMessageContaining("Cannot read Closed: unknown property \"to\" (the schema allows no additional properties)");
            String moved = "{\"body\":{\"id\":\"1\",\"to\":\"b\",\"note\":null}}";
            assertThat(JSON.writeValueAsString(JSON.readValue(moved, event))).isEqualTo(moved);
            assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(moved, event))).isEqualTo(moved);
            assertThatThrownBy(() -> JSON.readValue("{\"body\":{\"to\":\"b\"}}", event))
                    .hasMessageContaining("Cannot read Body: the JSON is none of its variants (Cannot read Closed:"
                            + " unknown property \"to\" (the schema allows no additional properties); Cannot build Moved: missing required properties [id];"
                            + " Cannot build Plain: missing required properties [id])");
        }
    }

    @Test
    void withConstraintsCheckOneOfRefusesJsonThatMoreThanOneVariantAccepts() throws Exception {
        for (dev.schemapojo.core.Style style : dev.schemapojo.core.Style.values()) {
            Schemas.write(dir.resolve("s"), "p.json", """
                    {"title": "Payment", "type": "object", "properties": {"by": {"oneOf": [
                      {"title": "Card", "type": "object", "required": ["number"], "properties": {"number": {"type": "string"}},
                       "additionalProperties": false},
                      {"title": "Bank", "type": "object", "required": ["iban"], "properties": {"iban": {"type": "string"}}}]},
                     "to": {"oneOf": [
                      {"title": "Person", "type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                      {"title": "Shop", "type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}]}}}
                    """);
            var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(style)
                    .constraints(dev.schemapojo.core.ConstraintChecks.CHECK).build());
            Class<?> payment = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style)).load("com.example.Payment");
            String accessor = style == dev.schemapojo.core.Style.RECORD ? "by" : "getBy";
            // the closed Card refuses "iban", so only Bank matches the last one: valid, as JSON Schema says
            Map<String, String> chosen = Map.of("{\"by\":{\"number\":\"1\"}}", "Card", "{\"by\":{\"iban\":\"x\"}}", "Bank",
                    "{\"by\":{\"iban\":\"x\",\"number\":\"1\"}}", "Bank");
            for (Map.Entry<String, String> c : chosen.entrySet()) {
                for (Object read : List.of(JSON.readValue(c.getKey(), payment), JACKSON2.readValue(c.getKey(), payment))) {
                    assertThat(call(read, accessor).getClass().getSimpleName()).as(style + " " + c.getKey()).isEqualTo(c.getValue());
                }
            }
            // both open variants accept it: oneOf says exactly one
            String both = "{\"to\":{\"name\":\"a\",\"id\":2}}";
            assertThatThrownBy(() -> JSON.readValue(both, payment)).as(style.word())
                    .hasMessageContaining("Cannot read To: the JSON is more than one of its oneOf variants [Person, Shop], not exactly one");
            assertThatThrownBy(() -> JACKSON2.readValue(both, payment)).hasMessageContaining("not exactly one");
            assertThat(JSON.writeValueAsString(JSON.readValue("{\"to\":{\"id\":2}}", payment))).isEqualTo("{\"to\":{\"id\":2}}");
        }
    }

    @Test
    void aVariantWhoseOtherMembersHaveATypeIsNotGivenMembersItCannotRead() throws Exception {
        // AsyncAPI's messages: a Reference ({"$ref": "..."}) or a message object whose "x-" extensions are objects;
        // given to the message's builder, the "$ref" string would fail its extension type, so the union holds the
        // JSON as read (each variant requires nothing the other lacks, so deduction cannot tell them apart either)
        Schemas.write(dir.resolve("s"), "c.json", """
                {"title": "Channel", "type": "object", "properties": {"message": {"oneOf": [
                  {"title": "Reference", "type": "object", "required": ["$ref"], "properties": {"$ref": {"type": "string"}}},
                  {"title": "MessageObject", "type": "object", "properties": {"name": {"type": "string"}},
                   "patternProperties": {"^x-": {"type": "object"}}, "additionalProperties": false}]}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.message().split(":")[0])
                .containsExactly("model.union-fallback Reference and MessageObject read \"$ref\" differently, and no property"
                        + " tells the variants apart (one that each requires with a different const, or one that only it"
                        + " declares and requires)");
        Class<?> channel = load(generator, "Channel");
        for (String json : List.of("{\"message\":{\"$ref\":\"#/components/messages/a\"}}",
                "{\"message\":{\"name\":\"a\",\"x-b\":{\"c\":1}}}")) {
            assertThat(JSON.writeValueAsString(JSON.readValue(json, channel))).isEqualTo(json);
            assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, channel))).isEqualTo(json);
        }
    }

    @Test
    void aUnionOfReferencesToAStringAndAnArrayReadsBoth() throws Exception {
        Schemas.write(dir.resolve("s"), "m.json", """
                {"title": "M", "type": "object", "properties": {
                  "match": {"oneOf": [{"$ref": "#/$defs/glob"}, {"$ref": "#/$defs/globs"}]}},
                 "$defs": {"glob": {"type": "string"}, "globs": {"type": "array", "items": {"type": "string"}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        Class<?> type = load(generator, "M");
        for (String json : new String[] {"{\"match\":\"*.java\"}", "{\"match\":[\"a\",\"b\"]}"}) {
            Object read = JSON.readValue(json, type);
            assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
            var jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
            assertThat(jackson2.writeValueAsString(jackson2.readValue(json, type))).isEqualTo(json);
        }
        assertThat(call(call(JSON.readValue("{\"match\":\"*.java\"}", type), "getMatch"), "getValue")).isEqualTo("*.java");
    }

    @Test
    void variantsThatCannotBeToldApartFallBackToTheValueHolder() throws Exception {
        Schemas.write(dir.resolve("s"), "h.json", """
                {"title": "Holder", "type": "object", "properties": {"v": {"oneOf": [
                  {"title": "A", "type": "object", "properties": {"x": {"type": "string"}}},
                  {"title": "B", "type": "object", "properties": {"x": {"type": "integer"}}}]}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).containsExactly(
                "s/h.json:1:69: warning: [model.union-fallback] /properties/v/oneOf: A and B read \"x\" differently, and"
                        + " no property tells the variants apart (one that each requires with a different const, or one"
                        + " that only it declares and requires): V is a class holding the JSON value as read (getValue():"
                        + " a Map)");
        Class<?> holder = load(generator, "Holder");
        String json = "{\"v\":{\"x\":1}}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, holder))).isEqualTo(json);
    }

    @Test
    void oneOfBranchesBesidePropertiesAreOptionalPropertiesSoNoDataIsLost() throws Exception {
        Schemas.write(dir.resolve("s"), "d.json", """
                {"title": "Destination", "type": "object", "properties": {"mode": {"type": "string"}},
                 "oneOf": [
                   {"properties": {"kind": {"const": "queue"}, "queue": {"type": "object", "properties": {"name": {"type": "string"}}}},
                    "required": ["queue"]},
                   {"properties": {"kind": {"const": "topic"}, "topics": {"type": "array", "items": {"type": "string"}}}}]}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.pointer())
                .containsExactly("model.not-represented /oneOf");
        Class<?> type = load(generator, "Destination");
        for (String json : new String[] {"{\"mode\":\"m\",\"kind\":\"queue\",\"queue\":{\"name\":\"q\"}}",
                "{\"kind\":\"topic\",\"topics\":[\"a/*\"]}"}) {
            assertThat(JSON.writeValueAsString(JSON.readValue(json, type))).isEqualTo(json);
        }
    }

    @Test
    void aUnionWhoseVariantEnclosesItIsATopLevelInterface() {
        // found by the build's fuzz session: nested in D.Value, the union was implemented by D itself
        Schemas.write(dir.resolve("s"), "d.json", """
                {"title": "D", "type": "object", "properties": {"value": {"type": "object", "properties": {
                  "next": {"anyOf": [{"$ref": "#"}, {"type": "object", "properties": {"end": {"type": "string"}}}]}}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.sources()).containsOnlyKeys("com/example/D.java", "com/example/Next.java",
                "com/example/NextOption2.java");
        Class<?> d = load(generator, "D");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(d.getClassLoader());
        try {
            Object read = JSON.readValue("{\"value\":{\"next\":{\"end\":\"x\"}}}", d);
            assertThat(call(call(call(read, "getValue"), "getNext"), "getEnd")).isEqualTo("x");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void aUnionOfAStringAndAnObjectReadsEachFormTyped() throws Exception {
        for (dev.schemapojo.core.Style style : dev.schemapojo.core.Style.values()) {
            Schemas.write(dir.resolve("s"), "source.json", """
                    {"title": "Source", "oneOf": [{"$ref": "#/$defs/Url"}, {"$ref": "#/$defs/Repo"}],
                     "$defs": {"Url": {"type": "string"}, "Repo": {"type": "object", "required": ["repo"],
                       "properties": {"repo": {"type": "string"}}}}}
                    """);
            var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(style).build());
            assertThat(generator.validate().diagnostics()).isEmpty();
            var classes = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style));
            Class<?> type = classes.load("com.example.Source");
            Class<?> repo = classes.load("com.example.Repo");
            for (String json : List.of("\"https://example.com\"", "{\"repo\":\"a/b\"}")) {
                assertThat(JSON.writeValueAsString(JSON.readValue(json, type))).isEqualTo(json);
                assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, type))).isEqualTo(json);
            }
            Object url = JSON.readValue("\"https://example.com\"", type);
            assertThat(call(url, "isString")).isEqualTo(true);
            assertThat(call(url, "asString")).isEqualTo("https://example.com");
            assertThat(call(url, "isObject")).isEqualTo(false);
            Object read = JACKSON2.readValue("{\"repo\":\"a/b\"}", type);
            Object held = call(read, "asObject");
            assertThat(held).isInstanceOf(repo);
            assertThat(call(held, style == dev.schemapojo.core.Style.RECORD ? "repo" : "getRepo")).isEqualTo("a/b");
            assertThat(type.getMethod("of", repo).invoke(null, held)).isEqualTo(read);
            assertThatThrownBy(() -> call(url, "asObject")).hasMessageContaining("Source holds a string, not an object");
            for (String[] other : List.of(new String[] {"[1]", "an array"}, new String[] {"12", "a number"},
                    new String[] {"true", "a boolean"})) {
                assertThatThrownBy(() -> JSON.readValue(other[0], type)).hasMessageContaining("Cannot read Source: the JSON is "
                        + other[1] + ", but Source is generated for JSON that is one of: a string, an object");
            }
            assertThatThrownBy(() -> JSON.readValue("{\"x\":1}", type))
                    .hasMessageContaining("Cannot build Repo: missing required properties [repo]");
        }
    }

    @Test
    void scalarsOfSeveralTypesAndArraysReadAsTheirKind() throws Exception {
        Class<?> owner = generate("Setting", """
                {"title": "Setting", "type": "object", "properties": {
                  "value": {"anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "boolean"},
                                      {"type": "array", "items": {"type": "object", "properties": {"k": {"type": "string"}}}},
                                      {"type": "null"}]},
                  "ratio": {"oneOf": [{"type": "number"}, {"type": "string"}]}}}
                """);
        String json = "{\"value\":[{\"k\":\"a\"}],\"ratio\":1.5}"; // a number is held as a Double: 1 is written 1.0
        for (String each : List.of(json, "{\"value\":2,\"ratio\":0.5}", "{\"value\":\"x\",\"ratio\":\"half\"}",
                "{\"value\":true}", "{\"value\":null}")) {
            assertThat(JSON.readTree(JSON.writeValueAsString(JSON.readValue(each, owner)))).isEqualTo(JSON.readTree(each));
            assertThat(JSON.readTree(JACKSON2.writeValueAsString(JACKSON2.readValue(each, owner)))).isEqualTo(JSON.readTree(each));
        }
        Object read = JSON.readValue("{\"value\":2.0,\"ratio\":3}", owner);
        assertThat(call(call(read, "getValue"), "asInteger")).isEqualTo(2L);
        assertThat(call(call(read, "getRatio"), "asNumber")).isEqualTo(3.0);
        List<?> items = (List<?>) call(call(JSON.readValue(json, owner), "getValue"), "asArray");
        assertThat(call(items.get(0), "getK")).isEqualTo("a");
        assertThatThrownBy(() -> JSON.readValue("{\"value\":2.5}", owner))
                .hasMessageContaining("Cannot read Value: the JSON is the number 2.5, but Value is generated for JSON that is one of:"
                        + " an integer, a string, a boolean, an array");
    }
}
